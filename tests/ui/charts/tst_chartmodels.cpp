// The chart models, without rendering: lines and bands come from the protocol, grading and
// nadir code (change the code's inputs and they move), flags follow CLINICAL.md, °F converts.

#include "chartmodels.h"
#include "clinical/thresholdtext.h"
#include "downsampler.h"

#include <QTest>

using namespace nc;
using namespace nc::charts;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600);

TemperatureRecord reading(
    const QDateTime &t, double c, bool reportedAntipyretic = false, const QString &note = {})
{
    TemperatureRecord r;
    r.reading.time = t;
    r.reading.temperature = Temperature::fromInput(c, TemperatureUnit::Celsius).value();
    r.reading.antipyreticReported = reportedAntipyretic;
    r.note = note;
    return r;
}

BloodCountRecord count(const QDateTime &t, double anc, bool derived = false)
{
    BloodCountRecord r;
    r.count = derived
        ? BloodCount::derived(t, anc * 2, CountUnit::CellsPerMicrolitre, Differential::total(50)).value()
        : BloodCount::measured(t, anc, CountUnit::CellsPerMicrolitre).value();
    return r;
}

TimeRange days(int n)
{
    return { kStart.addSecs(-3600), kStart.addDays(n) };
}

const ThresholdLine *line(const TemperatureChartModel &m, ThresholdKind kind)
{
    for (const auto &l : m.thresholds) {
        if (l.kind == kind)
            return &l;
    }
    return nullptr;
}

const TemperaturePoint *pointAt(const TemperatureChartModel &m, const QDateTime &t)
{
    for (const auto &p : m.points) {
        if (p.time == t)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestChartModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdLinesComeFromTheProtocol();
    void changingTheProtocolMovesTheLines();
    void fahrenheitConverts();
    void feverSustainedAndLowReadings();
    void maskedReadings();
    void longHistoryKeepsEveryFever();
    void severityBandsAreGradingsBounds();
    void ancPointsBaselineAndStaleness();
    void treatmentOverlayUsesNadirCode();
    void emptyModelsSayWhatToLog();
};

void TestChartModels::thresholdLinesComeFromTheProtocol()
{
    for (const Protocol &p : Protocol::presets()) {
        const auto m = TemperatureChartModel::build({}, {}, p, TemperatureUnit::Celsius, days(1), 800);
        QCOMPARE(line(m, ThresholdKind::Single)->value, p.single.thresholdC);
        QCOMPARE(line(m, ThresholdKind::Sustained) != nullptr, p.sustained.has_value());
        if (p.sustained)
            QCOMPARE(line(m, ThresholdKind::Sustained)->value, p.sustained->thresholdC);
        QCOMPARE(line(m, ThresholdKind::Watch) != nullptr, p.watchApplies());
        QCOMPARE(line(m, ThresholdKind::Low) != nullptr, p.low.has_value());
        if (p.low)
            QCOMPARE(line(m, ThresholdKind::Low)->value, p.low->thresholdC);
        // Each line reads as the first value that fires it, the same words as every other place.
        const QString single = line(m, ThresholdKind::Single)->label();
        const QString phrase
            = TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, TemperatureUnit::Celsius)
                  .phrase();
        QVERIFY2(single.contains(phrase), qPrintable(single));
        // The y range always shows every line.
        for (const auto &l : m.thresholds)
            QVERIFY(l.value > m.yMin && l.value < m.yMax);
    }
}

void TestChartModels::changingTheProtocolMovesTheLines()
{
    Protocol p = Protocol::defaultProtocol();
    p.id = QStringLiteral("clinic");
    p.single = { 38.6, true };
    p.sustained = Protocol::Sustained { 38.2, false, 90 };
    p.watchC = 37.8;
    p.low = Protocol::Low { 35.4 };
    const auto m = TemperatureChartModel::build({}, {}, p, TemperatureUnit::Celsius, days(1), 800);
    QCOMPARE(line(m, ThresholdKind::Single)->value, 38.6);
    QCOMPARE(line(m, ThresholdKind::Sustained)->value, 38.2);
    QVERIFY(line(m, ThresholdKind::Sustained)->title.contains(QStringLiteral("90 min")));
    QCOMPARE(line(m, ThresholdKind::Sustained)->detail, QStringLiteral("38.3 °C or higher"));
    QCOMPARE(line(m, ThresholdKind::Low)->detail, QStringLiteral("35.3 °C or lower"));
    QCOMPARE(line(m, ThresholdKind::Watch)->value, 37.8);
    QCOMPARE(line(m, ThresholdKind::Low)->value, 35.4);
    QVERIFY(m.yMin < 35.4);
    QVERIFY(m.yMax > 38.6);

    // The flags move with them: 38.4 °C is a fever under us-idsa, not under this protocol.
    const QList<TemperatureRecord> records { reading(kStart, 38.4) };
    QVERIFY(TemperatureChartModel::build(
        records, {}, Protocol::defaultProtocol(), TemperatureUnit::Celsius, days(1), 800)
                .points.first()
                .fever);
    QVERIFY(!TemperatureChartModel::build(records, {}, p, TemperatureUnit::Celsius, days(1), 800)
                 .points.first()
                 .fever);
}

void TestChartModels::fahrenheitConverts()
{
    const Protocol p = Protocol::defaultProtocol();
    const QList<TemperatureRecord> records { reading(kStart, 38.4) };
    const auto m = TemperatureChartModel::build(records, {}, p, TemperatureUnit::Fahrenheit, days(1), 800);
    QCOMPARE(m.points.first().value, units::celsiusToFahrenheit(38.4));
    QCOMPARE(m.points.first().celsius, 38.4);
    QCOMPARE(line(m, ThresholdKind::Single)->value, units::celsiusToFahrenheit(p.single.thresholdC));
    QVERIFY(line(m, ThresholdKind::Single)->detail.contains(QStringLiteral("°F")));
    QVERIFY(m.axisTitle().contains(QStringLiteral("°F")));
    QVERIFY(m.tooltip(m.points.first()).contains(Temperature::format(38.4, TemperatureUnit::Fahrenheit)));
    QVERIFY(m.yMax > 101 && m.yMin < 99.5);
}

void TestChartModels::feverSustainedAndLowReadings()
{
    const Protocol p = Protocol::defaultProtocol(); // single ≥ 38.3; sustained ≥ 38.0 over 60 min
    const QList<TemperatureRecord> records {
        reading(kStart, 36.9),
        reading(kStart.addSecs(3600), 38.1), // starts a run …
        reading(kStart.addSecs(3600 + 70 * 60), 38.0), // … that lasts 70 min: sustained fever
        reading(kStart.addSecs(4 * 3600), 37.0),
        reading(kStart.addSecs(5 * 3600), 38.1), // a run of 30 min: not sustained
        reading(kStart.addSecs(5 * 3600 + 30 * 60), 38.2),
        reading(kStart.addSecs(6 * 3600), 37.0),
        reading(kStart.addSecs(8 * 3600), 38.3), // single threshold, inclusive
        reading(kStart.addSecs(9 * 3600), 35.4),
    };
    const auto m = TemperatureChartModel::build(records, {}, p, TemperatureUnit::Celsius, days(1), 800);
    QCOMPARE(m.points.size(), records.size());
    QCOMPARE(m.readingsInRange, records.size());
    const QList<bool> fever { false, true, true, false, false, false, false, true, false };
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(m.points[i].fever, fever[i]);
    QVERIFY(!m.points.last().low); // us-idsa has no low threshold

    const auto uk = TemperatureChartModel::build(
        records, {}, *Protocol::preset(QStringLiteral("uk-37.5")), TemperatureUnit::Celsius, days(1), 800);
    QVERIFY(uk.points.last().low);
    QVERIFY(uk.tooltip(uk.points.last()).contains(QStringLiteral("Too low")));
}

void TestChartModels::maskedReadings()
{
    const Protocol p = Protocol::defaultProtocol();
    const QList<AntipyreticDose> doses { { kStart.addSecs(3600), Antipyretic::Paracetamol } };
    const QList<TemperatureRecord> records {
        reading(kStart.addSecs(2 * 3600), 38.1),
        reading(
            kStart.addSecs(2 * 3600 + 30 * 60), 37.2), // masked, misses the threshold: does not break the run
        reading(kStart.addSecs(3 * 3600 + 10 * 60), 38.0),
        reading(kStart.addSecs(7 * 3600 + 1), 37.0), // more than 6 h after the dose
        reading(kStart.addSecs(9 * 3600), 37.1, true), // the person ticked "took a painkiller"
    };
    const auto m = TemperatureChartModel::build(records, doses, p, TemperatureUnit::Celsius, days(1), 800);
    QVERIFY(m.points[0].masked);
    QVERIFY(m.points[1].masked);
    QVERIFY(m.points[0].fever && m.points[2].fever); // 70 minutes, unbroken
    QVERIFY(!m.points[1].fever);
    QVERIFY(!m.points[3].masked);
    QVERIFY(m.points[4].masked);
    QVERIFY(m.tooltip(m.points[1]).contains(QStringLiteral("May be masked")));
}

void TestChartModels::longHistoryKeepsEveryFever()
{
    const Protocol p = Protocol::defaultProtocol();
    QList<TemperatureRecord> records;
    for (int i = 0; i < 30000; ++i)
        records.append(reading(kStart.addSecs(qint64(i) * 1800), 36.6 + (i % 7) * 0.1));
    records[12345] = reading(records[12345].reading.time, 38.4);
    const TimeRange range { records.first().reading.time, records.last().reading.time };
    const int columns = 1000;
    const auto m = TemperatureChartModel::build(records, {}, p, TemperatureUnit::Celsius, range, columns);
    QCOMPARE(m.readingsInRange, records.size());
    QVERIFY(m.points.size()
        <= qsizetype(columns) * Downsampler::maxPointsPerColumn(temperatureThresholds(p).size()));
    const auto *spike = pointAt(m, records[12345].reading.time);
    QVERIFY(spike);
    QVERIFY(spike->fever);
}

void TestChartModels::severityBandsAreGradingsBounds()
{
    const auto bands = AncChartModel::severityBands();
    QCOMPARE(bands.size(), 5);
    QList<double> floors;
    for (const auto &b : bands) {
        // Every band holds exactly the values grading puts in its class.
        QCOMPARE(grading::severity(b.lower), b.severity);
        if (b.upper) {
            QCOMPARE(grading::severity(*b.upper - 0.01), b.severity);
            QVERIFY(grading::severity(*b.upper) != b.severity);
        }
        if (b.lower > 0)
            QVERIFY(grading::severity(b.lower - 0.01) != b.severity);
        QCOMPARE(b.title, grading::severityName(b.severity));
        floors.append(b.lower);
    }
    QCOMPARE(floors,
        (QList<double> {
            grading::kNormalFloor, grading::kMildFloor, grading::kModerateFloor, grading::kSevereFloor, 0 }));
    QVERIFY(bands[3].detail.contains(AncChartModel::formatAnc(grading::kSevereFloor)));
}

void TestChartModels::ancPointsBaselineAndStaleness()
{
    PatientSettings settings;
    const QDateTime now = kStart.addDays(20);
    const QList<BloodCountRecord> records { count(kStart, 4200, true), count(kStart.addDays(7), 1200),
        count(kStart.addDays(10), 350) };
    const TimeRange range { kStart.addDays(-1), now.addDays(1) };
    auto m = AncChartModel::build(records, settings, now, range, 800);
    QCOMPARE(m.points.size(), 3);
    QCOMPARE(m.points[0].provenance, AncProvenance::Derived);
    QCOMPARE(m.points[1].provenance, AncProvenance::Measured);
    QVERIFY(!m.baseline);
    // Ten days old with a 7-day limit: out of date, and said so.
    QVERIFY(m.staleLatest);
    QCOMPARE(m.staleLatest->time, kStart.addDays(10));
    QVERIFY(m.staleLabel.contains(QStringLiteral("10 days")));
    QVERIFY(m.tooltip(m.points[2]).contains(m.staleLabel));
    QVERIFY(m.tooltip(m.points[0]).contains(QStringLiteral("Worked out")));
    // The log scale starts below the profound class and shows the highest count.
    QVERIFY(m.yMin < grading::kSevereFloor);
    QVERIFY(m.yMax > 4200);

    settings.protocol.staleDays = 14;
    settings.baselineAnc = 1200;
    m = AncChartModel::build(records, settings, now, range, 800);
    QVERIFY(!m.staleLatest);
    QCOMPARE(*m.baseline, 1200.0);
    QVERIFY(m.baselineLabel.contains(AncChartModel::formatAnc(1200)));
    // At the usual level, a mild count reads normal in the tooltip (grading's baseline rule).
    QVERIFY(m.tooltip(m.points[1]).contains(grading::severityName(Severity::Normal)));

    // The lower limit of normal is drawn when the clinic set its own: in Settings with a preset,
    // or in its protocol file, which wins (PatientSettings::protocolInForce).
    QVERIFY(!m.lln);
    settings.protocol
        = Protocol::defaultProtocol(); // the preset as shipped (14 stale days made it the clinic's own)
    settings.clinicLlnAnc = 1700;
    m = AncChartModel::build(records, settings, now, range, 800);
    QVERIFY(m.lln);
    QCOMPARE(*m.lln, 1700.0);
    QVERIFY(m.llnLabel.contains(AncChartModel::formatAnc(1700)));
    settings.protocol
        = *Protocol::fromJsonBytes(R"({"id": "clinic", "single": {"threshold_c": 38.0}, "lln_anc": 1800})");
    m = AncChartModel::build(records, settings, now, range, 800);
    QVERIFY(m.lln);
    QCOMPARE(*m.lln, 1800.0);
    QVERIFY(m.yMax > 1800);

    // A range that ends before today says nothing about staleness.
    m = AncChartModel::build(
        records, PatientSettings(), now, { kStart.addDays(-1), kStart.addDays(12) }, 800);
    QVERIFY(!m.staleLatest);
}

void TestChartModels::treatmentOverlayUsesNadirCode()
{
    Protocol p = Protocol::defaultProtocol();
    TreatmentRecord chemo;
    chemo.treatment = { kStart.date(), TreatmentKind::Chemotherapy, {}, {} };
    chemo.regimen = QStringLiteral("EC cycle 1");
    TreatmentRecord own;
    own.treatment = { kStart.date().addDays(21), TreatmentKind::Chemotherapy, 5, 9 };
    TreatmentRecord peg;
    peg.treatment = { kStart.date().addDays(22), TreatmentKind::Pegfilgrastim, {}, {} };
    const QList<TreatmentRecord> records { chemo, own, peg };
    const TimeRange range { kStart.addDays(-1), kStart.addDays(40) };

    auto o = TreatmentOverlay::build(records, p, range);
    QCOMPARE(o.chemotherapy.size(), 2);
    QCOMPARE(o.chemotherapy[0].label, QStringLiteral("EC cycle 1"));
    QCOMPARE(o.gcsf.size(), 1);
    QCOMPARE(o.nadirWindows.size(), 2);
    QCOMPARE(o.nadirWindows[0].start, kStart.date().addDays(nadir::startDay(chemo.treatment, p)));
    QCOMPARE(o.nadirWindows[0].end, kStart.date().addDays(nadir::endDay(chemo.treatment, p)));
    QVERIFY(!o.nadirWindows[0].gcsf);
    QCOMPARE(o.nadirWindows[1].start, own.treatment.date.addDays(5)); // the regimen's own days
    QCOMPARE(o.nadirWindows[1].end, own.treatment.date.addDays(9));
    QVERIFY(o.nadirWindows[1].gcsf);
    for (const auto &w : o.nadirWindows) {
        QVERIFY(w.label.contains(QStringLiteral("predicted, not a blood count")));
        QVERIFY(w.shortLabel.contains(QStringLiteral("not a blood count")));
    }

    // The protocol's nadir days move the shading.
    p.nadirStartDay = 10;
    p.nadirEndDay = 12;
    o = TreatmentOverlay::build(records, p, range);
    QCOMPARE(o.nadirWindows[0].start, kStart.date().addDays(10));
    QCOMPARE(o.nadirWindows[0].end, kStart.date().addDays(12));

    // A dose before the range still shades its window inside it; one far before does not.
    o = TreatmentOverlay::build(
        records, Protocol::defaultProtocol(), { kStart.addDays(8), kStart.addDays(12) });
    QCOMPARE(o.chemotherapy.size(), 0);
    QCOMPARE(o.nadirWindows.size(), 1);
    o = TreatmentOverlay::build(
        records, Protocol::defaultProtocol(), { kStart.addDays(60), kStart.addDays(70) });
    QVERIFY(o.nadirWindows.isEmpty());
}

void TestChartModels::emptyModelsSayWhatToLog()
{
    const auto t = TemperatureChartModel::build(
        {}, {}, Protocol::defaultProtocol(), TemperatureUnit::Celsius, days(1), 800);
    QVERIFY(t.isEmpty());
    QVERIFY(t.points.isEmpty());
    QVERIFY(TemperatureChartModel::emptyMessage().contains(QStringLiteral("Log a temperature")));
    // Readings only outside the range: still empty, though a neighbour may be kept for the line.
    const auto outside = TemperatureChartModel::build({ reading(kStart.addDays(-5), 37.0) }, {},
        Protocol::defaultProtocol(), TemperatureUnit::Celsius, days(1), 800);
    QVERIFY(outside.isEmpty());
    const auto a = AncChartModel::build({}, PatientSettings(), kStart, days(1), 800);
    QVERIFY(a.isEmpty());
    QVERIFY(AncChartModel::emptyMessage().contains(QStringLiteral("Log a blood count")));
}

QTEST_APPLESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"

#include "chartmodels.h"

#include "clinical/thresholdtext.h"
#include "downsampler.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <vector>

namespace nc::charts {

namespace {

// Indices [first, last) of the records to draw for a range: those inside it plus one neighbour
// on each side, so the line runs on to the edges of the plot.
template<class Record, class TimeOf>
std::pair<qsizetype, qsizetype> slice(const QList<Record> &records, const TimeRange &range, TimeOf timeOf)
{
    auto begin = std::lower_bound(records.begin(), records.end(), range.from,
        [&](const Record &r, const QDateTime &t) { return timeOf(r) < t; });
    auto end = std::upper_bound(records.begin(), records.end(), range.to,
        [&](const QDateTime &t, const Record &r) { return t < timeOf(r); });
    const qsizetype inside = end - begin;
    qsizetype first = begin - records.begin();
    qsizetype last = end - records.begin();
    if (inside == 0)
        return { first, first };
    return { std::max<qsizetype>(first - 1, 0), std::min(last + 1, records.size()) };
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

// Whether a reading is "may be masked" (isMasked(), CLINICAL.md §4), computed on demand: only
// the doses of the hours before a reading can mask it, so each check sees just those.
class MaskedLookup
{
public:
    MaskedLookup(const QList<TemperatureRecord> &records, QList<AntipyreticDose> doses)
        : m_records(records)
        , m_doses(std::move(doses))
    {
        std::sort(m_doses.begin(), m_doses.end(),
            [](const AntipyreticDose &a, const AntipyreticDose &b) { return a.time < b.time; });
    }

    bool operator()(qsizetype i) const
    {
        const TemperatureReading &reading = m_records[i].reading;
        if (m_doses.isEmpty())
            return isMasked(reading, {});
        auto lo = std::lower_bound(m_doses.begin(), m_doses.end(),
            reading.time.addSecs(-kMaskingHours * 3600 - 1),
            [](const AntipyreticDose &d, const QDateTime &t) { return d.time < t; });
        auto hi = std::upper_bound(lo, m_doses.end(), reading.time,
            [](const QDateTime &t, const AntipyreticDose &d) { return t < d.time; });
        return isMasked(reading, QList<AntipyreticDose>(lo, hi));
    }

private:
    const QList<TemperatureRecord> &m_records;
    QList<AntipyreticDose> m_doses;
};

// Readings [0, end) that belong to a run meeting the sustained rule (CLINICAL.md §4, trigger 2):
// every reading of the run meets the threshold, the run lasts at least the sustained minutes,
// and a masked reading that misses the threshold neither joins nor breaks it.
std::vector<bool> sustainedRuns(const QList<TemperatureRecord> &records, qsizetype end,
    const MaskedLookup &masked, const Protocol &protocol)
{
    std::vector<bool> inRun(size_t(end), false);
    if (!protocol.sustained)
        return inRun;
    const auto &rule = *protocol.sustained;
    std::vector<qsizetype> run;
    auto close = [&] {
        if (run.size() >= 2
            && records[run.front()].reading.time.secsTo(records[run.back()].reading.time)
                >= qint64(rule.minutes) * 60) {
            for (qsizetype i : run)
                inRun[size_t(i)] = true;
        }
        run.clear();
    };
    for (qsizetype i = 0; i < end; ++i) {
        if (units::meetsThreshold(records[i].reading.temperature.celsius(), rule.thresholdC, rule.inclusive))
            run.push_back(i);
        else if (!run.empty() && !masked(i))
            close();
    }
    close();
    return inRun;
}

QString thresholdText(double celsius, bool inclusive, TemperatureUnit unit)
{
    return TemperatureTrigger::high(celsius, inclusive, unit).phrase();
}

} // namespace

TemperatureChartModel TemperatureChartModel::build(const QList<TemperatureRecord> &records,
    const QList<AntipyreticDose> &antipyretics, const Protocol &protocol, TemperatureUnit unit,
    const TimeRange &range, int columns)
{
    TemperatureChartModel m;
    m.unit = unit;
    m.protocolName = protocol.displayName();

    m.thresholds.append({ ThresholdKind::Single, units::fromCelsius(protocol.single.thresholdC, unit),
        tr("Fever, call now"), thresholdText(protocol.single.thresholdC, protocol.single.inclusive, unit) });
    if (protocol.sustained) {
        m.thresholds.append(
            { ThresholdKind::Sustained, units::fromCelsius(protocol.sustained->thresholdC, unit),
                tr("Fever if it lasts %1 min").arg(protocol.sustained->minutes),
                thresholdText(protocol.sustained->thresholdC, protocol.sustained->inclusive, unit) });
    }
    if (protocol.watchApplies()) {
        m.thresholds.append({ ThresholdKind::Watch, units::fromCelsius(protocol.watchC, unit),
            tr("Watch, check again"), thresholdText(protocol.watchC, true, unit) });
    }
    if (protocol.low) {
        m.thresholds.append({ ThresholdKind::Low, units::fromCelsius(protocol.low->thresholdC, unit),
            tr("Too low, call now"), TemperatureTrigger::low(protocol.low->thresholdC, unit).phrase() });
    }

    const auto [first, last]
        = slice(records, range, [](const TemperatureRecord &r) { return r.reading.time; });
    std::vector<Sample> samples;
    samples.reserve(size_t(last - first));
    double lowC = protocol.single.thresholdC;
    double highC = protocol.single.thresholdC;
    for (const auto &t : m.thresholds) {
        lowC = std::min(lowC, units::toCelsius(t.value, unit));
        highC = std::max(highC, units::toCelsius(t.value, unit));
    }
    const qint64 fromMs = range.fromMs();
    const qint64 toMs = range.toMs();
    for (qsizetype i = first; i < last; ++i) {
        const auto &reading = records[i].reading;
        const double c = reading.temperature.celsius();
        const qint64 x = reading.time.toMSecsSinceEpoch();
        samples.push_back({ x, c });
        if (x >= fromMs && x <= toMs) {
            ++m.readingsInRange;
            lowC = std::min(lowC, c);
            highC = std::max(highC, c);
        }
    }
    // Half a degree of air around the data and the lines, on whole half degrees (whole °F).
    if (unit == TemperatureUnit::Celsius) {
        m.yMin = std::floor((lowC - 0.5) * 2) / 2;
        m.yMax = std::ceil((highC + 0.5) * 2) / 2;
    } else {
        m.yMin = std::floor(units::fromCelsius(lowC - 0.5, unit));
        m.yMax = std::ceil(units::fromCelsius(highC + 0.5, unit));
    }
    if (samples.empty())
        return m;

    const QList<qsizetype> kept
        = Downsampler::select(samples, fromMs, toMs, columns, temperatureThresholds(protocol));
    // Flags need the neighbours of each reading (runs, doses), so they are computed on the loaded
    // records, but only kept readings become points.
    const MaskedLookup masked(records, antipyretics);
    const std::vector<bool> sustained = sustainedRuns(records, last, masked, protocol);
    m.points.reserve(kept.size());
    for (qsizetype k : kept) {
        const qsizetype i = first + k;
        const auto &r = records[i];
        const double c = r.reading.temperature.celsius();
        TemperaturePoint p;
        p.time = r.reading.time;
        p.celsius = c;
        p.value = units::fromCelsius(c, unit);
        p.site = r.reading.temperature.site();
        p.note = r.note;
        p.masked = masked(i);
        p.fever = units::meetsThreshold(c, protocol.single.thresholdC, protocol.single.inclusive)
            || sustained[size_t(i)];
        p.low = protocol.low && units::belowThreshold(c, protocol.low->thresholdC);
        m.points.append(p);
    }
    return m;
}

QString TemperatureChartModel::axisTitle() const
{
    return tr("Temperature (%1)").arg(units::temperatureUnitSymbol(unit));
}

QString TemperatureChartModel::emptyMessage()
{
    return tr(
        "No temperatures in this period.\nLog a temperature (Log ▸ Temperature, Ctrl+T) to see it here.");
}

QString TemperatureChartModel::tooltip(const TemperaturePoint &p) const
{
    QStringList lines { tr("%1, %2").arg(Temperature::format(p.celsius, unit), sites::displayName(p.site)),
        when(p.time) };
    if (p.fever)
        lines << tr("Fever: call your care team");
    if (p.low)
        lines << tr("Too low: call your care team");
    if (p.masked)
        lines << tr("May be masked: taken within %1 h of a fever-lowering medicine").arg(kMaskingHours);
    if (!p.note.isEmpty())
        lines << tr("Note: %1").arg(p.note);
    return lines.join(QLatin1Char('\n'));
}

QList<SeverityBand> AncChartModel::severityBands()
{
    using namespace grading;
    const struct
    {
        Severity severity;
        double lower;
        std::optional<double> upper;
    } bounds[] = {
        { Severity::Normal, kNormalFloor, std::nullopt },
        { Severity::Mild, kMildFloor, kNormalFloor },
        { Severity::Moderate, kModerateFloor, kMildFloor },
        { Severity::Severe, kSevereFloor, kModerateFloor },
        { Severity::Profound, 0, kSevereFloor },
    };
    QList<SeverityBand> bands;
    for (const auto &b : bounds) {
        QString range;
        if (!b.upper)
            range = tr("%1/µL and above").arg(formatAnc(b.lower));
        else if (b.lower <= 0)
            range = tr("below %1/µL").arg(formatAnc(*b.upper));
        else
            range = tr("%1 to under %2/µL").arg(formatAnc(b.lower), formatAnc(*b.upper));
        bands.append({ b.severity, b.lower, b.upper, grading::severityName(b.severity), range });
    }
    return bands;
}

AncChartModel AncChartModel::build(const QList<BloodCountRecord> &records, const PatientSettings &settings,
    const QDateTime &now, const TimeRange &range, int columns)
{
    AncChartModel m;
    m.bands = severityBands();
    if (settings.baselineAnc) {
        m.baseline = settings.baselineAnc;
        m.baselineLabel = tr("Usual level set by the clinic: %1/µL").arg(formatAnc(*settings.baselineAnc));
    }
    // The lower limit of normal grades a count (CTCAE v5.0); drawn only when the clinic set its own,
    // in Settings or in its protocol file, since the default is the same for everyone.
    const Protocol protocol = settings.protocolInForce();
    if (protocol.llnAnc != grading::kDefaultLln) {
        m.lln = protocol.llnAnc;
        m.llnLabel = tr("Lower limit of normal set by the clinic: %1/µL").arg(formatAnc(protocol.llnAnc));
    }
    double high = grading::kNormalFloor * 4;
    if (m.baseline)
        high = std::max(high, *m.baseline * 1.5);
    if (m.lln)
        high = std::max(high, *m.lln * 1.5);

    const auto [first, last]
        = slice(records, range, [](const BloodCountRecord &r) { return r.count.time(); });
    std::vector<Sample> samples;
    samples.reserve(size_t(last - first));
    for (qsizetype i = first; i < last; ++i) {
        const auto &c = records[i].count;
        samples.push_back({ c.time().toMSecsSinceEpoch(), c.anc() });
        if (range.contains(c.time())) {
            ++m.countsInRange;
            high = std::max(high, c.anc() * 1.5);
        }
    }
    // A log scale: the classes span 100 to 1,500/µL while G-CSF can push the count past 20,000.
    m.yMin = grading::kSevereFloor / 2;
    m.yMax = std::pow(10.0, std::ceil(std::log10(high) * 4) / 4);

    QList<Threshold> floors;
    for (const auto &band : std::as_const(m.bands)) {
        if (band.lower > 0)
            floors.append({ band.lower, Threshold::Direction::Below, 0 });
    }
    for (qsizetype k : Downsampler::select(samples, range.fromMs(), range.toMs(), columns, floors)) {
        const auto &r = records[first + k];
        m.points.append({ r.count.time(), r.count.anc(), r.count.provenance(), r.lab, r.note });
    }

    // Staleness is about the latest count of all, which is the last loaded one when the range
    // reaches now.
    if (!records.isEmpty() && range.to >= now && range.contains(records.last().count.time())) {
        const auto &latest = records.last();
        if (latest.count.time() <= now && grading::isStale(latest.count.time(), now, protocol.staleDays)) {
            m.staleLatest = AncPoint { latest.count.time(), latest.count.anc(), latest.count.provenance(),
                latest.lab, latest.note };
            const int days = int(latest.count.time().secsTo(now) / 86400);
            m.staleLabel = days == 1 ? tr("Latest count is 1 day old: out of date")
                                     : tr("Latest count is %n days old: out of date", nullptr, days);
        }
    }
    return m;
}

QString AncChartModel::axisTitle()
{
    return tr("ANC (cells/µL, log scale)");
}

QString AncChartModel::emptyMessage()
{
    return tr("No blood counts in this period.\nLog a blood count from your lab results (Log ▸ Blood count, "
              "Ctrl+B) to see it here.");
}

QString AncChartModel::formatAnc(double anc)
{
    return QLocale().toString(std::lround(anc));
}

QString AncChartModel::tooltip(const AncPoint &p) const
{
    QStringList lines { tr("ANC %1/µL (%2)")
                            .arg(formatAnc(p.anc),
                                grading::severityName(
                                    grading::severityWithBaseline(p.anc, baseline).severity)),
        when(p.time),
        p.provenance == AncProvenance::Measured ? tr("Measured by the lab")
                                                : tr("Worked out from the white count and differential") };
    if (staleLatest && staleLatest->time == p.time)
        lines << staleLabel;
    if (!p.lab.isEmpty())
        lines << tr("Lab: %1").arg(p.lab);
    if (!p.note.isEmpty())
        lines << tr("Note: %1").arg(p.note);
    return lines.join(QLatin1Char('\n'));
}

TreatmentOverlay TreatmentOverlay::build(
    const QList<TreatmentRecord> &records, const Protocol &protocol, const TimeRange &range)
{
    TreatmentOverlay o;
    const QDate from = range.from.date();
    const QDate to = range.to.date();
    for (const auto &r : records) {
        const Treatment &t = r.treatment;
        if (t.kind == TreatmentKind::Chemotherapy) {
            if (t.date >= from && t.date <= to)
                o.chemotherapy.append({ t.date, t.kind, r.regimen });
            NadirShade shade;
            shade.doseDate = t.date;
            shade.start = t.date.addDays(nadir::startDay(t, protocol));
            shade.end = t.date.addDays(nadir::endDay(t, protocol));
            if (shade.end < from || shade.start > to)
                continue;
            shade.gcsf = std::any_of(records.begin(), records.end(), [&](const TreatmentRecord &g) {
                return treatments::isGcsf(g.treatment.kind) && g.treatment.date >= t.date
                    && g.treatment.date <= shade.end;
            });
            shade.label = shade.gcsf
                ? tr("Low-count days: predicted, not a blood count (may be shorter with G-CSF)")
                : tr("Low-count days: predicted, not a blood count");
            shade.shortLabel = tr("Predicted, not a blood count");
            o.nadirWindows.append(shade);
        } else if (t.date >= from && t.date <= to) {
            o.gcsf.append({ t.date, t.kind, tr("G-CSF") });
        }
    }
    return o;
}

} // namespace nc::charts

// CLINICAL.md §4: every trigger, boundary and combination of the assessment, as tables.
//
// Each row describes the history in a small notation; times are minutes before `now`
// (2026-03-10T08:00:00+01:00) unless a row sets its own now:
//   T30=38.4C[@site]  reading 30 min ago         R30=38.4C  the same, "I took a painkiller" ticked
//   A120=ibuprofen    antipyretic dose            S10=sore_throat  symptom
//   L1440=400         measured ANC (cells/µL)     W1440=2100/20/2  WBC with segs/bands %
//   C9d / G8d / F8d   chemotherapy / pegfilgrastim / filgrastim dose, days before today
//   K10               "I contacted my care team"  B=1200  baseline ANC
#include "clinical/assessment.h"

#include <QTest>

using namespace nc;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);

AssessmentInput build(const QString &protocolId, const QString &events, const QDateTime &now = kNow)
{
    AssessmentInput in;
    in.now = now;
    in.protocol = *Protocol::preset(protocolId);
    const QDate today = now.date();
    for (const QString &raw : events.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString e = raw.trimmed();
        const QChar kind = e.at(0);
        const QString rest = e.mid(1);
        const QString when = rest.section(QLatin1Char('='), 0, 0);
        const QString what = rest.section(QLatin1Char('='), 1);
        auto minutesAgo = [&](const QString &m) { return now.addSecs(-qRound64(m.toDouble() * 60)); };
        if (kind == QLatin1Char('T') || kind == QLatin1Char('R')) {
            QString value = what.section(QLatin1Char('@'), 0, 0);
            const QString site = what.section(QLatin1Char('@'), 1);
            const auto unit
                = value.endsWith(QLatin1Char('F')) ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius;
            value.chop(1);
            const auto t = Temperature::fromInput(
                value.toDouble(), unit, site.isEmpty() ? MeasurementSite::Oral : *sites::fromCode(site));
            Q_ASSERT(t.ok());
            in.temperatures.append({ minutesAgo(when), *t, kind == QLatin1Char('R') });
        } else if (kind == QLatin1Char('A')) {
            in.antipyretics.append({ minutesAgo(when), *antipyretics::fromCode(what) });
        } else if (kind == QLatin1Char('S')) {
            in.symptoms.append({ minutesAgo(when), *symptoms::fromCode(what) });
        } else if (kind == QLatin1Char('L')) {
            in.counts.append(
                *BloodCount::measured(minutesAgo(when), what.toDouble(), CountUnit::CellsPerMicrolitre));
        } else if (kind == QLatin1Char('W')) {
            const QStringList p = what.split(QLatin1Char('/'));
            in.counts.append(*BloodCount::derived(minutesAgo(when), p[0].toDouble(),
                CountUnit::CellsPerMicrolitre, Differential::manual(p[1].toDouble(), p.value(2).toDouble())));
        } else if (kind == QLatin1Char('C') || kind == QLatin1Char('G') || kind == QLatin1Char('F')) {
            const int days = QString(when).remove(QLatin1Char('d')).toInt();
            const auto k = kind == QLatin1Char('C') ? TreatmentKind::Chemotherapy
                : kind == QLatin1Char('G')          ? TreatmentKind::Pegfilgrastim
                                                    : TreatmentKind::Filgrastim;
            in.treatments.append({ today.addDays(-days), k, std::nullopt, std::nullopt });
        } else if (kind == QLatin1Char('K')) {
            in.acknowledgedAt = minutesAgo(when);
        } else if (kind == QLatin1Char('B')) {
            in.baselineAnc = what.toDouble();
        } else {
            qFatal("bad event %s", qPrintable(e));
        }
    }
    return in;
}

// Sorted, so rows state the set of reasons and not the order they were found in.
QString sorted(QString codes)
{
    QStringList list = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    list.sort();
    return list.join(QLatin1Char(','));
}

QString reasonCodes(const Assessment &a)
{
    QStringList codes;
    for (const auto &r : a.reasons)
        codes << findings::code(r.code);
    return sorted(codes.join(QLatin1Char(',')));
}

QString noteCodes(const Assessment &a)
{
    QStringList codes;
    for (const auto &r : a.notes)
        codes << findings::code(r.code);
    return codes.join(QLatin1Char(','));
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void recheck_data();
    void recheck();
    void febrileNeutropenia_data();
    void febrileNeutropenia();
    void notes_data();
    void notes();
    void readingGapFromTheProtocol();
    void maskedNewestReading_data();
    void maskedNewestReading();
    void quotedReading_data();
    void quotedReading();
    void messagesUseTheDisplayUnit();
    void headline();
    void ancSummary();
    void timeZones();
    void eachReasonOnce();
};

void TestAssessment::rules_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("reasons");

    // Nothing at all.
    QTest::newRow("empty: ok") << "us-idsa"
                               << ""
                               << "ok"
                               << "";
    QTest::newRow("normal reading: ok") << "us-idsa"
                                        << "T30=36.8C"
                                        << "ok"
                                        << "";

    // Trigger 1, each preset, both sides.
    QTest::newRow("idsa 38.3 C") << "us-idsa"
                                 << "T30=38.3C"
                                 << "call_now"
                                 << "fever_single";
    QTest::newRow("idsa 101.0 F") << "us-idsa"
                                  << "T30=101.0F"
                                  << "call_now"
                                  << "fever_single";
    QTest::newRow("idsa 100.9 F: borderline") << "us-idsa"
                                              << "T30=100.9F"
                                              << "recheck"
                                              << "borderline_temperature";
    QTest::newRow("idsa 100.4 F: borderline") << "us-idsa"
                                              << "T30=100.4F"
                                              << "recheck"
                                              << "borderline_temperature";
    QTest::newRow("cdc 100.4 F") << "us-cdc-38"
                                 << "T30=100.4F"
                                 << "call_now"
                                 << "fever_single";
    QTest::newRow("cdc 37.9 C: watch") << "us-cdc-38"
                                       << "T30=37.9C"
                                       << "recheck"
                                       << "borderline_temperature";
    QTest::newRow("esmo 38.3 C not > 38.3") << "esmo-2016"
                                            << "T30=38.3C"
                                            << "recheck"
                                            << "borderline_temperature";
    QTest::newRow("esmo 38.4 C") << "esmo-2016"
                                 << "T30=38.4C"
                                 << "call_now"
                                 << "fever_single";
    QTest::newRow("nice 38.0 C not > 38.0") << "uk-nice"
                                            << "T30=38.0C"
                                            << "recheck"
                                            << "borderline_temperature";
    QTest::newRow("nice 38.1 C") << "uk-nice"
                                 << "T30=38.1C"
                                 << "call_now"
                                 << "fever_single";
    QTest::newRow("uk-37.5 37.5 C") << "uk-37.5"
                                    << "T30=37.5C"
                                    << "call_now"
                                    << "fever_single";
    QTest::newRow("uk-37.5 37.4 C: watch ignored") << "uk-37.5"
                                                   << "T30=37.4C"
                                                   << "ok"
                                                   << "";
    QTest::newRow("idsa 37.5 C: watch") << "us-idsa"
                                        << "T30=37.5C"
                                        << "recheck"
                                        << "borderline_temperature";
    QTest::newRow("idsa 37.4 C") << "us-idsa"
                                 << "T30=37.4C"
                                 << "ok"
                                 << "";

    // Trigger 2: sustained.
    QTest::newRow("idsa sustained 60 min") << "us-idsa"
                                           << "T90=38.0C;T30=38.1C"
                                           << "call_now"
                                           << "fever_sustained";
    QTest::newRow("idsa sustained 59 min") << "us-idsa"
                                           << "T89=38.0C;T30=38.1C"
                                           << "recheck"
                                           << "borderline_temperature";
    QTest::newRow("idsa run broken by a normal reading") << "us-idsa"
                                                         << "T120=38.1C;T90=37.2C;T60=38.1C;T30=38.2C"
                                                         << "recheck"
                                                         << "borderline_temperature";
    QTest::newRow("idsa run through three readings") << "us-idsa"
                                                     << "T100=38.0C;T70=38.2C;T40=38.1C"
                                                     << "call_now"
                                                     << "fever_sustained";
    QTest::newRow("esmo 120 min") << "esmo-2016"
                                  << "T150=38.1C;T30=38.2C"
                                  << "call_now"
                                  << "fever_sustained";
    QTest::newRow("esmo 119 min") << "esmo-2016"
                                  << "T149=38.1C;T30=38.2C"
                                  << "recheck"
                                  << "borderline_temperature";
    QTest::newRow("esmo 38.0 C not > 38.0") << "esmo-2016"
                                            << "T150=38.0C;T30=38.0C"
                                            << "recheck"
                                            << "borderline_temperature";
    QTest::newRow("cdc has no sustained rule") << "us-cdc-38"
                                               << "T150=37.9C;T30=37.9C"
                                               << "recheck"
                                               << "borderline_temperature";

    // Trigger 3: low temperature.
    QTest::newRow("uk-37.5 35.9 C") << "uk-37.5"
                                    << "T30=35.9C"
                                    << "call_now"
                                    << "low_temperature";
    QTest::newRow("uk-37.5 36.0 C not below") << "uk-37.5"
                                              << "T30=36.0C"
                                              << "ok"
                                              << "";
    // "< L" means v < L − ε (ε = 0.005 °C), and °F is converted before comparing.
    QTest::newRow("uk-37.5 35.996 C not below (ε)") << "uk-37.5"
                                                    << "T30=35.996C"
                                                    << "ok"
                                                    << "";
    QTest::newRow("uk-37.5 35.994 C below (ε)") << "uk-37.5"
                                                << "T30=35.994C"
                                                << "call_now"
                                                << "low_temperature";
    QTest::newRow("uk-37.5 96.8 F (36.0 C) not below") << "uk-37.5"
                                                       << "T30=96.8F"
                                                       << "ok"
                                                       << "";
    QTest::newRow("uk-37.5 96.7 F (35.94 C) below") << "uk-37.5"
                                                    << "T30=96.7F"
                                                    << "call_now"
                                                    << "low_temperature";
    QTest::newRow("idsa has no low rule") << "us-idsa"
                                          << "T30=35.5C"
                                          << "ok"
                                          << "";

    // Trigger 4: red flags.
    for (auto code : symptoms::all()) {
        if (symptoms::isRedFlag(code)) {
            QTest::addRow("red flag %s", qPrintable(symptoms::code(code)))
                << "us-idsa" << QStringLiteral("S10=") + symptoms::code(code) << "call_now"
                << "red_flag_symptom";
        } else {
            QTest::addRow("amber %s", qPrintable(symptoms::code(code)))
                << "us-idsa" << QStringLiteral("S10=") + symptoms::code(code) << "call_today"
                << "infection_symptom";
        }
    }

    // Trigger 5: ambers and their combinations.
    QTest::newRow("one symptom twice counts once") << "us-idsa"
                                                   << "S30=cough;S10=cough"
                                                   << "call_today"
                                                   << "infection_symptom";
    QTest::newRow("two symptoms") << "us-idsa"
                                  << "S30=cough;S10=diarrhoea"
                                  << "call_now"
                                  << "infection_symptom,multiple_amber";
    QTest::newRow("severe neutropenia alone") << "us-idsa"
                                              << "L1440=400"
                                              << "caution"
                                              << "severe_neutropenia";
    QTest::newRow("ANC 500 is not below 500") << "us-idsa"
                                              << "L1440=500"
                                              << "ok"
                                              << "";
    QTest::newRow("stale ANC 400 is no amber") << "us-idsa"
                                               << "L10081=400"
                                               << "ok"
                                               << "";
    QTest::newRow("ANC exactly 7 days old is fresh") << "us-idsa"
                                                     << "L10080=400"
                                                     << "caution"
                                                     << "severe_neutropenia";
    QTest::newRow("ANC 400 + symptom") << "us-idsa"
                                       << "L1440=400;S10=chills"
                                       << "call_now"
                                       << "infection_symptom,severe_neutropenia,multiple_amber";
    QTest::newRow("ANC 400 + borderline") << "us-idsa"
                                          << "L1440=400;T30=37.6C"
                                          << "call_now"
                                          << "borderline_temperature,severe_neutropenia,multiple_amber";
    QTest::newRow("borderline + symptom") << "us-idsa"
                                          << "T30=37.8C;S10=sore_throat"
                                          << "call_now"
                                          << "infection_symptom,borderline_temperature,multiple_amber";

    // Lookback and the future.
    QTest::newRow("reading exactly 24 h ago is out") << "us-idsa"
                                                     << "T1440=39.0C"
                                                     << "ok"
                                                     << "";
    QTest::newRow("reading 23 h 59 min ago counts") << "us-idsa"
                                                    << "T1439=39.0C"
                                                    << "call_now"
                                                    << "fever_single";
    QTest::newRow("future reading ignored") << "us-idsa"
                                            << "T-10=39.0C"
                                            << "ok"
                                            << "";
    QTest::newRow("future symptom ignored") << "us-idsa"
                                            << "S-10=rigors"
                                            << "ok"
                                            << "";
    QTest::newRow("future lab ignored") << "us-idsa"
                                        << "L-10=100"
                                        << "ok"
                                        << "";
    QTest::newRow("symptom 25 h ago out") << "us-idsa"
                                          << "S1500=rigors"
                                          << "ok"
                                          << "";

    // Equal times: the highest value is the latest.
    QTest::newRow("equal times, highest last") << "us-idsa"
                                               << "T30=37.0C;T30=37.7C"
                                               << "recheck"
                                               << "borderline_temperature";

    // Masked readings.
    QTest::newRow("masked fever still calls") << "us-idsa"
                                              << "A60=paracetamol;T30=38.5C"
                                              << "call_now"
                                              << "may_be_masked,fever_single";
    QTest::newRow("masked normal reading does not clear a borderline")
        << "us-idsa"
        << "T120=37.8C;A90=ibuprofen;T30=36.9C"
        << "recheck"
        << "borderline_temperature,may_be_masked";
    QTest::newRow("unmasked normal reading clears a borderline") << "us-idsa"
                                                                 << "T120=37.8C;T30=36.9C"
                                                                 << "ok"
                                                                 << "";
    QTest::newRow("masked normal does not break a run") << "us-idsa"
                                                        << "T100=38.1C;A80=naproxen;T70=37.0C;T35=38.0C"
                                                        << "call_now"
                                                        << "fever_sustained,may_be_masked";
    QTest::newRow("dose 6 h before: masked") << "us-idsa"
                                             << "T120=37.8C;A390=aspirin;T30=36.9C"
                                             << "recheck"
                                             << "borderline_temperature,may_be_masked";
    // The 37.8 two hours ago is masked (and meets the watch threshold, so it still counts);
    // the latest, 6 h 1 min after the dose, is not masked and clears the borderline.
    QTest::newRow("dose 6 h 1 min before: not masked") << "us-idsa"
                                                       << "T120=37.8C;A391=aspirin;T30=36.9C"
                                                       << "ok"
                                                       << "may_be_masked";
    QTest::newRow("dose at the same minute: not masked") << "us-idsa"
                                                         << "T120=37.8C;A30=other_nsaid;T30=36.9C"
                                                         << "ok"
                                                         << "";
    QTest::newRow("reported painkiller masks") << "us-idsa"
                                               << "T120=37.8C;R30=36.9C"
                                               << "recheck"
                                               << "borderline_temperature,may_be_masked";

    // Labs never lower a fever.
    QTest::newRow("normal ANC + fever") << "us-idsa"
                                        << "L600=4000;T30=38.6C"
                                        << "call_now"
                                        << "fever_single";

    // §2: the caution rule and the fever rules ignore the baseline ANC.
    QTest::newRow("ANC at the baseline + fever") << "us-idsa"
                                                 << "T30=38.5C;L600=1200;B=1100"
                                                 << "call_now"
                                                 << "fever_single";
    QTest::newRow("ANC at the baseline + borderline") << "us-idsa"
                                                      << "T30=37.6C;L600=1200;B=1100"
                                                      << "recheck"
                                                      << "borderline_temperature";
    QTest::newRow("ANC 400 with a baseline: still caution") << "us-idsa"
                                                            << "L1440=400;B=1000"
                                                            << "caution"
                                                            << "severe_neutropenia";

    // Acknowledgement.
    QTest::newRow("ack hides earlier fever, recheck") << "us-idsa"
                                                      << "T60=38.6C;K30"
                                                      << "recheck"
                                                      << "recently_contacted";
    QTest::newRow("ack then normal reading: caution") << "us-idsa"
                                                      << "T60=38.6C;K30;T10=37.0C"
                                                      << "caution"
                                                      << "recently_contacted";
    QTest::newRow("ack then fever again: call now") << "us-idsa"
                                                    << "K30;T10=38.4C"
                                                    << "call_now"
                                                    << "fever_single,recently_contacted";
    QTest::newRow("ack then masked normal reading: still recheck") << "us-idsa"
                                                                   << "K60;A40=paracetamol;T10=37.0C"
                                                                   << "recheck"
                                                                   << "may_be_masked,recently_contacted";
    QTest::newRow("ack 25 h ago, no reading since: recheck") << "us-idsa"
                                                             << "K1500"
                                                             << "recheck"
                                                             << "recently_contacted";
    QTest::newRow("ack 25 h ago, normal reading since: ok") << "us-idsa"
                                                            << "K1500;T10=36.9C"
                                                            << "ok"
                                                            << "";
    // Rule 7: 0 ≤ now − acknowledgement ≤ 24 h, inclusive.
    QTest::newRow("ack exactly 24 h ago, normal reading since: caution") << "us-idsa"
                                                                         << "K1440;T10=36.9C"
                                                                         << "caution"
                                                                         << "recently_contacted";
    QTest::newRow("ack 24 h 1 min ago, normal reading since: ok") << "us-idsa"
                                                                  << "K1441;T10=36.9C"
                                                                  << "ok"
                                                                  << "";
    // A reading after the acknowledgement that has left the lookback window is not counted, so it
    // no longer satisfies rule 7.
    QTest::newRow("ack 30 h ago, reading since now out of the lookback: recheck") << "us-idsa"
                                                                                  << "K1800;T1500=36.9C"
                                                                                  << "recheck"
                                                                                  << "recently_contacted";
    QTest::newRow("ack in the future ignored") << "us-idsa"
                                               << "T30=38.6C;K-10"
                                               << "call_now"
                                               << "fever_single";

    // Caution from the nadir window.
    QTest::newRow("day 9 of the cycle: caution") << "us-idsa"
                                                 << "C9d"
                                                 << "caution"
                                                 << "nadir_window";
    QTest::newRow("day 6: ok") << "us-idsa"
                               << "C6d"
                               << "ok"
                               << "";
    QTest::newRow("day 15: ok") << "us-idsa"
                                << "C15d"
                                << "ok"
                                << "";
}

void TestAssessment::rules()
{
    QFETCH(QString, protocol);
    QFETCH(QString, events);
    QFETCH(QString, level);
    QFETCH(QString, reasons);
    const Assessment a = assess(build(protocol, events));
    QCOMPARE(levels::code(a.level), level);
    QCOMPARE(reasonCodes(a), sorted(reasons));
    QCOMPARE(a.protocolId, protocol);
    QCOMPARE(a.recheckBy.has_value(), a.level == Level::Recheck);
    if (a.level != Level::Recheck)
        QVERIFY(!a.recheckOverdue);
}

void TestAssessment::recheck_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("events");
    QTest::addColumn<int>("recheckMinutesFromNow");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("watch: latest + 60") << "us-idsa"
                                        << "T30=37.6C" << 30 << false;
    QTest::newRow("watch, overdue") << "us-idsa"
                                    << "T61=37.6C" << -1 << true;
    QTest::newRow("watch, due exactly now is not overdue") << "us-idsa"
                                                           << "T60=37.6C" << 0 << false;
    QTest::newRow("sustained run start + 60") << "us-idsa"
                                              << "T40=38.0C;T10=38.1C" << 20 << false;
    QTest::newRow("sustained run restarts after a break") << "us-idsa"
                                                          << "T80=38.1C;T50=37.0C;T30=38.0C" << 30 << false;
    QTest::newRow("esmo run start + 120") << "esmo-2016"
                                          << "T100=38.1C;T20=38.2C" << 20 << false;
    QTest::newRow("nice: watch + 60") << "uk-nice"
                                      << "T20=37.9C" << 40 << false;
    QTest::newRow("ack + 60") << "us-idsa"
                              << "K20" << 40 << false;
    QTest::newRow("ack long ago: overdue, no time limit") << "us-idsa"
                                                          << "K3000" << -2940 << true;
    QTest::newRow("ack long ago, its reading out of the lookback") << "us-idsa"
                                                                   << "K1800;T1500=36.9C" << -1740 << true;

    // Rule 6b: the newest reading is masked: due when the latest dose stops masking (dose + 6 h).
    QTest::newRow("6b one dose") << "us-idsa"
                                 << "A60=paracetamol;T30=36.9C" << 300 << false;
    QTest::newRow("6b two doses: the latest") << "us-idsa"
                                              << "A300=paracetamol;A60=ibuprofen;T30=36.9C" << 300 << false;
    QTest::newRow("6b a dose after the reading moves it")
        << "us-idsa"
        << "A120=paracetamol;T60=36.9C;A30=ibuprofen" << 330 << false;
    // §4: events after now are ignored: a dose logged for later does not move the recheck.
    QTest::newRow("6b a future dose is ignored")
        << "us-idsa"
        << "A60=paracetamol;T30=36.9C;A-30=ibuprofen" << 300 << false;
    QTest::newRow("6b ticked, no dose logged: reading + 6 h") << "us-idsa"
                                                              << "R30=36.9C" << 330 << false;
    QTest::newRow("6b masking over: overdue") << "us-idsa"
                                              << "A400=paracetamol;R30=36.9C" << -40 << true;

    // Several rules give a time: the earliest wins.
    QTest::newRow("earliest: 6b before the watch recheck") << "us-idsa"
                                                           << "A350=paracetamol;T40=37.6C" << 10 << false;
    QTest::newRow("earliest: watch before 6b") << "us-idsa"
                                               << "A60=paracetamol;T30=37.6C" << 30 << false;
    QTest::newRow("earliest: acknowledgement before 6b")
        << "us-idsa"
        << "K300;A200=paracetamol;T100=36.9C" << -240 << true;
    QTest::newRow("earliest: 6b before the acknowledgement")
        << "us-idsa"
        << "A350=paracetamol;K20;T10=36.9C" << 10 << false;
}

void TestAssessment::recheck()
{
    QFETCH(QString, protocol);
    QFETCH(QString, events);
    QFETCH(int, recheckMinutesFromNow);
    QFETCH(bool, overdue);
    const Assessment a = assess(build(protocol, events));
    QCOMPARE(a.level, Level::Recheck);
    QVERIFY(a.recheckBy);
    QCOMPARE(*a.recheckBy, kNow.addSecs(recheckMinutesFromNow * 60));
    QCOMPARE(a.recheckBy->offsetFromUtc(), kNow.offsetFromUtc());
    QCOMPARE(a.recheckOverdue, overdue);
}

void TestAssessment::febrileNeutropenia_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("fn");
    QTest::newRow("no fever: none") << "L600=100"
                                    << "none";
    QTest::newRow("fever, no lab: possible") << "T30=38.5C"
                                             << "possible";
    QTest::newRow("fever, stale lab: possible") << "T30=38.5C;L10100=3000"
                                                << "possible";
    QTest::newRow("fever, fresh ANC < 500: likely") << "T30=38.5C;L600=499"
                                                    << "likely";
    QTest::newRow("fever, ANC 500, no chemo: not indicated") << "T30=38.5C;L600=500"
                                                             << "not_indicated";
    QTest::newRow("fever, normal ANC, chemo in window: possible") << "T30=38.5C;L600=4000;C20d"
                                                                  << "possible";
    QTest::newRow("fever, ANC 900 drawn in nadir window: likely") << "T30=38.5C;L600=900;C9d"
                                                                  << "likely";
    QTest::newRow("fever, ANC 1000 in nadir window: possible") << "T30=38.5C;L600=1000;C9d"
                                                               << "possible";
    QTest::newRow("fever, ANC 900 drawn before the window: possible") << "T30=38.5C;L4320=900;C9d"
                                                                      << "possible";
    QTest::newRow("fever, chemo 43 days ago: not indicated") << "T30=38.5C;L600=4000;C43d"
                                                             << "not_indicated";
    QTest::newRow("sustained fever counts too") << "T90=38.0C;T20=38.1C;L600=300"
                                                << "likely";
    QTest::newRow("derived ANC < 500") << "T30=38.5C;W600=2100/20/2"
                                       << "likely";
    // §2: the fever rules ignore the baseline ANC.
    QTest::newRow("fever, ANC at the baseline, no chemo: not indicated") << "T30=38.5C;L600=1200;B=1100"
                                                                         << "not_indicated";
    QTest::newRow("fever, ANC at the baseline, chemo in window: possible")
        << "T30=38.5C;L600=1200;B=1100;C20d"
        << "possible";
}

void TestAssessment::febrileNeutropenia()
{
    QFETCH(QString, events);
    QFETCH(QString, fn);
    const Assessment a = assess(build(QStringLiteral("us-idsa"), events));
    QCOMPARE(febrileNeutropeniaCode(a.febrileNeutropenia), fn);
}

void TestAssessment::notes_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("notes");
    // Rows without a reading in the last 12 hours also carry no_recent_reading.
    auto withReading
        = [](const char *events) { return QString::fromUtf8(events) + QStringLiteral(";T30=36.8C"); };
    QTest::newRow("oral: none") << "T30=36.8C@oral"
                                << "";
    QTest::newRow("axillary") << "T30=36.8C@axillary"
                              << "site_may_read_low";
    QTest::newRow("temporal") << "T30=36.8C@temporal"
                              << "site_may_read_low";
    QTest::newRow("tympanic twice: once") << "T60=36.8C@tympanic;T30=36.8C@tympanic"
                                          << "site_may_read_low";
    QTest::newRow("rectal") << "T30=36.8C@rectal"
                            << "rectal_site";
    QTest::newRow("baseline") << withReading("L600=1250;B=1200") << "at_usual_level";
    QTest::newRow("g-csf in window") << withReading("C9d;G8d") << "gcsf_window";
    QTest::newRow("filgrastim in window") << withReading("C9d;F3d") << "gcsf_window";
    QTest::newRow("g-csf alone: no window, no note") << withReading("G3d") << "";
    QTest::newRow("old reading: no site note") << "T1500=36.8C@axillary"
                                               << "no_recent_reading";

    // no_recent_reading: none in now − 12 h < t ≤ now, counted or not.
    QTest::newRow("no reading at all") << ""
                                       << "no_recent_reading";
    QTest::newRow("reading exactly 12 h ago") << "T720=36.8C"
                                              << "no_recent_reading";
    QTest::newRow("reading 11 h 59 min ago") << "T719=36.8C"
                                             << "";
    QTest::newRow("a reading before an acknowledgement still counts here") << "T60=36.8C;K30"
                                                                           << "";
    QTest::newRow("a future reading does not") << "T-10=36.8C"
                                               << "no_recent_reading";

    // gcsf_timing: pegfilgrastim dated D − 13 … D of a chemotherapy dose D in the window.
    QTest::newRow("peg on the day of chemo (D)") << withReading("C5d;G5d") << "gcsf_window,gcsf_timing";
    QTest::newRow("peg the day after (D + 1)") << withReading("C5d;G4d") << "gcsf_window";
    QTest::newRow("peg 13 days before (D − 13)") << withReading("C5d;G18d") << "gcsf_timing";
    QTest::newRow("peg 14 days before (D − 14)") << withReading("C5d;G19d") << "";
    QTest::newRow("filgrastim on the day of chemo") << withReading("C5d;F5d") << "gcsf_window";
    QTest::newRow("chemo out of the window") << withReading("C43d;G43d") << "";
}

void TestAssessment::notes()
{
    QFETCH(QString, events);
    QFETCH(QString, notes);
    const Assessment a = assess(build(QStringLiteral("us-idsa"), events));
    QCOMPARE(noteCodes(a), notes);
    for (const auto &n : a.notes)
        QVERIFY(findings::isNote(n.code));
}

void TestAssessment::readingGapFromTheProtocol()
{
    AssessmentInput in = build(QStringLiteral("us-idsa"), QStringLiteral("T300=36.8C"));
    QVERIFY(!assess(in).hasNote(Finding::NoRecentReading));
    in.protocol.readingGapHours = 5;
    const Assessment a = assess(in);
    QVERIFY(a.hasNote(Finding::NoRecentReading));
    QCOMPARE(a.readingGapHours, 5);
    in.protocol.readingGapHours = 6;
    QVERIFY(!assess(in).hasNote(Finding::NoRecentReading));
}

// Rule 6b: a normal number under a fever medicine is at least a recheck, never "no warning signs".
void TestAssessment::maskedNewestReading_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("level");
    QTest::newRow("one dose, normal newest reading") << "A60=paracetamol;T30=36.9C"
                                                     << "recheck";
    QTest::newRow("two doses") << "A300=ibuprofen;A120=paracetamol;T30=36.9C"
                               << "recheck";
    QTest::newRow("ticked only") << "R30=36.9C"
                                 << "recheck";
    QTest::newRow("an unmasked reading after it") << "A400=paracetamol;T370=36.9C;T20=36.8C"
                                                  << "ok";
    QTest::newRow("masked older, unmasked newest") << "A400=paracetamol;T300=36.9C;T10=36.8C"
                                                   << "ok";
    QTest::newRow("equal times, the highest is newest: unmasked") << "R30=36.9C;T30=37.0C"
                                                                  << "ok";
    QTest::newRow("equal times, the highest is newest: masked") << "T30=36.9C;R30=37.0C"
                                                                << "recheck";
    QTest::newRow("equal times and values: masked wins, given first") << "R30=36.9C;T30=36.9C"
                                                                      << "recheck";
    QTest::newRow("equal times and values: masked wins, given last") << "T30=36.9C;R30=36.9C"
                                                                     << "recheck";
    QTest::newRow("masked fever still calls now") << "A60=paracetamol;T30=38.5C"
                                                  << "call_now";
    QTest::newRow("masked with a symptom: call today") << "A60=paracetamol;T30=36.9C;S10=cough"
                                                       << "call_today";
}

void TestAssessment::maskedNewestReading()
{
    QFETCH(QString, events);
    QFETCH(QString, level);
    const Assessment a = assess(build(QStringLiteral("us-idsa"), events));
    QCOMPARE(levels::code(a.level), level);
    if (level != QLatin1String("ok")) {
        QVERIFY(a.hasReason(Finding::MayBeMasked));
        const auto masked = std::find_if(a.reasons.begin(), a.reasons.end(),
            [](const FindingMessage &f) { return f.code == Finding::MayBeMasked; });
        QVERIFY(masked->message.contains(QStringLiteral("call even if the thermometer reads normal")));
    }
}

// CLINICAL.md §6: the reading a message names is the one that triggered.
void TestAssessment::quotedReading_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("events");
    QTest::addColumn<double>("celsius");
    QTest::addColumn<int>("minutesAgo");
    QTest::addColumn<bool>("triggered");
    QTest::addColumn<QString>("dose"); // the fever medicine before it, or empty
    QTest::newRow("highest over the threshold, not the newest")
        << "us-idsa"
        << "T90=38.6C;T30=38.4C" << 38.6 << 90 << true << "";
    QTest::newRow("not a later masked lower one")
        << "us-idsa"
        << "T120=38.5C;A60=paracetamol;T30=37.0C" << 38.5 << 120 << true << "";
    QTest::newRow("the dose before it")
        << "us-idsa"
        << "A100=paracetamol;T30=38.5C" << 38.5 << 30 << true << "paracetamol";
    QTest::newRow("the latest of two doses")
        << "us-idsa"
        << "A300=paracetamol;A100=ibuprofen;T30=38.5C" << 38.5 << 30 << true << "ibuprofen";
    QTest::newRow("a dose more than 6 h before is not named")
        << "us-idsa"
        << "A400=paracetamol;T30=38.5C" << 38.5 << 30 << true << "";
    QTest::newRow("sustained: the highest of the run")
        << "us-idsa"
        << "T100=38.0C;T70=38.2C;T40=38.1C" << 38.2 << 70 << true << "";
    QTest::newRow("low: the lowest") << "uk-37.5"
                                     << "T90=35.5C;T30=35.8C" << 35.5 << 90 << true << "";
    QTest::newRow("borderline: the highest over the watch line")
        << "us-idsa"
        << "T90=37.9C;T30=37.6C" << 37.9 << 90 << true << "";
    QTest::newRow("red flag, no fever: the newest reading")
        << "us-idsa"
        << "T90=37.0C;T30=36.8C;S10=rigors" << 36.8 << 30 << false << "";
    QTest::newRow("masked newest, untriggered: named with its dose")
        << "us-idsa"
        << "A60=ibuprofen;T30=36.8C;S10=cough" << 36.8 << 30 << false << "ibuprofen";
}

void TestAssessment::quotedReading()
{
    QFETCH(QString, protocol);
    QFETCH(QString, events);
    QFETCH(double, celsius);
    QFETCH(int, minutesAgo);
    QFETCH(bool, triggered);
    QFETCH(QString, dose);
    const Assessment a = assess(build(protocol, events));
    QVERIFY(a.quotedReading);
    QCOMPARE(a.quotedReading->temperature.celsius(), celsius);
    QCOMPARE(a.quotedReading->time, kNow.addSecs(-60 * minutesAgo));
    QCOMPARE(a.quotedReading->triggered, triggered);
    QCOMPARE(a.quotedReading->doseBefore ? antipyretics::code(a.quotedReading->doseBefore->drug) : QString(),
        dose);
    // The reasons name the same reading.
    const QString value = Temperature::format(celsius, TemperatureUnit::Celsius);
    if (triggered) {
        QVERIFY(std::any_of(a.reasons.begin(), a.reasons.end(),
            [&](const FindingMessage &f) { return f.message.contains(value); }));
    }
    QVERIFY(!assess(build(protocol, QStringLiteral("S10=rigors"))).quotedReading);
}

// One unit on a screen: the display unit, with the value as typed in brackets when it differs,
// and thresholds as the first value that fires.
void TestAssessment::messagesUseTheDisplayUnit()
{
    AssessmentInput in = build(QStringLiteral("us-idsa"), QStringLiteral("T30=38.7C"));
    in.displayUnit = TemperatureUnit::Fahrenheit;
    QString message = assess(in).reasons.first().message;
    QVERIFY2(message.contains(QStringLiteral("101.7 °F (typed as 38.7 °C)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("101.0 °F or higher")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("100.9")), qPrintable(message));

    in = build(QStringLiteral("us-idsa"), QStringLiteral("T30=100.9F"));
    in.displayUnit = TemperatureUnit::Fahrenheit;
    message = assess(in).reasons.first().message;
    QVERIFY2(message.contains(QStringLiteral("100.9 °F at"))
            && message.contains(QStringLiteral("101.0 °F or higher")),
        qPrintable(message));

    in = build(QStringLiteral("esmo-2016"), QStringLiteral("T150=38.1C;T30=38.2C"));
    in.displayUnit = TemperatureUnit::Celsius;
    message = assess(in).reasons.first().message;
    QVERIFY2(message.contains(QStringLiteral("38.1 °C or higher")), qPrintable(message));
}

void TestAssessment::headline()
{
    // ok without a recent reading asks for one; with a reading it is the level's title.
    Assessment a = assess(build(QStringLiteral("us-idsa"), QString()));
    QCOMPARE(a.level, Level::Ok);
    QCOMPARE(levels::headline(a), QStringLiteral("Take your temperature — none logged in the last 12 hours"));
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("T30=36.8C")));
    QCOMPARE(levels::headline(a), levels::title(Level::Ok));
    // Any other level keeps its own title, the note beside it.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("S10=rigors")));
    QVERIFY(a.hasNote(Finding::NoRecentReading));
    QCOMPARE(levels::headline(a), levels::title(Level::CallNow));
    // A recheck past its time says so in its title, not only in the countdown.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("T30=38.1C")));
    QCOMPARE(a.level, Level::Recheck);
    QVERIFY(!a.recheckOverdue);
    QCOMPARE(levels::headline(a), levels::title(Level::Recheck));
    a.recheckOverdue = true;
    QCOMPARE(levels::headline(a), QStringLiteral("Take your temperature now"));
}

void TestAssessment::ancSummary()
{
    // A measured ANC beats a derived one at the same minute, even when higher.
    Assessment a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("W600=2100/20/2;L600=800")));
    QCOMPARE(a.anc->value, 800.0);
    QCOMPARE(a.anc->provenance, AncProvenance::Measured);
    QCOMPARE(a.anc->severity, Severity::Moderate);
    QCOMPARE(a.anc->ctcaeV5, 3);
    QCOMPARE(a.anc->ctcaeV6, 2);
    QCOMPARE(a.anc->ageHours, 10.0);
    // "The same timestamp to the minute": a measured ANC at 07:00:10 beats a lower derived one at
    // 07:00:50, given in either order; a derived one a minute later is the newer result.
    const auto at = [](const char *time) {
        return QDateTime::fromString(
            QStringLiteral("2026-03-10T") + QLatin1String(time) + QStringLiteral("+01:00"), Qt::ISODate);
    };
    const BloodCount measured0710 = *BloodCount::measured(at("07:00:10"), 800, CountUnit::CellsPerMicrolitre);
    const BloodCount derived0750 = *BloodCount::derived(
        at("07:00:50"), 2100, CountUnit::CellsPerMicrolitre, Differential::manual(20, 2)); // ANC 462
    for (const auto &counts : { QList<BloodCount> { measured0710, derived0750 },
             QList<BloodCount> { derived0750, measured0710 } }) {
        AssessmentInput in = build(QStringLiteral("us-idsa"), QString());
        in.counts = counts;
        a = assess(in);
        QCOMPARE(a.anc->value, 800.0);
        QCOMPARE(a.anc->provenance, AncProvenance::Measured);
        QCOMPARE(a.anc->time, at("07:00:10"));
    }
    {
        AssessmentInput in = build(QStringLiteral("us-idsa"), QString());
        in.counts = { *BloodCount::measured(at("06:59:50"), 800, CountUnit::CellsPerMicrolitre),
            *BloodCount::derived(
                at("07:00:10"), 2100, CountUnit::CellsPerMicrolitre, Differential::manual(20, 2)) };
        a = assess(in);
        QCOMPARE(a.anc->value, 462.0);
        QCOMPARE(a.anc->provenance, AncProvenance::Derived);
    }
    // Two measured results at the same time: the lowest is the latest.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("L600=800;L600=450")));
    QCOMPARE(a.anc->value, 450.0);
    // The newest time wins otherwise.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("L1200=300;L600=2500")));
    QCOMPARE(a.anc->value, 2500.0);
    QCOMPARE(a.level, Level::Ok);
    // Baseline: mild at the usual level reads normal; the grades do not change.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("L600=1250;B=1210")));
    QCOMPARE(a.anc->severity, Severity::Normal);
    QVERIFY(a.anc->atBaseline);
    QCOMPARE(a.anc->ctcaeV6, 1);
    QCOMPARE(a.anc->ctcaeV5, 2);
    // Stale is shown, not hidden.
    a = assess(build(QStringLiteral("us-idsa"), QStringLiteral("L20000=300")));
    QVERIFY(a.anc->stale);
    QCOMPARE(a.level, Level::Ok);
    // No lab: null.
    QVERIFY(!assess(build(QStringLiteral("us-idsa"), QString())).anc);
}

void TestAssessment::timeZones()
{
    // now in +01:00; a reading stored in -05:00 that is 30 minutes ago still counts.
    AssessmentInput in = build(QStringLiteral("us-idsa"), QString());
    const auto t = Temperature::fromInput(38.4, TemperatureUnit::Celsius);
    in.temperatures.append({ kNow.addSecs(-1800).toOffsetFromUtc(-5 * 3600), *t });
    QCOMPARE(assess(in).level, Level::CallNow);

    // "Today" is the date of now in now's own offset: 00:30 on 10 March at +01:00 is still
    // 9 March in UTC, but day 7 of a dose dated 3 March.
    const QDateTime earlyNow
        = QDateTime::fromString(QStringLiteral("2026-03-10T00:30:00+01:00"), Qt::ISODate);
    AssessmentInput early;
    early.now = earlyNow;
    early.treatments = { { QDate(2026, 3, 3), TreatmentKind::Chemotherapy, std::nullopt, std::nullopt } };
    const Assessment a = assess(early);
    QCOMPARE(a.nadirWindow->day, 7);
    QVERIFY(a.nadirWindow->active);

    // febrile_neutropenia `likely`: the lab's calendar date is taken in now's offset. Chemotherapy on
    // 1 March: nadir window 8–15 March. now is 10 March 08:00 at +01:00.
    //   22:30 −05:00 on 7 March = 03:30 UTC = 04:30 +01:00 on 8 March: inside (its own date is 7 March).
    //   18:30 −05:00 on 7 March = 23:30 UTC (7 March) = 00:30 +01:00 on 8 March: inside only in now's
    //   offset, neither in its own nor in UTC.
    //   17:30 −05:00 on 7 March = 22:30 UTC = 23:30 +01:00 on 7 March: outside.
    // The same 17:30 −05:00 lab with now at +09:00 (16:00 on 10 March there) is 07:30 on 8 March: inside.
    const auto fn = [](const char *labTime, const char *now) {
        const QDateTime n = QDateTime::fromString(QLatin1String(now), Qt::ISODate);
        AssessmentInput in;
        in.now = n;
        in.temperatures = { { n.addSecs(-1800), *Temperature::fromInput(38.5, TemperatureUnit::Celsius) } };
        in.counts = { *BloodCount::measured(
            QDateTime::fromString(QLatin1String(labTime), Qt::ISODate), 900, CountUnit::CellsPerMicrolitre) };
        in.treatments = { { QDate(2026, 3, 1), TreatmentKind::Chemotherapy, std::nullopt, std::nullopt } };
        return febrileNeutropeniaCode(assess(in).febrileNeutropenia);
    };
    QCOMPARE(fn("2026-03-07T22:30:00-05:00", "2026-03-10T08:00:00+01:00"), QStringLiteral("likely"));
    QCOMPARE(fn("2026-03-07T18:30:00-05:00", "2026-03-10T08:00:00+01:00"), QStringLiteral("likely"));
    QCOMPARE(fn("2026-03-07T17:30:00-05:00", "2026-03-10T08:00:00+01:00"), QStringLiteral("possible"));
    QCOMPARE(fn("2026-03-07T17:30:00-05:00", "2026-03-10T16:00:00+09:00"), QStringLiteral("likely"));

    // recheck_by keeps now's offset.
    AssessmentInput watch = build(QStringLiteral("us-idsa"), QString());
    watch.temperatures.append({ kNow.addSecs(-600).toOffsetFromUtc(9 * 3600),
        *Temperature::fromInput(37.6, TemperatureUnit::Celsius) });
    const Assessment w = assess(watch);
    QCOMPARE(w.recheckBy->offsetFromUtc(), 3600);
    QCOMPARE(*w.recheckBy, kNow.addSecs(50 * 60));
}

void TestAssessment::eachReasonOnce()
{
    const Assessment a = assess(build(QStringLiteral("us-idsa"),
        QStringLiteral("A100=ibuprofen;T90=38.5C@axillary;T60=38.6C@axillary;"
                       "T30=38.7C@axillary;S20=rigors;S10=chest_pain;S5=cough;S4=chills;"
                       "L600=200;C9d;G8d")));
    QSet<Finding> seen;
    for (const auto &r : a.reasons + a.notes) {
        QVERIFY2(!seen.contains(r.code), qPrintable(findings::code(r.code)));
        seen.insert(r.code);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(a.level, Level::CallNow);
    QCOMPARE(a.febrileNeutropenia, FebrileNeutropenia::Likely);
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"

// The strict reader of `neutrocare-cli assess`, in-process: every refusal names the path of what
// was refused and says why, in the same words whichever part of the document it is in.
#include "exchange/assessjson.h"

#include <QLocale>
#include <QTest>

using namespace nc;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-10T09:00:00+01:00"), Qt::ISODate);

QByteArray doc(const char *members)
{
    return QByteArray("{") + members + "}";
}

QByteArray temperature(const char *rest)
{
    return doc(
        (QByteArray(R"("temperatures": [{"time": "2026-03-10T07:00:00+01:00", )") + rest + "}]").constData());
}

QByteArray count(const char *rest)
{
    return doc(
        (QByteArray(R"("counts": [{"time": "2026-03-09T08:00:00+01:00", )") + rest + "}]").constData());
}

} // namespace

class TestAssessJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void readsEverySection();
};

void TestAssessJson::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestAssessJson::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString iso
        = QStringLiteral("is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00");
    QTest::newRow("not JSON") << QByteArray("{") << "(json)"
                              << "not valid JSON at offset 1: unterminated object";
    QTest::newRow("an array") << QByteArray("[]") << "(json)"
                              << "the document must be one JSON object";
    QTest::newRow("unknown top-level key") << doc(R"("temperature": [])") << "temperature"
                                           << "unknown key";
    QTest::newRow("now without offset") << doc(R"("now": "2026-03-10T07:00:00")") << "now" << iso;
    QTest::newRow("unknown preset") << doc(R"("protocol": "us-idsa-2099")") << "protocol"
                                    << "unknown protocol preset \"us-idsa-2099\"";
    QTest::newRow("protocol a number") << doc(R"("protocol": 5)") << "protocol"
                                       << "must be a preset id or a protocol object";
    QTest::newRow("protocol with an unknown key")
        << doc(R"("protocol": {"id": "c", "single": {"threshold_c": 38}, "colour": 1})") << "protocol.colour"
        << "unknown key \"colour\"";
    QTest::newRow("protocol without single") << doc(R"("protocol": {"id": "c"})") << "protocol.single"
                                             << "is required";
    QTest::newRow("temperatures not a list") << doc(R"("temperatures": {})") << "temperatures"
                                             << "must be a list";
    QTest::newRow("reading not an object") << doc(R"("temperatures": [1])") << "temperatures[0]"
                                           << "must be an object";
    QTest::newRow("value a text") << temperature(R"("value": "38", "unit": "C")") << "temperatures[0].value"
                                  << "must be a number";
    QTest::newRow("value missing") << temperature(R"("unit": "C")") << "temperatures[0].value"
                                   << "is required";
    QTest::newRow("unit a number") << temperature(R"("value": 38, "unit": 1)") << "temperatures[0].unit"
                                   << "must be a text";
    QTest::newRow("unknown unit") << temperature(R"("value": 38, "unit": "K")") << "temperatures[0].unit"
                                  << "unknown unit \"K\"";
    QTest::newRow("unknown site") << temperature(R"("value": 38, "unit": "C", "site": "armpit")")
                                  << "temperatures[0].site"
                                  << "unknown site \"armpit\"";
    QTest::newRow("unknown key in a reading")
        << temperature(R"("value": 38, "unit": "C", "sitee": "oral")") << "temperatures[0].sitee"
        << "unknown key";
    QTest::newRow("implausible temperature")
        << temperature(R"("value": 47, "unit": "C")") << "temperatures[0].value"
        << "47.0 °C is not a plausible body temperature: it must lie between 30.0 and 45.0 °C.";
    QTest::newRow("reading time without offset")
        << doc(R"("temperatures": [{"time": "2026-03-10T07:00:00", "value": 38, "unit": "C"}])")
        << "temperatures[0].time" << iso;
    QTest::newRow("WBC without differential")
        << count(R"("wbc": 3.0, "unit": "10^9/L")") << "counts[0]"
        << "a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)";
    QTest::newRow("total and segs together")
        << count(R"("wbc": 3.0, "unit": "10^9/L", "neutrophils_pct": 50, "segs_pct": 40)") << "counts[0]"
        << "must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct";
    QTest::newRow("unknown count unit") << count(R"("anc": 1.2, "unit": "G/L")") << "counts[0].unit"
                                        << "unknown unit \"G/L\"";
    QTest::newRow("anc a text") << count(R"("anc": "1.2", "unit": "10^9/L")") << "counts[0].anc"
                                << "must be a number";
    QTest::newRow("unknown symptom code")
        << doc(R"("symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": "sore_throath"}])")
        << "symptoms[0].code"
        << "unknown symptom code \"sore_throath\"";
    QTest::newRow("symptom without time") << doc(R"("symptoms": [{"code": "cough"}])") << "symptoms[0].time"
                                          << "is required";
    QTest::newRow("unknown treatment kind")
        << doc(R"("treatments": [{"date": "2026-03-01", "kind": "radiotherapy"}])") << "treatments[0].kind"
        << "unknown treatment kind \"radiotherapy\"";
    QTest::newRow("treatment date not ISO")
        << doc(R"("treatments": [{"date": "2026-3-1", "kind": "chemotherapy"}])") << "treatments[0].date"
        << "is not a date like 2026-03-01";
    QTest::newRow("fractional nadir day")
        << doc(R"("treatments": [{"date": "2026-03-01", "kind": "chemotherapy", "nadir_start_day": 1.5}])")
        << "treatments[0].nadir_start_day"
        << "must be a whole number of days from 0 to 365";
    QTest::newRow("unknown antipyretic")
        << doc(R"("antipyretics": [{"time": "2026-03-10T07:00:00+01:00", "name": "tylenol"}])")
        << "antipyretics[0].name"
        << "unknown antipyretic \"tylenol\"";
    QTest::newRow("acknowledged yesterday")
        << doc(R"("acknowledged_at": "yesterday")") << "acknowledged_at" << iso;
    QTest::newRow("baseline below 1000") << doc(R"("baseline_anc": 800)") << "baseline_anc"
                                         << "must be at least 1000 cells/µL";
    QTest::newRow("baseline a text") << doc(R"("baseline_anc": "x")") << "baseline_anc"
                                     << "must be a number";
    // The first problem wins, in document order of the sections.
    QTest::newRow("first problem wins")
        << doc(R"("protocol": "nope", "symptoms": [{"time": "x", "code": "cough"}])") << "protocol"
        << "unknown protocol preset \"nope\"";
}

void TestAssessJson::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto in = assessjson::parse(json, kNow);
    QVERIFY(!in.ok());
    QCOMPARE(in.error().field, field);
    QCOMPARE(in.error().message, message);
}

void TestAssessJson::readsEverySection()
{
    const auto in = assessjson::parse(R"({
        "now": "2026-03-10T09:00:00+01:00",
        "protocol": "uk-nice",
        "temperatures": [{"time": "2026-03-10T07:00:00+01:00", "value": 101.2, "unit": "F", "site": "axillary"}],
        "counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 3.0, "unit": "10^9/L", "segs_pct": 10,
                    "bands_pct": 5}],
        "symptoms": [{"time": "2026-03-10T08:00:00+01:00", "code": "cough"}],
        "treatments": [{"date": "2026-03-01", "kind": "chemotherapy", "nadir_start_day": 5, "nadir_end_day": 9}],
        "antipyretics": [{"time": "2026-03-10T06:00:00+01:00", "name": "ibuprofen"}],
        "acknowledged_at": "2026-03-10T06:30:00+01:00",
        "baseline_anc": 1200
    })",
        QDateTime());
    QVERIFY2(in.ok(),
        qPrintable(in.ok() ? QString() : in.error().field + QStringLiteral(": ") + in.error().message));
    QCOMPARE(in->now, kNow);
    QCOMPARE(in->protocol.id, QStringLiteral("uk-nice"));
    QCOMPARE(in->temperatures.size(), 1);
    QCOMPARE(in->temperatures[0].temperature.site(), MeasurementSite::Axillary);
    QCOMPARE(in->temperatures[0].temperature.enteredValue(), 101.2);
    QCOMPARE(in->counts.size(), 1);
    QCOMPARE(in->counts[0].anc(), 450.0); // 3000 × 15 %
    QCOMPARE(in->symptoms.size(), 1);
    QCOMPARE(in->symptoms[0].code, SymptomCode::Cough);
    QCOMPARE(in->treatments.size(), 1);
    QCOMPARE(in->treatments[0].nadirStartDay, 5);
    QCOMPARE(in->treatments[0].nadirEndDay, 9);
    QCOMPARE(in->antipyretics.size(), 1);
    QCOMPARE(in->antipyretics[0].drug, Antipyretic::Ibuprofen);
    QCOMPARE(
        in->acknowledgedAt, QDateTime::fromString(QStringLiteral("2026-03-10T06:30:00+01:00"), Qt::ISODate));
    QCOMPARE(in->baselineAnc, 1200.0);

    // Without "now", the caller's time; without "protocol", the default.
    const auto bare = assessjson::parse("{}", kNow);
    QVERIFY(bare.ok());
    QCOMPARE(bare->now, kNow);
    QCOMPARE(bare->protocol.id, Protocol::defaultId());
}

QTEST_GUILESS_MAIN(TestAssessJson)
#include "tst_assessjson.moc"

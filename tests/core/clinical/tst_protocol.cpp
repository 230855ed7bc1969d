// CLINICAL.md §3: the five presets exactly, and the clinic's protocol file.
#include "clinical/assessment.h"
#include "clinical/protocol.h"
#include "clinical/units.h"

#include <QJsonDocument>
#include <QTest>

using namespace nc;

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets_data();
    void presets();
    void defaults();
    void roundTrip();
    void fileErrors_data();
    void fileErrors();
    void readingBands_data();
    void readingBands();
    void watchIgnoredAtOrBelowTheSingleThreshold();
};

void TestProtocol::presets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("single");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QVariant>("sustained");
    QTest::addColumn<bool>("sustainedInclusive");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QVariant>("low");
    QTest::addColumn<bool>("watch");
    QTest::newRow("us-idsa") << "us-idsa" << 38.3 << true << QVariant(38.0) << true << 60 << QVariant()
                             << true;
    QTest::newRow("us-cdc-38") << "us-cdc-38" << 38.0 << true << QVariant() << true << 0 << QVariant()
                               << true;
    QTest::newRow("esmo-2016") << "esmo-2016" << 38.3 << false << QVariant(38.0) << false << 120 << QVariant()
                               << true;
    QTest::newRow("uk-nice") << "uk-nice" << 38.0 << false << QVariant() << true << 0 << QVariant() << true;
    QTest::newRow("uk-37.5") << "uk-37.5" << 37.5 << true << QVariant() << true << 0 << QVariant(36.0)
                             << false;
}

void TestProtocol::presets()
{
    QFETCH(QString, id);
    QFETCH(double, single);
    QFETCH(bool, inclusive);
    QFETCH(QVariant, sustained);
    QFETCH(bool, sustainedInclusive);
    QFETCH(int, minutes);
    QFETCH(QVariant, low);
    QFETCH(bool, watch);
    const auto p = Protocol::preset(id);
    QVERIFY(p);
    QCOMPARE(p->id, id);
    QCOMPARE(p->single.thresholdC, single);
    QCOMPARE(p->single.inclusive, inclusive);
    QCOMPARE(p->sustained.has_value(), sustained.isValid());
    if (p->sustained) {
        QCOMPARE(p->sustained->thresholdC, sustained.toDouble());
        QCOMPARE(p->sustained->inclusive, sustainedInclusive);
        QCOMPARE(p->sustained->minutes, minutes);
    }
    QCOMPARE(p->low.has_value(), low.isValid());
    if (p->low)
        QCOMPARE(p->low->thresholdC, low.toDouble());
    QCOMPARE(p->watchApplies(), watch);
    QVERIFY(!Protocol::presetSource(id).isEmpty());
}

void TestProtocol::defaults()
{
    const Protocol p = Protocol::defaultProtocol();
    QCOMPARE(p.id, QStringLiteral("us-idsa"));
    QCOMPARE(p.watchC, 37.5);
    QCOMPARE(p.recheckMinutes, 60);
    QCOMPARE(p.lookbackHours, 24);
    QCOMPARE(p.fnAnc, 500.0);
    QCOMPARE(p.llnAnc, 2000.0);
    QCOMPARE(p.staleDays, 7);
    QCOMPARE(p.nadirStartDay, 7);
    QCOMPARE(p.nadirEndDay, 14);
    QCOMPARE(p.treatmentWindowDays, 42);
    QCOMPARE(p.readingGapHours, 12);
    QCOMPARE(Protocol::presets().size(), 5);
}

void TestProtocol::roundTrip()
{
    for (const Protocol &preset : Protocol::presets()) {
        const auto back = Protocol::fromJsonBytes(preset.toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().field + back.error().message));
        QCOMPARE(*back, preset);
    }
    const auto minimal = Protocol::fromJsonBytes(R"({"id": "c", "single": {"threshold_c": 38.5}})");
    QVERIFY(minimal.ok());
    QVERIFY(minimal->single.inclusive); // inclusive defaults to true
    QVERIFY(!minimal->sustained); // absent: no sustained rule
    QVERIFY(!minimal->low);
    QCOMPARE(minimal->recheckMinutes, 60);
    QCOMPARE(minimal->readingGapHours, 12);
    // A clinic file's reading gap.
    const auto gap
        = Protocol::fromJsonBytes(R"({"id": "c", "single": {"threshold_c": 38.5}, "reading_gap_hours": 8})");
    QVERIFY(gap.ok());
    QCOMPARE(gap->readingGapHours, 8);
    QCOMPARE(Protocol::fromJson(gap->toJson())->readingGapHours, 8);
}

void TestProtocol::fileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{") << "";
    QTest::newRow("array") << QByteArray("[]") << "";
    QTest::newRow("missing id") << QByteArray(R"({"single": {"threshold_c": 38}})") << "id";
    QTest::newRow("missing single") << QByteArray(R"({"id": "x"})") << "single";
    QTest::newRow("threshold not a number")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": "38"}})") << "single.threshold_c";
    QTest::newRow("threshold implausible")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 101}})") << "single.threshold_c";
    QTest::newRow("unknown key") << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "colour": 1})")
                                 << "colour";
    QTest::newRow("unknown nested key")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38, "inclusve": true}})") << "single.inclusve";
    QTest::newRow("sustained without minutes")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38.3}, "sustained": {"threshold_c": 38}})")
        << "sustained.minutes";
    QTest::newRow("lln below 1500") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "lln_anc": 1400})")
                                    << "lln_anc";
    QTest::newRow("fractional minutes")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "recheck_minutes": 1.5})")
        << "recheck_minutes";
    QTest::newRow("nadir end before start") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "nadir_start_day": 10, "nadir_end_day": 8})")
                                            << "nadir_end_day";
    QTest::newRow("reading gap 0") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "reading_gap_hours": 0})")
                                   << "reading_gap_hours";
    QTest::newRow("reading gap not a number")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "reading_gap_hours": "12"})")
        << "reading_gap_hours";
    QTest::newRow("reading gap misspelt")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "reading_gap_hour": 12})")
        << "reading_gap_hour";
    QTest::newRow("inclusive not bool")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38, "inclusive": 1}})") << "single.inclusive";
}

void TestProtocol::fileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto p = Protocol::fromJsonBytes(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, field);
    QVERIFY(!p.error().message.isEmpty());
}

void TestProtocol::readingBands_data()
{
    using Band = Protocol::ReadingBand;
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("celsius");
    QTest::addColumn<int>("band");
    QTest::newRow("idsa 38.3 single") << "us-idsa" << 38.3 << int(Band::Single);
    QTest::newRow("idsa 101.0 F single (ε)")
        << "us-idsa" << nc::units::fahrenheitToCelsius(101.0) << int(Band::Single);
    QTest::newRow("idsa 38.29 sustained") << "us-idsa" << 38.29 << int(Band::Sustained);
    QTest::newRow("idsa 38.0 sustained") << "us-idsa" << 38.0 << int(Band::Sustained);
    QTest::newRow("idsa 37.5 watch") << "us-idsa" << 37.5 << int(Band::Watch);
    QTest::newRow("idsa 37.4 usual") << "us-idsa" << 37.4 << int(Band::Usual);
    QTest::newRow("idsa 35.0 usual: no low rule") << "us-idsa" << 35.0 << int(Band::Usual);
    QTest::newRow("esmo 38.3 is not > 38.3") << "esmo-2016" << 38.3 << int(Band::Sustained);
    QTest::newRow("esmo 38.0 is not > 38.0") << "esmo-2016" << 38.0 << int(Band::Watch);
    QTest::newRow("nice 38.0 is not > 38.0") << "uk-nice" << 38.0 << int(Band::Watch);
    QTest::newRow("uk-37.5 37.5 single") << "uk-37.5" << 37.5 << int(Band::Single);
    QTest::newRow("uk-37.5 watch never applies") << "uk-37.5" << 37.4 << int(Band::Usual);
    QTest::newRow("uk-37.5 36.0 is not low") << "uk-37.5" << 36.0 << int(Band::Usual);
    QTest::newRow("uk-37.5 35.9 low") << "uk-37.5" << 35.9 << int(Band::Low);
}

void TestProtocol::readingBands()
{
    QFETCH(QString, preset);
    QFETCH(double, celsius);
    QFETCH(int, band);
    QCOMPARE(int(Protocol::preset(preset)->bandOf(celsius)), band);
}

// §3: the watch threshold (37.5 °C) is ignored when the single threshold is at or below it,
// compared exactly.
void TestProtocol::watchIgnoredAtOrBelowTheSingleThreshold()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    const auto levelAt = [&](const Protocol &p, double celsius) {
        AssessmentInput in;
        in.now = now;
        in.protocol = p;
        in.temperatures
            = { { now.addSecs(-1800), *Temperature::fromInput(celsius, TemperatureUnit::Celsius) } };
        return levels::code(assess(in).level);
    };

    // A clinic's single threshold of 37.4 °C: below the watch threshold, so no watch.
    const auto below = Protocol::fromJsonBytes(R"({"id": "c", "single": {"threshold_c": 37.4}})");
    QVERIFY(below.ok());
    QCOMPARE(below->watchC, 37.5);
    QVERIFY(!below->watchApplies());
    QCOMPARE(int(below->bandOf(37.3)), int(Protocol::ReadingBand::Usual));
    QCOMPARE(levelAt(*below, 37.3), QStringLiteral("ok"));
    QCOMPARE(levelAt(*below, 37.4), QStringLiteral("call_now"));

    // At it: "> 37.5 °C" leaves 37.5 °C below the fever limit, and the watch does not catch it.
    const auto at
        = Protocol::fromJsonBytes(R"({"id": "c", "single": {"threshold_c": 37.5, "inclusive": false}})");
    QVERIFY(at.ok());
    QVERIFY(!at->watchApplies());
    QCOMPARE(levelAt(*at, 37.5), QStringLiteral("ok"));

    // Compared exactly: a single threshold just above 37.5 °C (inside ε) keeps the watch.
    const auto above = Protocol::fromJsonBytes(R"({"id": "c", "single": {"threshold_c": 37.501}})");
    QVERIFY(above.ok());
    QVERIFY(above->watchApplies());
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"

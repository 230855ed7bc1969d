// The one strict JSON reader: what it refuses and in which words, read directly and through a
// clinic's protocol file.
#include "clinical/protocol.h"
#include "clinical/strictjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace nc;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void protocolFileRefusals_data();
    void protocolFileRefusals();
    void readerKeepsTheFirstProblem();
    void readerReadsGoodValues();
    void unknownKeyWording();
    void objectsNamesEachElement();
};

void TestStrictJson::protocolFileRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{") << ""
                              << "not valid JSON at offset 1: unterminated object";
    QTest::newRow("an array") << QByteArray("[]") << ""
                              << "a protocol file must hold one JSON object";
    QTest::newRow("missing id") << QByteArray(R"({"single": {"threshold_c": 38}})") << "id"
                                << "is required";
    QTest::newRow("blank id") << QByteArray(R"({"id": "  ", "single": {"threshold_c": 38}})") << "id"
                              << "must be a non-empty text";
    QTest::newRow("name a number") << QByteArray(R"({"id": "x", "name": 5, "single": {"threshold_c": 38}})")
                                   << "name"
                                   << "must be a non-empty text";
    QTest::newRow("unknown key") << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "colour": 1})")
                                 << "colour"
                                 << "unknown key \"colour\"";
    QTest::newRow("unknown nested key")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38, "inclusve": true}})") << "single.inclusve"
        << "unknown key \"inclusve\"";
    QTest::newRow("missing single") << QByteArray(R"({"id": "x"})") << "single"
                                    << "is required";
    QTest::newRow("single a number") << QByteArray(R"({"id": "x", "single": 38})") << "single"
                                     << "must be an object";
    QTest::newRow("sustained a number")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "sustained": 38})") << "sustained"
        << "must be an object or null";
    QTest::newRow("threshold a text")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": "38"}})") << "single.threshold_c"
        << "must be a number";
    QTest::newRow("threshold implausible")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 101}})") << "single.threshold_c"
        << "must lie between 30 and 45";
    QTest::newRow("fractional minutes")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38}, "recheck_minutes": 1.5})")
        << "recheck_minutes"
        << "must be a whole number";
    QTest::newRow("inclusive not bool")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38, "inclusive": 1}})") << "single.inclusive"
        << "must be true or false";
    QTest::newRow("sustained without minutes")
        << QByteArray(R"({"id": "x", "single": {"threshold_c": 38.3}, "sustained": {"threshold_c": 38}})")
        << "sustained.minutes"
        << "is required";
    QTest::newRow("lln below 1500") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "lln_anc": 1400})")
                                    << "lln_anc"
                                    << "must lie between 1500 and 10000";
    QTest::newRow("nadir end before start") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "nadir_start_day": 10, "nadir_end_day": 8})")
                                            << "nadir_end_day"
                                            << "must not be before nadir_start_day";
    QTest::newRow("sustained above single") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "sustained": {"threshold_c": 38.5, "minutes": 60}})")
                                            << "sustained.threshold_c"
                                            << "must not be above the single-reading threshold";
    QTest::newRow("low at single") << QByteArray(
        R"({"id": "x", "single": {"threshold_c": 38}, "low": {"threshold_c": 38}})")
                                   << "low.threshold_c"
                                   << "must be below the single-reading threshold";
}

void TestStrictJson::protocolFileRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto p = Protocol::fromJsonBytes(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, field);
    QCOMPARE(p.error().message, message);
}

void TestStrictJson::readerKeepsTheFirstProblem()
{
    JsonReader r;
    const QJsonObject o = object(R"({"a": "x", "b": "y"})");
    QVERIFY(!r.number(o, QStringLiteral("top"), "a", JsonReader::Presence::Required));
    QVERIFY(!r.number(o, QStringLiteral("top"), "b", JsonReader::Presence::Required));
    QVERIFY(!r.number(o, QString(), "c", JsonReader::Presence::Required));
    QVERIFY(r.error());
    QCOMPARE(r.error()->field, QStringLiteral("top.a"));
    QCOMPARE(r.error()->message, QStringLiteral("must be a number"));
}

void TestStrictJson::readerReadsGoodValues()
{
    using P = JsonReader::Presence;
    JsonReader r;
    const QJsonObject o = object(
        R"({"n": 7, "b": false, "s": "", "t": "2026-03-10T08:00:00Z", "o": {"k": 1}, "z": null, "c": "red"})");
    QCOMPARE(r.number(o, QString(), "n", P::Required, JsonReader::Range { 0, 10, true }), 7.0);
    QCOMPARE(r.boolean(o, QString(), "b"), false);
    QCOMPARE(r.string(o, QString(), "s", P::Required, JsonReader::Text::Any), QString());
    QCOMPARE(r.time(o, QString(), "t", P::Required), QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    QCOMPARE(r.object(o, QString(), "o", P::Required), object(R"({"k": 1})"));
    QVERIFY(!r.object(o, QString(), "z", P::Optional, true)); // null is absent when nullable
    QVERIFY(!r.number(o, QString(), "missing", P::Optional));
    QVERIFY(!r.boolean(o, QString(), "missing"));
    auto colour = [](const QString &code) { return code == u"red" ? std::optional<int>(1) : std::nullopt; };
    QCOMPARE(r.coded<int>(o, QString(), "c", +colour, QStringLiteral("colour")), 1);
    QVERIFY(r.keys(o, QString(), { "n", "b", "s", "t", "o", "z", "c" }));
    QVERIFY2(!r.error(), qPrintable(r.error() ? r.error()->message : QString()));

    QVERIFY(!r.coded<int>(
        object(R"({"c": "blue"})"), QStringLiteral("x"), "c", +colour, QStringLiteral("colour")));
    QCOMPARE(r.error()->field, QStringLiteral("x.c"));
    QCOMPARE(r.error()->message, QStringLiteral("unknown colour \"blue\""));
}

void TestStrictJson::unknownKeyWording()
{
    const QJsonObject o = object(R"({"known": 1, "colour": 2})");
    JsonReader unnamed;
    QVERIFY(!unnamed.keys(o, QStringLiteral("entry"), { "known" }));
    QCOMPARE(unnamed.error()->field, QStringLiteral("entry.colour"));
    QCOMPARE(unnamed.error()->message, QStringLiteral("unknown key"));
    JsonReader named(JsonReader::UnknownKey::Named);
    QVERIFY(!named.keys(o, QString(), { "known" }));
    QCOMPARE(named.error()->field, QStringLiteral("colour"));
    QCOMPARE(named.error()->message, QStringLiteral("unknown key \"colour\""));
}

void TestStrictJson::objectsNamesEachElement()
{
    JsonReader r;
    QStringList paths;
    r.objects(object(R"({"list": [{}, {}, 3, {}]})"), "list",
        [&](const QJsonObject &, const QString &path) { paths << path; });
    QCOMPARE(paths, (QStringList { QStringLiteral("list[0]"), QStringLiteral("list[1]") }));
    QCOMPARE(r.error()->field, QStringLiteral("list[2]"));
    QCOMPARE(r.error()->message, QStringLiteral("must be an object"));

    JsonReader absent;
    absent.objects(object("{}"), "list", [&](const QJsonObject &, const QString &) { QFAIL("no elements"); });
    QVERIFY(!absent.error());

    JsonReader notAList;
    notAList.objects(object(R"({"list": 1})"), "list", [](const QJsonObject &, const QString &) {});
    QCOMPARE(notAList.error()->field, QStringLiteral("list"));
    QCOMPARE(notAList.error()->message, QStringLiteral("must be a list"));
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"

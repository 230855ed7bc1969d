// A CSV or FHIR file with a record dated after now is refused by line (or entry), field and
// reason, by the same rule as the log dialogs (storage/recordtime.h); with an error nothing of
// the file is stored (all or nothing, tst_csv). The engine ignores events after now, so a future dose
// imported as given would count for nothing.
#include "exchange/csv.h"
#include "exchange/fhir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(12, 0), Qt::OffsetFromUTC, 3600);

const QByteArray kHeader
    = "kind,time,date,value,unit,site,antipyretic_reported,code,anc,wbc,neutrophils_pct,segs_pct,"
      "bands_pct,entered_unit,lab,regimen,nadir_start_day,nadir_end_day,name,dose,started,stopped,"
      "level,reasons,protocol,acknowledged_at,outcome,note\r\n";

// A row of the documented columns with `cells` set, the rest empty.
QByteArray row(const QMap<int, QByteArray> &cells)
{
    QList<QByteArray> all(28);
    for (auto it = cells.begin(); it != cells.end(); ++it)
        all[it.key()] = it.value();
    return all.join(',') + "\r\n";
}

QByteArray temperature(const QByteArray &time)
{
    return row({ { 0, "temperature" }, { 1, time }, { 3, "37.2" }, { 4, "C" } });
}

QByteArray treatment(const QByteArray &date)
{
    return row({ { 0, "treatment" }, { 2, date }, { 7, "chemotherapy" } });
}

QByteArray observation(const QString &time)
{
    const QJsonObject o { { QStringLiteral("resourceType"), QStringLiteral("Observation") },
        { QStringLiteral("status"), QStringLiteral("final") },
        { QStringLiteral("code"),
            QJsonObject { { QStringLiteral("coding"),
                QJsonArray { QJsonObject { { QStringLiteral("system"), QStringLiteral("http://loinc.org") },
                    { QStringLiteral("code"), QStringLiteral("751-8") } } } } } },
        { QStringLiteral("effectiveDateTime"), time },
        { QStringLiteral("valueQuantity"),
            QJsonObject {
                { QStringLiteral("value"), 0.4 }, { QStringLiteral("unit"), QStringLiteral("10*3/uL") } } } };
    return QJsonDocument(o).toJson();
}

} // namespace

class TestFutureImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvFutureRowsRefused_data();
    void csvFutureRowsRefused();
    void csvPastAndNowAccepted();
    void fhirFutureResultRefused();
};

void TestFutureImport::csvFutureRowsRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("field");
    QTest::newRow("temperature tomorrow")
        << temperature("2026-12-05T08:00:00+01:00") << QStringLiteral("time");
    QTest::newRow("temperature in an hour, written in UTC")
        << temperature("2026-12-04T12:00:00Z") << QStringLiteral("time");
    QTest::newRow("count") << row(
        { { 0, "blood_count" }, { 1, "2026-12-05T08:00:00+01:00" }, { 4, "10^3/uL" }, { 8, "0.4" } })
                           << QStringLiteral("time");
    QTest::newRow("symptom") << row({ { 0, "symptom" }, { 1, "2026-12-05T08:00:00+01:00" }, { 7, "chills" } })
                             << QStringLiteral("time");
    QTest::newRow("painkiller") << row({ { 0, "antipyretic" }, { 1, "2026-12-05T08:00:00+01:00" },
        { 7, "paracetamol" } }) << QStringLiteral("time");
    QTest::newRow("chemotherapy 20 days ahead") << treatment("2026-12-24") << QStringLiteral("date");
}

void TestFutureImport::csvFutureRowsRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, field);
    const ParsedImport parsed
        = csv::read(kHeader + temperature("2026-12-01T08:00:00+01:00") + line, {}, kNow);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    const ImportError &error = parsed.errors.first();
    QCOMPARE(error.location, QStringLiteral("line 3"));
    QCOMPARE(error.field, field);
    QVERIFY2(error.reason.startsWith(QStringLiteral("is in the future")), qPrintable(error.toString()));
}

void TestFutureImport::csvPastAndNowAccepted()
{
    // Today's dose, and a reading from a device whose clock runs three minutes fast.
    const ParsedImport parsed
        = csv::read(kHeader + treatment("2026-12-04") + temperature("2026-12-04T12:03:00+01:00"), {}, kNow);
    QVERIFY2(parsed.ok(), parsed.errors.isEmpty() ? "" : qPrintable(parsed.errors.first().toString()));
    QCOMPARE(parsed.records.treatments.size(), 1);
    QCOMPARE(parsed.records.temperatures.size(), 1);
}

void TestFutureImport::fhirFutureResultRefused()
{
    const ParsedImport past = fhir::read(observation(QStringLiteral("2026-12-03T08:00:00Z")), {}, kNow);
    QVERIFY(past.ok());
    const ParsedImport parsed = fhir::read(observation(QStringLiteral("2026-12-05T08:00:00Z")), {}, kNow);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().field, QStringLiteral("effectiveDateTime"));
    QVERIFY2(parsed.errors.first().reason.startsWith(QStringLiteral("is in the future")),
        qPrintable(parsed.errors.first().toString()));
    QVERIFY(parsed.records.isEmpty());
}

QTEST_GUILESS_MAIN(TestFutureImport)
#include "tst_futureimport.moc"

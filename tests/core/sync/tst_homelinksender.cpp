// The home link's sending half (issue 19) between a patient's real SQLite file and the real
// PostgreSQL the test command starts, connected as the clinic's login for that patient: every
// marked record reaches the server once, by UUID or key and with its content, under the server's
// own id for the patient; an edit replaces the server's copy and a deletion removes it and leaves
// a tombstone; sending again sends nothing; a batch the server refuses keeps its marks while the
// batches before it stay sent; and a login with no patient of its own is told so in words.
#include "../storage/scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/synclinks.h"
#include "sync/homelinksender.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

const QString kPassword = QStringLiteral("home 'link' \"test\"");
const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-03-02T08:00:00+01:00"), Qt::ISODate);

TemperatureRecord reading(qint64 patient, int minutes, double celsius, const QString &note = {})
{
    return { 0, patient,
        { kStart.addSecs(60 * minutes), *Temperature::fromInput(celsius, TemperatureUnit::Celsius) }, note };
}

QStringList rows(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QStringList out;
    if (!q.exec())
        return { QStringLiteral("error: ") + q.lastError().text() };
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestHomeLinkSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void everyMarkedRecordArrivesOnce();
    void editsReplaceAndDeletionsRemove();
    void aRefusedBatchKeepsItsMarks();
    void aLoginWithNoPatientIsToldSo();

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_server; // as the patient's login
    std::unique_ptr<Database> m_local;
    QTemporaryDir m_dir;
    qint64 m_serverAsha = 0;
    qint64 m_localAsha = 0;
};

void TestHomeLinkSender::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The home link sends to a clinic's PostgreSQL: run as tst_homelinksender with "
              "NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    PatientRepository patients(*m_super);
    QVERIFY(patients.add({ 0, QStringLiteral("Someone else"), std::nullopt }).ok()); // ids differ
    m_serverAsha = *patients.add({ 0, QStringLiteral("Asha"), std::nullopt });
    ServerAdmin admin(*m_super);
    QVERIFY(!admin.addUser(
        LoginKind::Patient, m_scratch->login(QStringLiteral("asha")), kPassword, m_serverAsha));
    QVERIFY(!admin.addUser(LoginKind::Caregiver, m_scratch->login(QStringLiteral("son")), kPassword));
}

void TestHomeLinkSender::init()
{
    m_server = std::make_unique<Database>();
    QVERIFY2(m_server->open(m_scratch->whereAs(m_scratch->login(QStringLiteral("asha")), kPassword)),
        qPrintable(m_server->errorString()));
    QSqlQuery wipe(m_super->connection());
    for (const SyncedTable &table : kSyncedTables)
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table.name))));
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM tombstones")));

    const QString file = m_dir.filePath(QStringLiteral("home.sqlite"));
    QFile::remove(file);
    m_local = std::make_unique<Database>();
    QVERIFY2(m_local->open(file), qPrintable(m_local->errorString()));
    m_localAsha = *PatientRepository(*m_local).add({ 0, QStringLiteral("Asha"), std::nullopt });
    QCOMPARE(SyncLinkRepository(*m_local).link({ m_localAsha, m_scratch->where(),
                 m_scratch->login(QStringLiteral("asha")), kStart, std::nullopt, {} }),
        std::nullopt);
}

void TestHomeLinkSender::cleanup()
{
    m_local.reset();
    m_server.reset();
}

void TestHomeLinkSender::cleanupTestCase()
{
    m_super.reset();
    m_scratch.reset();
}

void TestHomeLinkSender::everyMarkedRecordArrivesOnce()
{
    QVERIFY(TreatmentRepository(*m_local)
                .add({ 0, m_localAsha, { QDate(2026, 2, 24), TreatmentKind::Chemotherapy, 8, 12 },
                    QStringLiteral("AC"), {} })
                .ok());
    QList<TemperatureRecord> readings;
    for (int i = 0; i < 7; ++i)
        readings << reading(m_localAsha, 30 * i, 37.0 + i / 5.0, QStringLiteral("reading %1").arg(i));
    QCOMPARE(TemperatureRepository(*m_local).addAll(readings), std::nullopt);
    QCOMPARE(ChecklistRepository(*m_local).setTicked(
                 m_localAsha, QDate(2026, 3, 2), QStringLiteral("hands"), true),
        std::nullopt);
    QCOMPARE(SyncLinkRepository(*m_local).pendingCount(m_localAsha), 9);

    HomeLinkSender sender(*m_local, *m_server);
    QCOMPARE(*sender.serverPatient(), m_serverAsha);
    const Expected<SendReport> sent = sender.send(m_localAsha, 4); // three batches
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent->sent, 9);
    QCOMPARE(sent->removed, 0);
    QCOMPARE(sent->waiting, 0);

    // The same records, by UUID and content, under the server's id for Asha.
    const QString columns
        = QStringLiteral("uuid, time_ms, utc_offset, celsius, entered_unit, site, note, updated_ms");
    QCOMPARE(
        rows(*m_super,
            QStringLiteral("SELECT %1 FROM temperatures WHERE patient_id = ? ORDER BY time_ms").arg(columns),
            { m_serverAsha }),
        rows(*m_local,
            QStringLiteral("SELECT %1 FROM temperatures WHERE patient_id = ? ORDER BY time_ms").arg(columns),
            { m_localAsha }));
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT count(*) FROM temperatures WHERE patient_id <> ?"),
                 { m_serverAsha }),
        QStringList { QStringLiteral("0") });
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT uuid, regimen, nadir_start_day FROM treatments")),
        rows(*m_local, QStringLiteral("SELECT uuid, regimen, nadir_start_day FROM treatments")));
    QCOMPARE(
        rows(*m_super, QStringLiteral("SELECT date, item, ticked FROM checklist_ticks WHERE patient_id = ?"),
            { m_serverAsha }),
        QStringList { QStringLiteral("2026-03-02|hands|1") });

    // Again: nothing is marked, nothing is sent, nothing doubles.
    const Expected<SendReport> again = sender.send(m_localAsha);
    QVERIFY(again.ok());
    QCOMPARE(again->sent, 0);
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")),
        QStringList { QStringLiteral("7") });
}

void TestHomeLinkSender::editsReplaceAndDeletionsRemove()
{
    TemperatureRepository temperatures(*m_local);
    const qint64 kept = *temperatures.add(reading(m_localAsha, 0, 38.2, QStringLiteral("first")));
    const qint64 gone = *temperatures.add(reading(m_localAsha, 10, 38.4, QStringLiteral("typo")));
    HomeLinkSender sender(*m_local, *m_server);
    QVERIFY(sender.send(m_localAsha).ok());

    TemperatureRecord edited = *temperatures.get(kept);
    edited.note = QStringLiteral("rechecked after a cool drink");
    QCOMPARE(temperatures.update(edited), std::nullopt);
    const QString goneUuid
        = rows(*m_local, QStringLiteral("SELECT uuid FROM temperatures WHERE id = ?"), { gone }).value(0);
    QCOMPARE(temperatures.remove(gone), std::nullopt);
    QCOMPARE(ChecklistRepository(*m_local).setTicked(
                 m_localAsha, QDate(2026, 3, 2), QStringLiteral("mouth"), true),
        std::nullopt);
    QCOMPARE(ChecklistRepository(*m_local).setTicked(
                 m_localAsha, QDate(2026, 3, 2), QStringLiteral("mouth"), false),
        std::nullopt);

    const Expected<SendReport> sent = sender.send(m_localAsha);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent->removed, 1);
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT note FROM temperatures")),
        QStringList { QStringLiteral("rechecked after a cool drink") });
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT table_name, patient_id FROM tombstones WHERE uuid = ?"),
                 { goneUuid }),
        QStringList { QStringLiteral("temperatures|%1").arg(m_serverAsha) });
    // What the checklist shows at home is what the server holds.
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT item, ticked FROM checklist_ticks ORDER BY item")),
        rows(*m_local, QStringLiteral("SELECT item, ticked FROM checklist_ticks ORDER BY item")));
}

void TestHomeLinkSender::aRefusedBatchKeepsItsMarks()
{
    QList<TemperatureRecord> first;
    for (int i = 0; i < 3; ++i)
        first << reading(m_localAsha, i, 37.0);
    QCOMPARE(TemperatureRepository(*m_local).addAll(first), std::nullopt);
    QVERIFY(SymptomRepository(*m_local)
                .add({ 0, m_localAsha, { kStart.addSecs(600), SymptomCode::Chills }, {} })
                .ok());
    QVERIFY(TemperatureRepository(*m_local).add(reading(m_localAsha, 20, 37.3)).ok());

    // The clinic's server refuses symptoms for a while (a revoked right stands in for any refusal).
    QSqlQuery admin(m_super->connection());
    const QString patientRole = m_scratch->name() + QStringLiteral("_patient");
    QVERIFY(admin.exec(QStringLiteral("REVOKE INSERT ON symptoms FROM %1").arg(patientRole)));
    HomeLinkSender sender(*m_local, *m_server);
    const Expected<SendReport> refused = sender.send(m_localAsha, 3);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("permission denied")),
        qPrintable(refused.error().message));
    // The first batch of three was committed and cleared; the symptom's batch stays marked, whole.
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")),
        QStringList { QStringLiteral("3") });
    QCOMPARE(SyncLinkRepository(*m_local).pendingCount(m_localAsha), 2);

    QVERIFY(
        admin.exec(QStringLiteral("GRANT INSERT (%1) ON symptoms TO %2")
                       .arg(QStringLiteral("uuid, patient_id, time_ms, utc_offset, code, note, updated_ms"),
                           patientRole)));
    const Expected<SendReport> resumed = sender.send(m_localAsha, 3);
    QVERIFY2(resumed.ok(), qPrintable(resumed.ok() ? QString() : resumed.error().message));
    QCOMPARE(resumed->sent, 2);
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")),
        QStringList { QStringLiteral("4") });
    QCOMPARE(rows(*m_super, QStringLiteral("SELECT code FROM symptoms")),
        QStringList { QStringLiteral("chills") });
}

void TestHomeLinkSender::aLoginWithNoPatientIsToldSo()
{
    Database caregiver;
    QVERIFY2(caregiver.open(m_scratch->whereAs(m_scratch->login(QStringLiteral("son")), kPassword)),
        qPrintable(caregiver.errorString()));
    QVERIFY(TemperatureRepository(*m_local).add(reading(m_localAsha, 0, 37.0)).ok());
    const Expected<SendReport> sent = HomeLinkSender(*m_local, caregiver).send(m_localAsha);
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().message.contains(QLatin1String("no patient for this login")),
        qPrintable(sent.error().message));
    QCOMPARE(SyncLinkRepository(*m_local).pendingCount(m_localAsha), 1);
}

QTEST_GUILESS_MAIN(TestHomeLinkSender)
#include "tst_homelinksender.moc"

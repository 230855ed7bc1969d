// The clinic's PostgreSQL (issue 17), on the throwaway server scripts/test starts in Auckland time:
// the schema's version 2 made once and found again; times written in one zone and read in another
// agree to the millisecond; a newer schema, an unreachable server and a backup are refused in words;
// two connections, each on its own thread, write one patient's readings at once and none is lost
// or doubled.
#include "scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <memory>

using namespace nc;

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}
} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsVersionTwoOnce();
    void timesAgreeAcrossTimeZones();
    void sessionSendsNoNoticesAndKeepsThePersonsOptions();
    void refusesANewerSchema();
    void unreachableServerSaysWhere();
    void backupNamesTheRightTool();
    void twoConnectionsWriteAtOnce_data();
    void twoConnectionsWriteAtOnce();
    void aLostConnectionFailsOneActionThenReconnects();
    void forwardOnlyResultsEndWithTheNextQuery();
    void numericComesBackAsADouble();

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
};

void TestServerDatabase::init()
{
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
}

void TestServerDatabase::cleanup()
{
    m_scratch.reset();
}

void TestServerDatabase::createsVersionTwoOnce()
{
    for (int open = 0; open < 2; ++open) {
        Database db;
        QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
        QCOMPARE(db.engine(), Engine::PostgreSQL);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), Database::kSchemaVersion);
        // No time is kept as a timestamp without its zone: every time is a number of UTC milliseconds.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                      "'public' AND data_type LIKE 'timestamp%'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestServerDatabase::timesAgreeAcrossTimeZones()
{
    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    // Qt 6.4's QPSQL leaves the session in the server's zone, and scripts/test makes it another than ours.
    QVERIFY(q.exec(QStringLiteral("SHOW timezone")) && q.next());
    const QString serverZone = q.value(0).toString();
    QCOMPARE(serverZone, QStringLiteral("Pacific/Auckland"));
    QVERIFY(QTimeZone::systemTimeZoneId() != serverZone.toUtf8());

    const auto patient = PatientRepository(db).add({ 0, QStringLiteral("Asha"), std::nullopt });
    QVERIFY(patient.ok());
    // Written in Mumbai, 30 minutes off any whole hour, with milliseconds.
    const QDateTime written = at("2026-03-10T23:59:59.987+05:30");
    const auto id = TemperatureRepository(db).add(
        { 0, *patient, { written, *Temperature::fromInput(38.1, TemperatureUnit::Celsius) }, {} });
    QVERIFY(id.ok());
    const auto back = TemperatureRepository(db).get(*id);
    QVERIFY(back);
    QCOMPARE(back->reading.time.toMSecsSinceEpoch(), written.toMSecsSinceEpoch());
    QCOMPARE(back->reading.time.offsetFromUtc(), 5 * 3600 + 30 * 60);
    QCOMPARE(back->reading.time.time().msec(), 987);
    // A range read on either side of it finds it to the millisecond.
    QCOMPARE(TemperatureRepository(db).between(*patient, written, written.addMSecs(1)).size(), 1);
    QCOMPARE(TemperatureRepository(db).between(*patient, written.addMSecs(1), written.addSecs(60)).size(), 0);
    // And the two clocks count the same milliseconds, whatever zone each shows.
    QVERIFY(
        q.exec(QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) && q.next());
    QVERIFY(qAbs(q.value(0).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 5000);
}

void TestServerDatabase::sessionSendsNoNoticesAndKeepsThePersonsOptions()
{
    // From the startup packet on, the server sends no notice or warning: libpq would print it on
    // standard error, under the CLI's one-line answer (a stop mid-open said "terminating connection…").
    // A person's own `options`, with a space and a quote in them, are kept beside ours.
    for (const QString &extra :
        { QString(), QStringLiteral(" options='-c application_name=o\\'brien\\\\ desk'") }) {
        Database db;
        QVERIFY2(db.open(m_scratch->where() + extra), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SHOW client_min_messages")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("error"));
        if (!extra.isEmpty()) {
            QVERIFY(q.exec(QStringLiteral("SHOW application_name")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("o'brien desk"));
        }
    }
}

void TestServerDatabase::refusesANewerSchema()
{
    {
        Database db;
        QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    Database db;
    QVERIFY(!db.open(m_scratch->where()));
    QCOMPARE(db.problem(), Database::Problem::Newer);
    QVERIFY2(db.errorString().contains(QStringLiteral("version 99")), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
}

void TestServerDatabase::unreachableServerSaysWhere()
{
    Database db;
    QVERIFY(!db.open(QStringLiteral("host=127.0.0.1 port=1 dbname=neutrocare connect_timeout=5")));
    QCOMPARE(db.problem(), Database::Problem::Unavailable);
    QVERIFY2(
        db.errorString().contains(QStringLiteral("neutrocare on 127.0.0.1")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("Check that the server is running")),
        qPrintable(db.errorString()));
    // One sentence a person can act on, then libpq's reason: no stack of driver messages.
    QVERIFY(!db.errorString().contains(QStringLiteral("QPSQL")));
    QVERIFY2(!db.errorString().contains(QLatin1Char('\n')), qPrintable(db.errorString()));
}

void TestServerDatabase::backupNamesTheRightTool()
{
    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    QString error;
    QVERIFY(!db.backupTo(QStringLiteral("/tmp/never-written.sqlite"), &error));
    QVERIFY2(error.contains(QStringLiteral("pg_dump")), qPrintable(error));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.sqlite")));
}

void TestServerDatabase::aLostConnectionFailsOneActionThenReconnects()
{
    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    const qint64 patient = PatientRepository(db).add({ 0, QStringLiteral("Asha"), std::nullopt }).value();
    TemperatureRepository readings(db);
    const auto reading = [&](double celsius) {
        return TemperatureRecord { 0, patient,
            { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(celsius, TemperatureUnit::Celsius) },
            {} };
    };
    // The server ends every connection to the database (a restart, a network cut, an idle timeout).
    const auto cut = [&] {
        return m_scratch->admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                               "datname = '%1' AND pid <> pg_backend_pid()")
                                    .arg(m_scratch->name()));
    };
    const QString lost = QStringLiteral("connection to the clinic server was lost");
    {
        // Mid-action: that action fails, in words, and stores nothing.
        Transaction action(db);
        QVERIFY(cut());
        const auto failed = readings.add(reading(38.2));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(lost), qPrintable(failed.error().message));
    }
    // The next action connects again.
    const auto again = readings.add(reading(38.3));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(readings.count(patient), 1);

    // While the server refuses connections, each action fails in the same words; then it works.
    QVERIFY(
        m_scratch->admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_scratch->name())));
    QVERIFY(cut());
    const auto refused = readings.add(reading(38.4));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(lost), qPrintable(refused.error().message));
    QVERIFY(
        m_scratch->admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_scratch->name())));
    QVERIFY(readings.add(reading(38.5)).ok());
    QCOMPARE(readings.count(patient), 2);
    // A read after a cut connects again when asked to, rather than reading an empty history.
    QVERIFY(cut());
    QVERIFY(db.reconnectIfLost());
    QCOMPARE(readings.count(patient), 2);
}

void TestServerDatabase::twoConnectionsWriteAtOnce_data()
{
    QTest::addColumn<bool>("asThePatient");
    QTest::newRow("the set-up login") << false;
    // Through the row-level security policies and the audit trigger, as the patient's app writes.
    QTest::newRow("the patient's login") << true;
}

void TestServerDatabase::twoConnectionsWriteAtOnce()
{
    QFETCH(bool, asThePatient);
    qint64 patient = 0;
    QString where = m_scratch->where();
    {
        Database db;
        QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
        const auto added = PatientRepository(db).add({ 0, QStringLiteral("Both"), std::nullopt });
        QVERIFY(added.ok());
        patient = *added;
        if (asThePatient) {
            const QString login = m_scratch->name() + QStringLiteral("_as_both");
            QVERIFY(!ServerAdmin(db).addUser(LoginKind::Patient, login, QStringLiteral("both"), patient));
            where = QStringLiteral("host=%1 dbname=%2 user=%3 password=both")
                        .arg(qEnvironmentVariable("PGHOST"), m_scratch->name(), login);
        }
    }
    constexpr int kEach = 1000;
    std::atomic<int> failures { 0 };
    QStringList errors[2];
    const auto writer = [&](int which) {
        // One connection per thread: QPSQL's rule. Each reading its own transaction, as the app writes.
        Database db;
        if (!db.open(where)) {
            errors[which] << db.errorString();
            ++failures;
            return;
        }
        TemperatureRepository readings(db);
        const QDateTime start = at("2026-03-10T08:00:00.000Z").addMSecs(which);
        for (int i = 0; i < kEach; ++i) {
            const auto id = readings.add({ 0, patient,
                { start.addSecs(i * 60),
                    *Temperature::fromInput(36.5 + which * 0.1, TemperatureUnit::Celsius) },
                {} });
            if (!id.ok()) {
                errors[which] << id.error().message;
                ++failures;
            }
        }
    };
    std::unique_ptr<QThread> threads[] = { std::unique_ptr<QThread>(QThread::create(writer, 0)),
        std::unique_ptr<QThread>(QThread::create(writer, 1)) };
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(120000));
    QVERIFY2(
        failures == 0, qPrintable(errors[0].join(QLatin1Char('\n')) + errors[1].join(QLatin1Char('\n'))));

    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    QCOMPARE(TemperatureRepository(db).count(patient), 2 * kEach);
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(DISTINCT uuid), count(DISTINCT id), count(DISTINCT time_ms) FROM "
                              "temperatures")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kEach);
    QCOMPARE(q.value(1).toInt(), 2 * kEach);
    QCOMPARE(q.value(2).toInt(), 2 * kEach); // every reading of both writers, none twice
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'temperatures'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kEach);
}

// The QPSQL traps of docs/architecture.md, shown on the real driver: if Qt changes, these say so.
void TestServerDatabase::forwardOnlyResultsEndWithTheNextQuery()
{
    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    QSqlQuery first(db.connection());
    first.setForwardOnly(true);
    QVERIFY(first.exec(QStringLiteral("SELECT generate_series(1, 3)")));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toInt(), 1);
    QSqlQuery second(db.connection());
    QVERIFY(second.exec(QStringLiteral("SELECT 42")) && second.next());
    QVERIFY(!first.next()); // rows 2 and 3 are gone
}

void TestServerDatabase::numericComesBackAsADouble()
{
    Database db;
    QVERIFY2(db.open(m_scratch->where()), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT 0.1::numeric + 0.2::numeric")) && q.next());
    QCOMPARE(q.value(0).metaType().id(), int(QMetaType::Double));
    // The schema has no NUMERIC column, so no measurement ever takes that path.
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
                              "AND data_type = 'numeric'"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"

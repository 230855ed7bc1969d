// The home link killed at any moment (issue 19, "Reliability, proven"): 10,000 pending readings of a
// patient's file are sent by neutrocare-cli sync, which is killed with SIGKILL at a random moment,
// then run again until it finishes; 100 runs (NC_KILL_RUNS to change). After each run the server
// holds every record exactly once, by UUID and content; no mark is left set; and the file passes
// quick_check. The real PostgreSQL of the test command; the password from libpq's password file.
#include "../storage/scratchdatabase.h"
#include "homelink/passwordstore.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/synclinks.h"
#include "syncchecks.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace nc;

namespace {

constexpr int kRecords = 10000;
const QString kPassword = QStringLiteral("killed at any moment");

} // namespace

class TestHomeLinkKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAtAnyMomentLosesAndDoublesNothing();

private:
    QProcess *startSync() const;

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_serverPatient = 0;
    qint64 m_localPatient = 0;
    QProcessEnvironment m_env;
};

void TestHomeLinkKill::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The home link sends to a clinic's PostgreSQL: run as tst_homelinkkill with "
              "NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_serverPatient = *PatientRepository(*m_super).add({ 0, QStringLiteral("Asha"), std::nullopt });
    const QString login = m_scratch->login(QStringLiteral("asha"));
    QVERIFY(!ServerAdmin(*m_super).addUser(LoginKind::Patient, login, kPassword, m_serverPatient));

    // The CLI finds the password where a person without a keyring keeps it: libpq's password file.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("PGPASSWORD"));
    m_env.remove(QStringLiteral("PGUSER"));
    m_env.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("pgpass")));
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    const QString server
        = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
              .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                  m_scratch->name(), login);
    QCOMPARE(
        PasswordStore(*ConnectionSpec::parse(server)).save(PasswordStore::Place::PasswordFile, kPassword),
        std::nullopt);

    m_file = m_dir.filePath(QStringLiteral("home.sqlite"));
    Database local;
    QVERIFY(local.open(m_file));
    m_localPatient = *PatientRepository(local).add({ 0, QStringLiteral("Asha"), std::nullopt });
    QList<TemperatureRecord> readings;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-01-05T07:00:00+01:00"), Qt::ISODate);
    for (int i = 0; i < kRecords; ++i)
        readings.append({ 0, m_localPatient,
            { start.addSecs(600 * i),
                *Temperature::fromInput(36.0 + (i % 30) / 10.0, TemperatureUnit::Celsius) },
            QStringLiteral("reading %1").arg(i) });
    QCOMPARE(TemperatureRepository(local).addAll(readings), std::nullopt);
    QCOMPARE(SyncLinkRepository(local).link({ m_localPatient, server, login, start, std::nullopt, {} }),
        std::nullopt);
}

void TestHomeLinkKill::cleanupTestCase()
{
    m_super.reset();
    m_scratch.reset();
}

QProcess *TestHomeLinkKill::startSync() const
{
    auto *sync = new QProcess;
    sync->setProcessEnvironment(m_env);
    sync->start(QStringLiteral(NC_CLI_PATH), { QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    return sync;
}

void TestHomeLinkKill::killedAtAnyMomentLosesAndDoublesNothing()
{
    const int runs = qEnvironmentVariableIntValue("NC_KILL_RUNS") > 0
        ? qEnvironmentVariableIntValue("NC_KILL_RUNS")
        : 100;
    // How long a whole pass takes here, so the kills fall anywhere within one.
    QElapsedTimer pass;
    pass.start();
    {
        std::unique_ptr<QProcess> whole(startSync());
        QVERIFY(whole->waitForFinished(300000));
        QCOMPARE(whole->exitCode(), 0);
    }
    const qint64 passMs = std::max<qint64>(pass.elapsed(), 50);
    int interrupted = 0;
    qint64 checked = 0;
    QByteArray expected;
    for (int run = 0; run < runs; ++run) {
        // The same 10,000 pending again: the server's copy gone, every record marked anew.
        const QByteArray marked = test::markEverythingAgain(*m_super, m_file, m_localPatient, kRecords);
        QVERIFY(!marked.isEmpty());
        if (expected.isEmpty())
            expected = marked;
        std::unique_ptr<QProcess> sync(startSync());
        QVERIFY(sync->waitForStarted());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(passMs)));
        if (sync->state() == QProcess::Running) {
            ::kill(pid_t(sync->processId()), SIGKILL);
            ++interrupted;
        }
        QVERIFY(sync->waitForFinished(60000));

        std::unique_ptr<QProcess> again(startSync()); // restarted: it finishes what was left
        QVERIFY(again->waitForFinished(300000));
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());

        QCOMPARE(test::temperaturesDigest(*m_super, m_serverPatient), expected);
        Database local;
        QVERIFY(local.open(m_file)); // open runs quick_check: a damaged file would not open
        QCOMPARE(test::scalar(local, QStringLiteral("SELECT count(*) FROM sync_marks")), 0);
        QSqlQuery check(local.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        checked += kRecords;
    }
    qInfo("%d runs, %d killed while sending (a whole pass takes %lld ms), %lld records checked on the "
          "server, none "
          "lost or doubled",
        runs, interrupted, passMs, checked);
    QVERIFY(interrupted > runs / 2); // the kills did land mid-send
}

QTEST_GUILESS_MAIN(TestHomeLinkKill)
#include "tst_homelinkkill.moc"

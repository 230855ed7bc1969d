// The real neutrocare launched twice with one database (issue 16), under its own HOME, XDG folders
// and TMPDIR: the second launch hands its command line to the running one, which takes it, and
// exits 0 without opening the database; one the first cannot honour is refused in words, exit 2;
// another database simply starts; after a crash the next launch recovers the socket left behind.
#include "app/singleinstance.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nc;

namespace {

// How long the running instance may take to answer a second launch: its window is built and shown
// on a loaded CI machine, under AddressSanitizer too.
constexpr int kAnswerMs = 30000;

struct Run
{
    int exitCode = -1;
    QString err;
};

} // namespace

class TestSecondLaunch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondLaunchRaisesTheFirst();
    void secondLaunchOpensNoDatabase();
    void refusedInWords_data();
    void refusedInWords();
    void otherDatabaseStartsItsOwn();
    void afterACrashTheNextLaunchStarts();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void startFirst();
    Run launch(const QStringList &arguments);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_database;
    std::unique_ptr<QProcess> m_first;
    QString m_firstLog;
};

void TestSecondLaunch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *folder : { "home", "config", "data", "cache", "tmp" })
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(folder)));
    m_env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp"))); // the sockets go there
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("neutrocare.launch.info=true"));
}

// A database with a profile, and NeutroCare running on it in the background, as at login.
void TestSecondLaunch::init()
{
    static int n = 0;
    m_database = path(QStringLiteral("patients%1.sqlite").arg(++n));
    {
        Database db;
        QVERIFY(db.open(m_database));
        const auto patient = PatientRepository(db).add({ 0, QStringLiteral("Maria"), std::nullopt });
        QVERIFY(patient);
        QVERIFY(!PatientSettingsRepository(db).save(*patient, PatientSettings()));
    }
    startFirst();
}

void TestSecondLaunch::startFirst()
{
    m_firstLog.clear();
    m_first = std::make_unique<QProcess>();
    m_first->setProcessEnvironment(m_env);
    connect(m_first.get(), &QProcess::readyReadStandardError, this,
        [this] { m_firstLog += QString::fromLocal8Bit(m_first->readAllStandardError()); });
    m_first->start(QStringLiteral(NC_APP_PATH),
        { QStringLiteral("--database"), m_database, QStringLiteral("--background") });
    QVERIFY(m_first->waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_firstLog.contains(QStringLiteral("started in the background")), qPrintable(m_firstLog), 30000);
}

void TestSecondLaunch::cleanup()
{
    if (m_first) {
        m_first->kill();
        m_first->waitForFinished();
        m_first.reset();
    }
}

Run TestSecondLaunch::launch(const QStringList &arguments)
{
    QProcess second;
    second.setProcessEnvironment(m_env);
    second.start(QStringLiteral(NC_APP_PATH), arguments);
    // The first answers from its event loop, which keeps running while this one waits.
    if (!QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 30000)) {
        second.kill();
        second.waitForFinished();
        return { -1, QStringLiteral("still running after 30 s") };
    }
    return { second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1,
        QString::fromLocal8Bit(second.readAllStandardError()) };
}

void TestSecondLaunch::secondLaunchRaisesTheFirst()
{
    // Spelt another way, the same file.
    const QString spelling = m_dir.path() + QStringLiteral("/home/../") + QFileInfo(m_database).fileName();
    const Run second = launch({ QStringLiteral("--database"), spelling });
    QCOMPARE(second.exitCode, 0);
    QTRY_VERIFY2_WITH_TIMEOUT(m_firstLog.contains(QStringLiteral("second launch: window raised")),
        qPrintable(m_firstLog), kAnswerMs);
    QCOMPARE(m_first->state(), QProcess::Running);
}

void TestSecondLaunch::secondLaunchOpensNoDatabase()
{
    // The running instance keeps its open file under another name: a launch that opened the
    // database at its old path would create a new one there.
    const QString moved = m_database + QStringLiteral(".moved");
    QVERIFY(QFile::rename(m_database, moved));
    const Run second = launch({ QStringLiteral("--database"), m_database });
    QCOMPARE(second.exitCode, 0);
    QVERIFY(!QFile::exists(m_database));
    QTRY_VERIFY2_WITH_TIMEOUT(m_firstLog.contains(QStringLiteral("second launch: window raised")),
        qPrintable(m_firstLog), kAnswerMs);
    QCOMPARE(m_first->state(), QProcess::Running);
}

void TestSecondLaunch::refusedInWords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") }
                                    << QStringLiteral("frobnicate");
    QTest::newRow("a file name") << QStringList { QStringLiteral("notes.txt") }
                                 << QStringLiteral("notes.txt");
}

void TestSecondLaunch::refusedInWords()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run second = launch(QStringList { QStringLiteral("--database"), m_database } + arguments);
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("already running")), qPrintable(second.err));
    QVERIFY2(second.err.contains(says), qPrintable(second.err));
    QCOMPARE(m_first->state(), QProcess::Running);
    QVERIFY(!m_firstLog.contains(QStringLiteral("second launch")));
}

void TestSecondLaunch::otherDatabaseStartsItsOwn()
{
    // Another database is another instance: this one opens (creates) its own file, and with no
    // profile to remind about, a launch in the background ends at once.
    const QString other = path(QStringLiteral("other.sqlite"));
    const Run second = launch({ QStringLiteral("--database"), other, QStringLiteral("--background") });
    QCOMPARE(second.exitCode, 0);
    QVERIFY(QFile::exists(other));
    QVERIFY(!m_firstLog.contains(QStringLiteral("second launch")));
}

void TestSecondLaunch::afterACrashTheNextLaunchStarts()
{
    m_first->kill(); // no clean-up: the socket file stays
    QVERIFY(m_first->waitForFinished());
    const QString socket = QDir(path(QStringLiteral("tmp")))
                               .filePath(SingleInstance::serverName(SingleInstance::currentUser(),
                                   SingleInstance::canonicalDatabasePath(m_database)));
    QVERIFY(QFile::exists(socket));
    startFirst();
    const Run second = launch({ QStringLiteral("--database"), m_database });
    QCOMPARE(second.exitCode, 0);
    QTRY_VERIFY2_WITH_TIMEOUT(m_firstLog.contains(QStringLiteral("second launch: window raised")),
        qPrintable(m_firstLog), kAnswerMs);
}

QTEST_GUILESS_MAIN(TestSecondLaunch)
#include "tst_secondlaunch.moc"

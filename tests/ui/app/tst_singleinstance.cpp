// One NeutroCare per user and database (issue 16), two instances in one process: the second finds
// the first and its command line arrives through activationRequested; two spellings of one file
// are one instance; another database or another user is another instance; a refusal comes back in
// words; a socket a crashed instance left is recovered; a hung instance is never taken over.
#include "app/singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace nc;
using Outcome = SingleInstance::Outcome;

namespace {

const QString kUser = QStringLiteral("tst_singleinstance");

struct Launch
{
    Outcome outcome = Outcome::Failed;
    QString refusal;
    QString error;
};

// A second launch, in a thread of its own: it blocks on the first's answer, which this thread's
// event loop gives.
Launch secondLaunch(const QString &database, const QStringList &arguments, const QString &user = kUser)
{
    Launch launch;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(database, user);
        launch.outcome = second.start(arguments);
        launch.refusal = second.refusal();
        launch.error = second.error();
    }));
    thread->start();
    if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 20000))
        qFatal("the second launch did not end");
    return launch;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void nameIsShortAndPerUserAndDatabase();
    void secondFindsFirst_data();
    void secondFindsFirst();
    void otherDatabaseOrUserDoesNotCollide();
    void refusalComesBackInWords();
    void staleSocketIsRecovered();
    void hungInstanceIsNotTakenOver();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_database;
};

void TestSingleInstance::init()
{
    static int n = 0;
    m_database = path(QStringLiteral("patients%1.sqlite").arg(++n));
    QFile file(m_database);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void TestSingleInstance::nameIsShortAndPerUserAndDatabase()
{
    const QString name = SingleInstance::serverName(kUser, m_database);
    QVERIFY(name.size() < 40);
    QVERIFY(!name.contains(QStringLiteral("patients"))); // the path is not in the name
    QCOMPARE(SingleInstance::serverName(kUser, m_database), name);
    QVERIFY(SingleInstance::serverName(QStringLiteral("someone else"), m_database) != name);
    QVERIFY(SingleInstance::serverName(kUser, m_database + QStringLiteral("2")) != name);
    // A database not created yet (a first run) has a canonical path too.
    QCOMPARE(SingleInstance::canonicalDatabasePath(path(QStringLiteral("new.sqlite"))),
        QFileInfo(m_dir.path()).canonicalFilePath() + QStringLiteral("/new.sqlite"));
}

void TestSingleInstance::secondFindsFirst_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("same path") << QString() << QStringList { QStringLiteral("neutrocare") };
    QTest::newRow("other spelling, same file") << QStringLiteral(
        "sub/../") << QStringList { QStringLiteral("neutrocare"), QStringLiteral("--minimized") };
    QTest::newRow("in the background") << QStringLiteral(
        "./") << QStringList { QStringLiteral("neutrocare"), QStringLiteral("--background") };
}

void TestSingleInstance::secondFindsFirst()
{
    QFETCH(QString, spelling);
    QFETCH(QStringList, arguments);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    SingleInstance first(m_database, kUser);
    QCOMPARE(first.start({ QStringLiteral("neutrocare") }), Outcome::First);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    const QString database = m_dir.path() + QLatin1Char('/') + spelling + QFileInfo(m_database).fileName();
    const Launch second = secondLaunch(database, arguments);
    QCOMPARE(second.outcome, Outcome::Handed);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toStringList(), arguments);
}

void TestSingleInstance::otherDatabaseOrUserDoesNotCollide()
{
    SingleInstance first(m_database, kUser);
    QCOMPARE(first.start({ QStringLiteral("neutrocare") }), Outcome::First);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(secondLaunch(path(QStringLiteral("other.sqlite")), {}).outcome, Outcome::First);
    QCOMPARE(secondLaunch(m_database, {}, QStringLiteral("another user")).outcome, Outcome::First);
    QCOMPARE(activated.size(), 0);
}

void TestSingleInstance::refusalComesBackInWords()
{
    SingleInstance first(m_database, kUser);
    first.setCheck([](const QStringList &arguments) {
        return arguments.contains(QStringLiteral("--frobnicate"))
            ? QStringLiteral("Unknown option 'frobnicate'.")
            : QString();
    });
    QCOMPARE(first.start({ QStringLiteral("neutrocare") }), Outcome::First);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    const Launch second
        = secondLaunch(m_database, { QStringLiteral("neutrocare"), QStringLiteral("--frobnicate") });
    QCOMPARE(second.outcome, Outcome::Refused);
    QCOMPARE(second.refusal, QStringLiteral("Unknown option 'frobnicate'."));
    QCOMPARE(activated.size(), 0);
    // The first still answers.
    QCOMPARE(secondLaunch(m_database, { QStringLiteral("neutrocare") }).outcome, Outcome::Handed);
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::staleSocketIsRecovered()
{
#ifdef Q_OS_UNIX
    // What a crashed instance leaves: a socket file nobody listens on.
    const QString name = SingleInstance::serverName(kUser, SingleInstance::canonicalDatabasePath(m_database));
    const QByteArray socketPath = QFile::encodeName(QDir(QDir::tempPath()).filePath(name));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QLocalServer blocked;
    QVERIFY(!blocked.listen(name)); // the file is in the way

    SingleInstance first(m_database, kUser);
    QCOMPARE(first.start({ QStringLiteral("neutrocare") }), Outcome::First);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(secondLaunch(m_database, { QStringLiteral("neutrocare") }).outcome, Outcome::Handed);
    QCOMPARE(activated.size(), 1);
#else
    QSKIP("a stale socket file is a Unix matter");
#endif
}

void TestSingleInstance::hungInstanceIsNotTakenOver()
{
    // Listening and never answering: the second launch fails, and neither listens nor goes on.
    QLocalServer hung;
    QVERIFY(
        hung.listen(SingleInstance::serverName(kUser, SingleInstance::canonicalDatabasePath(m_database))));
    const Launch second = secondLaunch(m_database, { QStringLiteral("neutrocare") });
    QCOMPARE(second.outcome, Outcome::Failed);
    QVERIFY2(second.error.contains(QStringLiteral("did not answer")), qPrintable(second.error));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

#include "singleinstance.h"

#include "localchannel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace nc {

namespace {
// A running instance answers at once; a launch that waits longer is talking to a hung one.
constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 5000;
// Serialises "is one running? no: listen" between launches started together (a double click).
constexpr int kLockMs = 5000;
// A command line and a path: anything longer is not a NeutroCare launch.
constexpr qint64 kMaxMessage = 64 * 1024;

const QString kArguments = QStringLiteral("arguments");
const QString kDatabase = QStringLiteral("database");
const QString kHonoured = QStringLiteral("honoured");
const QString kRefusal = QStringLiteral("refusal");

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// An flock() on a file in the temporary folder: POSIX, as the socket beside it is (localchannel.h).
// QLockFile writes its lock file and syncs it to disk, which cost 26 ms of every start on this
// machine's disk; a kernel lock needs no disk, and the kernel drops it when its process dies, so a
// crash can never leave it stale.
class LaunchLock
{
public:
    explicit LaunchLock(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    { }
    ~LaunchLock() { unlock(); }
    LaunchLock(const LaunchLock &) = delete;
    LaunchLock &operator=(const LaunchLock &) = delete;

    bool tryLock(int timeoutMs)
    {
        if (m_fd < 0)
            return false;
        const QDeadlineTimer deadline(timeoutMs);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK || deadline.hasExpired())
                return false;
            QThread::msleep(5);
        }
        return true;
    }
    void unlock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // closing the only descriptor releases the lock
        m_fd = -1;
    }

private:
    int m_fd;
};
} // namespace

QString SingleInstance::canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + QLatin1Char('/') + info.fileName();
}

QString SingleInstance::currentUser()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString SingleInstance::serverName(const QString &user, const QString &canonicalPath)
{
    const QByteArray hash = QCryptographicHash::hash(
        (user + QLatin1Char('\n') + canonicalPath).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("neutrocare-") + QString::fromLatin1(hash.toHex().left(24));
}

SingleInstance::SingleInstance(const QString &databasePath, const QString &user, QObject *parent)
    : QObject(parent)
    , m_databasePath(canonicalDatabasePath(databasePath))
    , m_name(serverName(user, m_databasePath))
{ }

SingleInstance::~SingleInstance() = default;

SingleInstance::Outcome SingleInstance::start(const QStringList &arguments)
{
    LaunchLock lock(socketPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockMs)) {
        m_error = tr("Another NeutroCare is starting with this database and did not finish.");
        return Outcome::Failed;
    }
    if (LocalConnection running = LocalConnection::connectTo(socketPath(), kConnectMs); running.isValid()) {
        lock.unlock();
        return handOver(running, arguments);
    }
    return listen() ? Outcome::First : Outcome::Failed;
}

QString SingleInstance::socketPath() const
{
    return QDir(QDir::tempPath()).filePath(m_name);
}

bool SingleInstance::listen()
{
    m_listener = new LocalListener(
        kMaxMessage, [this](const QByteArray &request, LocalConnection &launch) { answer(request, launch); },
        this);
    bool listening = m_listener->listen(socketPath());
    if (!listening && m_listener->lastErrno() == EADDRINUSE) {
        // Nobody answered on the name (start() tried), so the socket is one a crashed instance left.
        QFile::remove(socketPath());
        listening = m_listener->listen(socketPath());
    }
    if (!listening) {
        m_error = tr("Could not listen for other launches of NeutroCare: %1").arg(m_listener->errorString());
        return false;
    }
    return true;
}

SingleInstance::Outcome SingleInstance::handOver(LocalConnection &running, const QStringList &arguments)
{
    running.writeAll(
        line({ { kArguments, QJsonArray::fromStringList(arguments) }, { kDatabase, m_databasePath } }));
    const QJsonObject reply
        = QJsonDocument::fromJson(running.readLine(kMaxMessage, QDeadlineTimer(kAnswerMs))).object();
    if (!reply.contains(kHonoured)) {
        m_error = tr("NeutroCare is already running with this database but did not answer.");
        return Outcome::Failed;
    }
    if (reply.value(kHonoured).toBool())
        return Outcome::Handed;
    m_refusal = reply.value(kRefusal).toString();
    return Outcome::Refused;
}

void SingleInstance::answer(const QByteArray &requestLine, LocalConnection &launch)
{
    const QJsonObject request = QJsonDocument::fromJson(requestLine).object();
    QStringList arguments;
    for (const QJsonValue &argument : request.value(kArguments).toArray())
        arguments << argument.toString();
    // The name matched, so the database is this one unless two paths share a hash prefix.
    QString refusal;
    if (canonicalDatabasePath(request.value(kDatabase).toString()) != m_databasePath)
        refusal = tr("This NeutroCare has %1 open, not %2.")
                      .arg(QDir::toNativeSeparators(m_databasePath),
                          QDir::toNativeSeparators(request.value(kDatabase).toString()));
    else if (m_check)
        refusal = m_check(arguments);
    launch.writeAll(line({ { kHonoured, refusal.isEmpty() }, { kRefusal, refusal } }));
    if (refusal.isEmpty()) // after the reply: the second launch need not wait for the window
        Q_EMIT activationRequested(arguments);
}

} // namespace nc

#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    QLockFile lock(QDir(QDir::tempPath()).filePath(m_name + QStringLiteral(".lock")));
    if (!lock.tryLock(kLockMs)) {
        m_error = tr("Another NeutroCare is starting with this database and did not finish.");
        return Outcome::Failed;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(kConnectMs)) {
        lock.unlock();
        return handOver(socket, arguments);
    }
    return listen() ? Outcome::First : Outcome::Failed;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    bool listening = m_server->listen(m_name);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on the name (start() tried), so the socket is one a crashed instance left.
        QLocalServer::removeServer(m_name);
        listening = m_server->listen(m_name);
    }
    if (!listening) {
        m_error = tr("Could not listen for other launches of NeutroCare: %1").arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
    return true;
}

SingleInstance::Outcome SingleInstance::handOver(QLocalSocket &socket, const QStringList &arguments)
{
    socket.write(
        line({ { kArguments, QJsonArray::fromStringList(arguments) }, { kDatabase, m_databasePath } }));
    const QDeadlineTimer deadline(kAnswerMs);
    while (!socket.canReadLine() && !deadline.hasExpired() && socket.state() == QLocalSocket::ConnectedState)
        socket.waitForReadyRead(int(deadline.remainingTime()));
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine(kMaxMessage)).object();
    if (!reply.contains(kHonoured)) {
        m_error = tr("NeutroCare is already running with this database but did not answer.");
        return Outcome::Failed;
    }
    if (reply.value(kHonoured).toBool())
        return Outcome::Handed;
    m_refusal = reply.value(kRefusal).toString();
    return Outcome::Refused;
}

void SingleInstance::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessage)
            socket->abort();
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(kMaxMessage)).object();
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
    socket->write(line({ { kHonoured, refusal.isEmpty() }, { kRefusal, refusal } }));
    socket->flush();
    if (refusal.isEmpty())
        Q_EMIT activationRequested(arguments);
}

} // namespace nc

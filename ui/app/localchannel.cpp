#include "localchannel.h"

#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace nc {

namespace {

bool addressOf(const QString &path, sockaddr_un &address)
{
    const QByteArray bytes = QFile::encodeName(path);
    address = {};
    address.sun_family = AF_UNIX;
    if (size_t(bytes.size()) >= sizeof(address.sun_path)) {
        errno = ENAMETOOLONG;
        return false;
    }
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    return true;
}

// Waits until `fd` is ready for `events`; false when the deadline passed first.
bool waitFor(int fd, short events, QDeadlineTimer deadline)
{
    for (;;) {
        pollfd one { fd, events, 0 };
        const int ms = deadline.isForever() ? -1 : int(qMax<qint64>(0, deadline.remainingTime()));
        const int ready = ::poll(&one, 1, ms);
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

} // namespace

LocalConnection::~LocalConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

LocalConnection::LocalConnection(LocalConnection &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_closed(other.m_closed)
    , m_pending(std::move(other.m_pending))
{ }

LocalConnection &LocalConnection::operator=(LocalConnection &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_closed = other.m_closed;
        m_pending = std::move(other.m_pending);
    }
    return *this;
}

LocalConnection LocalConnection::connectTo(const QString &path, int timeoutMs)
{
    sockaddr_un address;
    if (!addressOf(path, address))
        return {};
    LocalConnection connection(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!connection.isValid())
        return {};
    if (::connect(connection.m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0)
        return connection;
    // A listener whose queue is full makes a non-blocking connect wait, as a busy one would.
    if (errno != EAGAIN && errno != EINPROGRESS)
        return {};
    if (!waitFor(connection.m_fd, POLLOUT, QDeadlineTimer(timeoutMs)))
        return {};
    int error = 0;
    socklen_t size = sizeof(error);
    if (::getsockopt(connection.m_fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0)
        return {};
    return connection;
}

bool LocalConnection::writeAll(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            if (!waitFor(m_fd, POLLOUT, QDeadlineTimer(5000)))
                return false;
        } else {
            return false;
        }
    }
    return true;
}

QByteArray LocalConnection::readLine(qint64 maxBytes, QDeadlineTimer deadline)
{
    char buffer[4096];
    for (;;) {
        if (const qsizetype end = m_pending.indexOf('\n'); end >= 0) {
            QByteArray line = m_pending.left(end + 1);
            m_pending.remove(0, end + 1);
            return line;
        }
        if (m_pending.size() >= maxBytes)
            return std::exchange(m_pending, {});
        const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
        if (n > 0) {
            m_pending.append(buffer, qsizetype(n));
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            if (deadline.hasExpired() || !waitFor(m_fd, POLLIN, deadline))
                return {};
        } else {
            m_closed = true; // the other end closed, or the connection broke
            return std::exchange(m_pending, {});
        }
    }
}

LocalListener::LocalListener(qint64 maxLine, Handler handler, QObject *parent)
    : QObject(parent)
    , m_maxLine(maxLine)
    , m_handler(std::move(handler))
{ }

LocalListener::~LocalListener()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    ::unlink(QFile::encodeName(m_path).constData());
}

bool LocalListener::listen(const QString &path)
{
    sockaddr_un address;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    // Made owner-only from the start (umask), not chmod'ed after: no moment where others may connect.
    const mode_t oldMask = ::umask(0077);
    const bool bound = fd >= 0 && addressOf(path, address)
        && ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::umask(oldMask);
    if (!bound || ::listen(fd, SOMAXCONN) != 0) {
        m_errno = errno;
        m_error = QString::fromLocal8Bit(std::strerror(m_errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    m_fd = fd;
    m_path = path;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalListener::acceptAll);
    return true;
}

void LocalListener::acceptAll()
{
    for (;;) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0)
            return;
        // Each connection reads its line as it comes, without holding up the event loop.
        auto connection = std::make_shared<LocalConnection>(fd);
        auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, notifier, [this, connection, notifier] {
            const QByteArray line = connection->readLine(m_maxLine, QDeadlineTimer(0));
            const bool complete = line.endsWith('\n');
            if (!complete && !connection->isClosed() && line.size() < m_maxLine)
                return; // the rest of the line is still to come
            notifier->setEnabled(false);
            notifier->deleteLater();
            if (complete)
                m_handler(line, *connection);
        });
    }
}

} // namespace nc

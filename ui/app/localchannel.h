#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace nc {

// A Unix-domain stream socket carrying one line each way: what SingleInstance needs, on POSIX
// sockets and QtCore's QSocketNotifier. QLocalSocket would bring in all of QtNetwork, which cost
// 8.6 ms of every start (DESIGN.md's start-up budget) for these few bytes.
class LocalConnection
{
public:
    LocalConnection() = default;
    explicit LocalConnection(int fd)
        : m_fd(fd)
    { }
    ~LocalConnection();
    LocalConnection(LocalConnection &&other) noexcept;
    LocalConnection &operator=(LocalConnection &&other) noexcept;

    // Connects to the socket at `path`; an invalid connection when nobody listens there.
    static LocalConnection connectTo(const QString &path, int timeoutMs);

    bool isValid() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }
    bool writeAll(const QByteArray &bytes);
    // A line with its newline; or, once the other end closed or `maxBytes` came without one, what
    // came; or nothing yet when the deadline passed (an expired deadline reads only what is there).
    QByteArray readLine(qint64 maxBytes, QDeadlineTimer deadline);
    // The other end closed, or the connection failed: nothing more will come.
    bool isClosed() const { return m_closed; }

private:
    int m_fd = -1;
    bool m_closed = false;
    QByteArray m_pending;
};

// Listens on a socket file that only its user may use, and hands each incoming line to a handler,
// with the connection to reply on. A line longer than `maxLine` ends that connection unanswered.
class LocalListener : public QObject
{
public:
    using Handler = std::function<void(const QByteArray &line, LocalConnection &connection)>;

    LocalListener(qint64 maxLine, Handler handler, QObject *parent = nullptr);
    ~LocalListener() override;

    // Fails with errno EADDRINUSE when the file exists; the caller decides whether it is stale.
    bool listen(const QString &path);
    QString errorString() const { return m_error; }
    int lastErrno() const { return m_errno; }

private:
    void acceptAll();

    qint64 m_maxLine;
    Handler m_handler;
    QString m_path;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
    int m_errno = 0;
};

} // namespace nc

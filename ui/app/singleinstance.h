#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

namespace nc {

class LocalConnection;
class LocalListener;

// One NeutroCare per person and database (issue 16): the first launch listens on a local socket
// named for the user and the database file, and a second launch with the same database hands its
// command line to the first instead of opening the database a second time. A launch with another
// database has another name, and simply starts.
//
// The second launch blocks while it waits for the first's answer (at most a few seconds): it runs
// in main() before there is an event loop, a window or a database connection.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // The database file as its canonical path, also when it does not exist yet (a first run):
    // two spellings of one file are one instance.
    static QString canonicalDatabasePath(const QString &path);
    // Who runs NeutroCare: the user id on Unix, the user name elsewhere.
    static QString currentUser();
    // The socket's name: short (a Unix socket path has about a hundred bytes), and derived from the
    // user and the canonical database path, which it does not reveal.
    static QString serverName(const QString &user, const QString &canonicalPath);

    explicit SingleInstance(
        const QString &databasePath, const QString &user = currentUser(), QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Outcome {
        First, // listening: this launch is the running instance
        Handed, // the running instance took the arguments
        Refused, // the running instance cannot honour them: refusal() says why
        Failed, // neither listening nor handed over: error() says why
    };
    // Becomes the running instance or hands `arguments` (a command line) to the one that runs.
    Outcome start(const QStringList &arguments);
    QString refusal() const { return m_refusal; }
    QString error() const { return m_error; }
    QString databasePath() const { return m_databasePath; }
    QString name() const { return m_name; }

    // In the running instance: whether a second launch's command line can be honoured, as an
    // empty string, or the sentence that refuses it. Without one, every command line is honoured.
    using Check = std::function<QString(const QStringList &arguments)>;
    void setCheck(Check check) { m_check = std::move(check); }

Q_SIGNALS:
    // A second launch's command line, honoured: the running instance shows itself as it asks.
    void activationRequested(const QStringList &arguments);

private:
    QString socketPath() const;
    bool listen();
    Outcome handOver(LocalConnection &running, const QStringList &arguments);
    // Replies to a second launch's request line.
    void answer(const QByteArray &requestLine, LocalConnection &launch);

    QString m_databasePath;
    QString m_name;
    LocalListener *m_listener = nullptr;
    Check m_check;
    QString m_refusal;
    QString m_error;
};

} // namespace nc

#include "passwordstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <functional>
#include <qt6keychain/keychain.h>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::PasswordStore)
};

const QString kService = QStringLiteral("NeutroCare home link");

// The keyring's own thread. Every keyring job of the process runs there, whoever asks (the
// window, the home link's thread, the CLI): the Secret Service client under QtKeychain (libsecret)
// keeps its D-Bus proxy on the thread that first used it, and a job started from another thread
// would wait for an answer delivered to the first.
QThread *keyringThread()
{
    static QThread *const thread = [] {
        auto *made = new QThread;
        made->setObjectName(QStringLiteral("keyring"));
        made->start();
        qAddPostRoutine([] {
            keyringThread()->quit();
            if (keyringThread()->wait(3000)) // a job on a keyring that never answers is left behind
                delete keyringThread();
        });
        return made;
    }();
    return thread;
}

// Runs a QtKeychain job to its end on the keyring's thread, the caller waiting: the jobs are
// asynchronous, the callers are not. The job is made there, so it lives where it runs; `read`
// takes what it needs from it before it goes.
template<class Job>
void runJob(const QString &key, const std::function<void(Job &)> &prepare,
    const std::function<void(const Job &)> &read)
{
    static QObject *const there = [] {
        auto *object = new QObject;
        object->moveToThread(keyringThread());
        return object;
    }();
    const auto work = [&] {
        Job job(kService);
        job.setAutoDelete(false);
        job.setKey(key);
        prepare(job);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        read(job);
    };
    if (QThread::currentThread() == keyringThread())
        work();
    else
        QMetaObject::invokeMethod(there, work, Qt::BlockingQueuedConnection);
}

// One field of a password file line: libpq reads \ and : escaped with a backslash.
QString escaped(QString field)
{
    return field.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char(':'), QLatin1String("\\:"));
}

} // namespace

PasswordStore::PasswordStore(const ConnectionSpec &server)
    : m_server(server)
{ }

QString PasswordStore::passwordFilePath()
{
    const QString set = qEnvironmentVariable("PGPASSFILE");
    return set.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : set;
}

QString PasswordStore::keyringKey() const
{
    // What libpq would connect to, so one login on two servers are two entries.
    return QStringLiteral("%1@%2:%3/%4")
        .arg(m_server.user, m_server.host.isEmpty() ? QStringLiteral("localhost") : m_server.host,
            m_server.port < 0 ? QStringLiteral("5432") : QString::number(m_server.port), m_server.database);
}

std::optional<QString> PasswordStore::save(Place place, const QString &password) const
{
    if (place == Place::PasswordFile)
        return writePasswordFile(password);
    std::optional<QString> problem;
    runJob<QKeychain::WritePasswordJob>(
        keyringKey(), [&password](QKeychain::WritePasswordJob &job) { job.setTextData(password); },
        [&problem](const QKeychain::WritePasswordJob &job) {
            if (job.error() != QKeychain::NoError)
                problem = Text::tr("The password could not be kept in this desktop's keyring (%1).")
                              .arg(job.errorString());
        });
    return problem;
}

std::optional<QString> PasswordStore::fromKeyring() const
{
    std::optional<QString> password;
    runJob<QKeychain::ReadPasswordJob>(
        keyringKey(), [](QKeychain::ReadPasswordJob &) {},
        [&password](const QKeychain::ReadPasswordJob &job) {
            if (job.error() == QKeychain::NoError)
                password = job.textData();
        });
    return password;
}

void PasswordStore::forget() const
{
    runJob<QKeychain::DeletePasswordJob>(
        keyringKey(), [](QKeychain::DeletePasswordJob &) {}, [](const QKeychain::DeletePasswordJob &) {});
    writePasswordFile(std::nullopt);
}

std::optional<QString> PasswordStore::writePasswordFile(const std::optional<QString> &password) const
{
    // The line libpq matches this server and login by; the port as libpq would use it.
    const QString host = m_server.host.isEmpty() || m_server.host.startsWith(QLatin1Char('/'))
        ? QStringLiteral("localhost")
        : m_server.host;
    const QString prefix = QStringList { escaped(host),
        m_server.port < 0 ? QStringLiteral("*") : QString::number(m_server.port), escaped(m_server.database),
        escaped(m_server.user) }
                               .join(QLatin1Char(':'))
        + QLatin1Char(':');
    const QString path = passwordFilePath();
    QStringList lines;
    if (QFile existing(path); existing.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString &line : QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(prefix)) // another server's line stays as it was
                lines << line;
        }
    } else if (!password) {
        return std::nullopt; // nothing to forget
    }
    if (password)
        lines << prefix + escaped(*password);
    QSaveFile file(path);
    // Owner-only before the first byte: libpq ignores a password file others can read, and so must they.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Text::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return Text::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

} // namespace nc

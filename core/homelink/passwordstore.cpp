#include "passwordstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::PasswordStore)
};

const QString kService = QStringLiteral("NeutroCare home link");

// Runs a QtKeychain job to its end: the jobs are asynchronous, the callers are not.
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyringKey());
    job.setTextData(password);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return std::nullopt;
    return Text::tr("The password could not be kept in this desktop's keyring (%1).").arg(job.errorString());
}

std::optional<QString> PasswordStore::fromKeyring() const
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyringKey());
    finish(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

void PasswordStore::forget() const
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyringKey());
    finish(job);
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

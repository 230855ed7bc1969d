#include "backupmanager.h"

#include "ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nc {

namespace {

const QLatin1String kStampFormat("yyyyMMdd'T'HHmmss'Z'");
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A read-only SQLite connection under a unique name, removed when it goes out of scope.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.open();
    }
    ~ReadOnlyConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// The directory entry of a renamed file is only durable once the directory itself is synced.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// True when another process has the database open. SQLite keeps a shared lock on the "DMS" byte of
// the WAL index (byte 128 of the -shm file) for as long as a connection is open; a file swapped from
// under such a process would be lost to it, and its later entries with it.
bool openElsewhere(const QString &databasePath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
#else
    Q_UNUSED(databasePath);
    return false;
#endif
}

bool sameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

BackupManager::BackupManager(QString databasePath, Clock clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(std::move(clock))
{ }

QDateTime BackupManager::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString BackupManager::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupManager::nameFor(const QDateTime &utc, const QString &tag) const
{
    return QDir(folder()).filePath(QStringLiteral("%1-%2%3").arg(
        QFileInfo(m_databasePath).completeBaseName(), utc.toString(kStampFormat), tag));
}

QList<BackupInfo> BackupManager::backups() const
{
    const QString base = QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName());
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}T\\d{6}Z)\\.sqlite$").arg(base));
    QList<BackupInfo> list;
    const auto entries = QDir(folder()).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : entries) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        list.append({ info.absoluteFilePath(), created, info.size() });
    }
    return list;
}

std::optional<BackupInfo> BackupManager::latestGood() const
{
    for (const auto &backup : backups()) {
        if (check(backup.path).ok)
            return backup;
    }
    return std::nullopt;
}

bool BackupManager::isDue() const
{
    const auto list = backups();
    return list.isEmpty() || list.first().created.date() != now().date();
}

bool BackupManager::ensureFolder(QString *error) const
{
    // Backups hold the same health data as the database: a folder made here is owner-only, like
    // it, and each backup file is too (Database::backupTo); an existing folder is left as it is.
    if (!ownerfiles::makeFolders(folder())) {
        *error = tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    return true;
}

Expected<QString> BackupManager::backUp(Database &db)
{
    QString error;
    if (!db.isOpen())
        return InputError { QString(), tr("The database is not open, so it cannot be backed up.") };
    if (!ensureFolder(&error))
        return InputError { QString(), error };
    // Two backups within one second (a restore right after "Back up now") take the next free second.
    QDateTime stamp = now();
    while (QFile::exists(nameFor(stamp, QStringLiteral(".sqlite"))))
        stamp = stamp.addSecs(1);
    const QString target = nameFor(stamp, QStringLiteral(".sqlite"));
    // Written under another name first, so an interrupted copy never looks like a backup.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!db.backupTo(partial, &error)) {
        QFile::remove(partial);
        return InputError { QString(),
            tr("The backup could not be written to %1: %2").arg(QDir::toNativeSeparators(folder()), error) };
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return InputError { QString(),
            tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(folder())) };
    }
    syncDirectory(folder());
    prune();
    return target;
}

Expected<QString> BackupManager::backUpIfDue(Database &db)
{
    if (!isDue())
        return QString();
    return backUp(db);
}

void BackupManager::prune() const
{
    const auto list = backups();
    for (qsizetype i = kKeep; i < list.size(); ++i)
        QFile::remove(list.at(i).path);
}

FileCheck BackupManager::check(const QString &path)
{
    FileCheck result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists() || !info.isFile()) {
        result.problem = tr("The file %1 does not exist.").arg(shown);
        return result;
    }
    if (info.size() == 0) {
        result.problem = tr("The file %1 is empty: the data it held has been lost.").arg(shown);
        return result;
    }
    ReadOnlyConnection connection(path);
    if (!connection.db().isOpen()) {
        result.problem = tr("The file %1 could not be opened.").arg(shown);
        return result;
    }
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        result.problem
            = tr("The file %1 is not a NeutroCare database, or it is damaged beyond reading.").arg(shown);
        return result;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        result.problem = tr("The file %1 is damaged: SQLite's integrity check found errors.").arg(shown);
        return result;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        result.problem = tr("The file %1 could not be read.").arg(shown);
        return result;
    }
    result.schemaVersion = q.value(0).toInt();
    q.finish();
    if (result.schemaVersion > Database::kSchemaVersion) {
        result.problem
            = tr("The file %1 was written by a newer version of NeutroCare (data version %2; this version "
                 "understands up to %3). Please update NeutroCare.")
                  .arg(shown)
                  .arg(result.schemaVersion)
                  .arg(Database::kSchemaVersion);
        return result;
    }
    if (result.schemaVersion < 1) {
        result.problem = tr("The file %1 is not a NeutroCare database.").arg(shown);
        return result;
    }
    result.ok = true;
    return result;
}

std::optional<QString> BackupManager::copyAside(const QString &tag, QString *copy) const
{
    // The current file cannot be opened (damaged): keep its bytes, and its WAL, exactly as they are.
    QString error;
    if (!ensureFolder(&error))
        return error;
    const QString target = nameFor(now(), tag);
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        const QString source = m_databasePath + suffix;
        if (!QFile::exists(source))
            continue;
        QFile::remove(target + suffix);
        if (!QFile::copy(source, target + suffix))
            return tr("The current database could not be copied to %1 before restoring.")
                .arg(QDir::toNativeSeparators(folder()));
        QFile::setPermissions(target + suffix, kOwnerOnly);
    }
    *copy = target;
    return std::nullopt;
}

std::optional<QString> BackupManager::restore(const QString &backupPath, Database *open, QString *safetyCopy)
{
    // 1. The backup must be sound before anything is touched.
    const FileCheck verdict = check(backupPath);
    if (!verdict.ok)
        return tr("This backup cannot be used. %1 Nothing was changed.").arg(verdict.problem);
    if (sameFile(backupPath, m_databasePath))
        return tr("This is the database itself, not a backup. Nothing was changed.");
    if (openElsewhere(m_databasePath))
        return tr("The database is open in another program (NeutroCare itself?). Close it first. Nothing was "
                  "changed.");

    // 2. Keep what is there now: a proper backup when it can be read, else a byte copy.
    QString copy;
    if (open && open->isOpen()) {
        auto made = backUp(*open);
        if (!made)
            return tr("The current data could not be backed up first, so nothing was restored. %1")
                .arg(made.error().message);
        copy = *made;
    } else if (QFile::exists(m_databasePath)) {
        Database current;
        if (check(m_databasePath).ok && current.open(m_databasePath)) {
            auto made = backUp(current);
            if (!made)
                return tr("The current data could not be backed up first, so nothing was restored. %1")
                    .arg(made.error().message);
            copy = *made;
        } else if (auto error = copyAside(QStringLiteral(".damaged"), &copy)) {
            return *error;
        }
    }

    // 3. Write the backup beside the database, synced to disk, before the old file is let go.
    QFile source(backupPath);
    QSaveFile target(m_databasePath);
    // QSaveFile writes to a nameless file (O_TMPFILE) until commit(), with the old file's mode, or
    // the umask's when there is none: made owner-only before it gets its name.
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
        || !target.setPermissions(kOwnerOnly))
        return tr("The backup could not be copied next to the database. Nothing was changed.");
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return tr("The backup could not be copied next to the database (is the disk full?). Nothing was "
                      "changed.");
        }
    }

    // 4. Close the live connection with everything checkpointed into the main file, so removing
    //    the old WAL loses nothing; a stale WAL must never be replayed onto the restored file.
    if (open && open->isOpen()) {
        QSqlQuery(open->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        open->close();
    }
    auto reopen = [&] {
        if (open)
            open->open(m_databasePath);
    };
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString side = m_databasePath + suffix;
        if (QFile::exists(side) && !QFile::remove(side)) {
            target.cancelWriting();
            reopen();
            return tr("The database's journal file could not be removed, so nothing was restored.");
        }
    }

    // 5. The atomic swap: rename() replaces the old file in one step.
    if (!target.commit()) {
        reopen();
        return tr("The restored file could not replace the database: %1. Nothing was changed.")
            .arg(target.errorString());
    }
    syncDirectory(QFileInfo(m_databasePath).absolutePath());
    if (safetyCopy)
        *safetyCopy = copy;

    if (open && !open->open(m_databasePath))
        return tr("The backup was restored but could not be opened: %1").arg(open->errorString());
    return std::nullopt;
}

} // namespace nc

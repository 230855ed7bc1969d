#include "backupmanager.h"

#include "ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nc {

namespace {

const QLatin1String kStampFormat("yyyyMMdd'T'HHmmss'Z'");
// The name's mark of the copy made automatically before a restore.
const QLatin1String kBeforeRestoreTag("-before-restore");
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

// Writes a consistent copy of `db` into `folder` as <base>-<stamp><tag>.sqlite: under another name
// first, so an interrupted copy never looks like a backup. Two copies within one second take the
// next free second, so every backup has a time of its own.
Expected<QString> writeCopy(
    Database &db, const QString &folder, const QString &base, QDateTime stamp, const QString &tag)
{
    auto nameAt = [&](const QDateTime &utc, const QString &mark) {
        return QDir(folder).filePath(
            QStringLiteral("%1-%2%3.sqlite").arg(base, utc.toString(kStampFormat), mark));
    };
    while (QFile::exists(nameAt(stamp, QString())) || QFile::exists(nameAt(stamp, kBeforeRestoreTag)))
        stamp = stamp.addSecs(1);
    const QString target = nameAt(stamp, tag);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QString error;
    if (!db.backupTo(partial, &error)) {
        QFile::remove(partial);
        return InputError { QString(),
            BackupManager::tr("The backup could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(folder), error) };
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return InputError {
            QString(),
            BackupManager::tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(folder))
        };
    }
    syncDirectory(folder);
    return target;
}

// A table's columns and primary key, as SQLite reports them.
struct TableShape
{
    QString name;
    QStringList columns;
    QStringList key;
};

QList<TableShape> tablesOf(const QSqlDatabase &db, const QString &schema = QStringLiteral("main"))
{
    QList<TableShape> tables;
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name")
            .arg(schema));
    while (q.next())
        tables.append({ q.value(0).toString(), {}, {} });
    for (TableShape &table : tables) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA %1.table_info(\"%2\")").arg(schema, table.name));
        QMap<int, QString> key;
        while (info.next()) {
            table.columns << info.value(1).toString();
            if (info.value(5).toInt() > 0)
                key.insert(info.value(5).toInt(), info.value(1).toString());
        }
        table.key = key.values();
    }
    return tables;
}

// The tables that hold a profile's data, as both files have them: the columns they share, and the
// column naming the profile. A table only one file has is left out (and left alone).
struct ProfileTable
{
    QString name;
    QStringList columns;
    QStringList key;
    QString patientColumn;
    bool settings = false; // the profile itself and its settings, not entries
};

QList<ProfileTable> profileTables(const QSqlDatabase &current, const QSqlDatabase &backup,
    const QString &currentSchema = QStringLiteral("main"),
    const QString &backupSchema = QStringLiteral("main"))
{
    QHash<QString, QStringList> backupColumns;
    for (const auto &table : tablesOf(backup, backupSchema))
        backupColumns.insert(table.name, table.columns);
    QList<ProfileTable> tables;
    for (const auto &table : tablesOf(current, currentSchema)) {
        if (!backupColumns.contains(table.name))
            continue;
        ProfileTable shared { table.name, {}, table.key, {}, false };
        for (const QString &column : table.columns) {
            if (backupColumns.value(table.name).contains(column))
                shared.columns << column;
        }
        if (table.name == QLatin1String("patients"))
            shared.patientColumn = QStringLiteral("id");
        else if (shared.columns.contains(QLatin1String("patient_id")))
            shared.patientColumn = QStringLiteral("patient_id");
        else
            continue;
        shared.settings = table.name == QLatin1String("patients")
            || table.name == QLatin1String("patient_settings") || table.name == QLatin1String("preferences");
        if (shared.key.isEmpty())
            shared.key = shared.columns; // no declared key: the whole row is its identity
        tables.append(shared);
    }
    return tables;
}

QString quoted(const QStringList &columns)
{
    QStringList list;
    for (const QString &column : columns)
        list << QLatin1Char('"') + column + QLatin1Char('"');
    return list.join(QStringLiteral(", "));
}

// The live database and a backup side by side on a connection of their own, with URI file names
// so "mode=ro" holds: SQL compares them, or copies a profile's rows, without a row leaving SQLite.
// The backup ("bak") is always read-only; the live database is "cur", read-only, or, to restore
// into it, the connection's own "main", writable.
class SideBySide
{
public:
    enum class Live { ReadOnly, Writable };

    SideBySide(const QString &current, const QString &backup, Live live = Live::ReadOnly)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_current(live == Live::Writable ? QStringLiteral("main") : QStringLiteral("cur"))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(live == Live::Writable ? current : QStringLiteral(":memory:"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = m_db.open() && (live == Live::Writable || attach(current, m_current))
            && attach(backup, QStringLiteral("bak"));
        // As on the app's own connection (Database::configure).
        if (m_ok && live == Live::Writable)
            m_ok = QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~SideBySide()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return m_db; }
    QString current() const { return m_current; }

private:
    bool attach(const QString &path, const QString &alias)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(alias));
        q.addBindValue(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?mode=ro"));
        return q.exec();
    }

    QString m_name;
    QString m_current;
    QSqlDatabase m_db;
    bool m_ok = false;
};

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
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}T\\d{6}Z)(%2)?\\.sqlite$").arg(base, kBeforeRestoreTag));
    QList<BackupInfo> list;
    const auto entries = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo &info : entries) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        list.append({ info.absoluteFilePath(), created, info.size(), match.hasCaptured(2) });
    }
    std::sort(list.begin(), list.end(),
        [](const BackupInfo &a, const BackupInfo &b) { return a.created > b.created; });
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
    auto made = writeCopy(db, folder(), QFileInfo(m_databasePath).completeBaseName(), now(), QString());
    if (made)
        prune();
    return made;
}

Expected<QString> BackupManager::backUpBeforeRestore(Database &db)
{
    QString error;
    if (!ensureFolder(&error))
        return InputError { QString(), error };
    auto made
        = writeCopy(db, folder(), QFileInfo(m_databasePath).completeBaseName(), now(), kBeforeRestoreTag);
    if (made)
        prune();
    return made;
}

Expected<QString> BackupManager::backUpToFolder(Database &db, const QString &folder)
{
    if (!db.isOpen())
        return InputError { QString(), tr("The database is not open, so it cannot be backed up.") };
    if (!QFileInfo(folder).isDir())
        return InputError { QString(),
            tr("The folder %1 cannot be found. Is the drive still connected?")
                .arg(QDir::toNativeSeparators(folder)) };
    return writeCopy(
        db, folder, QFileInfo(db.path()).completeBaseName(), QDateTime::currentDateTimeUtc(), QString());
}

BackupInfo BackupManager::describeFile(const QString &path)
{
    const QFileInfo info(path);
    BackupInfo backup { info.absoluteFilePath(), info.lastModified().toUTC(), info.size(), false };
    const auto match
        = QRegularExpression(QStringLiteral("-(\\d{8}T\\d{6}Z)(%1)?\\.sqlite$").arg(kBeforeRestoreTag))
              .match(info.fileName());
    if (match.hasMatch()) {
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        if (created.isValid())
            backup.created = created;
        backup.beforeRestore = match.hasCaptured(2);
    }
    return backup;
}

Expected<QList<ProfileChange>> BackupManager::compare(Database &current, const QString &backupPath)
{
    const FileCheck verdict = check(backupPath);
    if (!verdict.ok)
        return InputError { QString(), verdict.problem };
    const SideBySide files(current.path(), backupPath);
    if (!files.ok())
        return InputError { QString(),
            tr("The file %1 could not be opened.").arg(QDir::toNativeSeparators(backupPath)) };
    const QSqlDatabase db = files.db();

    QMap<qint64, ProfileChange> changes; // by id, so the order is stable
    auto profile = [&](qint64 id) -> ProfileChange & {
        auto it = changes.find(id);
        if (it == changes.end()) {
            ProfileChange change;
            change.patientId = id;
            it = changes.insert(id, change);
        }
        return *it;
    };
    // Per profile, the rows counted by `sql`: entries, or a mark on the settings.
    auto count = [&](const ProfileTable &table, const QString &sql, int ProfileChange::*entries) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return false;
        while (q.next()) {
            ProfileChange &change = profile(q.value(0).toLongLong());
            if (table.settings)
                change.settingsDiffer = change.settingsDiffer || q.value(1).toInt() > 0;
            else
                change.*entries += q.value(1).toInt();
        }
        return true;
    };
    for (const ProfileTable &table : profileTables(db, db, QStringLiteral("cur"), QStringLiteral("bak"))) {
        const QString columns = quoted(table.columns);
        // Rows now that the backup does not hold as they are: made or changed since.
        const QString newer = QStringLiteral("SELECT \"%1\", count(*) FROM (SELECT %2 FROM cur.\"%3\" EXCEPT "
                                             "SELECT %2 FROM bak.\"%3\") GROUP BY \"%1\"")
                                  .arg(table.patientColumn, columns, table.name);
        // Rows in the backup whose key is gone now: deleted since (IS, so a NULL matches a NULL).
        QStringList same;
        for (const QString &column : table.key)
            same << QStringLiteral("c.\"%1\" IS b.\"%1\"").arg(column);
        const QString deleted
            = QStringLiteral("SELECT b.\"%1\", count(*) FROM bak.\"%2\" AS b WHERE NOT EXISTS "
                             "(SELECT 1 FROM cur.\"%2\" AS c WHERE %3) GROUP BY b.\"%1\"")
                  .arg(table.patientColumn, table.name, same.join(QStringLiteral(" AND ")));
        if (!count(table, newer, &ProfileChange::newerEntries)
            || !count(table, deleted, &ProfileChange::deletedEntries))
            return InputError { QString(),
                tr("The file %1 could not be compared with your data.")
                    .arg(QDir::toNativeSeparators(backupPath)) };
    }
    // Which profiles each file has, and their names: from the patients table itself.
    for (const auto &[schema, inCurrent] :
        { std::pair { QStringLiteral("cur"), true }, std::pair { QStringLiteral("bak"), false } }) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, name FROM %1.patients").arg(schema));
        while (q.next()) {
            ProfileChange &change = profile(q.value(0).toLongLong());
            if (inCurrent) {
                change.inCurrent = true;
                change.name = q.value(1).toString();
            } else {
                change.inBackup = true;
                if (change.name.isEmpty())
                    change.name = q.value(1).toString();
            }
        }
    }
    QList<ProfileChange> list;
    for (const auto &change : std::as_const(changes)) {
        if (change.inCurrent)
            list.append(change);
    }
    for (const auto &change : std::as_const(changes)) {
        if (!change.inCurrent && change.inBackup)
            list.append(change);
    }
    return list;
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
        auto made = backUpBeforeRestore(*open);
        if (!made)
            return tr("The current data could not be backed up first, so nothing was restored. %1")
                .arg(made.error().message);
        copy = *made;
    } else if (QFile::exists(m_databasePath)) {
        Database current;
        if (check(m_databasePath).ok && current.open(m_databasePath)) {
            auto made = backUpBeforeRestore(current);
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

std::optional<QString> BackupManager::restoreProfile(
    const QString &backupPath, Database &open, qint64 patientId, QString *safetyCopy)
{
    const FileCheck verdict = check(backupPath);
    if (!verdict.ok)
        return tr("This backup cannot be used. %1 Nothing was changed.").arg(verdict.problem);
    if (sameFile(backupPath, open.path()))
        return tr("This is the database itself, not a backup. Nothing was changed.");
    // Rows move between files column by column: both must have the same tables.
    if (verdict.schemaVersion != Database::kSchemaVersion)
        return tr("This backup was made by another version of NeutroCare, so one profile cannot be taken "
                  "from it. Restore all of it instead. Nothing was changed.");
    if (!open.isOpen())
        return tr("The database is not open. Nothing was changed.");

    SideBySide files(open.path(), backupPath, SideBySide::Live::Writable);
    if (!files.ok())
        return tr("The backup could not be opened. Nothing was changed.");
    const QSqlDatabase db = files.db();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM bak.patients WHERE id = ?"));
        q.addBindValue(patientId);
        if (!q.exec() || !q.next())
            return tr("This backup holds no data for this profile. Nothing was changed.");
    }

    auto made = backUpBeforeRestore(open);
    if (!made)
        return tr("The current data could not be backed up first, so nothing was restored. %1")
            .arg(made.error().message);

    // One transaction on the live file, through a connection that also sees the backup: the app's
    // own connection reads the result as soon as it commits.
    Transaction tx(db);
    QSqlQuery q(db);
    auto run = [&q](const QString &sql) { return q.exec(sql); };
    // Checked at commit, so rows can go in in any order.
    run(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const QString id = QString::number(patientId);
    for (const ProfileTable &table : profileTables(db, db, files.current(), QStringLiteral("bak"))) {
        const QString columns = quoted(table.columns);
        bool done = false;
        if (table.name == QLatin1String("patients")) {
            // The profile row is updated in place: deleting it would cascade through every table.
            QStringList set;
            for (const QString &column : table.columns)
                set << QStringLiteral("\"%1\" = excluded.\"%1\"").arg(column);
            done = run(
                QStringLiteral("INSERT INTO main.patients (%1) SELECT %1 FROM bak.patients WHERE id = %2 "
                               "ON CONFLICT(id) DO UPDATE SET %3")
                    .arg(columns, id, set.join(QStringLiteral(", "))));
        } else if (table.key == QStringList { QStringLiteral("id") }) {
            // A row keeps its id unless another profile's row took it since (SQLite reuses the
            // highest id once it is deleted); then it gets a new one.
            QStringList rest = table.columns;
            rest.removeAll(QStringLiteral("id"));
            done = run(QStringLiteral("DELETE FROM main.\"%1\" WHERE patient_id = %2").arg(table.name, id))
                && run(QStringLiteral(
                    "INSERT INTO main.\"%1\" (%2) SELECT %2 FROM bak.\"%1\" AS b WHERE "
                    "b.patient_id = %3 AND NOT EXISTS (SELECT 1 FROM main.\"%1\" AS c WHERE c.id = b.id)")
                           .arg(table.name, columns, id))
                && run(QStringLiteral(
                    "INSERT INTO main.\"%1\" (%2) SELECT %2 FROM bak.\"%1\" AS b WHERE "
                    "b.patient_id = %3 AND EXISTS (SELECT 1 FROM main.\"%1\" AS c WHERE c.id = b.id "
                    "AND c.patient_id <> %3)")
                           .arg(table.name, quoted(rest), id));
        } else {
            done = run(QStringLiteral("DELETE FROM main.\"%1\" WHERE patient_id = %2").arg(table.name, id))
                && run(QStringLiteral(
                    "INSERT INTO main.\"%1\" (%2) SELECT %2 FROM bak.\"%1\" WHERE patient_id = %3")
                           .arg(table.name, columns, id));
        }
        if (!done)
            return tr("The profile could not be restored (%1). Nothing was changed.")
                .arg(q.lastError().text());
    }
    if (!tx.commit().isEmpty())
        return tr("The profile could not be restored: the database refused the change. Nothing was changed.");
    if (safetyCopy)
        *safetyCopy = *made;
    return std::nullopt;
}

} // namespace nc

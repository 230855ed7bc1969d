#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace nc {

// What a backup (or any database file) looks like when checked read-only.
struct FileCheck
{
    bool ok = false;
    QString problem; // a sentence for a person when !ok
    int schemaVersion = -1; // PRAGMA user_version, -1 when unreadable
};

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC, from the file name
    qint64 size = 0; // bytes
    bool beforeRestore = false; // the copy made automatically before a restore
};

// How one profile's data now differs from a backup: what restoring the backup would undo.
struct ProfileChange
{
    qint64 patientId = 0;
    QString name; // as it is now, or as in the backup for a profile deleted since
    bool inCurrent = false;
    bool inBackup = false;
    int newerEntries = 0; // entries now that the backup lacks or holds otherwise: lost by a restore
    int deletedEntries = 0; // entries in the backup deleted since: a restore brings them back
    bool settingsDiffer = false; // name, care team, unit, protocol or preferences
};

// Rolling backups of one database file (DESIGN.md "Data safety"): copies made with VACUUM INTO
// into an owner-only "backups" folder next to the database, named <base>-<yyyyMMddTHHmmssZ>.sqlite
// so the names sort by time; one a day, the newest kKeep kept. Restore checks the backup, backs up
// the current database, and swaps the file in with a rename, so a failure at any step leaves the
// current database as it was.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(nc::BackupManager)
public:
    static constexpr int kKeep = 14;
    using Clock = std::function<QDateTime()>; // the current time; tests inject one

    explicit BackupManager(QString databasePath, Clock clock = {});

    QString databasePath() const { return m_databasePath; }
    QString folder() const;

    // Newest first. Only finished backups: a copy interrupted half-way never shows up here.
    QList<BackupInfo> backups() const;
    std::optional<BackupInfo> latestGood() const;

    // True when no backup was made yet on the current UTC day.
    bool isDue() const;
    // Makes a backup now and prunes to kKeep; the new file's path, or why it failed.
    Expected<QString> backUp(Database &db);
    // Makes a backup if one is due; the new path, nothing when none was due, or the error.
    Expected<QString> backUpIfDue(Database &db);

    // Opens the file read-only and checks it: SQLite's quick_check, and a NeutroCare schema no newer
    // than this app's. Never changes the file.
    static FileCheck check(const QString &path);

    // Writes a backup into `folder` (a USB stick, say), under the same kind of name, owner-only; the
    // folder's other files are left alone. The new file's path, or why it failed.
    static Expected<QString> backUpToFolder(Database &db, const QString &folder);

    // A backup file chosen by the person (Restore from file…): its time from a NeutroCare backup
    // name, else the file's modification time.
    static BackupInfo describeFile(const QString &path);

    // Compares the open database with a backup, opened read-only, profile by profile (by id),
    // current profiles first. Entries are the rows of every per-profile table but the settings.
    static Expected<QList<ProfileChange>> compare(Database &current, const QString &backupPath);

    // Replaces the database with `backupPath`. `open` is the database if it is open (it is closed
    // and reopened on the restored file); without it the file is treated as closed, which is how a
    // damaged database is restored at start-up. On success `safetyCopy` names the copy of what was
    // replaced. Returns the error, if any.
    std::optional<QString> restore(const QString &backupPath, Database *open, QString *safetyCopy = nullptr);

    // Replaces one profile's data (its settings and every entry) with that in `backupPath`, in one
    // transaction, after a backup of the current data; the other profiles stay as they are. The
    // backup file is only read.
    std::optional<QString> restoreProfile(
        const QString &backupPath, Database &open, qint64 patientId, QString *safetyCopy = nullptr);

private:
    QString nameFor(const QDateTime &utc, const QString &tag = {}) const;
    Expected<QString> backUpBeforeRestore(Database &db);
    bool ensureFolder(QString *error) const;
    void prune() const;
    QDateTime now() const;
    std::optional<QString> copyAside(const QString &tag, QString *copy) const;

    QString m_databasePath;
    Clock m_clock;
};

} // namespace nc

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

    // Replaces the database with `backupPath`. `open` is the database if it is open (it is closed
    // and reopened on the restored file); without it the file is treated as closed, which is how a
    // damaged database is restored at start-up. On success `safetyCopy` names the copy of what was
    // replaced. Returns the error, if any.
    std::optional<QString> restore(const QString &backupPath, Database *open, QString *safetyCopy = nullptr);

private:
    QString nameFor(const QDateTime &utc, const QString &tag = {}) const;
    bool ensureFolder(QString *error) const;
    void prune() const;
    QDateTime now() const;
    std::optional<QString> copyAside(const QString &tag, QString *copy) const;

    QString m_databasePath;
    Clock m_clock;
};

} // namespace nc

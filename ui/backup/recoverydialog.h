#pragma once

#include "storage/backupmanager.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace nc {

// What start-up can do when the database does not open: the decision, apart from the window.
// A damaged file may be replaced by the newest backup that passes its check, or by a file the
// person picks; a file from a newer NeutroCare, or one that cannot be reached, only by updating
// or fixing it outside the app. Never an empty database in its place. A clinic server that is down
// or refuses the login may be tried again, or the data on this computer opened instead.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(nc::DatabaseRecovery)
public:
    // `db` is the database whose open() failed; it is opened again by a successful restore.
    DatabaseRecovery(Database &db, BackupManager backups);

    QString headline() const;
    QString explanation() const;
    QString details() const { return m_db.errorString(); }
    bool canRestore() const { return m_db.problem() == Database::Problem::Damaged; }
    // The database is a clinic server: the way out is to try again or work locally.
    bool isServer() const { return m_db.engine() == Engine::PostgreSQL; }
    // A server that did not answer, refused the login or is not set up yet may do otherwise on the
    // next try; a newer one will not.
    bool canRetry() const
    {
        return isServer()
            && (m_db.problem() == Database::Problem::Unavailable
                || m_db.problem() == Database::Problem::Refused
                || m_db.problem() == Database::Problem::NotSetUp);
    }
    const std::optional<BackupInfo> &latestGood() const { return m_latestGood; }

    std::optional<QString> restoreLatest();
    std::optional<QString> restoreFrom(const QString &path);
    // Connects to the server again; empty when it opened.
    std::optional<QString> retry();
    // Opens the database file at `path` (this computer's) in the server's place.
    std::optional<QString> openLocal(const QString &path);

private:
    Database &m_db;
    BackupManager m_backups;
    std::optional<BackupInfo> m_latestGood;
};

// The start-up dialog over a DatabaseRecovery: the message in plain words, then "Restore the
// backup of …", "Restore from another file…" (a damaged file) or "Try again" and "Open the data on
// this computer" (a server), and "Quit". Accepted once the database is open.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(DatabaseRecovery &recovery, QWidget *parent = nullptr);

    QString errorText() const;

private:
    void finish(const std::optional<QString> &error);

    DatabaseRecovery &m_recovery;
    QLabel *m_error;
};

} // namespace nc

#pragma once

#include "storage/backupmanager.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace nc {

// What start-up can do when the database does not open: the decision, apart from the window.
// A damaged file may be replaced by the newest backup that passes its check, or by a file the
// person picks; a file from a newer NeutroCare, or one that cannot be reached, only by updating
// or fixing it outside the app. Never an empty database in its place.
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
    const std::optional<BackupInfo> &latestGood() const { return m_latestGood; }

    std::optional<QString> restoreLatest();
    std::optional<QString> restoreFrom(const QString &path);

private:
    Database &m_db;
    BackupManager m_backups;
    std::optional<BackupInfo> m_latestGood;
};

// The start-up dialog over a DatabaseRecovery: the message in plain words, then "Restore the
// backup of …", "Restore from another file…" and "Quit". Accepted once the database is open.
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

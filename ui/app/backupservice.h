#pragma once

#include "session.h"
#include "storage/backupmanager.h"

#include <QObject>
#include <QTimer>

namespace nc {

// The backups of the session's database while the app runs: one a day (checked every hour, on
// the session's clock, so tests move time), "Back up now", and restore with a session reload.
class BackupService : public QObject
{
    Q_OBJECT
public:
    explicit BackupService(Session &session, QObject *parent = nullptr);

    BackupManager manager() const;
    QList<BackupInfo> backups() const { return manager().backups(); }

    // Makes the day's backup if none was made yet; what the timer runs.
    void backUpIfDue();
    Expected<QString> backUpNow();
    // Checks the backup, backs up the current data, swaps the file and reloads the session.
    std::optional<QString> restore(const QString &backupPath);

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    Session &m_session;
    QTimer m_timer;
};

} // namespace nc

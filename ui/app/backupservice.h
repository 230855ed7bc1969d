#pragma once

#include "session.h"
#include "storage/backupmanager.h"

#include <QObject>
#include <QTimer>

namespace nc {

// The backups of the session's database while the app runs: one a day (checked every hour, on
// the session's clock, so tests move time), "Back up now", "Back up to…" a folder, and restore (all
// of it, or one profile's data) with a session reload.
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
    // A backup into a folder the person chose (a USB stick); not one of the rolling backups.
    Expected<QString> backUpTo(const QString &folder);

    // The profiles as they are now, and what restoring `backupPath` would change in each.
    QList<Patient> profiles() const { return m_session.patients(); }
    qint64 currentProfile() const { return m_session.patientId(); }
    Expected<QList<ProfileChange>> compare(const QString &backupPath) const;

    // Checks the backup, backs up the current data, swaps the file and reloads the session.
    std::optional<QString> restore(const QString &backupPath);
    // Replaces one profile's data with the backup's (the current data is backed up first); the
    // other profiles stay as they are.
    std::optional<QString> restoreProfile(const QString &backupPath, qint64 patientId);

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    Session &m_session;
    QTimer m_timer;
};

} // namespace nc

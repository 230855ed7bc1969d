#include "backupservice.h"

namespace nc {

namespace {
constexpr int kCheckEveryMinutes = 60;
// The first check waits a little, so a big database is not copied while the window first paints.
constexpr int kFirstCheckSeconds = 60;
} // namespace

BackupService::BackupService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(kCheckEveryMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupService::backUpIfDue);
    m_timer.start();
    QTimer::singleShot(kFirstCheckSeconds * 1000, this, &BackupService::backUpIfDue);
}

BackupManager BackupService::manager() const
{
    Session *session = &m_session;
    return BackupManager(m_session.database().path(), [session] { return session->now(); });
}

void BackupService::backUpIfDue()
{
    // A clinic server is backed up by its administrator with pg_dump (docs/clinic-server.md), never
    // by each computer that connects to it; only File ▸ Back up now says so, when asked.
    if (!m_session.database().isOpen() || m_session.database().engine() != Engine::SQLite
        || !manager().isDue())
        return;
    backUpNow();
}

Expected<QString> BackupService::backUpNow()
{
    auto made = manager().backUp(m_session.database());
    if (made)
        Q_EMIT backedUp(*made);
    else
        Q_EMIT failed(made.error().message);
    return made;
}

Expected<QString> BackupService::backUpTo(const QString &folder)
{
    auto made = BackupManager::backUpToFolder(m_session.database(), folder);
    if (made)
        Q_EMIT backedUp(*made);
    else
        Q_EMIT failed(made.error().message);
    return made;
}

Expected<QList<ProfileChange>> BackupService::compare(const QString &backupPath) const
{
    return BackupManager::compare(m_session.database(), backupPath);
}

std::optional<QString> BackupService::restoreProfile(const QString &backupPath, qint64 patientId)
{
    auto error = manager().restoreProfile(backupPath, m_session.database(), patientId);
    // The undo history may name rows the restore replaced: it goes, as after a whole restore.
    if (!error)
        m_session.reload();
    return error;
}

std::optional<QString> BackupService::restore(const QString &backupPath)
{
    auto error = manager().restore(backupPath, &m_session.database());
    // On failure the same file is open again with the same rows, so the undo history still holds.
    if (!error)
        m_session.reload();
    return error;
}

} // namespace nc

#pragma once

#include "app/backupservice.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace nc {

// File ▸ Restore from backup… (the rolling backups, newest first) and File ▸ Restore from file…
// (one file the person chose, already checked): the backups with their local dates and sizes, and
// what to restore, every profile or one. Restore asks for confirmation in numbers (what each
// profile loses and gets back), then replaces the data; the current data is backed up first. On a
// failure the dialog stays open and says why.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(BackupService &service, QWidget *parent = nullptr);
    RestoreDialog(BackupService &service, QList<BackupInfo> backups, QWidget *parent = nullptr);

    QString errorText() const;

    // File ▸ Restore from file…: the person chooses a .sqlite file, checked like any backup (SQLite's
    // quick_check, a data version this app reads); nothing when they cancel or it was refused (then
    // a message said why).
    static std::optional<BackupInfo> chooseFile(QWidget *parent);

    // How a backup is listed: its local date and time, its size, and what made it.
    static QString describe(const BackupInfo &backup);
    // A backup's time for a person: local, the date in full.
    static QString when(const QDateTime &utc);
    // The confirmation: what restoring `backup` does to each profile, in numbers; `onlyPatient`
    // when one profile's data is restored and the others stay.
    static QString confirmation(
        const BackupInfo &backup, const QList<ProfileChange> &changes, std::optional<qint64> onlyPatient);

private:
    void restoreSelected();
    bool confirm(const QString &question);

    BackupService &m_service;
    QList<BackupInfo> m_backups;
    QListWidget *m_list;
    QComboBox *m_scope;
    QLabel *m_error;
    QPushButton *m_restore;
};

} // namespace nc

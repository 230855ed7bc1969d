#pragma once

#include "app/backupservice.h"

#include <QDialog>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace nc {

// File ▸ Restore from backup…: the backups with their dates and sizes, newest first; Restore asks
// for confirmation, then replaces the data (the current data is backed up first). On a failure the
// dialog stays open and says why.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(const QString &question)>;

    RestoreDialog(BackupService &service, QWidget *parent = nullptr);

    // Tests answer the confirmation here instead of a message box.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QString errorText() const;

    // How a backup is listed: its local date and time and its size.
    static QString describe(const BackupInfo &backup);

private:
    void restoreSelected();

    BackupService &m_service;
    QList<BackupInfo> m_backups;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_restore;
    Confirm m_confirm;
};

} // namespace nc

#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

RestoreDialog::RestoreDialog(BackupService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_backups(service.backups())
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    setModal(true);

    auto *intro
        = new QLabel(tr("NeutroCare keeps a copy of your data every day, for the last %n days. Choose the "
                        "copy to go back to. Your data as it is now is saved first, so nothing is lost.",
                         nullptr, BackupManager::kKeep),
            this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    for (const auto &backup : m_backups)
        m_list->addItem(describe(backup));
    m_list->setCurrentRow(0);

    auto *none
        = new QLabel(tr("There are no backups yet. The first one is made while NeutroCare runs, or with "
                        "File ▸ Back up now."),
            this);
    none->setObjectName(QStringLiteral("noBackups"));
    none->setWordWrap(true);
    none->setVisible(m_backups.isEmpty());
    m_list->setVisible(!m_backups.isEmpty());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    m_restore->setEnabled(!m_backups.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(none);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Restore from a backup"), question) == QMessageBox::Yes;
    };
}

QString RestoreDialog::describe(const BackupInfo &backup)
{
    const QLocale locale;
    return tr("%1 — %2").arg(locale.toString(backup.created.toLocalTime(), QLocale::LongFormat),
        locale.formattedDataSize(backup.size, 1));
}

QString RestoreDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RestoreDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    const BackupInfo backup = m_backups.at(row);
    const QString question
        = tr("Go back to your data as it was on %1? Anything entered after that will no longer "
             "show. Your data as it is now is saved first as another backup.")
              .arg(QLocale().toString(backup.created.toLocalTime(), QLocale::LongFormat));
    if (!m_confirm(question))
        return;
    if (const auto error = m_service.restore(backup.path)) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace nc

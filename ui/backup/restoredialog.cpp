#include "restoredialog.h"

#include "widgets/dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

RestoreDialog::RestoreDialog(BackupService &service, QWidget *parent)
    : RestoreDialog(service, service.backups(), parent)
{ }

RestoreDialog::RestoreDialog(BackupService &service, QList<BackupInfo> backups, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_backups(std::move(backups))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    setModal(true);

    // The rolling backups, or a file the person chose (a list of one outside the backup folder).
    const bool chosenFile = m_backups.size() == 1
        && QFileInfo(m_backups.first().path).absolutePath()
            != QFileInfo(service.manager().folder()).absoluteFilePath();
    auto *intro = new QLabel(chosenFile
            ? tr("Restore from the file %1. Your data as it is now is saved first, so nothing is lost.")
                  .arg(QDir::toNativeSeparators(m_backups.first().path))
            : tr("NeutroCare keeps a copy of your data every day, for the last %n days. Choose the "
                 "copy to go back to. Your data as it is now is saved first, so nothing is lost.",
                nullptr, BackupManager::kKeep),
        this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    // Dates in full, never cut: long ones wrap.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
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

    // What to restore: with several profiles, one of them can go back while the others stay.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("restoreScope"));
    m_scope->setAccessibleName(tr("What to restore"));
    const auto profiles = service.profiles();
    m_scope->addItem(tr("Every profile (%n in all)", nullptr, int(profiles.size())), QVariant());
    for (const auto &profile : profiles) {
        m_scope->addItem(tr("Only %1, the others stay as they are").arg(profile.name), profile.id);
        if (profile.id == service.currentProfile())
            m_scope->setCurrentIndex(m_scope->count() - 1);
    }
    // A plain row: a form layout's wrapping rows lost the label in large text.
    auto *scopeLabel = new QLabel(tr("Res&tore:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    const bool several = profiles.size() > 1;
    m_scope->setVisible(several);
    scopeLabel->setVisible(several);
    if (!several)
        m_scope->setCurrentIndex(0);

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
    layout->addLayout(scopeRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool RestoreDialog::confirm(const QString &question)
{
    // A box of its own name, so the GUI tests find it as the next dialog and read its words.
    QMessageBox box(QMessageBox::Warning, tr("Restore from a backup"), question,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("restoreConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("&Restore"));
    box.setDefaultButton(QMessageBox::Cancel);
    return MessageBox::exec(box) == QMessageBox::Yes;
}

std::optional<BackupInfo> RestoreDialog::chooseFile(QWidget *parent)
{
    const QString path = FileDialog::getOpenFileName(
        parent, tr("Restore from a file"), QString(), tr("NeutroCare data (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    const FileCheck verdict = BackupManager::check(path);
    if (!verdict.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Restore from a file"),
            tr("This file cannot be restored. %1 Nothing was changed.").arg(verdict.problem), QMessageBox::Ok,
            parent);
        box.setObjectName(QStringLiteral("fileRefused"));
        MessageBox::exec(box);
        return std::nullopt;
    }
    return BackupManager::describeFile(path);
}

QString RestoreDialog::when(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return tr("%1 at %2", "a backup's date and time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
            locale.toString(local.time(), QLocale::ShortFormat));
}

QString RestoreDialog::describe(const BackupInfo &backup)
{
    const QLocale locale;
    // The seconds tell apart two backups made in the same minute.
    const QString time = tr("%1 — %2").arg(locale.toString(backup.created.toLocalTime(), QLocale::LongFormat),
        locale.formattedDataSize(backup.size, 1));
    return backup.beforeRestore ? tr("%1 — made automatically before a restore").arg(time) : time;
}

QString RestoreDialog::confirmation(
    const BackupInfo &backup, const QList<ProfileChange> &changes, std::optional<qint64> onlyPatient)
{
    QStringList lines;
    const QString copy = when(backup.created);
    if (onlyPatient) {
        QString name;
        for (const auto &change : changes) {
            if (change.patientId == *onlyPatient)
                name = change.name;
        }
        lines << tr("This replaces the data of %1 with the copy of %2. The other profiles stay as they are.")
                     .arg(name, copy);
    } else {
        const int current = int(std::count_if(
            changes.cbegin(), changes.cend(), [](const ProfileChange &change) { return change.inCurrent; }));
        lines << (current == 1
                ? tr("This replaces your data with the copy of %1.").arg(copy)
                : tr("This replaces all %n profiles with the copy of %1.", nullptr, current).arg(copy));
    }

    QStringList consequences;
    for (const auto &change : changes) {
        if (onlyPatient && change.patientId != *onlyPatient)
            continue;
        if (change.inCurrent && !change.inBackup) {
            consequences << tr(
                "%1, added since then, will be removed, with its %n record(s).", nullptr, change.newerEntries)
                                .arg(change.name);
            continue;
        }
        if (!change.inCurrent) {
            consequences << tr("%1, deleted since then, will come back, with its %n record(s).", nullptr,
                change.deletedEntries)
                                .arg(change.name);
            continue;
        }
        if (change.newerEntries > 0)
            consequences << tr(
                "%n record(s) made or changed since then, in %1, will be lost.", nullptr, change.newerEntries)
                                .arg(change.name);
        if (change.deletedEntries > 0)
            consequences << tr(
                "%n record(s) deleted since then, in %1, will come back.", nullptr, change.deletedEntries)
                                .arg(change.name);
        if (change.settingsDiffer)
            consequences << tr("The settings of %1 go back to what they were then.").arg(change.name);
    }
    if (consequences.isEmpty())
        consequences << tr("Nothing has changed since then, so nothing will be lost.");
    QStringList bullets;
    for (const QString &line : std::as_const(consequences))
        bullets << QStringLiteral("• ") + line;
    lines << bullets.join(QLatin1Char('\n'));

    lines << tr("Your data as it is now is saved first, as a backup made automatically before a restore.");
    // A blank line between what is replaced, what changes, and what is kept.
    return lines.join(QStringLiteral("\n\n"));
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
    const QVariant scope = m_scope->currentData();
    const std::optional<qint64> onlyPatient
        = scope.isValid() ? std::optional<qint64>(scope.toLongLong()) : std::nullopt;

    // The backup is read (never changed) to say what the restore would do, before asking.
    const auto changes = m_service.compare(backup.path);
    if (!changes) {
        m_error->setText(
            tr("This backup cannot be used. %1 Nothing was changed.").arg(changes.error().message));
        m_error->show();
        return;
    }
    if (onlyPatient) {
        const bool inBackup = std::any_of(changes->cbegin(), changes->cend(),
            [&](const ProfileChange &change) { return change.patientId == *onlyPatient && change.inBackup; });
        if (!inBackup) {
            m_error->setText(
                tr("This backup holds no data for this profile: it was added after the backup was "
                   "made. Nothing was changed."));
            m_error->show();
            return;
        }
    }
    if (!confirm(confirmation(backup, *changes, onlyPatient)))
        return;
    const auto error
        = onlyPatient ? m_service.restoreProfile(backup.path, *onlyPatient) : m_service.restore(backup.path);
    if (error) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace nc

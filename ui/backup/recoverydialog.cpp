#include "recoverydialog.h"

#include "widgets/dialogs.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

DatabaseRecovery::DatabaseRecovery(Database &db, BackupManager backups)
    : m_db(db)
    , m_backups(std::move(backups))
    , m_latestGood(canRestore() ? m_backups.latestGood() : std::nullopt)
{ }

QString DatabaseRecovery::headline() const
{
    if (canRetry())
        return tr("NeutroCare cannot reach the clinic server");
    switch (m_db.problem()) {
    case Database::Problem::Damaged:
        return tr("Your NeutroCare data is damaged");
    case Database::Problem::Newer:
        return tr("Your data needs a newer NeutroCare");
    default:
        return tr("NeutroCare cannot open your data");
    }
}

QString DatabaseRecovery::explanation() const
{
    if (canRetry()) {
        return tr("The details below say what the server answered. Check that this computer is connected to "
                  "the network, then try again; if the login was refused, ask the clinic for a new one. "
                  "Nothing has been changed.\n\nYou can also open the NeutroCare data kept on this computer "
                  "instead.");
    }
    switch (m_db.problem()) {
    case Database::Problem::Damaged:
        if (m_latestGood) {
            return tr(
                "The file with your data cannot be read safely. This can happen after a power cut or a disk "
                "problem. Nothing has been changed or deleted.\n\nA backup from %1 has been checked and is "
                "good. Restoring it brings back your data as it was then; anything entered later will be "
                "missing. The damaged file is kept.")
                .arg(QLocale().toString(m_latestGood->created.toLocalTime(), QLocale::LongFormat));
        }
        return tr(
            "The file with your data cannot be read safely. This can happen after a power cut or a disk "
            "problem. Nothing has been changed or deleted.\n\nNo good backup was found next to it. If you "
            "have a copy elsewhere (for example on a USB stick), restore from that file.");
    case Database::Problem::Newer:
        return tr(
            "Your data was saved by a newer version of NeutroCare than this one. Please install the newer "
            "version. Nothing has been changed.");
    default:
        return tr(
            "The file with your data could not be opened. Check that the disk is connected and that the "
            "file may be read and written. Nothing has been changed.");
    }
}

std::optional<QString> DatabaseRecovery::restoreLatest()
{
    if (!canRestore() || !m_latestGood)
        return tr("There is no good backup to restore.");
    return m_backups.restore(m_latestGood->path, &m_db);
}

std::optional<QString> DatabaseRecovery::restoreFrom(const QString &path)
{
    if (!canRestore())
        return tr("This data cannot be replaced from here.");
    return m_backups.restore(path, &m_db);
}

std::optional<QString> DatabaseRecovery::retry()
{
    if (m_db.open(m_db.path()))
        return std::nullopt;
    return m_db.errorString();
}

std::optional<QString> DatabaseRecovery::openLocal(const QString &path)
{
    if (m_db.open(path))
        return std::nullopt;
    return m_db.errorString();
}

RecoveryDialog::RecoveryDialog(DatabaseRecovery &recovery, QWidget *parent)
    : QDialog(parent)
    , m_recovery(recovery)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(recovery.headline());
    setModal(true);

    auto *headline = new QLabel(recovery.headline(), this);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setProperty("role", QStringLiteral("heading"));
    headline->setWordWrap(true);

    auto *explanation = new QLabel(recovery.explanation(), this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);

    auto *details = new QLabel(tr("Details: %1").arg(recovery.details()), this);
    details->setObjectName(QStringLiteral("details"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setProperty("role", QStringLiteral("subtle"));

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->hide();

    // In the order a person should consider them; the recommended one first and the default.
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    if (recovery.latestGood()) {
        auto *latest = new QPushButton(
            tr("Restore the backup of %1 (recommended)")
                .arg(QLocale().toString(recovery.latestGood()->created.toLocalTime(), QLocale::ShortFormat)),
            this);
        buttons->addWidget(latest);
        latest->setObjectName(QStringLiteral("restoreLatestButton"));
        latest->setAccessibleName(tr("Restore the latest good backup"));
        latest->setProperty("primary", true);
        latest->setDefault(true);
        connect(latest, &QPushButton::clicked, this, [this] { finish(m_recovery.restoreLatest()); });
    }
    if (recovery.canRestore()) {
        auto *other = new QPushButton(tr("Restore from &another file…"), this);
        buttons->addWidget(other);
        other->setObjectName(QStringLiteral("restoreOtherButton"));
        other->setAccessibleName(tr("Restore from another file"));
        connect(other, &QPushButton::clicked, this, [this] {
            const QString path = FileDialog::getOpenFileName(this, tr("Choose a NeutroCare backup"),
                QString(), tr("NeutroCare data (*.sqlite);;All files (*)"));
            if (!path.isEmpty())
                finish(m_recovery.restoreFrom(path));
        });
    }
    if (recovery.canRetry()) {
        auto *retry = new QPushButton(tr("&Try again"), this);
        buttons->addWidget(retry);
        retry->setObjectName(QStringLiteral("retryButton"));
        retry->setAccessibleName(tr("Try to connect to the clinic server again"));
        retry->setProperty("primary", true);
        retry->setDefault(true);
        connect(retry, &QPushButton::clicked, this, [this] { finish(m_recovery.retry()); });
    }
    if (recovery.isServer()) {
        auto *local = new QPushButton(tr("Open the data on this &computer instead"), this);
        buttons->addWidget(local);
        local->setObjectName(QStringLiteral("openLocalButton"));
        local->setAccessibleName(tr("Open the NeutroCare data on this computer instead"));
        connect(local, &QPushButton::clicked, this,
            [this] { finish(m_recovery.openLocal(Database::defaultPath())); });
    }
    auto *quit = new QPushButton(tr("&Quit NeutroCare"), this);
    buttons->addWidget(quit);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAccessibleName(tr("Quit NeutroCare"));
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 18);
    layout->setSpacing(14);
    layout->addWidget(headline);
    layout->addWidget(explanation);
    layout->addWidget(details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setMinimumWidth(620);
}

QString RecoveryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecoveryDialog::finish(const std::optional<QString> &error)
{
    if (error) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace nc

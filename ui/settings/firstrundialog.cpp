#include "firstrundialog.h"

#include "profileform.h"
#include "settingsscreen.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

FirstRunDialog::FirstRunDialog(Database &db, bool firstRun, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_firstRun(firstRun)
    , m_form(new ProfileForm(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(firstRun ? tr("Welcome to NeutroCare") : tr("New profile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(firstRun ? tr("Welcome") : tr("A new profile"), this);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    auto *intro
        = new QLabel(tr("NeutroCare helps you keep an eye on your temperature and blood counts during "
                        "chemotherapy, and tells you clearly when to call your care team. Ask your nurse "
                        "which fever protocol and phone numbers to use. You can change all of this later "
                        "in Settings."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create profile"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createProfile"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void FirstRunDialog::accept()
{
    if (!m_form->validate().isEmpty())
        return;
    auto id = saveDraft(m_db, 0, m_form->draft());
    if (!id)
        return; // the form keeps everything typed; saveDraft's message is rare (disk full…)
    m_patientId = *id;
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (!m_firstRun)
        return QDialog::reject();
    QMessageBox box(QMessageBox::Question, tr("Quit NeutroCare?"),
        tr("Quit NeutroCare without creating a profile?"), QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("NeutroCare needs a profile to keep your readings in. Nothing has been saved yet."));
    QPushButton *quit = box.addButton(tr("&Quit NeutroCare"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitWithoutProfile"));
    QPushButton *back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("backToWelcome"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == quit)
        QDialog::reject();
}

} // namespace nc

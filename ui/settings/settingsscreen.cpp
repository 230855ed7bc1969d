#include "settingsscreen.h"

#include "app/appsettings.h"
#include "clinicvaluesform.h"
#include "widgets/lefttoright.h"
#include "widgets/scrollpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace nc {

namespace {
// A preset's name follows the language it was saved in: its id and rules are what count.
Protocol comparable(Protocol protocol)
{
    if (Protocol::preset(protocol.id))
        protocol.name.clear();
    return protocol;
}

// What Settings saves for a profile, the language and the clinic values aside (the language is
// stored at once; ClinicValuesForm::isEdited() compares the clinic values as typed).
bool sameProfile(const ProfileDraft &a, const ProfileDraft &b)
{
    return a.name == b.name && a.birthYear == b.birthYear && comparable(a.protocol) == comparable(b.protocol)
        && a.clinicName == b.clinicName && a.inHoursNumber == b.inHoursNumber
        && a.outOfHoursNumber == b.outOfHoursNumber && a.displayUnit == b.displayUnit;
}
} // namespace

ProfileDraft loadDraft(Session &session)
{
    ProfileDraft d;
    const auto patient = PatientRepository(session.database()).get(session.patientId());
    if (patient) {
        d.name = patient->name;
        d.birthYear = patient->birthYear;
    }
    const PatientSettings s = session.settings();
    d.protocol = s.protocol;
    d.clinicName = s.clinicName;
    d.inHoursNumber = s.inHoursNumber;
    d.outOfHoursNumber = s.outOfHoursNumber;
    d.displayUnit = s.displayUnit;
    d.language = s.language;
    d.clinicLlnAnc = s.clinicLlnAnc;
    d.baselineAnc = s.baselineAnc;
    return d;
}

Expected<qint64> saveDraft(Database &db, qint64 patientId, const ProfileDraft &d)
{
    PatientSettings s;
    s.protocol = d.protocol;
    s.clinicName = d.clinicName;
    s.inHoursNumber = d.inHoursNumber;
    s.outOfHoursNumber = d.outOfHoursNumber;
    s.displayUnit = d.displayUnit;
    s.language = d.language;
    s.clinicLlnAnc = d.clinicLlnAnc;
    s.baselineAnc = d.baselineAnc;
    return saveProfile(db, { patientId, d.name, d.birthYear }, s);
}

namespace appprefs {

namespace {
QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
        + QStringLiteral("/autostart/" NEUTROCARE_APP_ID ".desktop");
}
} // namespace

bool startMinimisedAtLogin()
{
    return QFile::exists(autostartPath());
}

QString setStartMinimisedAtLogin(bool on)
{
    const QString path = autostartPath();
    if (!on) {
        QFile::remove(path);
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("nc::Settings", "Could not write %1: %2")
            .arg(path, file.errorString());
    file.write("[Desktop Entry]\nType=Application\nName=NeutroCare\nExec=neutrocare --background\n"
               "Icon=" NEUTROCARE_APP_ID "\nX-GNOME-Autostart-enabled=true\n");
    return {};
}

} // namespace appprefs

SettingsScreen::SettingsScreen(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsScreen"));
    QVBoxLayout *layout = makeScrollPage(this, 14);
    QWidget *content = layout->parentWidget();

    auto *title = new QLabel(tr("Settings"), content);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    // What applies now comes from the stored settings, apart from the choices being edited below,
    // so an unsaved choice can never pass for the one in force.
    m_inForce = new QLabel(content);
    m_inForce->setObjectName(QStringLiteral("protocolInForce"));
    m_inForce->setProperty("card", true);
    m_inForce->setWordWrap(true);
    m_inForce->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_inForce);
    m_unsaved = new QLabel(tr("Unsaved changes: they apply only when you press “Save settings”."), content);
    m_unsaved->setObjectName(QStringLiteral("unsavedChanges"));
    m_unsaved->setProperty("role", QStringLiteral("error"));
    m_unsaved->setWordWrap(true);
    m_unsaved->hide();
    layout->addWidget(m_unsaved);
    m_form = new ProfileForm(content);
    layout->addWidget(m_form);
    m_clinicValues = new ClinicValuesForm(content);
    layout->addWidget(m_clinicValues);
    connect(m_form, &ProfileForm::protocolChanged, this,
        [this] { m_clinicValues->setProtocol(m_form->draft().protocol); });

    auto *appTitle = new QLabel(tr("On this computer"), content);
    appTitle->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(appTitle);
    m_layout = layout;
    m_appTitle = appTitle;
    auto *appForm = new QFormLayout;
    m_largeText = new QCheckBox(tr("&Large text everywhere"), content);
    m_largeText->setObjectName(QStringLiteral("largeText"));
    m_largeText->setAccessibleName(tr("Large text everywhere"));
    appForm->addRow(m_largeText);
    // The autostart entry runs `neutrocare --background`: no window, the reminders running.
    m_autostart = new QCheckBox(tr("Start NeutroCare when I log in, &minimised to the background"), content);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setAccessibleName(tr("Start in the background when I log in"));
    appForm->addRow(m_autostart);
    m_morning = new QTimeEdit(content);
    m_morning->setObjectName(QStringLiteral("reminderMorning"));
    m_morning->setAccessibleName(tr("Morning temperature reminder"));
    setFormatLeftToRight(m_morning, QLocale().timeFormat(QLocale::ShortFormat));
    appForm->addRow(tr("Morning &reminder (low-count days)"), m_morning);
    m_evening = new QTimeEdit(content);
    m_evening->setObjectName(QStringLiteral("reminderEvening"));
    m_evening->setAccessibleName(tr("Evening temperature reminder"));
    setFormatLeftToRight(m_evening, QLocale().timeFormat(QLocale::ShortFormat));
    appForm->addRow(tr("E&vening reminder (low-count days)"), m_evening);
    m_remindWhenClosed = new QCheckBox(tr("Keep reminding me when the &window is closed"), content);
    m_remindWhenClosed->setObjectName(QStringLiteral("remindWhenClosed"));
    m_remindWhenClosed->setAccessibleName(tr("Keep reminding me when the window is closed"));
    m_remindWhenClosed->setToolTip(
        tr("Closing the window leaves NeutroCare running, so reminders still reach you. File ▸ Quit quits."));
    appForm->addRow(m_remindWhenClosed);
    layout->addLayout(appForm);

    auto *row = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("&Save settings"), content);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    saveButton->setProperty("primary", true);
    saveButton->setAccessibleName(tr("Save settings"));
    row->addWidget(saveButton);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, &SettingsScreen::save);
    connect(&m_session, &Session::patientChanged, this, &SettingsScreen::reload);
    connect(&m_session, &Session::dataChanged, this, &SettingsScreen::showState);
    connect(m_form, &ProfileForm::changed, this, &SettingsScreen::showState);
    connect(m_form, &ProfileForm::languageChosen, this, &SettingsScreen::applyLanguage);
    connect(m_clinicValues, &ClinicValuesForm::changed, this, &SettingsScreen::showState);
    connect(m_largeText, &QCheckBox::toggled, this, &SettingsScreen::showState);
    connect(m_autostart, &QCheckBox::toggled, this, &SettingsScreen::showState);
    connect(m_morning, &QTimeEdit::timeChanged, this, &SettingsScreen::showState);
    connect(m_evening, &QTimeEdit::timeChanged, this, &SettingsScreen::showState);
    connect(m_remindWhenClosed, &QCheckBox::toggled, this, &SettingsScreen::showState);
    reload();
}

void SettingsScreen::addSection(QWidget *section)
{
    m_layout->insertWidget(m_layout->indexOf(m_appTitle), section);
}

void SettingsScreen::reload()
{
    if (!m_session.patientId())
        return;
    const ProfileDraft draft = loadDraft(m_session);
    m_loading = true;
    m_form->setDraft(draft);
    m_clinicValues->setValues(draft.baselineAnc, draft.clinicLlnAnc);
    m_clinicValues->setProtocol(draft.protocol);
    const AppSettings prefs;
    m_largeText->setChecked(prefs.value(AppSettings::Key::LargeText).toBool());
    m_autostart->setChecked(appprefs::startMinimisedAtLogin());
    m_morning->setTime(prefs.value(AppSettings::Key::MorningReminder).toTime());
    m_evening->setTime(prefs.value(AppSettings::Key::EveningReminder).toTime());
    m_remindWhenClosed->setChecked(prefs.value(AppSettings::Key::RemindWhenClosed).toBool());
    m_loading = false;
    m_status->clear();
    showState();
}

bool SettingsScreen::hasUnsavedChanges() const
{
    if (!m_session.patientId())
        return false;
    const ProfileDraft stored = loadDraft(m_session);
    const AppSettings prefs;
    return !sameProfile(m_form->draft(), stored) || m_clinicValues->isEdited()
        || m_largeText->isChecked() != prefs.value(AppSettings::Key::LargeText).toBool()
        || m_autostart->isChecked() != appprefs::startMinimisedAtLogin()
        || m_morning->time() != prefs.value(AppSettings::Key::MorningReminder).toTime()
        || m_evening->time() != prefs.value(AppSettings::Key::EveningReminder).toTime()
        || m_remindWhenClosed->isChecked() != prefs.value(AppSettings::Key::RemindWhenClosed).toBool();
}

void SettingsScreen::showState()
{
    if (m_loading || !m_session.patientId())
        return;
    const PatientSettings stored = m_session.settings();
    const Protocol inForce = stored.protocolInForce();
    m_inForce->setText(tr("In force now: %1, temperatures in %2. %3")
                           .arg(inForce.displayName(), units::temperatureUnitSymbol(stored.displayUnit),
                               ProfileForm::triggersText(inForce, stored.displayUnit)));
    const bool unsaved = hasUnsavedChanges();
    m_unsaved->setVisible(unsaved);
    if (unsaved)
        m_status->clear(); // "Saved." was about what came before this edit
}

void SettingsScreen::focusCareTeamNumbers()
{
    m_form->focusCareTeamNumbers();
}

SettingsScreen::Answer SettingsScreen::askAboutChanges(const QString &why)
{
    const PatientSettings stored = m_session.settings();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved settings"),
        tr("Your changes in Settings are not saved."), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("settingsGuard"));
    QString detail
        = tr("Until you save them, NeutroCare keeps using %1, with temperatures in %2.")
              .arg(stored.protocolInForce().displayName(), units::temperatureUnitSymbol(stored.displayUnit));
    if (!why.isEmpty())
        detail = why + QLatin1Char(' ') + detail;
    box.setInformativeText(detail);
    QPushButton *saveButton = box.addButton(tr("&Save changes"), QMessageBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("guardSave"));
    QPushButton *discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("guardDiscard"));
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("guardCancel"));
    box.setDefaultButton(saveButton);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == saveButton)
        return Answer::Save;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::KeepEditing;
}

bool SettingsScreen::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    switch (askAboutChanges(QString())) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        reload();
        return true;
    case Answer::KeepEditing:
        break;
    }
    return false;
}

bool SettingsScreen::storeLanguage(const QString &code)
{
    PatientSettings stored = m_session.settings();
    stored.language = code;
    if (const auto error = m_session.saveSettings(stored)) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(*error);
        return false;
    }
    return true;
}

void SettingsScreen::applyLanguage(const QString &code)
{
    // The language applies at once, as the README says: the window is rebuilt in it, and with it
    // this screen, so other edits not yet saved are asked about first.
    const QString stored = m_session.settings().language;
    if (m_loading || !m_session.patientId() || code == stored)
        return;
    const auto keepLanguage = [this, &stored] {
        m_loading = true;
        m_form->setLanguage(stored);
        m_loading = false;
    };
    if (hasUnsavedChanges()) {
        switch (askAboutChanges(tr("The window is shown again in the new language."))) {
        case Answer::Save:
            if (!save())
                keepLanguage();
            return; // save() asks for the new language
        case Answer::Discard:
            if (!storeLanguage(code))
                return keepLanguage();
            reload();
            break;
        case Answer::KeepEditing:
            return keepLanguage();
        }
    } else if (!storeLanguage(code)) {
        return keepLanguage();
    }
    Q_EMIT languageChanged(code);
}

bool SettingsScreen::save()
{
    if (!m_form->validate().isEmpty() || !m_clinicValues->validate().isEmpty())
        return false;
    const ProfileDraft before = loadDraft(m_session);
    ProfileDraft draft = m_form->draft();
    draft.clinicLlnAnc = m_clinicValues->clinicLlnAnc();
    draft.baselineAnc = m_clinicValues->baselineAnc();
    auto saved = saveDraft(m_session.database(), m_session.patientId(), draft);
    if (!saved) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(saved.error().message);
        return false;
    }
    QString problem = appprefs::setStartMinimisedAtLogin(m_autostart->isChecked());
    AppSettings prefs;
    prefs.setValue(AppSettings::Key::MorningReminder, m_morning->time());
    prefs.setValue(AppSettings::Key::EveningReminder, m_evening->time());
    prefs.setValue(AppSettings::Key::RemindWhenClosed, m_remindWhenClosed->isChecked());
    if (m_largeText->isChecked() != prefs.value(AppSettings::Key::LargeText).toBool()) {
        prefs.setValue(AppSettings::Key::LargeText, m_largeText->isChecked());
        Q_EMIT largeTextChanged(m_largeText->isChecked());
    }
    // The clinic values as stored, in the locale's digits: the baseline for "Unsaved changes".
    m_clinicValues->setValues(draft.baselineAnc, draft.clinicLlnAnc);
    m_autostart->setChecked(appprefs::startMinimisedAtLogin()); // what the file system holds
    m_session.notifyChanged(); // Today, the charts and this screen's "In force now"
    m_status->setProperty("role", problem.isEmpty() ? QString() : QStringLiteral("error"));
    m_status->setText(problem.isEmpty() ? tr("Saved.") : problem);
    if (draft.language != before.language)
        Q_EMIT languageChanged(draft.language);
    return true;
}

} // namespace nc

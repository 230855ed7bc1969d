#include "settingsscreen.h"

#include "clinicvaluesform.h"
#include "widgets/scrollpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace nc {

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
    Transaction tx(db.connection());
    PatientRepository patients(db);
    qint64 id = patientId;
    if (id == 0) {
        auto added = patients.add({0, d.name, d.birthYear});
        if (!added)
            return added.error();
        id = *added;
    } else if (auto error = patients.update({id, d.name, d.birthYear})) {
        return InputError {QStringLiteral("name"), *error};
    }
    PatientSettingsRepository settingsRepo(db);
    PatientSettings s = settingsRepo.get(id);
    s.protocol = d.protocol;
    s.clinicName = d.clinicName;
    s.inHoursNumber = d.inHoursNumber;
    s.outOfHoursNumber = d.outOfHoursNumber;
    s.displayUnit = d.displayUnit;
    s.language = d.language;
    s.clinicLlnAnc = d.clinicLlnAnc;
    s.baselineAnc = d.baselineAnc;
    if (auto error = settingsRepo.save(id, s))
        return InputError {QString(), *error};
    if (!tx.commit())
        return InputError {QString(), QCoreApplication::translate("nc::Settings", "The profile could not be saved.")};
    return id;
}

namespace appprefs {

namespace {
QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
        + QStringLiteral("/autostart/org.neutrocare.NeutroCare.desktop");
}
} // namespace

bool largeText()
{
    return QSettings().value(QStringLiteral("view/largeText"), false).toBool();
}

void setLargeText(bool on)
{
    QSettings().setValue(QStringLiteral("view/largeText"), on);
}

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
        return QCoreApplication::translate("nc::Settings", "Could not write %1: %2").arg(path, file.errorString());
    file.write("[Desktop Entry]\nType=Application\nName=NeutroCare\nExec=neutrocare --minimized\n"
               "Icon=org.neutrocare.NeutroCare\nX-GNOME-Autostart-enabled=true\n");
    return {};
}

QTime reminderTime(int which)
{
    const QTime fallback = which == 0 ? QTime(8, 0) : QTime(20, 0);
    return QSettings().value(QStringLiteral("reminders/time%1").arg(which), fallback).toTime();
}

void setReminderTime(int which, const QTime &time)
{
    QSettings().setValue(QStringLiteral("reminders/time%1").arg(which), time);
}

} // namespace appprefs

SettingsScreen::SettingsScreen(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsScreen"));
    QVBoxLayout *layout = makeScrollPage(this, 14);
    QWidget *content = layout->parentWidget();

    auto *title = new QLabel(tr("Settings"), content);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    m_form = new ProfileForm(content);
    layout->addWidget(m_form);
    m_clinicValues = new ClinicValuesForm(content);
    layout->addWidget(m_clinicValues);
    connect(m_form, &ProfileForm::protocolChanged, this,
        [this] { m_clinicValues->setProtocol(m_form->draft().protocol); });

    auto *appTitle = new QLabel(tr("On this computer"), content);
    appTitle->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(appTitle);
    auto *appForm = new QFormLayout;
    m_largeText = new QCheckBox(tr("&Large text everywhere"), content);
    m_largeText->setObjectName(QStringLiteral("largeText"));
    m_largeText->setAccessibleName(tr("Large text everywhere"));
    appForm->addRow(m_largeText);
    m_autostart = new QCheckBox(tr("Start NeutroCare &minimised when I log in"), content);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setAccessibleName(tr("Start minimised when I log in"));
    appForm->addRow(m_autostart);
    m_morning = new QTimeEdit(content);
    m_morning->setObjectName(QStringLiteral("reminderMorning"));
    m_morning->setAccessibleName(tr("Morning temperature reminder"));
    appForm->addRow(tr("Morning &reminder (low-count days)"), m_morning);
    m_evening = new QTimeEdit(content);
    m_evening->setObjectName(QStringLiteral("reminderEvening"));
    m_evening->setAccessibleName(tr("Evening temperature reminder"));
    appForm->addRow(tr("E&vening reminder (low-count days)"), m_evening);
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
    reload();
}

void SettingsScreen::reload()
{
    if (!m_session.patientId())
        return;
    const ProfileDraft draft = loadDraft(m_session);
    m_form->setDraft(draft);
    m_clinicValues->setValues(draft.baselineAnc, draft.clinicLlnAnc);
    m_clinicValues->setProtocol(draft.protocol);
    m_largeText->setChecked(appprefs::largeText());
    m_autostart->setChecked(appprefs::startMinimisedAtLogin());
    m_morning->setTime(appprefs::reminderTime(0));
    m_evening->setTime(appprefs::reminderTime(1));
    m_status->clear();
}

void SettingsScreen::save()
{
    if (!m_form->validate().isEmpty() || !m_clinicValues->validate().isEmpty())
        return;
    const ProfileDraft before = loadDraft(m_session);
    ProfileDraft draft = m_form->draft();
    draft.clinicLlnAnc = m_clinicValues->clinicLlnAnc();
    draft.baselineAnc = m_clinicValues->baselineAnc();
    auto saved = saveDraft(m_session.database(), m_session.patientId(), draft);
    if (!saved) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(saved.error().message);
        return;
    }
    QString problem = appprefs::setStartMinimisedAtLogin(m_autostart->isChecked());
    appprefs::setReminderTime(0, m_morning->time());
    appprefs::setReminderTime(1, m_evening->time());
    m_status->setProperty("role", problem.isEmpty() ? QString() : QStringLiteral("error"));
    m_status->setText(problem.isEmpty() ? tr("Saved.") : problem);
    m_session.notifyChanged();
    if (m_largeText->isChecked() != appprefs::largeText()) {
        appprefs::setLargeText(m_largeText->isChecked());
        Q_EMIT largeTextChanged(m_largeText->isChecked());
    }
    if (draft.language != before.language)
        Q_EMIT languageChanged(draft.language);
}

} // namespace nc

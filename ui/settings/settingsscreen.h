#pragma once

#include "app/session.h"
#include "profileform.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimeEdit;
class QVBoxLayout;

namespace nc {

class ClinicValuesForm;

// Reads and writes a profile: the patient row plus their settings, as one draft.
ProfileDraft loadDraft(Session &session);
// Creates (patientId 0) or updates a profile; returns its id or why it failed.
Expected<qint64> saveDraft(Database &db, qint64 patientId, const ProfileDraft &draft);

// Starting at login belongs to the computer, not to a patient, like AppSettings; it is an XDG
// autostart entry rather than a setting.
namespace appprefs {
bool startMinimisedAtLogin();
// Writes or removes the XDG autostart entry; returns an error sentence on failure.
QString setStartMinimisedAtLogin(bool on);
} // namespace appprefs

class SettingsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsScreen(Session &session, QWidget *parent = nullptr);
    // Shows the stored settings again, dropping any edit.
    void reload();

    // Settings are saved with "Save settings", never as they are edited (the language aside: it
    // is stored and switched at once). True when something edited differs from what is stored.
    bool hasUnsavedChanges() const;
    // Before the screen or the profile is left: with unsaved changes, asks Save / Discard / Keep
    // editing. True when it may be left (saved or discarded), false to stay.
    bool confirmLeave();
    void focusCareTeamNumbers();
    // A section of its own (the home link's), placed after the profile's settings and before the
    // computer's. It saves by itself, apart from "Save settings".
    void addSection(QWidget *section);

Q_SIGNALS:
    void largeTextChanged(bool on);
    void languageChanged(const QString &language);

private:
    enum class Answer { Save, Discard, KeepEditing };
    Answer askAboutChanges(const QString &why);
    bool save();
    void applyLanguage(const QString &code);
    bool storeLanguage(const QString &code);
    void showState();

    Session &m_session;
    ProfileForm *m_form;
    ClinicValuesForm *m_clinicValues;
    QCheckBox *m_largeText;
    QCheckBox *m_autostart;
    QTimeEdit *m_morning;
    QTimeEdit *m_evening;
    QCheckBox *m_remindWhenClosed;
    QLabel *m_status;
    QLabel *m_inForce;
    QLabel *m_unsaved;
    QVBoxLayout *m_layout;
    QLabel *m_appTitle;
    bool m_loading = false; // reload() is setting the fields: neither an edit nor a choice
};

} // namespace nc

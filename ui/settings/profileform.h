#pragma once

#include "clinical/protocol.h"
#include "clinical/units.h"
#include "storage/cliniccontact.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nc {

// Everything the first-run welcome asks and Settings edits for one patient, the clinic's name
// and numbers included (ClinicContact).
struct ProfileDraft : ClinicContact
{
    QString name;
    std::optional<int> birthYear;
    Protocol protocol = Protocol::defaultProtocol();
    TemperatureUnit displayUnit = TemperatureUnit::Celsius;
    QString language = QStringLiteral("en");
    // Set in Settings only, as the clinic says (ClinicValuesForm); a new profile has neither.
    std::optional<double> clinicLlnAnc;
    std::optional<double> baselineAnc;
};

// The form shared by the first-run welcome and Settings, so both ask the same questions the
// same way. Validation keeps what was typed and says what is missing.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setDraft(const ProfileDraft &draft);
    ProfileDraft draft() const;

    // Empty when the form can be saved; otherwise a sentence saying what to fix (also shown).
    QString validate();

    // Puts the cursor in the first care-team number still empty (the daytime one if both are set).
    void focusCareTeamNumbers();
    void setLanguage(const QString &code);

    // A protocol's triggers in words, in a unit: "Call now at 38.3 °C or higher, or …".
    static QString triggersText(const Protocol &protocol, TemperatureUnit unit);

Q_SIGNALS:
    // Another protocol was chosen or loaded (not saved yet).
    void protocolChanged();
    // Anything on the form was edited, or set by setDraft().
    void changed();
    // Another language was picked in the list (also by setDraft()).
    void languageChosen(const QString &code);

private:
    void chooseProtocolFile();
    void selectProtocol(const Protocol &protocol);
    void showProtocolSource();

    QLineEdit *m_name;
    QSpinBox *m_birthYear;
    QComboBox *m_protocol;
    QLabel *m_protocolSource;
    QLineEdit *m_clinic;
    QLineEdit *m_inHours;
    QLineEdit *m_outOfHours;
    QComboBox *m_unit;
    QComboBox *m_language;
    QLabel *m_error;
    std::optional<Protocol> m_customProtocol;
};

} // namespace nc

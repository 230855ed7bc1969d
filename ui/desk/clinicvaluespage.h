#pragma once

#include "storage/records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nc {

class ClinicValuesForm;
class Session;

// The values a clinic sets for a patient, which staff change here and the home link (issue 19)
// carries home: the protocol (a preset or the clinic's own file), the clinic's name and numbers,
// the usual (baseline) ANC and the lower limit of normal. Saving writes only what changed, as the
// staff login, so the audit trail names who changed which value; the patient's own settings (unit,
// language) are not on this page.
class ClinicValuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicValuesPage(Session &session, QWidget *parent = nullptr);

    // Loads the stored values again (discarding edits).
    void load();
    // Saves; the error shown and returned, if any.
    std::optional<QString> save();
    // Reads a clinic's protocol file (refused, with the reason, when invalid).
    bool loadProtocolFile(const QString &path);

    QComboBox *protocol() const { return m_protocol; }
    QLineEdit *clinicName() const { return m_clinicName; }
    QLineEdit *inHours() const { return m_inHours; }
    QLineEdit *outOfHours() const { return m_outOfHours; }
    ClinicValuesForm *counts() const { return m_counts; }

Q_SIGNALS:
    void saved();

private:
    void protocolChosen();

    Session &m_session;
    PatientSettings m_loaded;
    Protocol m_fileProtocol;
    bool m_hasFileProtocol = false;
    QComboBox *m_protocol;
    QLineEdit *m_clinicName;
    QLineEdit *m_inHours;
    QLineEdit *m_outOfHours;
    ClinicValuesForm *m_counts;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace nc

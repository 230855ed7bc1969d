#pragma once

#include "clinical/protocol.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

namespace nc {

// The two numbers only a clinic sets for a profile (CLINICAL.md §2), both optional: the usual
// neutrophil level of a person whose healthy count is low (Duffy-null baseline, at least
// 1000/µL), and the lower limit of normal that grades a count (CTCAE v5.0, at least 1500/µL).
// The lower limit is a protocol number: a clinic's protocol file carries its own, shown here and
// not editable (PatientSettings::protocolInForce()).
class ClinicValuesForm : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicValuesForm(QWidget *parent = nullptr);

    void setValues(std::optional<double> baselineAnc, std::optional<double> clinicLlnAnc);
    // The protocol chosen in the form, saved or not.
    void setProtocol(const Protocol &protocol);

    std::optional<double> baselineAnc() const;
    std::optional<double> clinicLlnAnc() const; // none while a clinic's protocol file is chosen

    // Empty when both can be saved; otherwise a sentence saying what to fix (also shown).
    QString validate();

    // True when a field's text differs from what setValues() put there (the LLN only while it is
    // asked, not while a clinic's file sets it).
    bool isEdited() const;

Q_SIGNALS:
    void changed(); // either field was edited, or set by setValues()

private:
    void showProtocol();

    QLineEdit *m_baseline;
    QLineEdit *m_lln;
    QLabel *m_llnUnit;
    QLabel *m_llnFromFile;
    QLabel *m_error;
    Protocol m_protocol = Protocol::defaultProtocol();
    bool m_fromFile = false;
    QString m_setBaseline;
    QString m_setLln;
};

} // namespace nc

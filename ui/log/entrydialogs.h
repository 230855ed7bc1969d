#pragma once

#include "logdialog.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace nc {

// The dialogs that log each kind of entry. Each also edits an entry when given its record
// (from History); every save is an undo command.

// Log a temperature. Ctrl+T.
class TemperatureDialog : public LogDialog
{
    Q_OBJECT
public:
    TemperatureDialog(
        Session &session, QWidget *parent, std::optional<TemperatureRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<TemperatureRecord> m_editing;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QComboBox *m_site;
    QDateTimeEdit *m_time;
    QCheckBox *m_antipyretic;
    QPlainTextEdit *m_note;
};

// Log a blood count: the ANC as printed, or the WBC with its differential. Ctrl+B.
class BloodCountDialog : public LogDialog
{
    Q_OBJECT
public:
    BloodCountDialog(
        Session &session, QWidget *parent, std::optional<BloodCountRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<BloodCountRecord> m_editing;
    QComboBox *m_shape;
    QLineEdit *m_anc;
    QLineEdit *m_wbc;
    QLineEdit *m_neutrophils;
    QLineEdit *m_segs;
    QLineEdit *m_bands;
    QComboBox *m_unit;
    QDateTimeEdit *m_time;
    QLineEdit *m_lab;
    QPlainTextEdit *m_note;
};

// Log symptoms from the coded list, in plain words. Ctrl+Shift+Y (Ctrl+Y is Redo). Editing changes one logged
// symptom.
class SymptomDialog : public LogDialog
{
    Q_OBJECT
public:
    SymptomDialog(Session &session, QWidget *parent, std::optional<SymptomRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<SymptomRecord> m_editing;
    QListWidget *m_list;
    QDateTimeEdit *m_time;
    QPlainTextEdit *m_note;
};

// Log a chemotherapy dose (regimen, optional nadir days) or a G-CSF dose. Ctrl+R.
class TreatmentDialog : public LogDialog
{
    Q_OBJECT
public:
    TreatmentDialog(Session &session, QWidget *parent, std::optional<TreatmentRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<TreatmentRecord> m_editing;
    QComboBox *m_kind;
    QDateTimeEdit *m_date;
    QLineEdit *m_regimen;
    QCheckBox *m_override;
    QSpinBox *m_start;
    QSpinBox *m_end;
    QPlainTextEdit *m_note;
};

// Log a medicine; flagged when it is on the neutropenia-associated list. Ctrl+M.
class MedicineDialog : public LogDialog
{
    Q_OBJECT
public:
    MedicineDialog(Session &session, QWidget *parent, std::optional<MedicineRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<MedicineRecord> m_editing;
    QLineEdit *m_name;
    QLabel *m_flag;
    QLineEdit *m_dose;
    QDateTimeEdit *m_started;
    QPlainTextEdit *m_note;
};

// Log a dose of a fever-lowering painkiller (paracetamol, ibuprofen…). Ctrl+P.
class AntipyreticDialog : public LogDialog
{
    Q_OBJECT
public:
    AntipyreticDialog(
        Session &session, QWidget *parent, std::optional<AntipyreticRecord> editing = std::nullopt);

protected:
    QString save() override;

private:
    std::optional<AntipyreticRecord> m_editing;
    QComboBox *m_drug;
    QDateTimeEdit *m_time;
    QPlainTextEdit *m_note;
};

// "I contacted my care team": records the acknowledgement and what they said.
class AcknowledgeDialog : public LogDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(Session &session, const Assessment &assessment, QWidget *parent);

protected:
    QString save() override;

private:
    Assessment m_assessment;
    QButtonGroup *m_outcome;
    QDateTimeEdit *m_time;
    QPlainTextEdit *m_note;
};

} // namespace nc

#pragma once

#include "storage/database.h"
#include "storage/triagerecords.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace nc {

class RiskScoresForm;

// A telephone-triage call (CLINICAL.md §8): who called, what they report (temperatures, symptoms
// with their plain labels, fever medicines), the engine's level on the stored history plus the
// report, the suggested disposition and the one chosen (a less urgent one needs a reason), the
// advice, the follow-up due, and MASCC/CISNE as decision support. Nothing typed is lost: a refused
// save keeps the dialog open and says why.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(Database &db, std::function<QDateTime()> clock, QWidget *parent = nullptr);

    void setPatient(qint64 patientId);
    qint64 patientId() const;
    // The call as the form stands, with the engine's assessment (not yet saved).
    TriageCall call() const;
    Assessment assessment() const { return m_assessment; }
    qint64 savedId() const { return m_savedId; }

    // The controls, for tests and the keyboard walk.
    QComboBox *disposition() const { return m_disposition; }
    QPlainTextEdit *reason() const { return m_reason; }
    QPlainTextEdit *advice() const { return m_advice; }
    QLabel *problem() const { return m_problem; }
    QLabel *levelLabel() const { return m_level; }
    RiskScoresForm *scores() const { return m_scores; }
    // Adds a reported temperature (as the form's Add button does).
    void addTemperature(double value, TemperatureUnit unit, MeasurementSite site, int minutesAgo);
    void setSymptomReported(SymptomCode code, bool reported);

    void accept() override;

private:
    void reassess();
    void patientChosen();

    Database &m_db;
    std::function<QDateTime()> m_clock;
    QDateTime m_opened;
    AssessmentInput m_history;
    Assessment m_assessment;
    CallReport m_report;
    qint64 m_savedId = 0;

    QComboBox *m_patient;
    QComboBox *m_callerKind;
    QLineEdit *m_callerName;
    QLineEdit *m_relationship;
    QLineEdit *m_callback;
    QDoubleSpinBox *m_tempValue;
    QComboBox *m_tempUnit;
    QComboBox *m_tempSite;
    QSpinBox *m_tempMinutesAgo;
    QListWidget *m_temperatures;
    QListWidget *m_symptoms;
    QListWidget *m_medicines;
    QSpinBox *m_medicineHoursAgo;
    QLabel *m_level;
    QLabel *m_reasons;
    QLabel *m_suggested;
    QComboBox *m_disposition;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_advice;
    QLabel *m_followUp;
    RiskScoresForm *m_scores;
    QLabel *m_problem;
};

} // namespace nc

#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace nc {

// Asks what the caregiver/clinic report covers: the first and last day, and whether the private
// notes go in (they never do unless ticked here).
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `patientName`: whose report it is, named in the title and the first line.
    ReportDialog(const QString &patientName, const QDate &from, const QDate &to, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    bool includeNotes() const;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *notesBox() const { return m_notes; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace nc

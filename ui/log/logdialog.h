#pragma once

#include "app/session.h"
#include "storage/textlimits.h"

#include <QDialog>

class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace nc {

// The frame every log dialog shares: a form, an inline error line and Save/Cancel. Save runs
// save(); on an error the dialog stays open with everything the person typed, and says why.
class LogDialog : public QDialog
{
    Q_OBJECT
public:
    LogDialog(Session &session, const QString &title, QWidget *parent);

    void accept() override;
    QString errorText() const;

protected:
    // Empty on success, else the message to show.
    virtual QString save() = 0;

    QFormLayout *form() const { return m_form; }
    Session &session() { return m_session; }
    // A date and time field that takes a date typed in the locale's format (widgets/dateinput.h).
    QDateTimeEdit *addTimeField(const QString &label, const QDateTime &initial);
    QPlainTextEdit *addNoteField(const QString &initial);
    // Empty when `value` keeps the text rule (DESIGN.md "Data safety"); else the refusal naming
    // `field` and the reason, with the focus put on `edit`, so the person sees what to fix.
    QString checkText(QWidget *edit, const QString &field, const QString &value, text::Kind kind);
    // checkText() for the note field, given its text as it will be stored.
    QString checkNote(const QString &note);
    // Empty when `time` (or `date`) is not in the future by the one rule (storage/recordtime.h);
    // else the refusal naming `field`, with the focus put on `edit`. For records of something that
    // has happened: a reading, a count, a symptom, a dose given.
    QString checkNotFuture(QWidget *edit, const QString &field, const QDateTime &time);
    QString checkNotFuture(QWidget *edit, const QString &field, QDate date);
    void finishLayout();
    // Grows the dialog to show a message that appeared after it opened.
    void growToFit();

private:
    Session &m_session;
    QFormLayout *m_form;
    QLabel *m_error;
    QLabel *m_forPatient = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace nc

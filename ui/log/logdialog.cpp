#include "logdialog.h"

#include "storage/recordtime.h"
#include "widgets/dateinput.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

LogDialog::LogDialog(Session &session, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    // Whose record this is, in the title and again as the first line: a caregiver looking after
    // two people must not log for the wrong one.
    setWindowTitle(tr("%1 — %2").arg(title, session.patientName()));
    m_forPatient = new QLabel(tr("For: %1").arg(session.patientName()), this);
    m_forPatient->setObjectName(QStringLiteral("forPatient"));
    m_forPatient->setTextFormat(Qt::PlainText);
    m_forPatient->setWordWrap(true);
    QFont bold = m_forPatient->font();
    bold.setBold(true);
    m_forPatient->setFont(bold);
    setModal(true);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
}

QDateTimeEdit *LogDialog::addTimeField(const QString &label, const QDateTime &initial)
{
    auto *edit = new DateInput(initial.toLocalTime(), this);
    edit->setObjectName(QStringLiteral("timeEdit"));
    edit->setAccessibleName(tr("Time"));
    m_form->addRow(label, edit);
    return edit;
}

QPlainTextEdit *LogDialog::addNoteField(const QString &initial)
{
    auto *note = new QPlainTextEdit(initial, this);
    note->setObjectName(QStringLiteral("noteEdit"));
    note->setAccessibleName(tr("Note"));
    note->setTabChangesFocus(true);
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4);
    m_form->addRow(tr("N&ote (optional)"), note);
    m_note = note;
    return note;
}

QString LogDialog::checkText(QWidget *edit, const QString &field, const QString &value, text::Kind kind)
{
    const auto error = text::check(field, value, kind);
    if (!error)
        return {};
    edit->setFocus();
    return error->message;
}

QString LogDialog::checkNote(const QString &note)
{
    return checkText(m_note, tr("Note"), note, text::Kind::Note);
}

QString LogDialog::checkNotFuture(QWidget *edit, const QString &field, const QDateTime &time)
{
    if (!records::isInTheFuture(time, m_session.now()))
        return {};
    edit->setFocus();
    return tr("%1: %2 is later than now. Please check the date and time: only what has already "
              "happened can be logged.")
        .arg(field, QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
}

QString LogDialog::checkNotFuture(QWidget *edit, const QString &field, QDate date)
{
    if (!records::isInTheFuture(date, m_session.now()))
        return {};
    edit->setFocus();
    return tr("%1: %2 is after today. Please check the date: only what has already happened can be "
              "logged.")
        .arg(field, QLocale().toString(date, QLocale::ShortFormat));
}

void LogDialog::finishLayout()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setProperty("primary", true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_forPatient);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

void LogDialog::accept()
{
    const QString error = save();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        growToFit();
        return; // keep the dialog and what was typed
    }
    m_error->hide();
    QDialog::accept();
}

void LogDialog::growToFit()
{
    // Wrapped labels need height for their width: a message shown after the dialog opened must
    // push the fields down, never cover them.
    QLayout *box = layout();
    if (!box)
        return; // still being built: the first show sizes it
    const int needed
        = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString LogDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

} // namespace nc

#include "reportdialog.h"

#include "widgets/lefttoright.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

ReportDialog::ReportDialog(const QString &patientName, const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Print a report for %1").arg(patientName));
    auto *layout = new QVBoxLayout(this);
    auto *forPatient = new QLabel(tr("Report for: %1").arg(patientName), this);
    forPatient->setObjectName(QStringLiteral("forPatient"));
    forPatient->setTextFormat(Qt::PlainText);
    forPatient->setWordWrap(true);
    QFont bold = forPatient->font();
    bold.setBold(true);
    forPatient->setFont(bold);
    layout->addWidget(forPatient);
    auto *intro
        = new QLabel(tr("A report for the care team: the status, charts, readings, blood counts, symptoms, "
                        "alerts and checklist for the days you choose."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto dateEdit = [this](const QDate &date, const QString &name, const QString &accessible) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        setFormatLeftToRight(edit, QStringLiteral("d MMM yyyy"));
        return edit;
    };
    m_from = dateEdit(from, QStringLiteral("reportFrom"), tr("First day of the report"));
    m_to = dateEdit(to, QStringLiteral("reportTo"), tr("Last day of the report"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);

    m_notes = new QCheckBox(tr("Include my private &notes"), this);
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setAccessibleName(tr("Include the private notes in the report"));
    layout->addWidget(m_notes);
    auto *notesHelp = new QLabel(tr("Notes are left out unless you tick this."), this);
    notesHelp->setWordWrap(true);
    layout->addWidget(notesHelp);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #B3261E; font-weight: bold;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Preview the report"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    validate();
}

QDate ReportDialog::from() const
{
    return m_from->date();
}

QDate ReportDialog::to() const
{
    return m_to->date();
}

bool ReportDialog::includeNotes() const
{
    return m_notes->isChecked();
}

void ReportDialog::validate()
{
    const bool ok = m_from->date() <= m_to->date();
    m_problem->setText(ok ? QString() : tr("⚠ The first day is after the last day."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace nc

#include "clinicvaluesform.h"

#include "storage/records.h"
#include "widgets/formproblem.h"
#include "widgets/numberinput.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace nc {

namespace {
QString cells(double anc)
{
    return QLocale().toString(anc, 'f', 0);
}

QString text(std::optional<double> anc)
{
    return anc ? cells(*anc) : QString();
}

// The field's label, with its shortcut going to the field.
QLabel *labelFor(QWidget *field, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("subtle"));
    label->setWordWrap(true);
    return label;
}
} // namespace

ClinicValuesForm::ClinicValuesForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clinicValues"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Set by your clinic"), this);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Set these only as your clinic tells you. Leave them empty if you were not given them."), this);
    intro->setObjectName(QStringLiteral("clinicValuesIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // A grid, so each hint wraps under its field at the width it is given.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setVerticalSpacing(4);
    // Each field with its unit, and under it what it is for.
    const auto addRow
        = [this, form](QWidget *field, const QString &label, QList<QWidget *> beside, const QString &help) {
              const int top = form->rowCount();
              auto *row = new QHBoxLayout;
              row->addWidget(field);
              for (QWidget *w : beside)
                  row->addWidget(w);
              row->addStretch(1);
              form->addWidget(labelFor(field, label, this), top, 0);
              form->addLayout(row, top, 1);
              form->addWidget(hint(help, this), top + 1, 1);
              form->setRowMinimumHeight(top + 2, 8);
              return row;
          };
    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(QStringLiteral("baselineAnc"));
    m_baseline->setAccessibleName(tr("Usual neutrophil level, cells per microlitre"));
    m_baseline->setPlaceholderText(tr("Not set"));
    addRow(m_baseline, tr("Usual level (&baseline ANC)"), { new QLabel(tr("/µL"), this) },
        tr("For people whose healthy neutrophil count is usually low. A count from this level up to %1/µL "
           "then "
           "reads “at your usual level”. At least %2/µL.")
            .arg(cells(grading::kNormalFloor), cells(grading::kMinimumBaselineAnc)));

    m_lln = new QLineEdit(this);
    m_lln->setObjectName(QStringLiteral("clinicLlnAnc"));
    m_lln->setAccessibleName(tr("Lower limit of normal, cells per microlitre"));
    m_llnUnit = new QLabel(tr("/µL"), this);
    m_llnFromFile = new QLabel(this);
    m_llnFromFile->setObjectName(QStringLiteral("llnFromProtocolFile"));
    m_llnFromFile->setWordWrap(true);
    QHBoxLayout *llnRow = addRow(m_lln, tr("Lower limi&t of normal (LLN)"), { m_llnUnit, m_llnFromFile },
        tr("The lab's lower limit for neutrophils, used to grade blood counts in the report (CTCAE v5.0). At "
           "least %1/µL.")
            .arg(cells(grading::kMinimumLln)));
    llnRow->setStretchFactor(m_llnFromFile, 10); // the sentence takes the row, the spacer what is left
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clinicValuesError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    showProtocol();
    connect(m_baseline, &QLineEdit::textChanged, this, &ClinicValuesForm::changed);
    connect(m_lln, &QLineEdit::textChanged, this, &ClinicValuesForm::changed);
}

void ClinicValuesForm::setValues(std::optional<double> baselineAnc, std::optional<double> clinicLlnAnc)
{
    m_setBaseline = text(baselineAnc);
    m_setLln = text(clinicLlnAnc);
    m_baseline->setText(m_setBaseline);
    m_lln->setText(m_setLln);
    m_error->hide();
}

void ClinicValuesForm::setProtocol(const Protocol &protocol)
{
    m_protocol = protocol;
    showProtocol();
}

void ClinicValuesForm::showProtocol()
{
    // The one rule decides which LLN applies: the settings' own, or the clinic file's.
    PatientSettings chosen;
    chosen.protocol = m_protocol;
    m_fromFile = chosen.protocolFromClinicFile();
    m_lln->setVisible(!m_fromFile);
    m_llnUnit->setVisible(!m_fromFile);
    m_llnFromFile->setVisible(m_fromFile);
    m_llnFromFile->setText(
        tr("%1/µL, set by your clinic's protocol file.").arg(cells(chosen.protocolInForce().llnAnc)));
    m_lln->setPlaceholderText(tr("Not set: %1").arg(cells(m_protocol.llnAnc)));
}

bool ClinicValuesForm::isEdited() const
{
    return m_baseline->text().trimmed() != m_setBaseline
        || (!m_fromFile && m_lln->text().trimmed() != m_setLln);
}

std::optional<double> ClinicValuesForm::baselineAnc() const
{
    return parseNumber(m_baseline->text());
}

std::optional<double> ClinicValuesForm::clinicLlnAnc() const
{
    // With a clinic's file in force there is no second LLN to keep: the file's is the one.
    return m_fromFile ? std::nullopt : parseNumber(m_lln->text());
}

QString ClinicValuesForm::validate()
{
    QString problem;
    QLineEdit *culprit = nullptr;
    const auto baseline = baselineAnc();
    if (!m_baseline->text().trimmed().isEmpty() && !baseline) {
        problem = tr("The usual level must be a number of neutrophils per µL, such as %1.").arg(cells(1200));
        culprit = m_baseline;
    } else if (baseline && *baseline < grading::kMinimumBaselineAnc) {
        problem = tr(
            "The usual level must be at least %1/µL. Leave it empty if your clinic has not given you one.")
                      .arg(cells(grading::kMinimumBaselineAnc));
        culprit = m_baseline;
    } else if (baseline && *baseline > BloodCount::kMaxAnc) {
        problem = tr("The usual level must be at most %1/µL.").arg(cells(BloodCount::kMaxAnc));
        culprit = m_baseline;
    }
    // The LLN is a protocol number: the protocol's own rules check it, as they check a clinic's file.
    const auto lln = clinicLlnAnc();
    if (!culprit && !m_fromFile && !m_lln->text().trimmed().isEmpty()) {
        Protocol candidate = m_protocol;
        candidate.llnAnc = lln.value_or(0);
        const auto checked = Protocol::fromJson(candidate.toJson());
        if (!lln) {
            problem = tr("The lower limit of normal must be a number of neutrophils per µL, such as %1.")
                          .arg(cells(grading::kDefaultLln));
            culprit = m_lln;
        } else if (!checked) {
            problem = tr("The lower limit of normal %1. Leave it empty if your clinic has not given you one.")
                          .arg(checked.error().message);
            culprit = m_lln;
        }
    }
    return showFormProblem(m_error, problem, culprit);
}

} // namespace nc

#include "carddialog.h"

#include "storage/textlimits.h"
#include "widgets/languagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nc {

namespace {

QComboBox *newLanguageBox(const QString &objectName, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    fillWithLanguages(box, current);
    return box;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // the muted look of a hint, in every style
    return label;
}

} // namespace

CardDialog::CardDialog(const QString &profileName, const QString &name, const QString &language,
    const QString &staffLanguage, QWidget *parent)
    : QDialog(parent)
    , m_profileName(profileName)
{
    setWindowTitle(tr("Print a wallet alert card for %1").arg(profileName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("documentName"));
    m_name->setPlaceholderText(profileName);
    form->addRow(tr("&Name on the card:"), m_name);
    form->addRow(QString(), hint(tr("As on their ID or hospital records. Kept for the next card."), this));

    m_language = newLanguageBox(QStringLiteral("cardLanguage"), language, this);
    form->addRow(tr("&Patient's side in:"), m_language);
    m_staffLanguage = newLanguageBox(QStringLiteral("staffLanguage"), staffLanguage, this);
    form->addRow(tr("&Emergency staff's side in:"), m_staffLanguage);
    form->addRow(QString(),
        hint(tr("The language of the clinic or hospital. When it differs from the patient's side, this side "
                "is printed in both."),
            this));
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The same text rule as the profile's name: refused with the reason, never cut short.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const auto problem = text::problem(m_name->text(), text::Kind::Short);
        m_problem->setText(problem ? tr("Name on the card: %1").arg(*problem) : QString());
        m_problem->setVisible(problem.has_value());
        if (!problem)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CardDialog::name() const
{
    const QString typed = m_name->text().trimmed();
    return typed.isEmpty() ? m_profileName : typed;
}

QString CardDialog::language() const
{
    return m_language->currentData().toString();
}

QString CardDialog::staffLanguage() const
{
    return m_staffLanguage->currentData().toString();
}

} // namespace nc

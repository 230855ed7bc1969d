#include "profileform.h"

#include "clinical/thresholdtext.h"
#include "storage/records.h"
#include "storage/textlimits.h"
#include "widgets/dialogs.h"
#include "widgets/formproblem.h"
#include "widgets/languagebox.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace nc {

namespace {
constexpr int kNoBirthYear = 1900; // the spin box's "not given" value
const QString kCustomKey = QStringLiteral("custom");
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("For example: Maria"));
    form->addRow(tr("&Name"), m_name);

    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setAccessibleName(tr("Year of birth (optional)"));
    m_birthYear->setRange(kNoBirthYear, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(tr("Not given"));
    m_birthYear->setValue(kNoBirthYear);
    form->addRow(tr("&Year of birth (optional)"), m_birthYear);

    auto *protocolRow = new QHBoxLayout;
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_protocol->setAccessibleName(tr("Fever protocol"));
    for (const auto &preset : Protocol::presets())
        m_protocol->addItem(preset.displayName(), preset.id);
    protocolRow->addWidget(m_protocol, 1);
    auto *load = new QPushButton(tr("Clinic's &file…"), this);
    load->setObjectName(QStringLiteral("loadProtocolFile"));
    load->setAccessibleName(tr("Load the clinic's protocol file"));
    connect(load, &QPushButton::clicked, this, &ProfileForm::chooseProtocolFile);
    protocolRow->addWidget(load);
    auto *protocolLabel = new QLabel(tr("Fever &protocol"), this);
    protocolLabel->setBuddy(m_protocol);
    form->addRow(protocolLabel, protocolRow);
    m_protocolSource = new QLabel(this);
    m_protocolSource->setObjectName(QStringLiteral("protocolSource"));
    m_protocolSource->setProperty("role", QStringLiteral("subtle"));
    m_protocolSource->setWordWrap(true);
    // Its text changes with the choices above: it takes the field's width, not its first text's.
    m_protocolSource->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_protocolSource);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProfileForm::showProtocolSource);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProfileForm::protocolChanged);

    m_clinic = new QLineEdit(this);
    m_clinic->setObjectName(QStringLiteral("clinicName"));
    m_clinic->setAccessibleName(tr("Clinic or care team name"));
    form->addRow(tr("&Clinic or care team"), m_clinic);

    m_inHours = new QLineEdit(this);
    m_inHours->setObjectName(QStringLiteral("inHoursNumber"));
    m_inHours->setAccessibleName(tr("Care team phone number, daytime"));
    m_inHours->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("Phone, &daytime"), m_inHours);

    m_outOfHours = new QLineEdit(this);
    m_outOfHours->setObjectName(QStringLiteral("outOfHoursNumber"));
    m_outOfHours->setAccessibleName(tr("Care team phone number, evenings, nights and weekends"));
    m_outOfHours->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("Phone, &evenings and weekends"), m_outOfHours);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("displayUnit"));
    m_unit->setAccessibleName(tr("Temperature unit"));
    m_unit->addItem(tr("Celsius (°C)"), units::temperatureUnitCode(TemperatureUnit::Celsius));
    m_unit->addItem(tr("Fahrenheit (°F)"), units::temperatureUnitCode(TemperatureUnit::Fahrenheit));
    form->addRow(tr("Temperature &unit"), m_unit);
    // The triggers are shown in the unit chosen here.
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProfileForm::showProtocolSource);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    // A new profile starts in the language the app is speaking.
    fillWithLanguages(m_language, language::current());
    form->addRow(tr("&Language"), m_language);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    showProtocolSource();

    for (QLineEdit *edit : { m_name, m_clinic, m_inHours, m_outOfHours })
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::changed);
    connect(m_birthYear, &QSpinBox::valueChanged, this, &ProfileForm::changed);
    connect(this, &ProfileForm::protocolChanged, this, &ProfileForm::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProfileForm::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT languageChosen(m_language->currentData().toString()); });
}

QString ProfileForm::triggersText(const Protocol &p, TemperatureUnit unit)
{
    QStringList triggers { TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit).phrase() };
    if (p.sustained)
        triggers << triggers::sustainedPhrase(*p.sustained, unit);
    if (p.low)
        triggers << TemperatureTrigger::low(p.low->thresholdC, unit).phrase();
    return tr("Call now at %1.").arg(triggers.join(tr(", or ")));
}

void ProfileForm::showProtocolSource()
{
    // What the chosen protocol does, not only where it comes from: a clinic's file especially.
    const QString id = m_protocol->currentData().toString();
    const ProfileDraft chosen = draft();
    const QString source = id == kCustomKey ? tr("From your clinic's protocol file.")
                                            : tr("Source: %1.").arg(Protocol::presetSource(id));
    m_protocolSource->setText(source + QLatin1Char(' ') + triggersText(chosen.protocol, chosen.displayUnit));
}

void ProfileForm::focusCareTeamNumbers()
{
    (m_inHours->text().trimmed().isEmpty() || !m_outOfHours->text().trimmed().isEmpty() ? m_inHours
                                                                                        : m_outOfHours)
        ->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::selectProtocol(const Protocol &protocol)
{
    // What counts as a clinic's own protocol is the precedence rule's (a preset saved in another
    // language is still the preset).
    PatientSettings chosen;
    chosen.protocol = protocol;
    const int preset = m_protocol->findData(protocol.id);
    if (preset >= 0 && !chosen.protocolFromClinicFile()) {
        m_protocol->setCurrentIndex(preset);
        return;
    }
    m_customProtocol = protocol;
    int custom = m_protocol->findData(kCustomKey);
    const QString label = tr("Clinic protocol: %1").arg(protocol.displayName());
    if (custom < 0) {
        m_protocol->addItem(label, kCustomKey);
        custom = m_protocol->count() - 1;
    } else {
        m_protocol->setItemText(custom, label);
    }
    m_protocol->setCurrentIndex(custom);
    Q_EMIT protocolChanged(); // also when a second file replaces the first under the same item
}

void ProfileForm::chooseProtocolFile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open the clinic's protocol file"), QString(), tr("Protocol files (*.json)"));
    if (path.isEmpty())
        return;
    bool readable = true;
    const auto protocol = Protocol::fromFile(path, &readable);
    if (!protocol) {
        const auto &e = protocol.error();
        m_error->setText(!readable ? tr("Could not open %1: %2").arg(path, e.message)
                : e.field.isEmpty()
                ? tr("This protocol file cannot be used: %1").arg(e.message)
                : tr("This protocol file cannot be used: \"%1\" %2").arg(e.field, e.message));
        m_error->show();
        return;
    }
    m_error->hide();
    selectProtocol(*protocol);
}

void ProfileForm::setDraft(const ProfileDraft &d)
{
    m_name->setText(d.name);
    m_birthYear->setValue(d.birthYear.value_or(kNoBirthYear));
    selectProtocol(d.protocol);
    m_clinic->setText(d.clinicName);
    m_inHours->setText(d.inHoursNumber);
    m_outOfHours->setText(d.outOfHoursNumber);
    m_unit->setCurrentIndex(m_unit->findData(units::temperatureUnitCode(d.displayUnit)));
    setLanguage(d.language);
}

void ProfileForm::setLanguage(const QString &code)
{
    const int language = m_language->findData(code);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

ProfileDraft ProfileForm::draft() const
{
    ProfileDraft d;
    d.name = m_name->text().trimmed();
    if (m_birthYear->value() != kNoBirthYear)
        d.birthYear = m_birthYear->value();
    const QString id = m_protocol->currentData().toString();
    if (id == kCustomKey && m_customProtocol)
        d.protocol = *m_customProtocol;
    else
        d.protocol = Protocol::preset(id).value_or(Protocol::defaultProtocol());
    d.clinicName = m_clinic->text().trimmed();
    d.inHoursNumber = m_inHours->text().trimmed();
    d.outOfHoursNumber = m_outOfHours->text().trimmed();
    d.displayUnit
        = units::temperatureUnitFromCode(m_unit->currentData().toString()).value_or(TemperatureUnit::Celsius);
    d.language = m_language->currentData().toString();
    return d;
}

QString ProfileForm::validate()
{
    QString problem;
    QLineEdit *culprit = nullptr;
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Please enter a name for this profile.");
        culprit = m_name;
    }
    // The text rule of every place text enters (DESIGN.md "Data safety"), on the text as stored.
    const std::pair<QLineEdit *, QString> typed[] = {
        { m_name, tr("Name") },
        { m_clinic, tr("Clinic or care team name") },
        { m_inHours, tr("Care team phone number, daytime") },
        { m_outOfHours, tr("Care team phone number, evenings, nights and weekends") },
    };
    for (const auto &[edit, field] : typed) {
        if (culprit)
            break;
        if (const auto error = text::check(field, edit->text().trimmed(), text::Kind::Short)) {
            problem = error->message;
            culprit = edit;
        }
    }
    return showFormProblem(m_error, problem, culprit);
}

} // namespace nc

#include "clinicvaluespage.h"

#include "app/session.h"
#include "settings/clinicvaluesform.h"
#include "storage/textlimits.h"
#include "widgets/dialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nc {

namespace {
const QString kClinicFile = QStringLiteral("clinic-file");
} // namespace

ClinicValuesPage::ClinicValuesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("clinicValuesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These values are the clinic's. Changes are recorded in the audit trail with "
                                "your login, and reach the patient's app through the home link."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("deskProtocol"));
    m_protocol->setAccessibleName(tr("Fever protocol"));
    for (const Protocol &p : Protocol::presets())
        m_protocol->addItem(p.displayName(), p.id);
    auto *protocolRow = new QHBoxLayout;
    protocolRow->addWidget(m_protocol, 1);
    auto *file = new QPushButton(tr("Clinic's &file…"), this);
    file->setObjectName(QStringLiteral("deskProtocolFile"));
    file->setAccessibleName(tr("Use the clinic's own protocol file"));
    protocolRow->addWidget(file);
    auto *protocolLabel = new QLabel(tr("&Protocol:"), this);
    protocolLabel->setBuddy(m_protocol);
    form->addRow(protocolLabel, protocolRow);
    const auto line
        = [&](QLineEdit **edit, const QString &label, const QString &name, const QString &accessible) {
              *edit = new QLineEdit(this);
              (*edit)->setObjectName(name);
              (*edit)->setAccessibleName(accessible);
              (*edit)->setMaxLength(text::kShortMax);
              form->addRow(label, *edit);
          };
    line(&m_clinicName, tr("Clinic &name:"), QStringLiteral("deskClinicName"), tr("Clinic name"));
    line(&m_inHours, tr("&In hours:"), QStringLiteral("deskInHours"), tr("Clinic number in hours"));
    line(&m_outOfHours, tr("&Out of hours:"), QStringLiteral("deskOutOfHours"),
        tr("Clinic number out of hours"));
    layout->addLayout(form);
    m_counts = new ClinicValuesForm(this);
    layout->addWidget(m_counts);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clinicValuesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *revert = new QPushButton(tr("&Revert"), this);
    revert->setAccessibleName(tr("Discard the changes"));
    m_save = new QPushButton(tr("&Save clinic values"), this);
    m_save->setObjectName(QStringLiteral("saveClinicValues"));
    m_save->setAccessibleName(tr("Save the clinic values"));
    m_save->setProperty("primary", true);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ClinicValuesPage::protocolChosen);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(
            this, tr("The clinic's protocol file"), {}, tr("Protocol files (*.json)"));
        if (!path.isEmpty())
            loadProtocolFile(path);
    });
    connect(revert, &QPushButton::clicked, this, &ClinicValuesPage::load);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    load();
}

void ClinicValuesPage::load()
{
    m_loaded = m_session.settings();
    const QSignalBlocker block(m_protocol);
    const int clinicFile = m_protocol->findData(kClinicFile);
    if (clinicFile >= 0)
        m_protocol->removeItem(clinicFile);
    m_hasFileProtocol = m_loaded.protocolFromClinicFile();
    if (m_hasFileProtocol) {
        m_fileProtocol = m_loaded.protocol;
        m_protocol->addItem(tr("%1 (clinic's file)").arg(m_fileProtocol.displayName()), kClinicFile);
        m_protocol->setCurrentIndex(m_protocol->count() - 1);
    } else {
        m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(m_loaded.protocol.id)));
    }
    m_clinicName->setText(m_loaded.clinicName);
    m_inHours->setText(m_loaded.inHoursNumber);
    m_outOfHours->setText(m_loaded.outOfHoursNumber);
    m_counts->setProtocol(m_loaded.protocol);
    m_counts->setValues(m_loaded.baselineAnc, m_loaded.clinicLlnAnc);
    m_message->clear();
}

void ClinicValuesPage::protocolChosen()
{
    const QString id = m_protocol->currentData().toString();
    if (id == kClinicFile)
        m_counts->setProtocol(m_fileProtocol);
    else if (const auto preset = Protocol::preset(id))
        m_counts->setProtocol(*preset);
}

bool ClinicValuesPage::loadProtocolFile(const QString &path)
{
    const auto protocol = Protocol::fromFile(path);
    if (!protocol.ok()) {
        // Refused whole: a protocol is never half-applied.
        m_message->setText(tr("This protocol file was not used: %1").arg(protocol.error().message));
        return false;
    }
    m_fileProtocol = *protocol;
    const int clinicFile = m_protocol->findData(kClinicFile);
    if (clinicFile >= 0)
        m_protocol->removeItem(clinicFile);
    m_protocol->addItem(tr("%1 (clinic's file)").arg(m_fileProtocol.displayName()), kClinicFile);
    m_protocol->setCurrentIndex(m_protocol->count() - 1);
    m_message->setText(tr("Read %1. Save to apply it.").arg(m_fileProtocol.displayName()));
    return true;
}

std::optional<QString> ClinicValuesPage::save()
{
    const auto fail = [this](const QString &error) {
        m_message->setText(error);
        return std::optional<QString>(error);
    };
    if (const QString problem = m_counts->validate(); !problem.isEmpty())
        return fail(problem);
    const std::pair<QString, QLineEdit *> fields[] = { { tr("Clinic name"), m_clinicName },
        { tr("In hours"), m_inHours }, { tr("Out of hours"), m_outOfHours } };
    for (const auto &[name, edit] : fields) {
        if (const auto problem = text::check(name, edit->text(), text::Kind::Short))
            return fail(problem->message);
    }
    PatientSettings s = m_session.settings();
    const QString id = m_protocol->currentData().toString();
    s.protocol
        = id == kClinicFile ? m_fileProtocol : Protocol::preset(id).value_or(Protocol::defaultProtocol());
    s.clinicName = m_clinicName->text().trimmed();
    s.inHoursNumber = m_inHours->text().trimmed();
    s.outOfHoursNumber = m_outOfHours->text().trimmed();
    s.baselineAnc = m_counts->baselineAnc();
    s.clinicLlnAnc = m_counts->clinicLlnAnc();
    if (const auto error = m_session.saveSettings(s))
        return fail(tr("Not saved: %1").arg(*error));
    load();
    m_message->setText(tr("Saved. The audit trail records the change with your login."));
    Q_EMIT saved();
    return std::nullopt;
}

} // namespace nc

#include "auditscreen.h"

#include "auditmodel.h"
#include "storage/repositories.h"
#include "widgets/dateinput.h"
#include "widgets/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nc {

namespace {

// A stored value as a line shows it: text as it is (a blank one said so), numbers and yes/no as JSON
// writes them, a list or an object as compact JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return AuditScreen::tr("(none)");
    case QJsonValue::Null:
        return AuditScreen::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::String: {
        if (value.toString().isEmpty())
            return AuditScreen::tr("(blank)");
        // One line per value, so that a note written over several lines stays readable.
        QString text = value.toString();
        return text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// The selected change in words: what, who and when on the first line, then one line per column —
// "key: old → new" for a change, "key: value" for what was added or removed.
QString detailsText(const AuditEntry &e)
{
    QStringList lines;
    const QString when = QLocale().toString(e.at, QLocale::LongFormat);
    //: The first line of a change's details: "Temperature changed by nurse.kim on …".
    lines << AuditScreen::tr("%1 by %2 on %3").arg(AuditModel::whatWords(e), e.login, when);
    const QString patient = AuditModel::patientWords(e);
    if (!patient.isEmpty())
        lines << AuditScreen::tr("Patient: %1").arg(patient);
    lines << AuditScreen::tr("Record: %1").arg(e.record) << QString();
    const QStringList keys = AuditTrail::changedKeys(e);
    if (e.action == QLatin1String("update")) {
        if (keys.isEmpty())
            lines << AuditScreen::tr("No value changed but the time of the change.");
        for (const QString &key : keys) {
            lines << AuditScreen::tr("%1: %2 → %3")
                         .arg(key, valueText(e.oldValues.value(key)), valueText(e.newValues.value(key)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    const bool added = e.action == QLatin1String("insert");
    const QJsonObject &values = added ? e.newValues : e.oldValues;
    lines << (added ? AuditScreen::tr("Added with these values:") : AuditScreen::tr("Removed; it held:"));
    // Every column, the time of the change included: nothing was there before, or is after.
    for (const QString &key : values.keys())
        lines << AuditScreen::tr("%1: %2").arg(key, valueText(values.value(key)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AuditScreen::AuditScreen(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_trail(db)
{
    setObjectName(QStringLiteral("auditScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    // The title, with the actions on its right (made after the filters, so Tab reaches them after).
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Audit trail"), this);
    title->setProperty("role", QStringLiteral("heading"));
    top->addWidget(title);
    top->addStretch(1);
    layout->addLayout(top);
    auto *notice = new QLabel(tr("The audit trail cannot be changed by anyone."), this);
    notice->setObjectName(QStringLiteral("auditIsFinal"));
    notice->setProperty("role", QStringLiteral("subtle"));
    notice->setWordWrap(true);
    layout->addWidget(notice);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_patient = new QComboBox(this);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_patient->setAccessibleName(tr("Patient"));
    m_patient->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *patientLabel = new QLabel(tr("&Patient"), this);
    patientLabel->setBuddy(m_patient);
    filters->addWidget(patientLabel);
    filters->addWidget(m_patient);

    m_login = new QComboBox(this);
    m_login->setObjectName(QStringLiteral("auditLogin"));
    m_login->setAccessibleName(tr("Who (login)"));
    m_login->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *loginLabel = new QLabel(tr("&Who"), this);
    loginLabel->setBuddy(m_login);
    filters->addSpacing(12);
    filters->addWidget(loginLabel);
    filters->addWidget(m_login);

    const QDate today = QDate::currentDate();
    m_fromOn = new QCheckBox(tr("&From"), this);
    m_fromOn->setObjectName(QStringLiteral("auditFromOn"));
    m_fromOn->setAccessibleName(tr("Only from a day on"));
    m_from = new DateInput(today.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("The first day shown"));
    m_from->setEnabled(false);
    m_toOn = new QCheckBox(tr("&To"), this);
    m_toOn->setObjectName(QStringLiteral("auditToOn"));
    m_toOn->setAccessibleName(tr("Only up to a day"));
    m_to = new DateInput(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("The last day shown"));
    m_to->setEnabled(false);
    filters->addSpacing(12);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addSpacing(8);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);
    filters->addStretch(1);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setAccessibleName(tr("Read the audit trail again"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setAccessibleName(tr("Export the entries shown as a CSV file"));
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    layout->addLayout(filters);

    m_model = new AuditModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Changes, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *detailsLabel = new QLabel(tr("&Values of the selected change"), this);
    detailsLabel->setProperty("role", QStringLiteral("subheading"));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Values of the selected change"));
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("Select a change to see its old and new values."));
    detailsLabel->setBuddy(m_details);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 2);

    m_dateDelay = new QTimer(this);
    m_dateDelay->setSingleShot(true);
    m_dateDelay->setInterval(400);
    connect(m_dateDelay, &QTimer::timeout, this, &AuditScreen::showEntries);

    connect(m_patient, &QComboBox::currentIndexChanged, this, &AuditScreen::showEntries);
    connect(m_login, &QComboBox::currentIndexChanged, this, &AuditScreen::showEntries);
    connect(m_fromOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        showEntries();
    });
    connect(m_toOn, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        showEntries();
    });
    connect(m_from, &QDateTimeEdit::dateChanged, m_dateDelay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateChanged, m_dateDelay, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, &AuditScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditScreen::exportCsv);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditScreen::showSelected);

    refresh();
}

AuditFilter AuditScreen::filter() const
{
    AuditFilter f;
    if (const QVariant patient = m_patient->currentData(); patient.isValid())
        f.patientId = patient.toLongLong();
    f.login = m_login->currentData().toString();
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditScreen::refresh()
{
    reloadChoices();
    showEntries();
}

void AuditScreen::reloadChoices()
{
    // The lists are filled again as they are now; what was chosen stays chosen while it is there.
    const QVariant patient = m_patient->currentData();
    const QVariant login = m_login->currentData();
    const QSignalBlocker patientBlock(m_patient);
    const QSignalBlocker loginBlock(m_login);

    m_patient->clear();
    m_patient->addItem(tr("All patients"));
    for (const Patient &p : PatientRepository(m_db).all()) {
        //: A patient in the list: the name, then the patient's number on the server.
        m_patient->addItem(tr("%1 (%2)").arg(p.name).arg(p.id), p.id);
    }
    m_patient->setCurrentIndex(patient.isValid() ? std::max(0, m_patient->findData(patient)) : 0);

    m_login->clear();
    m_login->addItem(tr("Anyone"), QString());
    for (const QString &name : m_trail.logins())
        m_login->addItem(name, name);
    const QString chosen = login.toString();
    m_login->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, m_login->findData(chosen)));
}

void AuditScreen::showEntries()
{
    m_dateDelay->stop();
    const AuditFilter f = filter();
    auto read = m_trail.entries(f);
    if (!read) {
        m_model->setEntries({});
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(read.error().message);
    } else {
        const qsizetype count = read->size();
        m_model->setEntries(std::move(read).value());
        m_status->setProperty("role", QStringLiteral("subtle"));
        if (f.limit > 0 && count >= f.limit)
            m_status->setText(tr("The newest %1 changes are shown; choose a patient, a login or days to see "
                                 "older ones.")
                                  .arg(count));
        else
            m_status->setText(tr("%n change(s).", nullptr, int(count)));
        m_table->resizeColumnsToContents();
    }
    // The stylesheet follows the role only once the style is applied again.
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    showSelected();
}

void AuditScreen::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const auto entry = current.isValid() ? m_model->entryAt(current.row()) : std::nullopt;
    m_details->setPlainText(entry ? detailsText(*entry) : QString());
}

void AuditScreen::exportCsv()
{
    const QString title = tr("Export the audit trail");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The file name suggested for an export of the audit trail, dated.
    const QString name = tr("neutrocare-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path
        = FileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (const auto error = writeAuditCsv(m_model->entries(), path)) {
        MessageBox::warning(this, tr("The audit trail was not exported"), *error);
        return;
    }
    m_status->setText(tr("%n change(s) exported to %1.", nullptr, int(m_model->rowCount()))
                          .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
}

} // namespace nc

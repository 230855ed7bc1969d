#include "calldialog.h"

#include "scores/riskscoresform.h"
#include "storage/patienthistory.h"
#include "storage/repositories.h"
#include "storage/triagestore.h"
#include "widgets/formproblem.h"
#include "widgets/levelstyle.h"
#include "widgets/scrollpage.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nc {

namespace {

QListWidget *checkList(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    return list;
}

QLabel *wrapped(QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CallDialog::CallDialog(Database &db, std::function<QDateTime()> clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(std::move(clock))
    , m_opened(m_clock())
{
    setObjectName(QStringLiteral("callDialog"));
    setWindowTitle(tr("New telephone call"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Who
    auto *who = new QGroupBox(tr("Who is calling"), content);
    auto *whoForm = new QFormLayout(who);
    m_patient = new QComboBox(who);
    m_patient->setObjectName(QStringLiteral("callPatient"));
    m_patient->setAccessibleName(tr("Patient"));
    QList<Patient> patients = PatientRepository(m_db).all();
    QCollator collator;
    std::sort(patients.begin(), patients.end(),
        [&](const Patient &a, const Patient &b) { return collator.compare(a.name, b.name) < 0; });
    for (const Patient &p : std::as_const(patients))
        m_patient->addItem(p.name, p.id);
    whoForm->addRow(tr("&Patient:"), m_patient);
    m_callerKind = new QComboBox(who);
    m_callerKind->setObjectName(QStringLiteral("callerKind"));
    m_callerKind->setAccessibleName(tr("Who is calling"));
    for (const CallerKind kind : callerKinds::all())
        m_callerKind->addItem(callerKinds::displayName(kind), int(kind));
    whoForm->addRow(tr("&Caller:"), m_callerKind);
    m_callerName = new QLineEdit(who);
    m_callerName->setObjectName(QStringLiteral("callerName"));
    m_callerName->setAccessibleName(tr("Caller's name"));
    whoForm->addRow(tr("&Name:"), m_callerName);
    m_relationship = new QLineEdit(who);
    m_relationship->setObjectName(QStringLiteral("callerRelationship"));
    m_relationship->setAccessibleName(tr("Relationship to the patient"));
    whoForm->addRow(tr("&Relationship:"), m_relationship);
    m_callback = new QLineEdit(who);
    m_callback->setObjectName(QStringLiteral("callbackNumber"));
    m_callback->setAccessibleName(tr("Call-back number"));
    whoForm->addRow(tr("Call-&back number:"), m_callback);
    left->addWidget(who);

    // What they report
    auto *report = new QGroupBox(tr("What they report"), content);
    auto *reportLayout = new QVBoxLayout(report);
    auto *tempRow = new QHBoxLayout;
    m_tempValue = new QDoubleSpinBox(report);
    m_tempValue->setObjectName(QStringLiteral("reportedTemperature"));
    m_tempValue->setAccessibleName(tr("Reported temperature"));
    m_tempValue->setDecimals(1);
    m_tempValue->setRange(30.0, 113.0);
    m_tempValue->setValue(38.0);
    m_tempUnit = new QComboBox(report);
    m_tempUnit->setAccessibleName(tr("Unit"));
    m_tempUnit->addItem(
        units::temperatureUnitSymbol(TemperatureUnit::Celsius), int(TemperatureUnit::Celsius));
    m_tempUnit->addItem(
        units::temperatureUnitSymbol(TemperatureUnit::Fahrenheit), int(TemperatureUnit::Fahrenheit));
    m_tempSite = new QComboBox(report);
    m_tempSite->setAccessibleName(tr("Where it was taken"));
    for (const MeasurementSite site : sites::all())
        m_tempSite->addItem(sites::displayName(site), int(site));
    m_tempMinutesAgo = new QSpinBox(report);
    m_tempMinutesAgo->setAccessibleName(tr("Minutes ago"));
    m_tempMinutesAgo->setRange(0, 24 * 60);
    m_tempMinutesAgo->setSuffix(tr(" min ago"));
    auto *addTemp = new QPushButton(tr("&Add"), report);
    addTemp->setObjectName(QStringLiteral("addReportedTemperature"));
    addTemp->setAccessibleName(tr("Add the reported temperature"));
    auto *tempLabel = new QLabel(tr("&Temperature:"), report);
    tempLabel->setBuddy(m_tempValue);
    tempRow->addWidget(tempLabel);
    tempRow->addWidget(m_tempValue);
    tempRow->addWidget(m_tempUnit);
    tempRow->addWidget(m_tempSite);
    tempRow->addWidget(m_tempMinutesAgo);
    tempRow->addWidget(addTemp);
    reportLayout->addLayout(tempRow);
    m_temperatures = checkList(report, QStringLiteral("reportedTemperatures"), tr("Temperatures reported"));
    m_temperatures->setMaximumHeight(70);
    reportLayout->addWidget(m_temperatures);
    auto *symptomLabel = new QLabel(tr("&Symptoms (tick what they describe):"), report);
    m_symptoms = checkList(report, QStringLiteral("reportedSymptoms"), tr("Symptoms reported"));
    symptomLabel->setBuddy(m_symptoms);
    for (const SymptomCode code : symptoms::all()) {
        auto *item = new QListWidgetItem(symptoms::displayName(code), m_symptoms);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, int(code));
    }
    reportLayout->addWidget(symptomLabel);
    reportLayout->addWidget(m_symptoms, 1);
    auto *medicineRow = new QHBoxLayout;
    auto *medicineLabel = new QLabel(tr("&Fever medicines taken:"), report);
    m_medicines = checkList(report, QStringLiteral("reportedMedicines"), tr("Fever medicines taken"));
    medicineLabel->setBuddy(m_medicines);
    for (const Antipyretic drug : antipyretics::all()) {
        auto *item = new QListWidgetItem(antipyretics::displayName(drug), m_medicines);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, int(drug));
    }
    m_medicines->setMaximumHeight(90);
    m_medicineHoursAgo = new QSpinBox(report);
    m_medicineHoursAgo->setAccessibleName(tr("Hours since the fever medicine"));
    m_medicineHoursAgo->setRange(0, 48);
    m_medicineHoursAgo->setValue(2);
    m_medicineHoursAgo->setSuffix(tr(" h ago"));
    medicineRow->addWidget(medicineLabel);
    medicineRow->addStretch(1);
    medicineRow->addWidget(m_medicineHoursAgo);
    reportLayout->addLayout(medicineRow);
    reportLayout->addWidget(m_medicines);
    left->addWidget(report, 1);

    // The engine's view
    auto *assessment = new QGroupBox(tr("Assessment on the stored history plus this report"), content);
    auto *assessmentLayout = new QVBoxLayout(assessment);
    m_level = wrapped(assessment, QStringLiteral("callLevel"));
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_level->setFont(big);
    m_level->setMargin(6);
    m_level->setAutoFillBackground(true);
    m_reasons = wrapped(assessment, QStringLiteral("callReasons"));
    m_suggested = wrapped(assessment, QStringLiteral("callSuggested"));
    assessmentLayout->addWidget(m_level);
    assessmentLayout->addWidget(m_reasons);
    assessmentLayout->addWidget(m_suggested);
    right->addWidget(assessment);

    auto *decision = new QGroupBox(tr("Disposition and advice"), content);
    auto *decisionForm = new QFormLayout(decision);
    m_disposition = new QComboBox(decision);
    m_disposition->setObjectName(QStringLiteral("callDisposition"));
    m_disposition->setAccessibleName(tr("Disposition chosen"));
    for (const triage::Disposition d : dispositions::all())
        m_disposition->addItem(dispositions::displayName(d), int(d));
    decisionForm->addRow(tr("&Disposition:"), m_disposition);
    m_reason = new QPlainTextEdit(decision);
    m_reason->setObjectName(QStringLiteral("callReason"));
    m_reason->setAccessibleName(tr("Reason for a less urgent disposition"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_reasonLabel = new QLabel(tr("R&eason:"), decision);
    m_reasonLabel->setBuddy(m_reason);
    decisionForm->addRow(m_reasonLabel, m_reason);
    m_advice = new QPlainTextEdit(decision);
    m_advice->setObjectName(QStringLiteral("callAdvice"));
    m_advice->setAccessibleName(tr("Advice given"));
    m_advice->setTabChangesFocus(true);
    m_advice->setMaximumHeight(90);
    auto *adviceLabel = new QLabel(tr("Ad&vice given:"), decision);
    adviceLabel->setBuddy(m_advice);
    decisionForm->addRow(adviceLabel, m_advice);
    m_followUp = wrapped(decision, QStringLiteral("callFollowUp"));
    decisionForm->addRow(m_followUp);
    right->addWidget(decision);

    m_scores = new RiskScoresForm(content);
    right->addWidget(m_scores, 1);

    m_problem = wrapped(this, QStringLiteral("callProblem"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->hide();
    outer->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save call"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallDialog::reject);
    outer->addWidget(buttons);

    connect(m_patient, &QComboBox::currentIndexChanged, this, &CallDialog::patientChosen);
    connect(addTemp, &QPushButton::clicked, this, [this] {
        addTemperature(m_tempValue->value(), TemperatureUnit(m_tempUnit->currentData().toInt()),
            MeasurementSite(m_tempSite->currentData().toInt()), m_tempMinutesAgo->value());
    });
    connect(m_tempUnit, &QComboBox::currentIndexChanged, this, [this] {
        const bool f = TemperatureUnit(m_tempUnit->currentData().toInt()) == TemperatureUnit::Fahrenheit;
        m_tempValue->setValue(f ? 100.4 : 38.0);
    });
    connect(m_symptoms, &QListWidget::itemChanged, this, &CallDialog::reassess);
    connect(m_medicines, &QListWidget::itemChanged, this, &CallDialog::reassess);
    connect(m_medicineHoursAgo, &QSpinBox::valueChanged, this, &CallDialog::reassess);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &CallDialog::reassess);
    patientChosen();
    resize(1100, 760);
}

void CallDialog::setPatient(qint64 patientId)
{
    const int index = m_patient->findData(patientId);
    if (index >= 0)
        m_patient->setCurrentIndex(index);
    patientChosen();
}

qint64 CallDialog::patientId() const
{
    return m_patient->currentData().toLongLong();
}

void CallDialog::patientChosen()
{
    // The history is read once per patient; the report is added to it on each change.
    m_history
        = patientId() > 0 ? PatientHistory(m_db, patientId()).assessmentInput(m_opened) : AssessmentInput {};
    m_history.now = m_opened;
    reassess();
    // Start on the suggested disposition: the nurse lowers it only with a reason.
    const QSignalBlocker block(m_disposition);
    m_disposition->setCurrentIndex(m_disposition->findData(int(triage::suggested(m_assessment.level))));
    reassess();
}

void CallDialog::addTemperature(double value, TemperatureUnit unit, MeasurementSite site, int minutesAgo)
{
    const auto temperature = Temperature::fromInput(value, unit, site);
    if (!temperature.ok()) {
        showFormProblem(m_problem, temperature.error().message, m_tempValue);
        return;
    }
    m_problem->hide();
    const QDateTime at = m_opened.addSecs(-qint64(minutesAgo) * 60);
    m_report.temperatures.append({ at, *temperature, false });
    m_temperatures->addItem(
        tr("%1, %2, %3")
            .arg(Temperature::format(temperature->celsius(), unit), sites::displayName(site),
                QLocale().toString(at.time(), QLocale::ShortFormat)));
    const Level before = m_assessment.level;
    reassess();
    // A report that raises the level raises the suggestion with it.
    if (m_assessment.level != before) {
        m_disposition->setCurrentIndex(m_disposition->findData(int(triage::suggested(m_assessment.level))));
    }
}

void CallDialog::setSymptomReported(SymptomCode code, bool reported)
{
    for (int i = 0; i < m_symptoms->count(); ++i) {
        QListWidgetItem *item = m_symptoms->item(i);
        if (item->data(Qt::UserRole).toInt() == int(code))
            item->setCheckState(reported ? Qt::Checked : Qt::Unchecked);
    }
}

void CallDialog::reassess()
{
    const Level before = m_assessment.level;
    AssessmentInput in = m_history;
    in.temperatures << m_report.temperatures;
    for (int i = 0; i < m_symptoms->count(); ++i) {
        if (m_symptoms->item(i)->checkState() == Qt::Checked)
            in.symptoms.append({ m_opened, SymptomCode(m_symptoms->item(i)->data(Qt::UserRole).toInt()) });
    }
    for (int i = 0; i < m_medicines->count(); ++i) {
        if (m_medicines->item(i)->checkState() == Qt::Checked) {
            in.antipyretics.append({ m_opened.addSecs(-qint64(m_medicineHoursAgo->value()) * 3600),
                Antipyretic(m_medicines->item(i)->data(Qt::UserRole).toInt()) });
        }
    }
    m_assessment = assess(in);
    const LevelStyle style = LevelStyle::of(m_assessment.level);
    QPalette palette = m_level->palette();
    palette.setColor(QPalette::Window, style.background);
    palette.setColor(QPalette::WindowText, style.text);
    m_level->setPalette(palette);
    m_level->setText(levels::title(m_assessment.level));
    QStringList reasons;
    for (const FindingMessage &r : std::as_const(m_assessment.reasons))
        reasons << QStringLiteral("• ") + r.message;
    for (const FindingMessage &n : std::as_const(m_assessment.notes))
        reasons << QStringLiteral("◦ ") + n.message;
    m_reasons->setText(reasons.isEmpty() ? tr("No warning signs in the history or the report.")
                                         : reasons.join(QLatin1Char('\n')));
    const triage::Disposition suggested = triage::suggested(m_assessment.level);
    m_suggested->setText(
        tr("Suggested: %1 (protocol %2)").arg(dispositions::displayName(suggested), m_assessment.protocolId));
    if (m_assessment.level != before && m_assessment.level > before) {
        const QSignalBlocker block(m_disposition);
        m_disposition->setCurrentIndex(m_disposition->findData(int(suggested)));
    }
    const auto chosen = triage::Disposition(m_disposition->currentData().toInt());
    const bool needsReason = triage::needsReason(suggested, chosen);
    m_reasonLabel->setText(
        needsReason ? tr("R&eason (required: less urgent than suggested):") : tr("R&eason:"));
    const auto due = triage::followUpDue(m_assessment.level, chosen, m_opened);
    m_followUp->setText(due
            ? tr("A follow-up call will be due by %1.").arg(QLocale().toString(*due, QLocale::ShortFormat))
            : tr("No follow-up call is set."));
}

TriageCall CallDialog::call() const
{
    TriageCall c;
    c.patientId = patientId();
    c.at = m_opened;
    c.callerKind = CallerKind(m_callerKind->currentData().toInt());
    c.callerName = m_callerName->text();
    c.callerRelationship = m_relationship->text();
    c.callbackNumber = m_callback->text();
    c.report = m_report;
    for (int i = 0; i < m_symptoms->count(); ++i) {
        if (m_symptoms->item(i)->checkState() == Qt::Checked)
            c.report.symptoms.append(
                { m_opened, SymptomCode(m_symptoms->item(i)->data(Qt::UserRole).toInt()) });
    }
    for (int i = 0; i < m_medicines->count(); ++i) {
        if (m_medicines->item(i)->checkState() == Qt::Checked) {
            c.report.antipyretics.append({ m_opened.addSecs(-qint64(m_medicineHoursAgo->value()) * 3600),
                Antipyretic(m_medicines->item(i)->data(Qt::UserRole).toInt()) });
        }
    }
    c.level = m_assessment.level;
    c.protocolId = m_assessment.protocolId;
    c.reasons = m_assessment.reasons;
    c.suggested = triage::suggested(m_assessment.level);
    c.disposition = triage::Disposition(m_disposition->currentData().toInt());
    c.reason = m_reason->toPlainText();
    c.advice = m_advice->toPlainText();
    c.followUpDue = triage::followUpDue(c.level, c.disposition, c.at);
    c.scores = m_scores->scores();
    return c;
}

void CallDialog::accept()
{
    const auto saved = TriageStore(m_db).addCall(call());
    if (!saved.ok()) {
        QWidget *culprit
            = saved.error().field == QLatin1String("reason") ? static_cast<QWidget *>(m_reason) : m_advice;
        showFormProblem(m_problem, saved.error().message, culprit);
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace nc

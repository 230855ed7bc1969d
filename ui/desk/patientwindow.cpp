#include "patientwindow.h"

#include "app/readonlyscreens.h"
#include "charts/chartsscreen.h"
#include "clinicvaluespage.h"
#include "content/contentcatalogue.h"
#include "history/historyscreen.h"
#include "print/callrecord.h"
#include "reports/printcommands.h"
#include "storage/triagestore.h"
#include "today/todayscreen.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"
#include "widgets/timetext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nc {

PatientWindow::PatientWindow(
    Database &db, qint64 patientId, const QString &login, std::function<QDateTime()> clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(db)
    , m_login(login)
{
    setObjectName(QStringLiteral("patientWindow"));
    // Read-only before any screen is made: the screens leave out every control that writes.
    m_session.setReadOnly(true);
    m_session.setClock(clock);
    m_session.setPatient(patientId);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("patientTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setProperty("role", QStringLiteral("heading"));
    header->addWidget(m_title, 1);
    auto *call = new QPushButton(tr("&New call…"), this);
    call->setObjectName(QStringLiteral("patientNewCall"));
    call->setAccessibleName(tr("Record a new telephone call about this patient"));
    call->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    call->setProperty("primary", true);
    connect(call, &QPushButton::clicked, this, [this] { Q_EMIT newCallRequested(this->patientId()); });
    header->addWidget(call);
    QPushButton *print = makePrintButton(this, m_session, &m_print);
    header->addWidget(print);
    layout->addLayout(header);
    auto *readOnly
        = new QLabel(tr("Read-only: the patient's own records are theirs and cannot be changed from the "
                        "desk. The clinic's values are on their own tab."),
            this);
    readOnly->setWordWrap(true);
    layout->addWidget(readOnly);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setAccessibleName(tr("This patient's screens"));
    const ReadOnlyScreens screens = addReadOnlyScreens(m_tabs, m_session, clock);
    m_today = screens.today;
    m_charts = screens.charts;
    m_history = screens.history;
    m_tabs->addTab(makeCallsPage(), tr("&Calls"));
    m_clinicValues = new ClinicValuesPage(m_session, m_tabs);
    connect(m_clinicValues, &ClinicValuesPage::saved, this, [this] { Q_EMIT changed(this->patientId()); });
    m_tabs->addTab(m_clinicValues, tr("Clinic &values"));
    layout->addWidget(m_tabs, 1);

    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(Theme::points(1100), Theme::points(760));
    refresh();
}

QWidget *PatientWindow::makeCallsPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *split = new QSplitter(Qt::Vertical, page);
    m_calls = new QTableWidget(0, 6, split);
    m_calls->setObjectName(QStringLiteral("patientCalls"));
    m_calls->setAccessibleName(tr("Telephone calls, newest first"));
    m_calls->setHorizontalHeaderLabels(
        { tr("When"), tr("Taken by"), tr("Caller"), tr("Level"), tr("Disposition"), tr("Follow-up") });
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->horizontalHeader()->setDefaultSectionSize(Theme::points(150));
    m_callDetails = new QTextBrowser(split);
    m_callDetails->setObjectName(QStringLiteral("callDetails"));
    m_callDetails->setAccessibleName(tr("The selected call"));
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_followUpMade = new QPushButton(tr("Follow-up call &made"), page);
    m_followUpMade->setObjectName(QStringLiteral("followUpMade"));
    m_followUpMade->setAccessibleName(tr("Mark the selected call's follow-up as made"));
    auto *printCall = new QPushButton(tr("Print call &record…"), page);
    printCall->setObjectName(QStringLiteral("printCallRecord"));
    printCall->setAccessibleName(tr("Print the selected call's record"));
    buttons->addWidget(m_followUpMade);
    buttons->addWidget(printCall);
    layout->addLayout(buttons);
    connect(m_calls, &QTableWidget::itemSelectionChanged, this, &PatientWindow::showCall);
    connect(m_followUpMade, &QPushButton::clicked, this, &PatientWindow::markSelectedFollowUpMade);
    connect(printCall, &QPushButton::clicked, this, &PatientWindow::printSelectedCall);
    return page;
}

void PatientWindow::refresh()
{
    const auto patient = PatientRepository(m_session.database()).get(patientId());
    const QString name = patient ? patient->name : tr("A patient no longer on the server");
    m_title->setText(
        patient && patient->birthYear ? tr("%1 (born %2)").arg(name).arg(*patient->birthYear) : name);
    setWindowTitle(tr("%1 — NeutroCare triage desk").arg(name));
    m_session.notifyChanged();
    m_charts->reload();
    loadCalls();
}

void PatientWindow::loadCalls()
{
    const qint64 selected = selectedCall();
    const QList<TriageCall> calls = TriageStore(m_session.database()).calls(patientId());
    const QLocale locale;
    const QDateTime now = m_session.now();
    m_calls->setRowCount(int(calls.size()));
    for (int row = 0; row < calls.size(); ++row) {
        const TriageCall &c = calls.at(row);
        QString followUp;
        if (c.followUpDoneAt)
            followUp = tr("Made by %1").arg(c.followUpDoneBy);
        else if (c.followUpDue)
            followUp = triage::followUpOverdue(*c.followUpDue, now, false)
                ? tr("Overdue since %1").arg(locale.toString(*c.followUpDue, QLocale::ShortFormat))
                : tr("Due %1").arg(locale.toString(*c.followUpDue, QLocale::ShortFormat));
        const QStringList cells = { locale.toString(c.at, QLocale::ShortFormat), c.takenBy,
            c.callerName.isEmpty() ? callerKinds::displayName(c.callerKind)
                                   : tr("%1 (%2)").arg(c.callerName, callerKinds::displayName(c.callerKind)),
            levels::title(c.level), dispositions::displayName(c.disposition), followUp };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            m_calls->setItem(row, column, item);
        }
        if (c.id == selected)
            m_calls->selectRow(row);
    }
    if (m_calls->currentRow() < 0 && !calls.isEmpty())
        m_calls->selectRow(0);
    showCall();
}

qint64 PatientWindow::selectedCall() const
{
    const auto items = m_calls->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void PatientWindow::showCall()
{
    const auto call = TriageStore(m_session.database()).call(selectedCall());
    m_followUpMade->setEnabled(call && call->followUpDue && !call->followUpDoneAt);
    if (!call) {
        m_callDetails->setPlainText(tr("No call recorded yet. Use New call when the patient or a caregiver "
                                       "telephones."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Taken by %1 on %2").arg(call->takenBy, locale.toString(call->at, QLocale::LongFormat));
    lines << tr("Caller: %1")
                 .arg(QStringList { callerKinds::displayName(call->callerKind), call->callerName,
                     call->callerRelationship, call->callbackNumber }
                          .filter(QRegularExpression(QStringLiteral("\\S")))
                          .join(QStringLiteral(", ")));
    for (const TemperatureReading &t : call->report.temperatures) {
        lines << tr("Reported temperature: %1 (%2) at %3")
                     .arg(Temperature::format(t.temperature.celsius(), t.temperature.enteredUnit()),
                         sites::displayName(t.temperature.site()),
                         locale.toString(t.time, QLocale::ShortFormat));
    }
    for (const SymptomEntry &s : call->report.symptoms)
        lines << tr("Reported symptom: %1").arg(symptoms::displayName(s.code));
    for (const AntipyreticDose &d : call->report.antipyretics) {
        lines << tr("Fever medicine: %1 at %2")
                     .arg(antipyretics::displayName(d.drug), locale.toString(d.time, QLocale::ShortFormat));
    }
    lines << tr("Assessment: %1 (protocol %2)").arg(levels::title(call->level), call->protocolId);
    for (const FindingMessage &r : call->reasons)
        lines << QStringLiteral("  • ") + r.message;
    lines << tr("Suggested: %1").arg(dispositions::displayName(call->suggested));
    lines << tr("Disposition: %1").arg(dispositions::displayName(call->disposition));
    if (!call->reason.isEmpty())
        lines << tr("Reason for a less urgent disposition: %1").arg(call->reason);
    if (!call->advice.isEmpty())
        lines << tr("Advice given: %1").arg(call->advice);
    if (call->scores.mascc) {
        const auto s = riskscores::mascc(*call->scores.mascc);
        lines << tr("Decision support for clinicians: %1, %2")
                     .arg(CallRecord::masccTotal(s), CallRecord::masccBand(s));
    }
    if (call->scores.cisne) {
        const auto s = riskscores::cisne(*call->scores.cisne);
        lines << tr("Decision support for clinicians: %1, %2")
                     .arg(CallRecord::cisneTotal(s), CallRecord::cisneBand(s));
    }
    m_callDetails->setPlainText(lines.join(QLatin1Char('\n')));
}

void PatientWindow::markSelectedFollowUpMade()
{
    const qint64 id = selectedCall();
    if (id <= 0)
        return;
    if (const auto error = TriageStore(m_session.database()).markFollowUpMade(id, m_session.now())) {
        MessageBox::warning(this, tr("Follow-up not marked"), *error);
        return;
    }
    loadCalls();
    Q_EMIT changed(patientId());
}

void PatientWindow::printSelectedCall()
{
    const auto call = TriageStore(m_session.database()).call(selectedCall());
    if (!call)
        return;
    CallRecordData data;
    if (const auto patient = PatientRepository(m_session.database()).get(patientId()))
        data.patient = *patient;
    const PatientSettings settings = m_session.settings();
    data.clinicName = settings.clinicName;
    data.call = *call;
    data.protocolName = settings.protocol.id == call->protocolId
        ? settings.protocol.displayName()
        : Protocol::preset(call->protocolId).value_or(Protocol {}).displayName();
    data.unit = settings.displayUnit;
    m_print->preview(CallRecord(data));
}

} // namespace nc

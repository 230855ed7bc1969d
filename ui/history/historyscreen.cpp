#include "historyscreen.h"

#include "app/recordcommands.h"
#include "historymodel.h"
#include "log/entrydialogs.h"
#include "storage/alertepisodes.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <type_traits>

namespace nc {

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t, QLocale::ShortFormat);
}

// A reading in words against the patient's protocol, so a fever stands out in the list without
// relying on colour.
QString bandText(const Protocol &protocol, double celsius)
{
    switch (protocol.bandOf(celsius)) {
    case Protocol::ReadingBand::Single:
        return HistoryScreen::tr("▲ Fever level");
    case Protocol::ReadingBand::Sustained:
    case Protocol::ReadingBand::Watch:
        return HistoryScreen::tr("△ Raised");
    case Protocol::ReadingBand::Low:
        return HistoryScreen::tr("▼ Low");
    case Protocol::ReadingBand::Usual:
        break;
    }
    return {};
}

// Builds the page reader, the delete command and the edit dialog for one record kind. Dialog is
// the log dialog of the kind, which edits a record it is given; void for kinds not edited here.
template<class Record, class Dialog = void>
HistorySource source(Session &session, const QString &kind, QStringList headers, QDateTime from, QDateTime to,
    std::function<QStringList(const Record &)> row, const QString &deleteText)
{
    HistorySource s;
    s.kind = kind;
    s.headers = std::move(headers);
    const qint64 patient = session.patientId();
    s.fetch = [&session, patient, from, to, row](int offset, int limit) {
        QList<std::pair<qint64, QStringList>> rows;
        for (const auto &r :
            RecordRepository<Record>(session.database()).page(patient, offset, limit, from, to))
            rows.append({ r.id, row(r) });
        return rows;
    };
    s.removeCommand = [&session, deleteText](qint64 id) -> QUndoCommand * {
        auto record = RecordRepository<Record>(session.database()).get(id);
        return record ? new RemoveRecordCommand<Record>(session, *record, deleteText) : nullptr;
    };
    if constexpr (!std::is_void_v<Dialog>) {
        s.edit = [&session](qint64 id, QWidget *parent) {
            if (auto record = RecordRepository<Record>(session.database()).get(id)) {
                Dialog dialog(session, parent, record);
                dialog.exec();
            }
        };
    }
    return s;
}

} // namespace

HistoryScreen::HistoryScreen(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("historyScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("History"), this);
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("Temperatures"), QStringLiteral("temperature"));
    m_kind->addItem(tr("Blood counts"), QStringLiteral("count"));
    m_kind->addItem(tr("Symptoms"), QStringLiteral("symptom"));
    m_kind->addItem(tr("Painkiller doses"), QStringLiteral("painkiller"));
    m_kind->addItem(tr("Treatments"), QStringLiteral("treatment"));
    m_kind->addItem(tr("Medicines"), QStringLiteral("medicine"));
    m_kind->addItem(tr("Alerts and calls"), QStringLiteral("alert"));
    auto *kindLabel = new QLabel(tr("&Show"), this);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Everything"), 0);
    m_range->setCurrentIndex(3);
    auto *rangeLabel = new QLabel(tr("&Period"), this);
    rangeLabel->setBuddy(m_range);
    filters->addSpacing(12);
    filters->addWidget(rangeLabel);
    filters->addWidget(m_range);
    filters->addStretch(1);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("historyEdit"));
    m_edit->setAccessibleName(tr("Edit the selected entry"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_delete->setAccessibleName(tr("Delete the selected entry (can be undone)"));
    filters->addWidget(m_edit);
    filters->addWidget(m_delete);
    layout->addLayout(filters);

    m_model = new HistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(Theme::points(160));
    layout->addWidget(m_table, 1);

    if (m_session.readOnly()) {
        // The desk reads a patient's records; it never changes them.
        delete m_edit;
        delete m_delete;
        m_edit = nullptr;
        m_delete = nullptr;
    } else {
        auto *del = new QShortcut(QKeySequence::Delete, m_table);
        connect(del, &QShortcut::activated, this, &HistoryScreen::deleteSelected);
        connect(m_delete, &QPushButton::clicked, this, &HistoryScreen::deleteSelected);
        connect(m_edit, &QPushButton::clicked, this, &HistoryScreen::editSelected);
        connect(m_table, &QTableView::activated, this, &HistoryScreen::editSelected);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryScreen::rebuildSource);
    connect(m_range, &QComboBox::currentIndexChanged, this, &HistoryScreen::rebuildSource);
    connect(&m_session, &Session::dataChanged, this, &HistoryScreen::rebuildSource);
    rebuildSource();
}

void HistoryScreen::showKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void HistoryScreen::rebuildSource()
{
    if (!m_session.patientId())
        return;
    const QDateTime now = m_session.now();
    const int days = m_range->currentData().toInt();
    const QDateTime from = days > 0 ? now.addDays(-days) : QDateTime();
    const QDateTime to = now.addYears(1); // include entries dated a little ahead by mistake
    const QString kind = m_kind->currentData().toString();
    const PatientSettings settings = m_session.settings();
    const auto unit = settings.displayUnit;
    const Protocol protocol = settings.protocol;
    const QLocale locale;

    HistorySource s;
    if (kind == QLatin1String("temperature")) {
        s = source<TemperatureRecord, TemperatureDialog>(
            m_session, kind,
            { tr("When"), tr("Temperature"), tr("Reading"), tr("As typed"), tr("Where"), tr("Painkiller"),
                tr("Note") },
            from, to,
            [unit, protocol](const TemperatureRecord &r) {
                const auto &t = r.reading.temperature;
                return QStringList { when(r.reading.time), Temperature::format(t.celsius(), unit),
                    bandText(protocol, t.celsius()), Temperature::format(t.celsius(), t.enteredUnit()),
                    sites::displayName(t.site()),
                    r.reading.antipyreticReported ? tr("Yes — may be masked") : QString(), r.note };
            },
            tr("Delete temperature"));
    } else if (kind == QLatin1String("count")) {
        s = source<BloodCountRecord, BloodCountDialog>(
            m_session, kind,
            { tr("Taken"), tr("ANC (/µL)"), tr("Severity"), tr("How"), tr("Lab"), tr("Note") }, from, to,
            [locale](const BloodCountRecord &r) {
                const auto &c = r.count;
                return QStringList { when(c.time()), locale.toString(c.anc(), 'f', 0),
                    grading::severityName(grading::severity(c.anc())),
                    c.provenance() == AncProvenance::Measured ? tr("Measured") : tr("From WBC × %"), r.lab,
                    r.note };
            },
            tr("Delete blood count"));
    } else if (kind == QLatin1String("symptom")) {
        s = source<SymptomRecord, SymptomDialog>(
            m_session, kind, { tr("When"), tr("Symptom"), tr("Note") }, from, to,
            [](const SymptomRecord &r) {
                return QStringList { when(r.entry.time), symptoms::displayName(r.entry.code), r.note };
            },
            tr("Delete symptom"));
    } else if (kind == QLatin1String("painkiller")) {
        s = source<AntipyreticRecord, AntipyreticDialog>(
            m_session, kind, { tr("When"), tr("Medicine"), tr("Note") }, from, to,
            [](const AntipyreticRecord &r) {
                return QStringList { when(r.dose.time), antipyretics::displayName(r.dose.drug), r.note };
            },
            tr("Delete painkiller dose"));
    } else if (kind == QLatin1String("treatment")) {
        s = source<TreatmentRecord, TreatmentDialog>(
            m_session, kind, { tr("Date"), tr("Treatment"), tr("Regimen"), tr("Note") }, from, to,
            [locale](const TreatmentRecord &r) {
                return QStringList { locale.toString(r.treatment.date, QLocale::ShortFormat),
                    treatments::displayName(r.treatment.kind), r.regimen, r.note };
            },
            tr("Delete treatment"));
    } else if (kind == QLatin1String("medicine")) {
        s = source<MedicineRecord, MedicineDialog>(
            m_session, kind, { tr("Started"), tr("Medicine"), tr("Dose"), tr("Note") }, QDateTime(),
            QDateTime(),
            [locale](const MedicineRecord &r) {
                return QStringList { r.started ? locale.toString(*r.started, QLocale::ShortFormat)
                                               : QString(),
                    r.name, r.dose, r.note };
            },
            tr("Delete medicine"));
    } else {
        // Every episode from when it began; the outcome says whether anyone answered it, and its
        // time is when that was logged ("could not reach" is logged, but is no contact).
        const Protocol current = m_session.settings().protocol;
        s = source<AlertRecord>(
            m_session, kind,
            { tr("When"), tr("Level"), tr("Protocol"), tr("Outcome"), tr("Outcome logged"), tr("Note") },
            from, to,
            [current](const AlertRecord &r) {
                return QStringList { when(r.raisedAt), levels::title(r.level),
                    alertepisodes::protocolName(r.protocolId, current), alertepisodes::outcomeText(r.outcome),
                    r.acknowledgedAt ? when(*r.acknowledgedAt) : QString(), r.note };
            },
            tr("Delete alert"));
    }
    m_table->scrollToTop(); // a new list starts at its newest entry, and reads one page
    m_model->setSource(s);
    if (m_edit)
        m_edit->setVisible(bool(s.edit)); // the alert log records what happened: it is not rewritten
}

void HistoryScreen::deleteSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->source().removeCommand || m_session.readOnly())
        return;
    QUndoCommand *command = m_model->source().removeCommand(m_model->idAt(rows.first().row()));
    if (!command)
        return;
    // A refused delete never reaches the stack (the session reports why); only a done one says so.
    const int before = m_session.undoStack()->index();
    m_session.undoStack()->push(command);
    if (m_session.undoStack()->index() > before)
        Q_EMIT message(tr("Deleted — Ctrl+Z to undo"));
}

void HistoryScreen::editSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->source().edit || m_session.readOnly())
        return;
    m_model->source().edit(m_model->idAt(rows.first().row()), this);
}

} // namespace nc

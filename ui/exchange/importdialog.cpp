#include "importdialog.h"

#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchangeprogress.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nc {

namespace {

// FHIR is JSON, which begins with "{"; anything else is read as CSV.
bool looksLikeJson(const QByteArray &data)
{
    for (const char c : data) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\xEF' && c != '\xBB' && c != '\xBF')
            return false;
    }
    return false;
}

QTableWidget *table(
    const QString &name, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        // Text from a file is shown as plain text, never interpreted; very long text is cut.
        QString text = cells.at(c);
        if (text.size() > 300)
            text = text.left(300) + QChar(0x2026);
        t->setItem(row, c, new QTableWidgetItem(text));
    }
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ImportDialog::ImportDialog(Session &session, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import records for %1").arg(session.patientName()));
    setModal(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Import status"));
    m_status->setTextFormat(Qt::PlainText);
    read(path);
    buildPreview(QFileInfo(path).fileName());
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("The file could not be opened: %1").arg(file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    ExchangeProgress progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), parentWidget());
    // Records dated after the session's now are refused, as in the log dialogs.
    const QDateTime now = m_session.now();
    m_parsed = looksLikeJson(data) ? fhir::read(data, progress.callback(), now)
                                   : csv::read(data, progress.callback(), now);
    if (m_parsed.cancelled) {
        m_status->setText(tr("Reading was cancelled. Nothing was imported."));
        return;
    }
    if (m_parsed.ok())
        m_plan = planImport(m_session.database(), m_session.patientId(), m_parsed.records);
    m_loaded = true;
}

void ImportDialog::buildPreview(const QString &fileName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    // Whose records these become, first: a caregiver must not import into the wrong profile.
    auto *forPatient = heading(tr("Into the records of: %1").arg(m_session.patientName()), this);
    forPatient->setObjectName(QStringLiteral("forPatient"));
    forPatient->setTextFormat(Qt::PlainText);
    layout->addWidget(forPatient);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    // With nothing to import the only way on is to close.
    if (!m_loaded || !m_parsed.errors.isEmpty() || m_plan.addedTotal() == 0)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));

    if (!m_loaded) {
        m_status->setProperty("role", QStringLiteral("error"));
        layout->addWidget(m_status);
        layout->addWidget(buttons);
        return;
    }

    if (!m_parsed.errors.isEmpty()) {
        // Words and an icon-free heading carry the meaning; nothing relies on colour alone.
        layout->addWidget(heading(tr("%1 cannot be imported. Nothing was stored. Fix these problems in the "
                                     "file and try again:")
                                      .arg(fileName),
            this));
        auto *errors = table(QStringLiteral("errorTable"), tr("Problems in the file"),
            { tr("Where"), tr("Field"), tr("Problem") }, this);
        for (const auto &e : m_parsed.errors)
            addRow(errors, { e.location, e.field, e.reason });
        // Every problem in full: rows grow to their wrapped text instead of ending in "…".
        errors->setTextElideMode(Qt::ElideNone);
        errors->resizeColumnsToContents();
        errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        errors->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        layout->addWidget(errors, 1);
        // A wholly wrong file lists its first problems and counts the rest.
        m_status->setText(m_parsed.errorCount > m_parsed.errors.size()
                ? tr("%n problem(s) found; the first %1 are listed.", nullptr, int(m_parsed.errorCount))
                      .arg(m_parsed.errors.size())
                : tr("%n problem(s) found.", nullptr, int(m_parsed.errorCount)));
        layout->addWidget(m_status);
        layout->addWidget(buttons);
        resize(900, 560);
        return;
    }

    layout->addWidget(heading(tr("What importing %1 will do:").arg(fileName), this));
    auto *kinds = table(QStringLiteral("kindTable"), tr("Records in the file"),
        { tr("Kind"), tr("New"), tr("Already stored (skipped)") }, this);
    for (auto kind : recordkinds::all()) {
        const int added = m_plan.added.value(kind);
        const int duplicates = m_plan.duplicates.value(kind);
        if (added || duplicates)
            addRow(kinds,
                { recordkinds::displayName(kind), QString::number(added), QString::number(duplicates) });
    }
    kinds->resizeColumnsToContents();
    layout->addWidget(kinds, 1);

    if (!m_parsed.skippedCodes.isEmpty()) {
        layout->addWidget(heading(tr("Results NeutroCare does not track (not imported):"), this));
        auto *skipped = table(QStringLiteral("skippedTable"), tr("Results not imported"),
            { tr("Result"), tr("How many") }, this);
        for (auto it = m_parsed.skippedCodes.begin(); it != m_parsed.skippedCodes.end(); ++it)
            addRow(skipped, { it.key(), QString::number(it.value()) });
        skipped->resizeColumnsToContents();
        layout->addWidget(skipped, 1);
    }
    if (m_parsed.withdrawn) {
        auto *withdrawn
            = new QLabel(tr("%n result(s) the lab marked as entered in error or cancelled (not imported).",
                             nullptr, m_parsed.withdrawn),
                this);
        withdrawn->setObjectName(QStringLiteral("withdrawnLabel"));
        withdrawn->setWordWrap(true);
        layout->addWidget(withdrawn);
    }

    const int added = m_plan.addedTotal();
    m_status->setText(added ? tr("Nothing is stored until you press Import.")
                            : tr("Everything in this file is already stored: there is nothing to import."));
    layout->addWidget(m_status);
    m_import = buttons->addButton(tr("&Import %n record(s)", nullptr, added), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(m_import->text().remove(QLatin1Char('&')));
    m_import->setProperty("primary", true);
    m_import->setEnabled(added > 0);
    m_import->setDefault(added > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    layout->addWidget(buttons);
    resize(760, 520);
}

void ImportDialog::accept()
{
    if (!m_loaded || !m_parsed.ok())
        return;
    ExchangeProgress progress(tr("Importing…"), this);
    const ImportOutcome outcome
        = storeImport(m_session.database(), m_session.patientId(), m_parsed.records, progress.callback());
    if (outcome.cancelled) {
        m_status->setText(tr("The import was cancelled. Nothing was stored."));
        return;
    }
    if (!outcome.ok()) {
        m_status->setText(tr("Nothing was stored: %1").arg(outcome.error));
        return;
    }
    m_stored = outcome.counts.addedTotal();
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace nc

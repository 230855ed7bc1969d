#include "exchangeactions.h"

#include "exchangeprogress.h"
#include "importdialog.h"
#include "widgets/dialogs.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

namespace nc {

namespace {

QString csvFilter()
{
    return ExchangeActions::tr("Spreadsheet (CSV) (*.csv)");
}

QString fhirFilter()
{
    return ExchangeActions::tr("FHIR lab results (JSON) (*.json)");
}

} // namespace

ExchangeActions::ExchangeActions(Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

QString ExchangeActions::suggestedFileName(
    const QString &patientName, const QDate &date, const QString &suffix)
{
    // Letters and digits of any script are kept; every other run (spaces, brackets, slashes) is one dash.
    QString safe;
    for (const QChar c : patientName) {
        if (c.isLetterOrNumber())
            safe += c;
        else if (!safe.isEmpty() && !safe.endsWith(QLatin1Char('-')))
            safe += QLatin1Char('-');
    }
    while (safe.endsWith(QLatin1Char('-')))
        safe.chop(1);
    QStringList parts { QStringLiteral("neutrocare") };
    if (!safe.isEmpty())
        parts << safe.left(60);
    parts << date.toString(Qt::ISODate);
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix;
}

void ExchangeActions::importInteractive()
{
    if (!m_session.patientId())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = FileDialog::getOpenFileName(m_window, tr("Import records for %1").arg(m_session.patientName()),
            folder, tr("CSV or FHIR files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

int ExchangeActions::importFrom(const QString &path)
{
    ImportDialog dialog(m_session, path, m_window);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Imported %n record(s) from %1.", nullptr, dialog.storedCount())
                                               .arg(QFileInfo(path).fileName()));
    return result;
}

void ExchangeActions::exportInteractive()
{
    if (!m_session.patientId())
        return;
    QString filter = csvFilter();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = FileDialog::getSaveFileName(m_window, tr("Export records of %1").arg(m_session.patientName()),
            folder + QLatin1Char('/')
                + suggestedFileName(m_session.patientName(), m_session.now().date(), QStringLiteral("csv")),
            csvFilter() + QStringLiteral(";;") + fhirFilter(), &filter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || filter == fhirFilter();
    const QString error = exportTo(path, json ? ExchangeFormat::Fhir : ExchangeFormat::Csv);
    if (error.isEmpty())
        m_window->statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()));
    else
        MessageBox::warning(m_window, tr("Export records of %1").arg(m_session.patientName()), error);
}

QString ExchangeActions::exportTo(const QString &path, ExchangeFormat format)
{
    if (!m_session.patientId())
        return tr("Choose a profile first.");
    ExchangeProgress progress(tr("Exporting…"), m_window);
    const ExportOutcome outcome
        = exportToFile(m_session.database(), m_session.patientId(), format, path, progress.callback());
    if (outcome.cancelled)
        return tr("The export was cancelled. No file was written.");
    if (!outcome.ok())
        return tr("The file could not be saved: %1").arg(outcome.error);
    return {};
}

} // namespace nc

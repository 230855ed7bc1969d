#include "exchangeactions.h"

#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchange/importer.h"
#include "exchangeprogress.h"
#include "importdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <optional>

namespace nc {

namespace {

std::optional<QString> nextFileAnswer;

QString takeAnswer(const std::function<QString()> &ask)
{
    if (nextFileAnswer) {
        const QString answer = *nextFileAnswer;
        nextFileAnswer.reset();
        return answer;
    }
    return ask();
}

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

void ExchangeActions::answerNextFileDialog(const QString &path)
{
    nextFileAnswer = path;
}

void ExchangeActions::importInteractive()
{
    if (!m_session.patientId())
        return;
    const QString path = takeAnswer([this] {
        return QFileDialog::getOpenFileName(m_window, tr("Import records"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV or FHIR files (*.csv *.json);;All files (*)"));
    });
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
    const QString path = takeAnswer([this, &filter] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(m_window, tr("Export records"),
            folder + QStringLiteral("/neutrocare.csv"), csvFilter() + QStringLiteral(";;") + fhirFilter(),
            &filter);
    });
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || filter == fhirFilter();
    const QString error = exportTo(path, json ? ExchangeFormat::Fhir : ExchangeFormat::Csv);
    if (error.isEmpty())
        m_window->statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(m_window, tr("Export"), error);
}

QString ExchangeActions::exportTo(const QString &path, ExchangeFormat format)
{
    if (!m_session.patientId())
        return tr("Choose a profile first.");
    const RecordSet records = collectRecords(m_session.database(), m_session.patientId());
    ExchangeProgress progress(tr("Exporting…"), m_window);
    const auto data = format == ExchangeFormat::Csv ? csv::write(records, progress.callback())
                                                    : fhir::write(records, progress.callback());
    if (!data)
        return tr("The export was cancelled. No file was written.");
    // QSaveFile: an existing file is replaced only once the new one is complete on disk.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return tr("The file could not be saved: %1").arg(file.errorString());
    return {};
}

} // namespace nc

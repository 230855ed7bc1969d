#include "recordexport.h"

#include "csv.h"
#include "fhir.h"
#include "importer.h"
#include "savefile.h"

namespace nc {

std::optional<QByteArray> exportRecords(
    Database &db, qint64 patientId, ExchangeFormat format, const Progress &progress)
{
    const RecordSet records = collectRecords(db, patientId);
    return format == ExchangeFormat::Csv ? csv::write(records, progress) : fhir::write(records, progress);
}

ExportOutcome exportToFile(
    Database &db, qint64 patientId, ExchangeFormat format, const QString &path, const Progress &progress)
{
    const auto data = exportRecords(db, patientId, format, progress);
    if (!data)
        return { true, {} };
    if (const auto error = saveFile(path, *data))
        return { false, *error };
    return {};
}

} // namespace nc

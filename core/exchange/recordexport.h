#pragma once

#include "recordset.h"
#include "storage/database.h"

#include <QByteArray>
#include <optional>

// Exporting a patient's records, the same for File ▸ Export… and `neutrocare-cli export`.
namespace nc {

enum class ExchangeFormat { Csv, Fhir };

// Every record of the patient as one file in `format`; std::nullopt when `progress` cancelled.
std::optional<QByteArray> exportRecords(
    Database &db, qint64 patientId, ExchangeFormat format, const Progress &progress = {});

struct ExportOutcome
{
    bool cancelled = false;
    QString error; // why the file was not written, in the file system's words

    bool ok() const { return !cancelled && error.isEmpty(); }
};

// Writes the export to `path` through saveFile(): a cancelled or failed export leaves any existing
// file untouched.
ExportOutcome exportToFile(Database &db, qint64 patientId, ExchangeFormat format, const QString &path,
    const Progress &progress = {});

} // namespace nc

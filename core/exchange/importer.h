#pragma once

#include "recordset.h"
#include "storage/database.h"

#include <QMap>

// Moving records between a RecordSet and the database. Import is all or nothing: one
// transaction, rolled back on any failure or on cancellation. A record already stored for the
// patient (same kind, same time, same value) is skipped and counted, never stored twice.
namespace nc {

struct ImportCounts
{
    QMap<RecordKind, int> added;
    QMap<RecordKind, int> duplicates;

    int addedTotal() const;
    int duplicateTotal() const;
};

// Every record of a patient, oldest first within each kind.
RecordSet collectRecords(Database &db, qint64 patientId);

// What storing `records` would do now, without writing: the preview.
ImportCounts planImport(Database &db, qint64 patientId, const RecordSet &records);

struct ImportOutcome
{
    ImportCounts counts;
    bool cancelled = false;
    QString error; // why nothing was stored, in words a person can act on
    ImportReport file; // importFile(): what reading the file found (its errors, what it skipped)

    bool ok() const { return !cancelled && error.isEmpty() && file.ok(); }
};

// Stores the new records of `records` for the patient in one transaction. On an error or a
// cancellation nothing at all is stored.
ImportOutcome storeImport(
    Database &db, qint64 patientId, const RecordSet &records, const Progress &progress = {});

// A reader (csv::read, fhir::read) bound to its file: it hands each record it reads to the sink.
using FileReader = std::function<ImportReport(RecordSink &sink, const Progress &progress)>;

// Reads a file and stores its new records as they are read, in one pass and one transaction, so that
// memory stays flat however long the file: nothing is stored when the file has any error, when
// storing fails, or when `progress` cancels.
ImportOutcome importFile(
    Database &db, qint64 patientId, const FileReader &read, const Progress &progress = {});

} // namespace nc

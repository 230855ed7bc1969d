#pragma once

#include "recordset.h"

#include <QByteArray>
#include <optional>

// FHIR R4 JSON (CLINICAL.md §7). Export: a Bundle of type "collection" holding one Observation
// per temperature (category vital-signs, LOINC 8310-5 plus the site's own code, UCUM Cel/[degF])
// and the lab results (category laboratory: a measured ANC as 751-8; a derived one as a CBC
// panel 58410-2 whose members are the WBC 6690-2 and its differential 770-8, or 769-0 + 764-1).
// Import: a Bundle or a single Observation as patient portals export them (docs/csv-format.md,
// "FHIR"); codes NeutroCare does not track are listed, never guessed at.
namespace nc::fhir {

// Only the temperatures and blood counts of `records` are written. std::nullopt on cancel.
std::optional<QByteArray> write(const RecordSet &records, const Progress &progress = {});

// Reads and checks the file, handing each record to `sink`. A result dated after `now` is an error
// (storage/recordtime.h). Lab results are grouped across the whole bundle (a panel and its members
// may be anywhere in it), so the document is parsed whole.
ImportReport read(const QByteArray &json, RecordSink &sink, const Progress &progress = {},
    const QDateTime &now = QDateTime::currentDateTime());
// The same, with the records collected.
ParsedImport read(const QByteArray &json, const Progress &progress = {},
    const QDateTime &now = QDateTime::currentDateTime());

} // namespace nc::fhir

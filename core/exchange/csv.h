#pragma once

#include "recordset.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>
#include <optional>

// NeutroCare's CSV format (docs/csv-format.md): one UTF-8 file, RFC 4180 quoting, one row per
// record with a `kind` column, ISO 8601 times with their offset. Cells that a spreadsheet would
// run as a formula are escaped on export and un-escaped on import, so the round trip is exact.
namespace nc::csv {

// Every column, in file order.
const QStringList &columns();

// The whole file; std::nullopt when `progress` cancelled.
std::optional<QByteArray> write(const RecordSet &records, const Progress &progress = {});

// Reads and validates every row, a chunk at a time, handing each record to `sink` as it is read. Any
// error means nothing may be stored. A temperature, count, symptom, painkiller dose or treatment dated
// after `now` is an error (storage/recordtime.h). Progress counts bytes, of in.size() (0 when `in`
// is a pipe).
ImportReport read(QIODevice &in, RecordSink &sink, const Progress &progress = {},
    const QDateTime &now = QDateTime::currentDateTime());
// The same, with the records collected: for a file that is shown before it is stored.
ParsedImport read(const QByteArray &data, const Progress &progress = {},
    const QDateTime &now = QDateTime::currentDateTime());

// Formula-injection escape: a cell beginning with = + - @ tab, CR or ' gets a leading '.
QString escapeCell(const QString &cell);
// The exact inverse: a leading ' is removed only when one of those characters follows it.
QString unescapeCell(const QString &cell);
// One cell as this format writes it: escapeCell(), then quoted (RFC 4180) when it holds a comma, a
// quote or a line break. Every CSV file the app writes (records, the audit trail) writes its cells so.
QString formatCell(const QString &cell);

} // namespace nc::csv

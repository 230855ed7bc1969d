#pragma once

#include "cli.h"

// import|export --db PATH --patient ID --format csv|fhir FILE ("-" = stdin/stdout).
namespace nc::cli {

// Reads records into the profile, all or nothing; prints what was stored and what was skipped.
int importRecords(const Console &console, const QStringList &args);
// Writes the profile's records.
int exportRecords(const Console &console, const QStringList &args);

} // namespace nc::cli

#pragma once

#include "cli.h"

namespace nc::cli {

// assess: reads an assessment request (JSON) on the console's input, writes the result (JSON).
int assess(const Console &console, const QStringList &args);
// score: reads MASCC and/or CISNE items (JSON) on stdin, writes each score and its band (JSON), as
// CLINICAL.md §8 says. For clinicians: decision support, never shown to a patient.
int score(const Console &console, const QStringList &args);

} // namespace nc::cli

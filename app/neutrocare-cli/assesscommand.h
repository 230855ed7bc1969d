#pragma once

#include "cli.h"

namespace nc::cli {

// assess: reads an assessment request (JSON) on the console's input, writes the result (JSON).
int assess(const Console &console, const QStringList &args);

} // namespace nc::cli

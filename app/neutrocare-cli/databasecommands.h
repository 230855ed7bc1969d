#pragma once

#include "cli.h"

// The commands on the database file itself: its profiles, and the safety of the data.
namespace nc::cli {

// patients --db PATH [--add NAME]: lists the profiles, or creates one and prints its id.
int patients(const Console &console, const QStringList &args);
// backup --db PATH [-o FILE]: prints the backup made.
int backup(const Console &console, const QStringList &args);
// restore --db PATH FILE: checks FILE, backs the database up, then replaces it with FILE.
int restore(const Console &console, const QStringList &args);
// check --db PATH: prints ok, or what is wrong.
int check(const Console &console, const QStringList &args);

} // namespace nc::cli

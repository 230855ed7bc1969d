#pragma once

#include "cli.h"

// `server …`: setting up and administering a clinic's PostgreSQL server (docs/clinic-server.md).
namespace nc::cli {

// server init|add-user|link|users --db URI …
int server(const Console &console, const QStringList &args);

} // namespace nc::cli

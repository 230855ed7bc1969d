#pragma once

#include "cli.h"

// link, sync, unlink: the home link of a patient's own file to the clinic's server (issue 19),
// for clinics that script it and for tests; the app drives the same link.
namespace nc::cli {

// link --db LOCAL --patient ID --server URI --login NAME [--keep-password keyring|password-file]
// (the password on stdin)
int link(const Console &console, const QStringList &args);
// sync --db LOCAL [--patient ID]: one pass, then what moved and what is still waiting.
int sync(const Console &console, const QStringList &args);
// unlink --db LOCAL --patient ID
int unlink(const Console &console, const QStringList &args);

} // namespace nc::cli

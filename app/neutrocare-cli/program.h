#pragma once

#include "cli.h"

#include <span>

// What the two programs behind the neutrocare-cli command share (DESIGN.md, "The CLI contract").
// neutrocare-cli itself links QtCore and QtSql only, so a scripted command starts in a few
// milliseconds: Qt's GUI libraries and the keyring's D-Bus stack are 35 of the 55 libraries the one
// program loaded, and loading them took most of its start. The commands that need them, those that
// print (sheet, card, report) and those that keep a password in the keyring (link, sync, unlink),
// run in neutrocare-cli-full, which neutrocare-cli executes in its own place: the same arguments,
// standard streams and exit code.
namespace nc::cli {

using Command = int (*)(const Console &, const QStringList &);

struct NamedCommand
{
    const char *name;
    Command run;
};

// The commands neutrocare-cli runs itself.
std::span<const NamedCommand> coreCommands();

// The commands that neutrocare-cli leaves to neutrocare-cli-full, which runs them besides the core ones.
std::span<const char *const> fullProgramCommands();

// Whether `command` is one of them.
bool needsFullProgram(const QString &command);

// The command: the first argument that is not an option, known before any application exists.
QString commandOf(int argc, char *argv[]);

// Before the application: the CLI's stderr keeps to its contract (one line per refusal).
void prepareProcess();

// With the application made: the person's language, the command line and its command, found among
// `commands`.
int runCommandLine(std::span<const NamedCommand> commands);

// Executes neutrocare-cli-full with these arguments in place of this process. Returns only when it
// could not, after saying so.
int runFullProgram(char *argv[]);

} // namespace nc::cli

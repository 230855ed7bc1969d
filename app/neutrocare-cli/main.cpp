// neutrocare-cli: the scriptable face of the core (DESIGN.md, "The CLI contract"). The commands
// live in the library beside this file; this only picks one, and hands the printing and home-link
// commands to neutrocare-cli-full (program.h says why).

#include "program.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    using namespace nc::cli;
    if (needsFullProgram(commandOf(argc, argv)))
        return runFullProgram(argv);
    prepareProcess();
    const QCoreApplication application(argc, argv);
    return runCommandLine(coreCommands());
}

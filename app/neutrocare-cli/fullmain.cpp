// neutrocare-cli-full: every command of neutrocare-cli, the printing and home-link ones among them,
// which need Qt's GUI libraries and the desktop's keyring. neutrocare-cli executes it for those
// (program.h); run by hand it does the same as neutrocare-cli.

#include "homelinkcommands.h"
#include "printingcommands.h"
#include "program.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    using namespace nc::cli;
    prepareProcess();
    // Qt Charts and text layout need a QApplication for printing; everything else stays on
    // QCoreApplication. With no display, printing runs on the offscreen platform.
    const bool printing = isPrintCommand(commandOf(argc, argv));
    if (printing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printing
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    // The core commands, and those program.cpp names as this program's (fullProgramCommands(); a
    // test runs each of them through neutrocare-cli).
    std::vector<NamedCommand> commands(coreCommands().begin(), coreCommands().end());
    commands.insert(commands.end(),
        { { "sheet", sheet }, { "card", card }, { "report", printReport }, { "link", link }, { "sync", sync },
            { "unlink", unlink } });
    return runCommandLine(commands);
}

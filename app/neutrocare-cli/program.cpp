#include "program.h"

#include "assesscommand.h"
#include "databasecommands.h"
#include "exchangecommands.h"
#include "language.h"
#include "servercommands.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace nc::cli {

namespace {

const std::array<NamedCommand, 9> kCoreCommands { { { "assess", assess }, { "score", score },
    { "patients", patients }, { "backup", backup }, { "restore", restore }, { "check", check },
    { "import", importRecords }, { "export", exportRecords }, { "server", server } } };

const std::array<const char *, 6> kFullProgramCommands { "sheet", "card", "report", "link", "sync",
    "unlink" };

// The CLI's stderr is its contract: one line per refusal. Qt's own diagnostics are not for the person
// running it (QPSQL's note that it could not free a statement inside a failed transaction, the
// offscreen platform's font notes); NC_CLI_QT_MESSAGES=1 shows them, and a fatal one always shows.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || !qEnvironmentVariableIsEmpty("NC_CLI_QT_MESSAGES"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Where neutrocare-cli-full is: beside this program in a build tree, else where it is installed,
// found from this program's own place so that a relocated installation works too.
std::filesystem::path fullProgram()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path directory = self.parent_path();
    const std::filesystem::path beside = directory / "neutrocare-cli-full";
    if (std::filesystem::exists(beside, error))
        return beside;
    return (directory / NC_CLI_FULL_FROM_BINDIR / "neutrocare-cli-full").lexically_normal();
}

} // namespace

std::span<const NamedCommand> coreCommands()
{
    return kCoreCommands;
}

std::span<const char *const> fullProgramCommands()
{
    return kFullProgramCommands;
}

bool needsFullProgram(const QString &command)
{
    return std::any_of(kFullProgramCommands.begin(), kFullProgramCommands.end(),
        [&command](const char *name) { return command == QLatin1String(name); });
}

QString commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-')
            return QString::fromLocal8Bit(argv[i]);
    }
    return {};
}

void prepareProcess()
{
    qInstallMessageHandler(quietQtMessages);
    Database::setStandardErrorAsideWhileConnecting(true); // its one line is all it says there
}

int runCommandLine(std::span<const NamedCommand> commands)
{
    QCoreApplication::setApplicationName(QStringLiteral("neutrocare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    // Help and refusals in the user's language; a printed document switches to its patient's.
    language::apply(language::match(QLocale::system().uiLanguages()));
    const ProcessConsole process;
    const Console &console = process.console();

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral(
            "assess | score | patients | backup | restore | check | import | export | sheet | card | "
            "report | server | link | sync | unlink"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // parse(), not process(): an unknown option is bad input (exit 2, one line), as the contract says.
    if (!parser.parse(QCoreApplication::arguments()))
        return console.report(kBadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(kOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return console.report(kBadInput, Words::tr("no command given; see --help"));
    for (const auto &[name, run] : commands) {
        if (positional.constFirst() == QLatin1String(name))
            return run(console, positional.mid(1));
    }
    return console.report(
        kBadInput, Words::tr("unknown command \"%1\"; see --help").arg(positional.constFirst()));
}

int runFullProgram(char *argv[])
{
    const std::filesystem::path program = fullProgram();
    execv(program.c_str(), argv);
    // Before any application or translation: the contract's one line, in English.
    std::fprintf(stderr, "neutrocare-cli: cannot run %s: %s\n", program.c_str(), std::strerror(errno));
    return kFailure;
}

} // namespace nc::cli

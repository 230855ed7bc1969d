// neutrocare-cli: the scriptable face of the core (DESIGN.md, "The CLI contract"). The commands
// live in the library beside this file; this only picks one.

#include "assesscommand.h"
#include "databasecommands.h"
#include "exchangecommands.h"
#include "homelinkcommands.h"
#include "language.h"
#include "printingcommands.h"
#include "servercommands.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <cstdio>
#include <memory>

namespace {

// The command is the first argument that is not an option: known before any application exists.
QString commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-')
            return QString::fromLocal8Bit(argv[i]);
    }
    return {};
}

// The CLI's stderr is its contract: one line per refusal. Qt's own diagnostics are not for the person
// running it (QPSQL's note that it could not free a statement inside a failed transaction, the
// offscreen platform's font notes); NC_CLI_QT_MESSAGES=1 shows them, and a fatal one always shows.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || !qEnvironmentVariableIsEmpty("NC_CLI_QT_MESSAGES"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace nc::cli;
    qInstallMessageHandler(quietQtMessages);
    nc::Database::setStandardErrorAsideWhileConnecting(true); // its one line is all it says there
    // Qt Charts and text layout need a QApplication for printing; everything else stays on
    // QCoreApplication. With no display, printing runs on the offscreen platform.
    const bool printing = isPrintCommand(commandOf(argc, argv));
    if (printing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printing
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neutrocare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    // Help and refusals in the user's language; a printed document switches to its patient's.
    nc::language::apply(nc::language::match(QLocale::system().uiLanguages()));
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
        return console.report(kBadInput, nc::cli::Words::tr("no command given; see --help"));
    using Command = int (*)(const Console &, const QStringList &);
    const std::pair<const char *, Command> commands[]
        = { { "assess", assess }, { "score", score }, { "patients", patients }, { "backup", backup },
              { "restore", restore }, { "check", check }, { "import", importRecords },
              { "export", exportRecords }, { "sheet", sheet }, { "card", card }, { "report", printReport },
              { "server", server }, { "link", link }, { "sync", sync }, { "unlink", unlink } };
    for (const auto &[name, run] : commands) {
        if (positional.constFirst() == QLatin1String(name))
            return run(console, positional.mid(1));
    }
    return console.report(
        kBadInput, nc::cli::Words::tr("unknown command \"%1\"; see --help").arg(positional.constFirst()));
}

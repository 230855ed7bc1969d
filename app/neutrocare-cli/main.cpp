// neutrocare-cli: the scriptable face of the core (DESIGN.md, "The CLI contract").
// Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.

#include "exchange/assessjson.h"
#include "storage/repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

int report(int code, const QString &message)
{
    QTextStream(stderr) << "neutrocare-cli: " << message << '\n';
    return code;
}

int assess()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return report(kFailure, QStringLiteral("cannot read stdin"));
    const QDateTime now = QDateTime::currentDateTime();
    const auto input = nc::assessjson::parse(in.readAll(), now.toOffsetFromUtc(now.offsetFromUtc()));
    if (!input)
        return report(kBadInput, QStringLiteral("stdin: %1: %2").arg(input.error().field, input.error().message));
    const nc::Assessment assessment = nc::assess(*input);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return kFailure;
    out.write(QJsonDocument(nc::assessjson::toJson(assessment, input->now)).toJson(QJsonDocument::Indented));
    return kOk;
}

int patients(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path"));
    const QCommandLineOption add(QStringLiteral("add"), QStringLiteral("Create a profile named <name>; prints its id."),
                                 QStringLiteral("name"));
    parser.addOption(db);
    parser.addOption(add);
    if (!parser.parse(args))
        return report(kBadInput, parser.errorText());
    if (!parser.isSet(db))
        return report(kBadInput, QStringLiteral("patients: --db: is required"));

    nc::Database database;
    if (!database.open(parser.value(db)))
        return report(kFailure, QStringLiteral("%1: %2").arg(parser.value(db), database.errorString()));
    QTextStream out(stdout);
    nc::PatientRepository repo(database);
    if (parser.isSet(add)) {
        const QString name = parser.value(add).trimmed();
        if (name.isEmpty())
            return report(kBadInput, QStringLiteral("patients: --add: the name is empty"));
        const auto id = repo.add({0, name, std::nullopt});
        if (!id)
            return report(kFailure, id.error().message);
        out << *id << '\n';
        return kOk;
    }
    for (const auto &p : repo.all())
        out << p.id << '\t' << p.name << '\n';
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neutrocare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "NeutroCare's command-line tool.\n\n"
        "Commands:\n"
        "  assess                       read an assessment request (JSON) on stdin, write the result (JSON)\n"
        "  patients --db PATH [--add NAME]  list the profiles, or create one and print its id\n\n"
        "Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("assess | patients"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return report(kBadInput, QStringLiteral("no command given; see --help"));
    const QString command = positional.first();
    if (command == QLatin1String("assess")) {
        if (positional.size() > 1)
            return report(kBadInput, QStringLiteral("assess: takes no arguments; it reads stdin"));
        return assess();
    }
    if (command == QLatin1String("patients"))
        return patients(QStringList {QStringLiteral("neutrocare-cli patients")} + positional.mid(1));
    return report(kBadInput, QStringLiteral("unknown command \"%1\"; see --help").arg(command));
}

// neutrocare-cli: the scriptable face of the core (DESIGN.md, "The CLI contract").
// Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.

#include "exchange/assessjson.h"
#include "storage/backupmanager.h"
#include "storage/repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
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

// --- backup, restore, check: the safety of the data ----------------------------------------------

// Parses "--db PATH" plus the command's own options; on bad arguments sets *exitCode.
bool parseDatabaseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                          int positionals, int *exitCode)
{
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path"));
    parser.addHelpOption();
    parser.addOption(db);
    if (!parser.parse(QStringList {QStringLiteral("neutrocare-cli ") + command} + args)) {
        *exitCode = report(kBadInput, QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (!parser.isSet(db)) {
        *exitCode = report(kBadInput, QStringLiteral("%1: --db: is required").arg(command));
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = report(kBadInput, positionals ? QStringLiteral("%1: expects one backup FILE").arg(command)
                                                  : QStringLiteral("%1: takes no FILE argument").arg(command));
        return false;
    }
    return true;
}

int backup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the backup to <file> instead of the backups folder."),
                                    QStringLiteral("file"));
    parser.addOption(output);
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("backup"), args, 0, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFile::exists(path))
        return report(kBadInput, QStringLiteral("%1: no such database").arg(path));
    if (parser.isSet(output) && QFile::exists(parser.value(output)))
        return report(kBadInput, QStringLiteral("%1: already exists; a backup never overwrites a file").arg(parser.value(output)));

    nc::Database database;
    if (!database.open(path))
        return report(kFailure, QStringLiteral("%1: %2").arg(path, database.errorString()));
    QString made;
    if (parser.isSet(output)) {
        QString error;
        made = parser.value(output);
        if (!database.backupTo(made, &error))
            return report(kFailure, QStringLiteral("%1: %2").arg(made, error));
    } else {
        const auto result = nc::BackupManager(path).backUp(database);
        if (!result)
            return report(kFailure, result.error().message);
        made = *result;
    }
    QTextStream(stdout) << QDir::toNativeSeparators(made) << '\n';
    return kOk;
}

int restore(const QStringList &args)
{
    QCommandLineParser parser;
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("restore"), args, 1, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    const QString backupFile = parser.positionalArguments().first();
    const nc::FileCheck verdict = nc::BackupManager::check(backupFile);
    if (!verdict.ok)
        return report(kBadInput, QStringLiteral("%1: %2 Nothing was changed.").arg(backupFile, verdict.problem));
    QString safety;
    if (const auto error = nc::BackupManager(path).restore(backupFile, nullptr, &safety))
        return report(kFailure, *error);
    QTextStream out(stdout);
    out << "restored " << QDir::toNativeSeparators(backupFile) << '\n';
    if (!safety.isEmpty())
        out << "the database it replaced was kept as " << QDir::toNativeSeparators(safety) << '\n';
    return kOk;
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("check"), args, 0, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFile::exists(path))
        return report(kBadInput, QStringLiteral("%1: no such database").arg(path));
    const nc::FileCheck verdict = nc::BackupManager::check(path);
    if (!verdict.ok)
        return report(kFailure, verdict.problem);
    QTextStream(stdout) << "ok\n";
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
        "  patients --db PATH [--add NAME]  list the profiles, or create one and print its id\n"
        "  backup --db PATH [-o FILE]   back up the database (default: its backups folder); prints the file\n"
        "  restore --db PATH FILE       check FILE, back up the database, then replace it with FILE\n"
        "  check --db PATH              check the database file: prints ok, or what is wrong (exit 1)\n\n"
        "Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("assess | patients | backup | restore | check"));
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
    if (command == QLatin1String("backup"))
        return backup(positional.mid(1));
    if (command == QLatin1String("restore"))
        return restore(positional.mid(1));
    if (command == QLatin1String("check"))
        return check(positional.mid(1));
    return report(kBadInput, QStringLiteral("unknown command \"%1\"; see --help").arg(command));
}

#include "servercommands.h"

#include "storage/serveradmin.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace nc::cli {

namespace {

// The --db of every server command: a server, opened to administer it.
std::unique_ptr<Database> openServer(CommandLine &line)
{
    if (!line.require({ &line.database }) || !line.expectPositionals(0))
        return nullptr;
    const QString where = line.value(line.database);
    if (!ConnectionSpec::namesServer(where)) {
        line.fail(kBadInput,
            Words::tr("--db: \"%1\" is a file; server commands take a PostgreSQL server (postgresql://… or "
                      "host=… dbname=…)")
                .arg(where));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(where, Database::Purpose::Administer)) {
        line.report(kFailure, QStringLiteral("%1: %2").arg(where, db->errorString()));
        return nullptr;
    }
    return db;
}

// A refusal of ServerAdmin: bad input for what was typed, a failure for what the server said.
int refuse(CommandLine &line, const InputError &error)
{
    return line.fail(error.field == QLatin1String("server") ? kFailure : kBadInput, error.message);
}

int init(CommandLine &line, const QStringList &args)
{
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"),
        Words::tr("Where the pg_dump taken before an upgrade goes (default: NeutroCare's data folder)."),
        QStringLiteral("dir"));
    line.addOptions({ line.database, backupDir });
    if (!line.parse(args))
        return line.exitCode();
    const auto db = openServer(line);
    if (!db)
        return line.exitCode();
    const QString folder = line.isSet(backupDir)
        ? line.value(backupDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/server-backups");
    const auto done = ServerAdmin(*db).init(folder);
    if (!done)
        return refuse(line, done.error());
    for (const QString &warning : done->warnings)
        line.console().report(kOk, Words::tr("warning: %1").arg(warning));
    QTextStream out(&line.console().out());
    if (!done->backupFile.isEmpty())
        out << "backed up data version " << done->fromVersion << " first to "
            << QDir::toNativeSeparators(done->backupFile) << '\n';
    if (done->changed)
        out << "set up at data version " << Database::kSchemaVersion << ", roles version "
            << ServerAdmin::kSetupVersion << '\n';
    else
        out << "already set up at data version " << Database::kSchemaVersion << "; nothing changed\n";
    return kOk;
}

int addUser(CommandLine &line, const QStringList &args)
{
    const QCommandLineOption role(
        QStringLiteral("role"), Words::tr("admin, staff, patient or caregiver."), QStringLiteral("role"));
    const QCommandLineOption login(
        QStringLiteral("login"), Words::tr("The new login's name."), QStringLiteral("name"));
    line.addOptions({ line.database, role, login, line.patient });
    if (!line.parse(args) || !line.require({ &line.database, &role, &login }))
        return line.exitCode();
    const auto kind = loginKindFromName(line.value(role));
    if (!kind)
        return line.fail(kBadInput,
            Words::tr("--role: \"%1\" is not admin, staff, patient or caregiver").arg(line.value(role)));
    std::optional<qint64> patient;
    if (line.isSet(line.patient)) {
        patient = line.patientId(CommandLine::IdOf::ServerPatient);
        if (!patient)
            return line.exitCode();
    }
    const auto db = openServer(line);
    if (!db)
        return line.exitCode();
    const QString password
        = line.console().readSecret(Words::tr("Password for %1 (one line): ").arg(line.value(login)));
    if (const auto error = ServerAdmin(*db).addUser(*kind, line.value(login), password, patient))
        return error->field == QLatin1String("password")
            ? line.fail(kBadInput, Words::tr("stdin: the password is empty; give it as one line on stdin"))
            : refuse(line, *error);
    QTextStream(&line.console().out()) << "added " << line.value(login) << " (" << line.value(role) << ")\n";
    return kOk;
}

int link(CommandLine &line, const QStringList &args)
{
    const QCommandLineOption caregiver(
        QStringLiteral("caregiver"), Words::tr("The caregiver's login."), QStringLiteral("login"));
    line.addOptions({ line.database, caregiver, line.patient });
    if (!line.parse(args) || !line.require({ &line.database, &caregiver, &line.patient }))
        return line.exitCode();
    const std::optional<qint64> patient = line.patientId(CommandLine::IdOf::ServerPatient);
    if (!patient)
        return line.exitCode();
    const auto db = openServer(line);
    if (!db)
        return line.exitCode();
    if (const auto error = ServerAdmin(*db).link(line.value(caregiver), *patient))
        return refuse(line, *error);
    QTextStream(&line.console().out())
        << "linked " << line.value(caregiver) << " to patient " << *patient << '\n';
    return kOk;
}

int users(CommandLine &line, const QStringList &args)
{
    line.addOption(line.database);
    if (!line.parse(args))
        return line.exitCode();
    const auto db = openServer(line);
    if (!db)
        return line.exitCode();
    const auto logins = ServerAdmin(*db).users();
    if (!logins)
        return refuse(line, logins.error());
    QTextStream out(&line.console().out());
    for (const ServerLogin &login : *logins) {
        QStringList patients;
        for (const qint64 id : login.patients)
            patients << QString::number(id);
        out << login.login << '\t' << loginKindName(login.kind) << '\t' << patients.join(QLatin1Char(','))
            << '\n';
    }
    return kOk;
}

} // namespace

int server(const Console &console, const QStringList &args)
{
    using Subcommand = int (*)(CommandLine &, const QStringList &);
    const std::pair<const char *, Subcommand> subcommands[]
        = { { "init", init }, { "add-user", addUser }, { "link", link }, { "users", users } };
    const QString name = args.value(0);
    for (const auto &[subcommand, run] : subcommands) {
        if (name == QLatin1String(subcommand)) {
            CommandLine line(console, QStringLiteral("server ") + name);
            return run(line, args.mid(1));
        }
    }
    return console.report(kBadInput,
        name.isEmpty()
            ? Words::tr("server: expects init, add-user, link or users")
            : Words::tr("server: unknown command \"%1\"; expects init, add-user, link or users").arg(name));
}

} // namespace nc::cli

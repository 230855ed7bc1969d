#include "databasecommands.h"

#include "storage/backupmanager.h"
#include "storage/textlimits.h"

#include <QDir>
#include <QTextStream>

namespace nc::cli {

namespace {

// The command line of backup, restore and check: "--db PATH", and no FILE or one backup FILE. They
// work on NeutroCare's own files; a clinic server has PostgreSQL's tools for that, which `serverTool`
// names, rather than a copy that would pretend to be one.
bool parseDatabaseCommand(CommandLine &line, const QStringList &args, int files, const QString &serverTool)
{
    line.addDatabaseOption();
    if (!line.parse(args) || !line.require({ &line.database })
        || !line.expectPositionals(
            files, files ? Words::tr("expects one backup FILE") : Words::tr("takes no FILE argument")))
        return false;
    if (ConnectionSpec::namesServer(line.value(line.database))) {
        line.fail(kBadInput,
            Words::tr("--db names a PostgreSQL server; this command is for NeutroCare's own database files. "
                      "Use %1 (docs/clinic-server.md).")
                .arg(serverTool));
        return false;
    }
    return true;
}

} // namespace

int patients(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("patients"));
    const QCommandLineOption add(QStringLiteral("add"),
        Words::tr("Create a profile named <name>; prints its id."), QStringLiteral("name"));
    line.addDatabaseOption();
    line.addOption(add);
    if (!line.parse(args) || !line.require({ &line.database }) || !line.expectPositionals(0))
        return line.exitCode();

    QTextStream out(&console.out());
    if (!line.isSet(add)) {
        // Listing names a database that exists; only --add makes a new one.
        const auto database = line.openDatabase();
        if (!database)
            return line.exitCode();
        for (const auto &p : PatientRepository(*database).all())
            out << p.id << '\t' << p.name << '\n';
        return kOk;
    }
    const QString name = line.value(add).trimmed();
    if (name.isEmpty())
        return line.fail(kBadInput, Words::tr("--add: the name is empty"));
    if (const auto error = text::check(QStringLiteral("--add"), name, text::Kind::Short))
        return line.fail(kBadInput, error->message);
    const auto database = line.openDatabase(CommandLine::Missing::Create);
    if (!database)
        return line.exitCode();
    const auto id = PatientRepository(*database).add({ 0, name, std::nullopt });
    if (!id)
        return line.report(kFailure, id.error().message);
    out << *id << '\n';
    return kOk;
}

int backup(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("backup"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        Words::tr("Write the backup to <file> instead of the backups folder."), QStringLiteral("file"));
    line.addOption(output);
    if (!parseDatabaseCommand(line, args, 0, QStringLiteral("pg_dump")))
        return line.exitCode();
    if (!line.databaseExists())
        return line.exitCode();
    if (line.isSet(output) && QFile::exists(line.value(output)))
        return line.report(kBadInput,
            Words::tr("%1: already exists; a backup never overwrites a file").arg(line.value(output)));

    const auto database = line.openDatabase();
    if (!database)
        return line.exitCode();
    QString made;
    if (line.isSet(output)) {
        QString error;
        made = line.value(output);
        if (!database->backupTo(made, &error))
            return line.report(kFailure, QStringLiteral("%1: %2").arg(made, error));
    } else {
        const auto result = BackupManager(database->path()).backUp(*database);
        if (!result)
            return line.report(kFailure, result.error().message);
        made = *result;
    }
    QTextStream(&console.out()) << QDir::toNativeSeparators(made) << '\n';
    return kOk;
}

int restore(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("restore"));
    if (!parseDatabaseCommand(line, args, 1, QStringLiteral("pg_restore")))
        return line.exitCode();
    // No existence check: restoring is how a lost database comes back.
    const QString path = line.value(line.database);
    const QString backupFile = line.positionalArguments().constFirst();
    const FileCheck verdict = BackupManager::check(backupFile);
    if (!verdict.ok)
        return line.report(
            kBadInput, Words::tr("%1: %2 Nothing was changed.").arg(backupFile, verdict.problem));
    QString safety;
    if (const auto error = BackupManager(path).restore(backupFile, nullptr, &safety))
        return line.report(kFailure, *error);
    QTextStream out(&console.out());
    out << "restored " << QDir::toNativeSeparators(backupFile) << '\n';
    if (!safety.isEmpty())
        out << "the database it replaced was kept as " << QDir::toNativeSeparators(safety) << '\n';
    return kOk;
}

int check(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("check"));
    if (!parseDatabaseCommand(line, args, 0, Words::tr("PostgreSQL's amcheck extension")))
        return line.exitCode();
    if (!line.databaseExists())
        return line.exitCode();
    const FileCheck verdict = BackupManager::check(line.value(line.database));
    if (!verdict.ok)
        return line.report(kFailure, verdict.problem);
    QTextStream(&console.out()) << "ok\n";
    return kOk;
}

} // namespace nc::cli

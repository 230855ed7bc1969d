// Importing files as a new user would, with the command-line tool, against the sqlite3 command line's
// .import of the same file into a bare table (DESIGN.md budget: ≤ 2×, validation included), and the
// CLI's peak memory (≤ 2 × the file + 40 MB, flat whatever the length):
//   - 100,000 readings in NeutroCare's own CSV (all 28 columns, as the app exports them);
//   - 100,000 readings in a narrow hand-made file (kind,time,value,unit,site), as people bring them;
//   - 1,000,000 readings: the cost stays linear and the memory flat;
//   - a FHIR bundle of 100,000 observations: time and memory, reported.
// With --pg CONNINFO (a superuser's), the same 100,000 readings onto a PostgreSQL server against
// `psql \copy` of the same file into a bare table (budget ≤ 3×), and the home link's 10,000 records
// (≤ 4×); each also beside `psql \copy` of the same rows into the server's own table, and into a
// table of its columns that gains the table's parts one at a time, for reading.
// Each program runs as a child of this one; wait4() gives its own time and peak resident memory.
//   bench_csvimport --cli build/release/app/neutrocare-cli [--pg "dbname=x"] [--runs 3]
#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "homelink/passwordstore.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/synclinks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace nc;

namespace {

struct Run
{
    bool ok = false;
    double ms = 0;
    double peakMb = 0;
};

// Runs `program` with `args` (stdout and stderr to /dev/null unless `show`), as a child of its own.
Run runChild(const QString &program, const QStringList &args, bool show = false)
{
    std::vector<QByteArray> storage { program.toLocal8Bit() };
    for (const auto &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!show && (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr)))
            _exit(126);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return {};
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    Run run;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.ms = (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6;
    run.peakMb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    return run;
}

// The best time of `runs` (each on a fresh target made by `prepare`), and the largest peak memory.
template<class Prepare> Run best(int runs, Prepare &&prepare, const QString &program, const QStringList &args)
{
    Run result { true, std::numeric_limits<double>::max(), 0 };
    for (int i = 0; i < runs; ++i) {
        prepare(i);
        const Run run = runChild(
            program, QStringList(args).replaceInStrings(QStringLiteral("%RUN%"), QString::number(i)));
        if (!run.ok)
            return {};
        result.ms = std::min(result.ms, run.ms);
        result.peakMb = std::max(result.peakMb, run.peakMb);
    }
    return result;
}

QDateTime start()
{
    return QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00+01:00"), Qt::ISODate);
}

// `rows` temperatures `apart` seconds apart (all in the past), for the app's own CSV format or FHIR.
RecordSet readings(int rows, int apart)
{
    RecordSet set;
    const QDateTime first = start();
    set.temperatures.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        TemperatureRecord r;
        r.reading = { first.addSecs(qint64(apart) * i),
            *Temperature::fromInput(36.0 + (i % 40) / 10.0, TemperatureUnit::Celsius) };
        set.temperatures.append(r);
    }
    return set;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The narrow file another app's export might be: five columns, no byte-order mark, LF line ends.
bool writeNarrow(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "kind,time,value,unit,site\n";
    const qint64 first = start().toSecsSinceEpoch();
    for (int i = 0; i < rows; ++i) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(first + 600LL * i, Qt::OffsetFromUTC, 3600);
        out += "temperature," + t.toString(Qt::ISODate).toLatin1() + ','
            + QByteArray::number(36.0 + (i % 40) / 10.0) + ",C,oral\n";
    }
    return f.write(out) == out.size();
}

double fileMb(const QString &path)
{
    return QFileInfo(path).size() / (1024.0 * 1024.0);
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

// One psql command against `uri`, as a child of its own.
Run psql(const QString &uri, const QString &command)
{
    return runChild(QStringLiteral("psql"),
        { QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
            uri, QStringLiteral("-c"), command });
}

// psql's \copy of a CSV file into a new bare table of text columns: the floor the server figures
// compare against.
QString createBareTable(const QString &table, const QStringList &columns)
{
    QStringList typed;
    for (const QString &column : columns)
        typed << column + QStringLiteral(" text");
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table, typed.join(QLatin1Char(',')));
}

Run psqlCopy(const QString &uri, const QString &table, const QStringList &columns, const QString &file)
{
    psql(uri, createBareTable(table, columns));
    return psql(uri, QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER true)").arg(table, file));
}

// The columns of a reading on the server, as psql's \copy names them.
const QString kReadingColumns
    = QStringLiteral("uuid, patient_id, time_ms, utc_offset, celsius, entered_value, entered_unit, site, "
                     "antipyretic_reported, note, updated_ms");

// psql's \copy of one patient's readings on the server back into `temperatures` itself once it is
// emptied: the same rows, with the UUIDs our program made (time-ordered, version 7: random ones
// would cost the UUID's index half as much again), in the order it sent them, into the same table
// with its indexes, foreign key and triggers. Not a budget (DESIGN.md's are against a bare table):
// what the schema alone costs, so a figure can be read as the program's share and the schema's.
Run copyIntoTheTable(const QString &uri, qint64 patientId, const QString &file)
{
    if (!psql(uri,
            QStringLiteral("\\copy (SELECT %1 FROM temperatures WHERE patient_id = %2 ORDER BY id) "
                           "TO '%3' WITH (FORMAT csv)")
                .arg(kReadingColumns)
                .arg(patientId)
                .arg(file))
             .ok
        || !psql(uri, QStringLiteral("TRUNCATE temperatures")).ok)
        return {};
    return psql(uri,
        QStringLiteral("\\copy temperatures (%1) FROM '%2' WITH (FORMAT csv)").arg(kReadingColumns, file));
}

// Keeps the best time of the runs so far, and whether every run worked.
void keepBest(Run &best, const Run &run)
{
    best.ok = best.ok && run.ok;
    best.ms = std::min(best.ms, run.ms);
}

// What each part of the server's `temperatures` table adds to a `psql \copy` of the same rows (the
// file copyIntoTheTable() wrote): a table of its columns gains the parts one at a time, each taken from
// `temperatures` itself (LIKE, pg_get_constraintdef, pg_get_triggerdef), so the ladder follows the
// schema. Not a budget: it shows which multiple of a bare table each part of DESIGN.md's schema costs.
void printTheTablesParts(
    QTextStream &out, const QString &uri, const QString &file, const QString &rows, int runs)
{
    const QString &columns = kReadingColumns;
    // Copies onto %1 what `temperatures` has of a kind: its foreign key, or one trigger by name.
    const QString addForeignKey = QStringLiteral(
        "DO $$ BEGIN EXECUTE (SELECT 'ALTER TABLE %1 ADD ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'temperatures'::regclass AND contype = 'f'); END $$");
    const QString addTrigger = QStringLiteral(
        "DO $$ BEGIN EXECUTE (SELECT replace(pg_get_triggerdef(oid), ' ON public.temperatures ', ' ON %1 ') "
        "FROM pg_trigger WHERE tgrelid = 'temperatures'::regclass AND tgname = '%2'); END $$");
    const QString typed = QStringLiteral(
        "CREATE TABLE %1 (LIKE temperatures INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY)");
    const QString indexed = QStringLiteral("CREATE TABLE %1 (LIKE temperatures INCLUDING ALL)");
    const struct
    {
        QString what;
        QStringList sql;
    } parts[] = {
        { QStringLiteral("a bare table of text columns"),
            { createBareTable(QStringLiteral("%1"), columns.split(QStringLiteral(", "))) } },
        { QStringLiteral("its typed columns with their checks"), { typed } },
        { QStringLiteral("+ the key and the UUID's unique index (an upsert by UUID needs both)"),
            { typed, QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (id), ADD UNIQUE (uuid)") } },
        { QStringLiteral("+ the two time indexes (every index of temperatures)"), { indexed } },
        { QStringLiteral("+ the foreign key to patients"), { indexed, addForeignKey } },
        { QStringLiteral("+ the audit trail"),
            { indexed, addForeignKey,
                addTrigger.arg(QStringLiteral("%1"), QStringLiteral("audit_inserts")) } },
        { QStringLiteral("+ the notification (all that temperatures has)"),
            { indexed, addForeignKey, addTrigger.arg(QStringLiteral("%1"), QStringLiteral("audit_inserts")),
                addTrigger.arg(QStringLiteral("%1"), QStringLiteral("notify_insert")) } },
    };
    out << "psql \\copy of the same " << rows
        << " rows into a table of temperatures' columns, its parts added one "
           "at a time (best of "
        << runs << "):\n";
    double bare = 0;
    int step = 0;
    for (const auto &part : parts) {
        const QString table = QStringLiteral("table_part_%1").arg(step++);
        bool made = psql(uri, QStringLiteral("DROP TABLE IF EXISTS %1").arg(table)).ok;
        for (const QString &statement : part.sql)
            made = made && psql(uri, statement.arg(table)).ok;
        Run best { made, std::numeric_limits<double>::max(), 0 };
        for (int i = 0; i < runs && best.ok; ++i) {
            best.ok = psql(uri, QStringLiteral("TRUNCATE %1").arg(table)).ok;
            keepBest(best,
                psql(uri,
                    QStringLiteral("\\copy %1 (%2) FROM '%3' WITH (FORMAT csv)").arg(table, columns, file)));
        }
        if (!best.ok) {
            out << "  " << part.what << ": could not be measured\n";
            return;
        }
        if (bare == 0)
            bare = best.ms;
        out << "  " << part.what << ": " << number(best.ms, 0) << " ms, " << number(best.ms / bare, 1)
            << "×\n";
    }
}

// The home link's figure: the patient's login made on the server, its password in libpq's
// password file (as for a person without a keyring), a file of 10,000 readings linked to it; each
// run empties the server's copy and marks every reading again, then times one whole sync.
template<class Path, class Figure>
bool homeLinkFigure(const QString &cli, const QString &uri, Path &&path, int runs, Figure &&ratioFigure)
{
    const std::optional<ConnectionSpec> superuser = ConnectionSpec::parse(uri);
    Database server;
    if (!superuser || !server.open(uri))
        return false;
    const QString login = superuser->database + QStringLiteral("_link");
    const QString password = QStringLiteral("bench link password");
    const Expected<qint64> serverPatient
        = PatientRepository(server).add({ 0, QStringLiteral("Link"), std::nullopt });
    if (!serverPatient || ServerAdmin(server).addUser(LoginKind::Patient, login, password, *serverPatient))
        return false;
    qputenv("PGPASSFILE", path(QStringLiteral("pgpass")).toLocal8Bit());
    qunsetenv("PGPASSWORD"); // it would win over the password file
    qunsetenv("PGUSER");
    ConnectionSpec linked = *superuser;
    linked.user = login;
    linked.password.clear();
    if (PasswordStore(linked).save(PasswordStore::Place::PasswordFile, password))
        return false;
    const QString file = path(QStringLiteral("link.sqlite"));
    const QString readings = path(QStringLiteral("narrow-10k.csv"));
    if (!writeNarrow(readings, 10000)
        || !runChild(cli,
            { QStringLiteral("patients"), QStringLiteral("--db"), file, QStringLiteral("--add"),
                QStringLiteral("Link") })
                .ok
        || !runChild(cli,
            { QStringLiteral("import"), QStringLiteral("--db"), file, QStringLiteral("--patient"),
                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), readings })
                .ok)
        return false;
    Run ours { true, std::numeric_limits<double>::max(), 0 };
    Run copy { true, std::numeric_limits<double>::max(), 0 };
    for (int i = 0; i < runs && ours.ok && copy.ok; ++i) {
        {
            QSqlQuery wipe(server.connection());
            Database local;
            if (!wipe.exec(QStringLiteral("TRUNCATE temperatures")) || !local.open(file))
                return false;
            SyncLinkRepository links(local);
            if (links.unlink(1)
                || links.link(
                    { 1, linked.keywords(), login, QDateTime::currentDateTimeUtc(), std::nullopt, {} }))
                return false;
        }
        keepBest(ours, runChild(cli, { QStringLiteral("sync"), QStringLiteral("--db"), file }));
        keepBest(copy,
            psqlCopy(uri, QStringLiteral("bare_link_%1").arg(i),
                { QStringLiteral("kind"), QStringLiteral("time"), QStringLiteral("value"),
                    QStringLiteral("unit"), QStringLiteral("site") },
                readings));
    }
    ratioFigure(
        QStringLiteral("The home link sends 10,000 pending records (against psql \\copy)"), 4, ours, copy);
    const Run table = copyIntoTheTable(uri, *serverPatient, path(QStringLiteral("link-rows.csv")));
    if (!table.ok)
        return false;
    QTextStream out(stdout);
    out << "psql \\copy of the same 10,000 rows into the server's temperatures table itself: "
        << number(table.ms, 0) << " ms; the home link took " << number(ours.ms / table.ms, 1) << "× that\n";
    printTheTablesParts(out, uri, path(QStringLiteral("link-rows.csv")), QStringLiteral("10,000"), runs);
    return true;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("cli"), QStringLiteral("neutrocare-cli"), QStringLiteral("path") });
    parser.addOption(
        { QStringLiteral("pg"), QStringLiteral("a superuser's conninfo"), QStringLiteral("conninfo") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("runs of each"), QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("write-files"), QStringLiteral("(internal) write the files"),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("pg-only"), QStringLiteral("only the PostgreSQL figure") });
    parser.process(app);
    if (parser.isSet(QStringLiteral("write-files"))) {
        const QDir into(parser.value(QStringLiteral("write-files")));
        return writeFile(into.filePath(QStringLiteral("wide-100k.csv")), *csv::write(readings(100000, 600)))
                && writeNarrow(into.filePath(QStringLiteral("narrow-100k.csv")), 100000)
                && writeFile(into.filePath(QStringLiteral("wide-1m.csv")), *csv::write(readings(1000000, 30)))
                && writeFile(
                    into.filePath(QStringLiteral("fhir-100k.json")), *fhir::write(readings(100000, 600)))
            ? 0
            : 1;
    }
    QTextStream out(stdout);
    const QString cli = parser.value(QStringLiteral("cli"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (cli.isEmpty()) {
        out << "usage: bench_csvimport --cli PATH [--pg CONNINFO] [--runs N]\n";
        return 2;
    }
    QTemporaryDir dir;
    auto path = [&](const QString &name) { return dir.filePath(name); };
    // Written by a child: a forked child's peak memory counts what it shared with this process before
    // its exec, so this one stays small (no million records ever held here).
    if (!runChild(QCoreApplication::applicationFilePath(), { QStringLiteral("--write-files"), dir.path() })
             .ok)
        return 1;

    // A profile in a fresh database file per run, made before the clock starts.
    auto freshProfile = [&](const QString &name) {
        return [&, name](int run) {
            const QString db = path(QStringLiteral("%1-%2.sqlite").arg(name).arg(run));
            runChild(cli,
                { QStringLiteral("patients"), QStringLiteral("--db"), db, QStringLiteral("--add"),
                    QStringLiteral("Bench") });
        };
    };
    auto cliImport = [&](const QString &name, const QString &file, const QString &format, int count) {
        return best(count, freshProfile(name), cli,
            { QStringLiteral("import"), QStringLiteral("--db"), path(name + QStringLiteral("-%RUN%.sqlite")),
                QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--format"), format, file });
    };
    auto sqliteImport = [&](const QString &name, const QString &file, int count) {
        return best(count, [](int) {}, QStringLiteral("sqlite3"),
            { path(name + QStringLiteral("-%RUN%.sqlite3")), QStringLiteral("-cmd"),
                QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(file) });
    };

    bool allPass = true;
    auto figure = [&](const QString &name, const QString &budget, const QString &measured, bool pass) {
        allPass = allPass && pass;
        out << "FIGURE|" << name << '|' << budget << '|' << measured << '|' << (pass ? "PASS" : "FAIL")
            << '\n';
        out.flush();
    };
    // Our time against the reference tool's, within `budget` times.
    auto ratioFigure = [&](const QString &label, double budget, const Run &ours, const Run &theirs) {
        const QString limit = QStringLiteral("≤ %1×").arg(budget);
        if (!ours.ok || !theirs.ok) {
            figure(label, limit, QStringLiteral("a run failed"), false);
            return;
        }
        const double ratio = ours.ms / theirs.ms;
        figure(label, limit,
            QStringLiteral("%1× (%2 / %3 ms)")
                .arg(number(ratio, 1), number(ours.ms, 0), number(theirs.ms, 0)),
            ratio <= budget);
    };
    auto compare = [&](const QString &name, const QString &file, const QString &label, int count) {
        const Run ours = cliImport(name, file, QStringLiteral("csv"), count);
        const Run sqlite = sqliteImport(name, file, count);
        out << label << ": NeutroCare " << number(ours.ms, 0) << " ms, sqlite3 " << number(sqlite.ms, 0)
            << " ms, file " << number(fileMb(file), 1) << " MB\n";
        ratioFigure(label, 2, ours, sqlite);
        return ours;
    };
    auto memory = [&](const QString &label, const Run &run, const QString &file) {
        const double budget = 2 * fileMb(file) + 40;
        figure(label, QStringLiteral("≤ 2 × file + 40 MB (%1 MB)").arg(number(budget, 0)),
            QStringLiteral("%1 MB (file %2 MB)").arg(number(run.peakMb, 0), number(fileMb(file), 1)),
            run.ok && run.peakMb <= budget);
    };

    const QString wide = path(QStringLiteral("wide-100k.csv"));
    const QString narrow = path(QStringLiteral("narrow-100k.csv"));
    const QString million = path(QStringLiteral("wide-1m.csv"));
    const QString bundle = path(QStringLiteral("fhir-100k.json"));
    if (!parser.isSet(QStringLiteral("pg-only"))) {
        const Run wideRun = compare(QStringLiteral("wide"), wide,
            QStringLiteral("CSV import of 100,000 readings (against sqlite3 .import)"), runs);
        compare(QStringLiteral("narrow"), narrow,
            QStringLiteral("CSV import of 100,000 readings, narrow file (against sqlite3 .import)"), runs);
        const Run millionRun = compare(QStringLiteral("million"), million,
            QStringLiteral("CSV import of 1,000,000 readings (against sqlite3 .import)"), std::min(runs, 2));
        memory(QStringLiteral("Peak memory of the CLI's CSV import, 100,000 readings"), wideRun, wide);
        memory(
            QStringLiteral("Peak memory of the CLI's CSV import, 1,000,000 readings"), millionRun, million);
        const Run fhirRun = cliImport(QStringLiteral("fhir"), bundle, QStringLiteral("fhir"), runs);
        out << "FHIR import of 100,000 observations: " << number(fhirRun.ms, 0) << " ms, peak "
            << number(fhirRun.peakMb, 0) << " MB, file " << number(fileMb(bundle), 1) << " MB\n";
        memory(QStringLiteral("Peak memory of the CLI's FHIR import, 100,000 observations"), fhirRun, bundle);
    }

    const QString pg = parser.value(QStringLiteral("pg"));
    if (!pg.isEmpty()) {
        // The server set up as a clinic's (roles, row-level security, audit trail), one patient; the
        // import runs as the superuser that owns the benchmark's database.
        const QString uri = pg;
        if (!runChild(
                cli, { QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), uri }, true)
                 .ok)
            return 1;
        Run ours { true, std::numeric_limits<double>::max(), 0 };
        Run copy { true, std::numeric_limits<double>::max(), 0 };
        for (int i = 0; i < runs && ours.ok && copy.ok; ++i) {
            runChild(cli,
                { QStringLiteral("patients"), QStringLiteral("--db"), uri, QStringLiteral("--add"),
                    QStringLiteral("Bench %1").arg(i) });
            const Run a = runChild(cli,
                { QStringLiteral("import"), QStringLiteral("--db"), uri, QStringLiteral("--patient"),
                    QString::number(i + 1), QStringLiteral("--format"), QStringLiteral("csv"), wide });
            keepBest(ours, a);
            keepBest(copy, psqlCopy(uri, QStringLiteral("bare_%1").arg(i), csv::columns(), wide));
        }
        ratioFigure(QStringLiteral("CSV import of 100,000 readings onto PostgreSQL (against psql \\copy)"), 3,
            ours, copy);
        if (ours.ok) {
            const Run table = copyIntoTheTable(uri, 1, path(QStringLiteral("imported-rows.csv")));
            if (!table.ok)
                return 1;
            out << "psql \\copy of the same 100,000 rows into the server's temperatures table itself: "
                << number(table.ms, 0) << " ms; the import took " << number(ours.ms / table.ms, 1)
                << "× that\n";
            printTheTablesParts(
                out, uri, path(QStringLiteral("imported-rows.csv")), QStringLiteral("100,000"), runs);
        }

        // The home link (DESIGN.md): a patient's file with 10,000 pending readings, sent by
        // `neutrocare-cli sync` as the patient's login, against psql \copy of the same rows.
        if (!homeLinkFigure(cli, uri, path, runs, ratioFigure))
            return 1;
    }
    return allPass ? 0 : 1;
}

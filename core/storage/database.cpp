#include "database.h"

#include "ownerfiles.h"
#include "synclinks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nc {

namespace {

bool exec(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

// A server's notices are never for the person, and libpq prints them on standard error by default:
// a server shutting down says "terminating connection…" there, under the CLI's one-line answer.
// libpq is reached through the one Qt's driver plug-in loaded (RTLD_NOLOAD), so NeutroCare links no
// libpq of its own, and a start-up that never touches a server never loads it.
void dropNotices(const QSqlDatabase &db)
{
#ifdef Q_OS_UNIX
    using Processor = void (*)(void *, const char *);
    using SetProcessor = Processor (*)(void *, Processor, void *);
    static const SetProcessor setProcessor = [] {
        void *libpq = ::dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        return libpq ? reinterpret_cast<SetProcessor>(::dlsym(libpq, "PQsetNoticeProcessor")) : nullptr;
    }();
    const QVariant handle = db.driver()->handle();
    if (setProcessor && handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        if (void *connection = *static_cast<void *const *>(handle.constData()))
            setProcessor(
                connection, [](void *, const char *) {}, nullptr);
    }
#else
    Q_UNUSED(db);
#endif
}

bool g_standardErrorAside = false;

// Standard error pointed at /dev/null for its lifetime, when Database was asked to.
class StandardErrorAside
{
public:
    StandardErrorAside()
    {
#ifdef Q_OS_UNIX
        if (!g_standardErrorAside)
            return;
        std::fflush(stderr);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null < 0)
            return;
        m_saved = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
        if (m_saved >= 0)
            ::dup2(null, STDERR_FILENO);
        ::close(null);
#endif
    }
    ~StandardErrorAside()
    {
#ifdef Q_OS_UNIX
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
#endif
    }
    StandardErrorAside(const StandardErrorAside &) = delete;
    StandardErrorAside &operator=(const StandardErrorAside &) = delete;

private:
    int m_saved = -1;
};

// Opens a server session and silences its notices; standard error set aside until both are done.
bool openSession(QSqlDatabase &db)
{
    const StandardErrorAside aside;
    if (!db.open())
        return false;
    dropNotices(db);
    return true;
}

// The session's settings from its first byte, in libpq's startup packet: QPSQL runs statements of its
// own in open(), before dropNotices() can reach the connection, and a server stopping then would put
// its warning on standard error. The person's own `options`, if any, are kept and come first.
ConnectionSpec withSessionSettings(ConnectionSpec spec)
{
    // Server notices ("already exists, skipping", "terminating connection…") are never for the person.
    const QString settings = QStringLiteral("-c client_min_messages=error");
    const QString key = QStringLiteral("options=");
    const auto theirs = std::find_if(spec.options.begin(), spec.options.end(),
        [&](const QString &option) { return option.startsWith(key); });
    if (theirs == spec.options.end())
        spec.options << key + settings;
    else
        *theirs += QLatin1Char(' ') + settings;
    return spec;
}

// Schema version 2, the same on both engines (DESIGN.md "One schema, two engines"): every record
// has a UUID, unique and never reused, so it keeps its identity on every machine it reaches; every
// row has the time it last changed (updated_ms); a deletion leaves a tombstone the home link can send.
// Types both engines read alike: BIGINT for every id and millisecond (PostgreSQL's INTEGER is 32
// bits), DOUBLE PRECISION for measurements (its REAL is 4 bytes). %ID% is the one difference, the
// engine's own generated key (idColumn()). Times stay UTC milliseconds plus the entry's offset.
struct TableV2
{
    const char *name;
    const char *columns;
};
const TableV2 kTablesV2[] = {
    { "patients", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        birth_year BIGINT CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200),
        created_ms BIGINT NOT NULL,
        updated_ms BIGINT NOT NULL)" },
    { "patient_settings", R"(
        patient_id BIGINT PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
        protocol_json TEXT,
        clinic_name TEXT NOT NULL DEFAULT '',
        in_hours_number TEXT NOT NULL DEFAULT '',
        out_of_hours_number TEXT NOT NULL DEFAULT '',
        display_unit TEXT NOT NULL DEFAULT 'C' CHECK (display_unit IN ('C','F')),
        language TEXT NOT NULL DEFAULT 'en',
        lln_anc DOUBLE PRECISION CHECK (lln_anc IS NULL OR lln_anc >= 1500),
        baseline_anc DOUBLE PRECISION CHECK (baseline_anc IS NULL OR baseline_anc >= 1000),
        updated_ms BIGINT NOT NULL)" },
    { "preferences", R"(
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT,
        updated_ms BIGINT NOT NULL,
        PRIMARY KEY (patient_id, key))" },
    { "temperatures", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        celsius DOUBLE PRECISION NOT NULL CHECK (celsius BETWEEN 30.0 AND 45.0),
        entered_value DOUBLE PRECISION NOT NULL,
        entered_unit TEXT NOT NULL CHECK (entered_unit IN ('C','F')),
        site TEXT NOT NULL CHECK (site IN ('oral','tympanic','temporal','axillary','rectal')),
        antipyretic_reported BIGINT NOT NULL DEFAULT 0 CHECK (antipyretic_reported IN (0,1)),
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "blood_counts", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        anc DOUBLE PRECISION NOT NULL CHECK (anc BETWEEN 0 AND 100000),
        provenance TEXT NOT NULL CHECK (provenance IN ('measured','derived')),
        wbc DOUBLE PRECISION CHECK (wbc IS NULL OR wbc BETWEEN 0 AND 500000),
        neutrophils_pct DOUBLE PRECISION CHECK (neutrophils_pct IS NULL OR neutrophils_pct BETWEEN 0 AND 100),
        segs_pct DOUBLE PRECISION CHECK (segs_pct IS NULL OR segs_pct BETWEEN 0 AND 100),
        bands_pct DOUBLE PRECISION CHECK (bands_pct IS NULL OR bands_pct BETWEEN 0 AND 100),
        entered_unit TEXT NOT NULL CHECK (entered_unit IN ('cells/uL','10^9/L','10^3/uL')),
        lab TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "symptoms", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        code TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "treatments", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('chemotherapy','filgrastim','pegfilgrastim')),
        regimen TEXT NOT NULL DEFAULT '',
        nadir_start_day BIGINT CHECK (nadir_start_day IS NULL OR nadir_start_day BETWEEN 0 AND 365),
        nadir_end_day BIGINT CHECK (nadir_end_day IS NULL OR nadir_end_day BETWEEN 0 AND 365),
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "medicines", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        dose TEXT NOT NULL DEFAULT '',
        started TEXT,
        stopped TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "antipyretic_doses", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        drug TEXT NOT NULL CHECK (drug IN ('paracetamol','acetaminophen','ibuprofen','naproxen','aspirin','other_nsaid')),
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    { "checklist_ticks", R"(
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        item TEXT NOT NULL,
        ticked BIGINT NOT NULL CHECK (ticked IN (0,1)),
        updated_ms BIGINT NOT NULL,
        PRIMARY KEY (patient_id, date, item))" },
    { "alerts", R"(
        id %ID%,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        level TEXT NOT NULL CHECK (level IN ('ok','caution','recheck','call_today','call_now')),
        reasons TEXT NOT NULL DEFAULT '',
        protocol TEXT NOT NULL DEFAULT '',
        acknowledged_ms BIGINT,
        acknowledged_offset BIGINT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('went_to_hospital','stay_home_monitor','could_not_reach')),
        note TEXT NOT NULL DEFAULT '',
        updated_ms BIGINT NOT NULL)" },
    // A deleted record's identity, for the home link to send on; patient_id has no foreign key, since
    // a deleted patient's own tombstone outlives it.
    { "tombstones", R"(
        table_name TEXT NOT NULL,
        uuid TEXT NOT NULL,
        patient_id BIGINT NOT NULL,
        deleted_ms BIGINT NOT NULL,
        PRIMARY KEY (table_name, uuid))" },
};
const char *const kIndexesV2[] = {
    "CREATE INDEX IF NOT EXISTS temperatures_patient_time ON temperatures(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS blood_counts_patient_time ON blood_counts(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS symptoms_patient_time ON symptoms(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS treatments_patient_date ON treatments(patient_id, date)",
    // latestChemotherapy(): one seek, read in order; the id, implicit in a SQLite index, is named for
    // PostgreSQL.
    "CREATE INDEX IF NOT EXISTS treatments_patient_kind_date ON treatments(patient_id, kind, date, id)",
    "CREATE INDEX IF NOT EXISTS medicines_patient ON medicines(patient_id)",
    "CREATE INDEX IF NOT EXISTS antipyretic_doses_patient_time ON antipyretic_doses(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS alerts_patient_time ON alerts(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS alerts_patient_ack ON alerts(patient_id, acknowledged_ms)",
    "CREATE INDEX IF NOT EXISTS tombstones_patient ON tombstones(patient_id, deleted_ms)",
};

// The engine's own generated key: SQLite's rowid alias, PostgreSQL's identity column.
QString idColumn(Engine engine)
{
    return engine == Engine::SQLite ? QStringLiteral("INTEGER PRIMARY KEY")
                                    : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

// SQLite evaluates a CHECK's `column IN (a, b, c)` by building a lookup table on every row written
// (two values or fewer it compares in place): a 100,000-row import spent a quarter of its time there
// (docs/performance.md). Spelt `(column = a OR column = b OR column = c)`, the same rule, NULL
// included, costs a few comparisons. PostgreSQL keeps the text as written.
QString sqliteChecks(QString columns)
{
    static const QRegularExpression inList(QStringLiteral(R"((\w+) IN \(([^()]*)\))"));
    QString out;
    qsizetype last = 0;
    for (auto it = inList.globalMatch(columns); it.hasNext();) {
        const auto match = it.next();
        const QStringList values = match.captured(2).split(QLatin1Char(','));
        if (values.size() <= 2)
            continue;
        QStringList tests;
        for (const auto &value : values)
            tests << match.captured(1) + QStringLiteral(" = ") + value.trimmed();
        out += columns.mid(last, match.capturedStart() - last) + QLatin1Char('(')
            + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        last = match.capturedEnd();
    }
    return out + columns.mid(last);
}

QString createTableSql(const TableV2 &table, const QString &name, Engine engine)
{
    QString columns = QString::fromLatin1(table.columns).replace(QLatin1String("%ID%"), idColumn(engine));
    if (engine == Engine::SQLite)
        columns = sqliteChecks(columns);
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(name, columns);
}

// A version 4 UUID made by SQLite itself, for the rows a v1 file already holds.
const char *const kSqliteUuid
    = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
      "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "
      "hex(randomblob(6)))";

} // namespace

Database::Database()
    : m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::setStandardErrorAsideWhileConnecting(bool aside)
{
    g_standardErrorAside = aside;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/neutrocare.sqlite");
}

bool Database::fail(const QString &message, Problem problem)
{
    m_error = message;
    m_problem = problem;
    if (m_db.isOpen())
        m_db.close();
    return false;
}

int Database::fileSchemaVersion(const QString &path)
{
    int version = -1;
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QStringList Database::tableNames()
{
    QStringList names;
    for (const TableV2 &table : kTablesV2)
        names << QString::fromLatin1(table.name);
    return names;
}

bool Database::open(const QString &where, Purpose purpose)
{
    close();
    m_path = where;
    m_error.clear();
    m_problem = Problem::None;
    m_engine = Engine::SQLite;
    QString error;
    const auto spec = ConnectionSpec::parse(where, &error);
    if (!spec)
        return fail(error);
    if (spec->engine == Engine::PostgreSQL)
        return openServer(*spec, purpose);
    return openFile(where);
}

bool Database::openServer(const QString &where, const QString &password)
{
    close();
    m_path = where;
    m_error.clear();
    m_problem = Problem::None;
    QString error;
    auto spec = ConnectionSpec::parse(where, &error);
    if (!spec)
        return fail(error);
    if (spec->engine != Engine::PostgreSQL)
        return fail(
            tr("%1 is not a clinic server (a postgresql:// address, or host= and dbname=).").arg(where));
    if (!password.isEmpty())
        spec->password = password;
    return openServer(*spec, Purpose::Use);
}

bool Database::openServer(const ConnectionSpec &spec, Purpose purpose)
{
    m_engine = Engine::PostgreSQL;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return fail(tr("This NeutroCare cannot reach a PostgreSQL server: Qt's PostgreSQL driver is not "
                       "installed (Debian package libqt6sql6-psql)."));
    m_db.setHostName(spec.host);
    m_db.setPort(spec.port);
    m_db.setDatabaseName(spec.database);
    m_db.setUserName(spec.user);
    m_db.setPassword(spec.password);
    m_db.setConnectOptions(withSessionSettings(spec).connectOptions());
    if (!openSession(m_db)) {
        // libpq's first line says what happened; its hints below it repeat what the sentence says.
        QString reason = m_db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!reason.endsWith(QLatin1Char('.')))
            reason += QLatin1Char('.');
        // The server said no to the login (its password, certificate or pg_hba.conf rule), rather than
        // not answering: libpq gives no SQLSTATE before a session exists, so its words are all there is.
        const bool refused = reason.contains(QLatin1String("authentication failed"))
            || reason.contains(QLatin1String("pg_hba.conf"));
        return fail(tr("Could not connect to the clinic server (%1): %2 Check that the server is running and "
                       "reachable from this computer, and that the login and password are right.")
                        .arg(spec.display(), reason),
            refused ? Problem::Refused : Problem::Unavailable);
    }
    const int current = storedVersion();
    if (current < 0)
        return fail(tr("Could not read the data version on the clinic server (%1).").arg(spec.display()));
    if (current > kSchemaVersion) {
        return fail(
            tr("The clinic server holds data version %1; this NeutroCare understands up to %2. Please "
               "update NeutroCare.")
                .arg(current)
                .arg(kSchemaVersion),
            Problem::Newer);
    }
    if (purpose == Purpose::Use && current < kSchemaVersion) {
        // The roles and policies that keep each patient's rows to the people allowed to see them are
        // made with the schema, by the clinic's administrator; a login of the app never makes them.
        return fail(current == 0
                ? tr("The clinic server (%1) has no NeutroCare data yet. The clinic's administrator sets it "
                     "up "
                     "with: neutrocare-cli server init")
                      .arg(spec.display())
                : tr("The clinic server (%1) holds data version %2; this NeutroCare needs version %3. The "
                     "clinic's administrator upgrades it with: neutrocare-cli server init")
                      .arg(spec.display())
                      .arg(current)
                      .arg(kSchemaVersion),
            Problem::NotSetUp);
    }
    return true;
}

bool Database::reconnectIfLost()
{
    if (m_engine != Engine::PostgreSQL)
        return m_db.isOpen();
    if (m_db.isOpen() && QSqlQuery(m_db).exec(QStringLiteral("SELECT 1")))
        return true;
    m_db.close();
    return openSession(m_db);
}

bool Database::upgradeSchema()
{
    const int current = storedVersion();
    if (current < 0)
        return fail(tr("Could not read the data version of the database."));
    return current >= kSchemaVersion || migrate(current);
}

bool Database::openFile(const QString &path)
{
    const QFileInfo info(path);
    const bool existed = info.exists();

    if (existed && info.size() == 0) {
        // SQLite would happily treat an empty file as a new database: that would put an empty
        // database in the place of one whose data was lost, without a word.
        return fail(
            tr("The database file %1 is empty: the data it held has been lost, perhaps by a disk or copy "
               "problem. It has not been changed.")
                .arg(QDir::toNativeSeparators(path)),
            Problem::Damaged);
    }
    if (existed
        && (!info.isReadable() || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        // Checked first: SQLite cannot set up its WAL beside a read-only file, and would report
        // it as unreadable, which would look like damage.
        return fail(
            tr("The database %1 cannot be written: the file or its folder is read-only. NeutroCare needs "
               "to write there to keep your entries; check the permissions. It has not been changed.")
                .arg(QDir::toNativeSeparators(path)),
            Problem::Unavailable);
    }
    if (existed) {
        // Read the version first without writing, so a newer file is left byte-for-byte untouched.
        const int version = fileSchemaVersion(path);
        if (version < 0) {
            return fail(
                tr("The file %1 could not be read as a NeutroCare database. It may be damaged or not a "
                   "database at all; it has not been changed.")
                    .arg(QDir::toNativeSeparators(path)),
                Problem::Damaged);
        }
        if (version > kSchemaVersion) {
            return fail(
                tr("This database was written by a newer version of NeutroCare (data version %1; this "
                   "version understands up to %2). Please update NeutroCare. The file has not been changed.")
                    .arg(version)
                    .arg(kSchemaVersion),
                Problem::Newer);
        }
    } else {
        // Only the folders made here are owner-only; an existing one (a shared /tmp) is left as it is.
        if (!ownerfiles::makeFolders(info.absolutePath())) {
            return fail(tr("Could not create the folder %1 for the database.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        // SQLite would create the file with the umask's mode: made here first, it is owner-only from
        // its first byte, and SQLite gives its -wal and -shm the same mode.
        QString error;
        if (!ownerfiles::createFile(path, &error))
            return fail(
                tr("Could not create the database %1: %2").arg(QDir::toNativeSeparators(path), error));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(tr("Could not open the database: %1").arg(m_db.lastError().text()));

    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        return fail(
            tr("The database %1 is damaged (SQLite's integrity check failed). It has not been changed. "
               "Restore it from a backup.")
                .arg(QDir::toNativeSeparators(path)),
            Problem::Damaged);
    }
    check.finish();
    if (!configure())
        return false;

    const int current = storedVersion();
    if (current < kSchemaVersion) {
        if (existed && info.size() > 0) {
            const QString backup = path + QStringLiteral(".v%1.bak").arg(current);
            QFile::remove(backup);
            if (!backupTo(backup, &m_error))
                return fail(tr("Could not back up the database before upgrading it: %1").arg(m_error));
        }
        if (!migrate(current))
            return false;
    }
    return true;
}

bool Database::configure()
{
    QString error;
    // page_size, first, so a new file takes it before WAL mode fixes it: 16 KiB pages are a quarter of
    // the pages, WAL frames and B-tree splits for the same rows (an import of 100,000 readings 5 %
    // faster). A file made with 4 KiB pages keeps them: it is a no-op there.
    // temp_store=MEMORY: a statement of several rows that may fail a constraint keeps a journal to
    // undo itself alone, and an import's statements wrote theirs (34 MB for 100,000 readings) to a
    // temporary file, whose syncing then held the commit up; no temporary table is ever kept.
    for (const char *pragma : { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY" }) {
        if (!exec(m_db, QString::fromLatin1(pragma), &error))
            return fail(tr("Could not configure the database: %1").arg(error));
    }
    return true;
}

int Database::storedVersion()
{
    QSqlQuery q(m_db);
    if (m_engine == Engine::SQLite)
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    // PostgreSQL has no user_version: a one-row table, absent on a new database.
    return serverVersionTable(m_db, QStringLiteral("schema_version"));
}

int serverVersionTable(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    return q.exec(QStringLiteral("SELECT max(version) FROM %1").arg(table)) && q.next() ? q.value(0).toInt()
                                                                                        : -1;
}

bool Database::storeVersion(int version, QString *error)
{
    if (m_engine == Engine::SQLite)
        return exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    return exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
               error)
        && exec(m_db, QStringLiteral("DELETE FROM schema_version"), error)
        && exec(m_db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version), error);
}

bool Database::migrate(int fromVersion)
{
    // The ladder: one function per step, each in its own transaction and safe to re-run. Version 2
    // is made from its own text whatever is there before it: a new database (PostgreSQL's, or a new
    // file) has nothing, and a version 0 or 1 file's tables are rebuilt with their rows. So the ladder
    // starts at 2, and the text of version 1 is not kept.
    fromVersion = std::max(fromVersion, 1);
    // A step that rebuilds a table must not cascade the rebuild's DROP into the children; the pragma
    // cannot change inside a transaction, so it is set around the ladder and each step checks keys.
    if (m_engine == Engine::SQLite)
        exec(m_db, QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto keysBackOn = qScopeGuard([this] {
        if (m_engine == Engine::SQLite)
            exec(m_db, QStringLiteral("PRAGMA foreign_keys=ON"));
    });
    for (int v = fromVersion; v < kSchemaVersion; ++v) {
        Transaction tx(m_db);
        bool stepped = false;
        switch (v + 1) {
        case 2:
            stepped = upgradeToV2();
            break;
        case 3:
            stepped = upgradeToV3();
            break;
        }
        if (!stepped)
            return false;
        QString error;
        if (storeVersion(v + 1, &error))
            error = tx.commit();
        if (!error.isEmpty())
            return fail(tr("Could not upgrade the database to data version %1: %2").arg(v + 1).arg(error));
    }
    return true;
}

bool Database::upgradeToV2()
{
    QString error;
    const auto failed
        = [this, &error] { return fail(tr("Could not create the database tables: %1").arg(error)); };
    if (m_engine == Engine::PostgreSQL) {
        for (const TableV2 &table : kTablesV2) {
            if (!exec(m_db, createTableSql(table, QString::fromLatin1(table.name), m_engine), &error))
                return failed();
        }
    } else {
        // SQLite cannot add a NOT NULL UNIQUE column to a table: each is rebuilt from the version 2
        // text, keeping every row and its id, each row given a UUID and the upgrade's time.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const TableV2 &table : kTablesV2) {
            const QString name = QString::fromLatin1(table.name);
            const QStringList oldColumns = tableColumns(name);
            if (oldColumns.isEmpty()) { // new in version 2
                if (!exec(m_db, createTableSql(table, name, m_engine), &error))
                    return failed();
                continue;
            }
            const QString rebuilt = name + QStringLiteral("_v2");
            if (!exec(m_db, createTableSql(table, rebuilt, m_engine), &error))
                return failed();
            QStringList into = oldColumns;
            QStringList from = oldColumns;
            for (const QString &column : tableColumns(rebuilt)) {
                if (oldColumns.contains(column))
                    continue;
                into << column;
                from << (column == QLatin1String("uuid") ? QString::fromLatin1(kSqliteUuid)
                                                         : QString::number(now)); // updated_ms
            }
            if (!exec(m_db,
                    QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                        .arg(rebuilt, into.join(QLatin1String(", ")), from.join(QLatin1String(", ")), name),
                    &error)
                || !exec(m_db, QStringLiteral("DROP TABLE %1").arg(name), &error)
                || !exec(m_db, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, name), &error))
                return failed();
        }
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
            error = tr("a record refers to a profile that is not there");
            return failed();
        }
    }
    for (const char *statement : kIndexesV2) {
        if (!exec(m_db, QString::fromLatin1(statement), &error))
            return failed();
    }
    return true;
}

// Version 3, the home link's marks (synclinks.h): new tables and triggers beside the records, which
// stay as they are. A patient's own file only: a clinic server sends nothing on, so on PostgreSQL
// the step only moves the version.
bool Database::upgradeToV3()
{
    if (m_engine == Engine::PostgreSQL)
        return true;
    QString error;
    for (const QString &statement : syncSchemaSql()) {
        if (!exec(m_db, statement, &error))
            return fail(tr("Could not create the database tables: %1").arg(error));
    }
    return true;
}

QStringList Database::tableColumns(const QString &table) const
{
    QSqlQuery q(m_db);
    QStringList columns;
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    return columns;
}

bool Database::backupTo(const QString &targetPath, QString *error)
{
    if (m_engine == Engine::PostgreSQL) {
        if (error)
            *error = tr("NeutroCare backs up only its own database files. Back up the clinic server with "
                        "pg_dump (docs/clinic-server.md).");
        return false;
    }
    // VACUUM INTO would create the copy with the umask's mode. It also writes into an empty file,
    // so the copy is made here first, owner-only from its first byte; an existing file is refused.
    if (!ownerfiles::createFile(targetPath, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        QFile::remove(targetPath);
        return false;
    }
    return true;
}

namespace {
// Open transactions per connection. A connection is used by the thread that opened it only (QtSql's
// rule, and QPSQL's: one connection per thread), so each thread keeps the depths of its own.
QHash<QString, int> &transactionDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}
} // namespace

// A class's tr(), not a free function, so lupdate files these texts under nc::Storage, with the
// repositories' other messages.
struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(nc::Storage)
};

namespace {
// PostgreSQL's errors, by SQLSTATE class (its appendix A).
QString describeServerError(const QSqlError &error, const QString &state)
{
    if (state == QLatin1String("25006"))
        return StorageText::tr("The clinic server accepts no changes on this connection (read-only), so this "
                               "could not be saved.");
    if (state == QLatin1String("42501"))
        return StorageText::tr("Your login may not change this on the clinic server, so it was not saved.");
    if (state.startsWith(QLatin1String("23")))
        return StorageText::tr("This entry is not valid for the database: %1").arg(error.databaseText());
    if (state == QLatin1String("53100"))
        return StorageText::tr(
            "The clinic server's disk is full, so this could not be saved. Nothing you typed "
            "is lost: tell the clinic, and try again later.");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return StorageText::tr(
            "The connection to the clinic server was lost, so this was not saved. Nothing you "
            "typed is lost: try again in a moment.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageText::tr("The clinic server is busy with another change. Try again in a moment.");
    return StorageText::tr("This could not be saved: %1").arg(error.text());
}
} // namespace

QString describeWriteError(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // QPSQL with no SQLSTATE: libpq failed before the server answered, so the connection is gone.
    if (native.isEmpty() && error.driverText().startsWith(QLatin1String("QPSQL")))
        return describeServerError(error, QStringLiteral("08006"));
    // A SQLSTATE has five characters; SQLite's codes, extended ones included, at most four digits.
    if (native.size() == 5)
        return describeServerError(error, native);
    if (native == QLatin1String("13"))
        return StorageText::tr(
            "The disk is full, so this could not be saved. Free some space and try again.");
    if (native == QLatin1String("8"))
        return StorageText::tr(
            "The database is read-only, so this could not be saved. Check the file's permissions.");
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return StorageText::tr("The database is busy in another program. Try again in a moment.");
    if (native.startsWith(QLatin1String("19")) || native == QLatin1String("275")
        || native == QLatin1String("787"))
        return StorageText::tr("This entry is not valid for the database: %1").arg(error.databaseText());
    return StorageText::tr("This could not be saved: %1").arg(error.text());
}

Transaction::Transaction(Database &db)
    : Transaction(db.connection())
{ }

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    int &depth = transactionDepth()[db.connectionName()];
    m_outermost = depth == 0;
    m_open = m_outermost ? db.transaction() : true;
    // A server connection dropped since the last action (a restart, a network cut, an idle timeout)
    // is opened again here, at the start of the next one, with the same settings. BEGIN fails on a
    // healthy PostgreSQL connection only inside a transaction, which the outermost is not.
    if (!m_open && m_outermost && db.driverName() == QLatin1String("QPSQL")) {
        db.close();
        m_open = db.open() && db.transaction();
    }
    if (m_open)
        ++depth;
    else
        m_error = describeWriteError(db.lastError());
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --transactionDepth()[m_db.connectionName()];
    if (m_outermost)
        m_db.rollback();
}

QString Transaction::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    --transactionDepth()[m_db.connectionName()];
    if (m_outermost && !m_db.commit()) {
        m_error = describeWriteError(m_db.lastError());
        // A COMMIT that failed (busy, disk full) can leave the transaction open: end it, so the
        // next action starts afresh.
        m_db.rollback();
    }
    return m_error;
}

} // namespace nc

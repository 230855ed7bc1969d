#include "database.h"

#include "ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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

// Schema version 1. Times are UTC milliseconds plus the entry's UTC offset in seconds, so an
// entry shows the local time it was made in wherever it is read.
const char *const kSchemaV1[] = {
    R"(CREATE TABLE IF NOT EXISTS patients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200),
        created_ms INTEGER NOT NULL))",
    R"(CREATE TABLE IF NOT EXISTS patient_settings (
        patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
        protocol_json TEXT,
        clinic_name TEXT NOT NULL DEFAULT '',
        in_hours_number TEXT NOT NULL DEFAULT '',
        out_of_hours_number TEXT NOT NULL DEFAULT '',
        display_unit TEXT NOT NULL DEFAULT 'C' CHECK (display_unit IN ('C','F')),
        language TEXT NOT NULL DEFAULT 'en',
        lln_anc REAL CHECK (lln_anc IS NULL OR lln_anc >= 1500),
        baseline_anc REAL CHECK (baseline_anc IS NULL OR baseline_anc >= 1000)))",
    R"(CREATE TABLE IF NOT EXISTS preferences (
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (patient_id, key)))",
    R"(CREATE TABLE IF NOT EXISTS temperatures (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL DEFAULT 0,
        celsius REAL NOT NULL CHECK (celsius BETWEEN 30.0 AND 45.0),
        entered_value REAL NOT NULL,
        entered_unit TEXT NOT NULL CHECK (entered_unit IN ('C','F')),
        site TEXT NOT NULL CHECK (site IN ('oral','tympanic','temporal','axillary','rectal')),
        antipyretic_reported INTEGER NOT NULL DEFAULT 0 CHECK (antipyretic_reported IN (0,1)),
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS temperatures_patient_time ON temperatures(patient_id, time_ms)",
    R"(CREATE TABLE IF NOT EXISTS blood_counts (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL DEFAULT 0,
        anc REAL NOT NULL CHECK (anc BETWEEN 0 AND 100000),
        provenance TEXT NOT NULL CHECK (provenance IN ('measured','derived')),
        wbc REAL CHECK (wbc IS NULL OR wbc BETWEEN 0 AND 500000),
        neutrophils_pct REAL CHECK (neutrophils_pct IS NULL OR neutrophils_pct BETWEEN 0 AND 100),
        segs_pct REAL CHECK (segs_pct IS NULL OR segs_pct BETWEEN 0 AND 100),
        bands_pct REAL CHECK (bands_pct IS NULL OR bands_pct BETWEEN 0 AND 100),
        entered_unit TEXT NOT NULL CHECK (entered_unit IN ('cells/uL','10^9/L','10^3/uL')),
        lab TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS blood_counts_patient_time ON blood_counts(patient_id, time_ms)",
    R"(CREATE TABLE IF NOT EXISTS symptoms (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS symptoms_patient_time ON symptoms(patient_id, time_ms)",
    R"(CREATE TABLE IF NOT EXISTS treatments (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('chemotherapy','filgrastim','pegfilgrastim')),
        regimen TEXT NOT NULL DEFAULT '',
        nadir_start_day INTEGER CHECK (nadir_start_day IS NULL OR nadir_start_day BETWEEN 0 AND 365),
        nadir_end_day INTEGER CHECK (nadir_end_day IS NULL OR nadir_end_day BETWEEN 0 AND 365),
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS treatments_patient_date ON treatments(patient_id, date)",
    R"(CREATE TABLE IF NOT EXISTS medicines (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        dose TEXT NOT NULL DEFAULT '',
        started TEXT,
        stopped TEXT,
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS medicines_patient ON medicines(patient_id)",
    R"(CREATE TABLE IF NOT EXISTS antipyretic_doses (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL DEFAULT 0,
        drug TEXT NOT NULL CHECK (drug IN ('paracetamol','acetaminophen','ibuprofen','naproxen','aspirin','other_nsaid')),
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS antipyretic_doses_patient_time ON antipyretic_doses(patient_id, time_ms)",
    R"(CREATE TABLE IF NOT EXISTS checklist_ticks (
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        item TEXT NOT NULL,
        ticked INTEGER NOT NULL CHECK (ticked IN (0,1)),
        PRIMARY KEY (patient_id, date, item)))",
    R"(CREATE TABLE IF NOT EXISTS alerts (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL DEFAULT 0,
        level TEXT NOT NULL CHECK (level IN ('ok','caution','recheck','call_today','call_now')),
        reasons TEXT NOT NULL DEFAULT '',
        protocol TEXT NOT NULL DEFAULT '',
        acknowledged_ms INTEGER,
        acknowledged_offset INTEGER,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('went_to_hospital','stay_home_monitor','could_not_reach')),
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS alerts_patient_time ON alerts(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS alerts_patient_ack ON alerts(patient_id, acknowledged_ms)",
};

// Indexes added after their schema version shipped. An index holds nothing of its own, so a file
// of that version means the same with or without them: they are made at every open (a no-op once
// there), not by a new version, and a file without them is still read.
const char *const kLaterIndexes[] = {
    // TreatmentRepository::latestChemotherapy(): one seek to a patient's newest dose of a kind.
    "CREATE INDEX IF NOT EXISTS treatments_patient_kind_date ON treatments(patient_id, kind, date)",
};

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

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_problem = Problem::None;
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

    QSqlQuery version(m_db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int current = version.next() ? version.value(0).toInt() : 0;
    version.finish();
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
    // Only a lookup is slower without them, so a file that cannot take one (a full disk) still opens.
    for (const char *statement : kLaterIndexes)
        exec(m_db, QString::fromLatin1(statement));
    return true;
}

bool Database::configure()
{
    QString error;
    for (const char *pragma :
        { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        if (!exec(m_db, QString::fromLatin1(pragma), &error))
            return fail(tr("Could not configure the database: %1").arg(error));
    }
    return true;
}

bool Database::migrate(int fromVersion)
{
    // The ladder: one function per step, each in its own transaction and safe to re-run.
    for (int v = fromVersion; v < kSchemaVersion; ++v) {
        Transaction tx(m_db);
        bool stepped = false;
        switch (v + 1) {
        case 1:
            stepped = upgradeToV1();
            break;
        }
        if (!stepped)
            return false;
        QString error;
        if (exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &error))
            error = tx.commit();
        if (!error.isEmpty())
            return fail(tr("Could not upgrade the database to data version %1: %2").arg(v + 1).arg(error));
    }
    return true;
}

bool Database::upgradeToV1()
{
    QString error;
    for (const char *statement : kSchemaV1) {
        if (!exec(m_db, QString::fromLatin1(statement), &error))
            return fail(tr("Could not create the database tables: %1").arg(error));
    }
    return true;
}

bool Database::backupTo(const QString &targetPath, QString *error)
{
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
// Open transactions per connection; connections are used from the GUI thread only.
QHash<QString, int> &transactionDepth()
{
    static QHash<QString, int> depth;
    return depth;
}
} // namespace

// A class's tr(), not a free function, so lupdate files these texts under nc::Storage, with the
// repositories' other messages.
struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(nc::Storage)
};

QString describeWriteError(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
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

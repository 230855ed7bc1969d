#include "serveradmin.h"

#include "ownerfiles.h"
#include "synclinks.h"
#include "triagerecords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>

namespace nc {

namespace {

constexpr const char *kKindNames[] = { "admin", "staff", "patient", "caregiver" };

// Every role init makes, "<db>_<suffix>": the owner, the keeper, then one group per kind of login. The
// same suffixes, ending any name, are kept from logins, for this clinic or any other of the same
// cluster, whose roles share one namespace.
QStringList roleSuffixes()
{
    QStringList suffixes = { QStringLiteral("owner"), QStringLiteral("keeper") };
    for (const char *kind : kKindNames)
        suffixes << QLatin1String(kind);
    return suffixes;
}

// An identifier as PostgreSQL quotes it: every name typed or read is one, never pasted bare.
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

// A string literal, for the role names inside policies (standard_conforming_strings is on).
QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

// The records a patient's app writes: a patient login may insert, change and delete its own.
// patient_settings on the server is the clinic's: the protocol, its numbers and the count thresholds
// it sets, and the time it last set them, by which the patient's app knows a change to bring home. A
// patient login writes none of it (its app keeps its unit and language at home), so it can neither
// change a clinic value nor stamp a time that would make its app ignore the clinic's next change.
const char *const kClinicSettingsColumns
    = "protocol_json, clinic_name, in_hours_number, out_of_hours_number, "
      "lln_anc, baseline_anc, updated_ms";

// The tables only a server has: the roles layer's version, the logins and whom each may see, and
// the audit trail.
const char *const kServerTables[] = {
    "CREATE TABLE IF NOT EXISTS server_setup (version INTEGER NOT NULL)",
    R"(CREATE TABLE IF NOT EXISTS server_logins (
        login TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('admin','staff','patient','caregiver')),
        created_ms BIGINT NOT NULL))",
    R"(CREATE TABLE IF NOT EXISTS login_patients (
        login TEXT NOT NULL REFERENCES server_logins(login) ON DELETE CASCADE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('own','linked')),
        PRIMARY KEY (login, patient_id)))",
    "CREATE UNIQUE INDEX IF NOT EXISTS login_patients_one_own ON login_patients(login) WHERE relation = "
    "'own'",
    "CREATE INDEX IF NOT EXISTS login_patients_patient ON login_patients(patient_id)",
    // The names of the live channels (kNotifyFunctions).
    "CREATE TABLE IF NOT EXISTS staff_channel (channel TEXT NOT NULL)",
    R"(CREATE TABLE IF NOT EXISTS notify_channels (
        patient_id BIGINT PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
        channel TEXT NOT NULL UNIQUE))",
    // Who changed which record of which patient, when, from what to what. Filled only by the trigger
    // below, which runs as the owner; no login may change or remove a row (see kAuditIsFinal).
    R"(CREATE TABLE IF NOT EXISTS audit (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at_ms BIGINT NOT NULL,
        login TEXT NOT NULL,
        table_name TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        record TEXT NOT NULL,
        patient_id BIGINT,
        old_values JSONB,
        new_values JSONB))",
    "CREATE INDEX IF NOT EXISTS audit_patient_time ON audit(patient_id, at_ms)",
    // The desk's audit screen filters by day and by login across every patient.
    "CREATE INDEX IF NOT EXISTS audit_time ON audit(at_ms)",
    "CREATE INDEX IF NOT EXISTS audit_login_time ON audit(login, at_ms)",
    // The desk's board reads the last day or so of every patient at once (PatientHistory::
    // assessmentInputs): by time across patients, which the (patient, time) indexes cannot answer
    // without reading every patient's year.
    "CREATE INDEX IF NOT EXISTS temperatures_time ON temperatures(time_ms)",
    "CREATE INDEX IF NOT EXISTS symptoms_time ON symptoms(time_ms)",
    "CREATE INDEX IF NOT EXISTS antipyretic_doses_time ON antipyretic_doses(time_ms)",
    "CREATE INDEX IF NOT EXISTS treatments_date ON treatments(date)",
    // The clinic's own records (setup version 2, the triage desk): telephone-triage calls and the
    // clinic's acknowledgement of a patient's alert. The login is the server's session_user, which
    // no client can name (it has no privilege on the column); times are the desk's.
    R"(CREATE TABLE IF NOT EXISTS triage_calls (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        taken_by TEXT NOT NULL DEFAULT session_user,
        caller_kind TEXT NOT NULL CHECK (caller_kind IN %CALLERS%),
        caller_name TEXT NOT NULL DEFAULT '',
        caller_relationship TEXT NOT NULL DEFAULT '',
        callback_number TEXT NOT NULL DEFAULT '',
        report JSONB NOT NULL,
        level TEXT NOT NULL CHECK (level IN %LEVELS%),
        protocol TEXT NOT NULL,
        reasons JSONB NOT NULL,
        suggested TEXT NOT NULL CHECK (suggested IN %DISPOSITIONS%),
        disposition TEXT NOT NULL CHECK (disposition IN %DISPOSITIONS%),
        reason TEXT NOT NULL DEFAULT '',
        advice TEXT NOT NULL DEFAULT '',
        follow_up_due_ms BIGINT,
        follow_up_done_ms BIGINT,
        follow_up_done_by TEXT,
        scores JSONB,
        updated_ms BIGINT NOT NULL,
        -- CLINICAL.md §8: a disposition less urgent than the one suggested needs a reason.
        CONSTRAINT downgrade_needs_reason CHECK (array_position(%DISPOSITION_ORDER%, disposition)
            >= array_position(%DISPOSITION_ORDER%, suggested) OR length(btrim(reason)) > 0)))",
    "CREATE INDEX IF NOT EXISTS triage_calls_patient_time ON triage_calls(patient_id, time_ms)",
    "CREATE INDEX IF NOT EXISTS triage_calls_follow_up ON triage_calls(patient_id, follow_up_due_ms) "
    "WHERE follow_up_done_ms IS NULL",
    R"(CREATE TABLE IF NOT EXISTS clinic_acknowledgements (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        patient_id BIGINT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        alert_since_ms BIGINT NOT NULL,
        time_ms BIGINT NOT NULL,
        utc_offset BIGINT NOT NULL DEFAULT 0,
        login TEXT NOT NULL DEFAULT session_user,
        updated_ms BIGINT NOT NULL))",
    "CREATE INDEX IF NOT EXISTS clinic_acknowledgements_patient ON clinic_acknowledgements(patient_id, "
    "alert_since_ms)",
};

// The clinic's tables of patient data, beside the patient's own (Database::tableNames()).
const char *const kClinicRecordTables[] = { "triage_calls", "clinic_acknowledgements" };

// Who marked a follow-up call made is the server's to say, as for the call itself.
const char *const kStampFollowUp = R"(
CREATE OR REPLACE FUNCTION nc_stamp_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.follow_up_done_ms IS DISTINCT FROM OLD.follow_up_done_ms THEN
        NEW.follow_up_done_by := CASE WHEN NEW.follow_up_done_ms IS NULL THEN NULL ELSE session_user END;
    ELSE
        NEW.follow_up_done_by := OLD.follow_up_done_by;
    END IF;
    RETURN NEW;
END $$)";

// The triage desk, and a caregiver who follows a patient, follow the database live: every committed
// change to a patient's data notifies, once per patient and statement (an import of a year of
// readings sends one notification, not thousands), with that patient's id:
// - the clinic's channel, which staff and admins alone may read the name of (staff_channel);
// - the patient's own channel, whose name only the logins that may see that patient may read
//   (notify_channels, under the same policy as the patient's rows).
// PostgreSQL lets any login listen on, or send to, any channel it can name, so a channel's name is
// its key: 122 random bits each (roles version 6). Before, one channel for everyone told any login
// which patient changed when and, through the sender's process id, which login it was.
// The trigger's arguments name the column that holds the patient (id in patients, patient_id
// elsewhere), read straight from the statement's rows, and the transition table (new_rows or
// old_rows). The functions run as the owner, to read the names.
const char *const kNewChannel = "'nc_' || replace(gen_random_uuid()::text, '-', '')";
const char *const kNotifyFunctions[] = {
    R"(CREATE OR REPLACE FUNCTION nc_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    EXECUTE format('SELECT pg_notify(s.channel, changed.p::text) FROM (SELECT DISTINCT %1$I AS p FROM %2$I) '
        || 'changed, staff_channel s', TG_ARGV[0], TG_ARGV[1]);
    EXECUTE format('SELECT pg_notify(c.channel, c.patient_id::text) FROM notify_channels c WHERE '
        || 'c.patient_id IN (SELECT %1$I FROM %2$I)', TG_ARGV[0], TG_ARGV[1]);
    RETURN NULL;
END $$)",
    // Each new patient's channel, made before the notification of its registration (triggers of one
    // event fire in the order of their names).
    R"(CREATE OR REPLACE FUNCTION nc_channel_for_patient() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO notify_channels (patient_id, channel) SELECT id, %NEW_CHANNEL% FROM new_rows
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$)",
    "DROP FUNCTION IF EXISTS nc_notify_new() CASCADE",
    "DROP FUNCTION IF EXISTS nc_notify_old() CASCADE",
};

// What the trail names, from a row `r` as JSON: the record is its UUID, or the key of a table without
// one (patient_settings, preferences, checklist_ticks; login_patients by patient and login;
// server_logins by login); the patient is the row's own, if any.
const char *const kAuditRecord = "coalesce(r->>'uuid', concat_ws('/', r->>'patient_id', r->>'login', "
                                 "r->>'key', r->>'date', r->>'item'))";
const char *const kAuditPatient
    = "CASE WHEN TG_TABLE_NAME = 'patients' THEN (r->>'id')::bigint ELSE (r->>'patient_id')::bigint END";

QString auditFunction(const char *text)
{
    return QString::fromLatin1(text)
        .replace(QLatin1String("%RECORD%"), QLatin1String(kAuditRecord))
        .replace(QLatin1String("%PATIENT%"), QLatin1String(kAuditPatient));
}

// session_user, not current_user: inside a SECURITY DEFINER function current_user is the owner,
// and the trail names the login that connected. A change or a removal, row by row: OLD and NEW are
// at hand there.
const char *const kAuditFunction = R"(
CREATE OR REPLACE FUNCTION nc_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    r jsonb := coalesce(new_row, old_row);
BEGIN
    INSERT INTO audit (at_ms, login, table_name, action, record, patient_id, old_values, new_values)
    VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, session_user, TG_TABLE_NAME, lower(TG_OP),
        %RECORD%,
        %PATIENT%,
        old_row, new_row);
    RETURN NULL;
END $$)";

// Insertions, once per statement (setup version 3): the same trail row per record as nc_audit()
// writes, in one INSERT ... SELECT over the statement's new rows. Row by row, an import of 100,000
// readings spent 2 s of its 8 s in calling the function (docs/performance.md).
const char *const kAuditInsertsFunction = R"(
CREATE OR REPLACE FUNCTION nc_audit_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    at_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    INSERT INTO audit (at_ms, login, table_name, action, record, patient_id, old_values, new_values)
    SELECT at_ms, session_user, TG_TABLE_NAME, 'insert',
        %RECORD%,
        %PATIENT%,
        NULL, r
    FROM (SELECT to_jsonb(n) AS r FROM new_rows n) inserted;
    RETURN NULL;
END $$)";

const char *const kAuditIsFinal[] = {
    // Rows come only from nc_audit() and nc_audit_inserts(), which run as the owner, whom nobody
    // else acts as; a superuser's insert meets this too. Checked once per statement: who runs a
    // statement does not change from one of its rows to the next.
    R"(CREATE OR REPLACE FUNCTION nc_audit_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND current_user = current_database() || '_owner' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = 'insufficient_privilege';
END $$)",
    "CREATE OR REPLACE TRIGGER audit_is_final BEFORE INSERT OR UPDATE OR DELETE ON audit FOR EACH "
    "STATEMENT EXECUTE FUNCTION nc_audit_is_final()",
    "CREATE OR REPLACE TRIGGER audit_is_final_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE "
    "FUNCTION nc_audit_is_final()",
};

// Creates a login, given its password's SCRAM verifier (scramVerifier()). It runs as <db>_keeper, a role
// nobody logs in as or may act as, whose one power is CREATEROLE: an admin login has none of its own (on
// PostgreSQL 15 CREATEROLE could grant itself any role of the cluster). So the function checks what an admin
// may ask: a group of this database only, and no name a role of NeutroCare or PostgreSQL keeps. The verifier
// is an argument, never part of a statement's text an error could show (the CONTEXT of a failed EXECUTE
// would).
const char *const kCreateLoginFunction = R"(
CREATE OR REPLACE FUNCTION nc_create_login(login text, password text, grp text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF grp NOT IN (SELECT current_database() || '_' || kind FROM unnest(%KINDS%) kind) THEN
        RAISE EXCEPTION 'not a group of this clinic' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login ~ %KEPT% OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'a name kept for roles' USING ERRCODE = 'reserved_name';
    END IF;
    BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L IN ROLE %I',
            login, password, grp);
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION '%', SQLERRM USING ERRCODE = SQLSTATE;
    END;
END $$)";

// The SCRAM-SHA-256 verifier PostgreSQL keeps for a password (RFC 5802, RFC 7677), made here, as
// libpq's PQencryptPasswordConn would: the password itself never reaches the server, so neither a
// statement log nor an error can show it. 4096 iterations and a 16-byte salt, PostgreSQL's own.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations)
{
    // One block: SHA-256's 32 bytes are the key's length.
    QByteArray u = QMessageAuthenticationCode::hash(
        salt + QByteArray::fromHex("00000001"), password, QCryptographicHash::Sha256);
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

QString scramVerifier(const QString &password)
{
    // SASLprep, as PostgreSQL applies it: compatibility-composed, with other spaces read as a space.
    // (An ASCII password is unchanged.)
    QString prepared = password.normalized(QString::NormalizationForm_KC);
    for (QChar &c : prepared) {
        if (c.category() == QChar::Separator_Space)
            c = QLatin1Char(' ');
    }
    constexpr int kIterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray salted = pbkdf2Sha256(prepared.toUtf8(), salt, kIterations);
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

// A code list as SQL: ('a','b') for IN, ARRAY['a','b'] for an order.
template<class List> QStringList codesOf()
{
    QStringList codes;
    for (const auto value : List::all())
        codes << literal(List::code(value));
    return codes;
}

// The clinic tables' CHECKs name the same code lists as the app (one source of each list).
QString withCodeLists(QString statement)
{
    const auto in = [](const QStringList &codes) {
        return QLatin1Char('(') + codes.join(QLatin1Char(',')) + QLatin1Char(')');
    };
    return statement.replace(QLatin1String("%CALLERS%"), in(codesOf<callerKinds>()))
        .replace(QLatin1String("%LEVELS%"), in(codesOf<levels>()))
        .replace(QLatin1String("%DISPOSITIONS%"), in(codesOf<dispositions>()))
        .replace(QLatin1String("%DISPOSITION_ORDER%"),
            QLatin1String("ARRAY[") + codesOf<dispositions>().join(QLatin1Char(',')) + QLatin1Char(']'));
}

class Statements
{
public:
    explicit Statements(QSqlDatabase db)
        : m_db(db)
    { }
    bool run(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().databaseText().section(QLatin1Char('\n'), 0, 0);
        return false;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// What a clinic's roles are, whatever an earlier set-up, or someone with CREATEROLE before this one,
// left: nobody is a member of the owner or the keeper, so nobody acts as them; a group is a role
// without powers (the keeper's CREATEROLE aside) whose members are logins, never another role whose
// own members would come in unseen; and a login of the clinic has no power beyond its group's. The
// first set-up gave admin logins CREATEROLE, with which, on PostgreSQL 15, a login can grant itself
// any role of the cluster, the owner's too. Returns the error, or nothing.
QString secureRoles(QSqlDatabase db, const QString &owner, const QString &keeper, const QStringList &groups)
{
    Statements sql(db);
    const QStringList roles = QStringList { owner, keeper } + groups;
    for (const QString &role : roles) {
        if (!sql.run(
                QStringLiteral("ALTER ROLE %1 NOLOGIN NOSUPERUSER NOCREATEDB %2 NOREPLICATION NOBYPASSRLS")
                    .arg(quoted(role),
                        role == keeper ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"))))
            return sql.error();
        QSqlQuery members(db);
        members.prepare(QStringLiteral(
            "SELECT m.rolname, m.rolcanlogin, m.rolcanlogin AND NOT m.rolsuper AND (m.rolcreaterole OR "
            "m.rolcreatedb OR m.rolreplication OR m.rolbypassrls) FROM pg_auth_members a JOIN pg_roles g ON "
            "g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ?"));
        members.addBindValue(role);
        if (!members.exec())
            return members.lastError().databaseText();
        QStringList statements;
        while (members.next()) {
            const QString member = quoted(members.value(0).toString());
            if (role == owner || role == keeper || !members.value(1).toBool())
                statements << QStringLiteral("REVOKE %1 FROM %2").arg(quoted(role), member);
            else if (members.value(2).toBool())
                statements << QStringLiteral(
                    "ALTER ROLE %1 NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS")
                                  .arg(member);
        }
        for (const QString &statement : std::as_const(statements)) {
            if (!sql.run(statement))
                return sql.error();
        }
    }
    return {};
}

} // namespace

QString loginKindName(LoginKind kind)
{
    return QString::fromLatin1(kKindNames[static_cast<int>(kind)]);
}

std::optional<LoginKind> loginKindFromName(const QString &name)
{
    for (std::size_t i = 0; i < std::size(kKindNames); ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return static_cast<LoginKind>(i);
    }
    return std::nullopt;
}

std::optional<LoginKind> loginKindOf(Database &db)
{
    for (std::size_t i = 0; i < std::size(kKindNames); ++i) {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT pg_has_role(current_user, current_database() || '_' || ?, 'MEMBER')"));
        q.addBindValue(QLatin1String(kKindNames[i]));
        // A group that does not exist (a server never set up) is an error: no kind.
        if (q.exec() && q.next() && q.value(0).toBool())
            return static_cast<LoginKind>(i);
    }
    return std::nullopt;
}

ServerAdmin::ServerAdmin(Database &db)
    : m_db(db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT current_database()")) && q.next())
        m_database = q.value(0).toString();
}

QString ServerAdmin::roleName(const QString &suffix) const
{
    return m_database + QLatin1Char('_') + suffix;
}

bool ServerAdmin::backUp(const QString &folder, int fromVersion, QString *file, QString *error)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty()) {
        *error = tr("pg_dump is not installed (Debian package postgresql-client), and the server is not "
                    "changed without a backup.");
        return false;
    }
    if (!ownerfiles::makeFolders(folder)) {
        *error = tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    *file = QDir(folder).filePath(
        QStringLiteral("%1-v%2-%3.dump")
            .arg(m_database)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    // Made here first, owner-only; pg_dump writes into it.
    if (!ownerfiles::createFile(*file, error))
        return false;
    QProcess dump;
    dump.start(pgDump,
        { QStringLiteral("--format=custom"), QStringLiteral("--file=") + *file,
            QStringLiteral("--dbname=") + m_db.path() });
    if (!dump.waitForFinished(-1) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        *error = tr("pg_dump could not back up the server, so it was not changed: %1")
                     .arg(QString::fromLocal8Bit(dump.readAllStandardError()).trimmed());
        QFile::remove(*file);
        return false;
    }
    return true;
}

Expected<ServerInitOutcome> ServerAdmin::init(const QString &backupFolder)
{
    const auto refused = [](const QString &message) {
        return InputError { QStringLiteral("server"), message };
    };
    if (m_db.engine() != Engine::PostgreSQL || !m_db.isOpen())
        return refused(tr("server init sets up a PostgreSQL server; NeutroCare's own files need no set-up."));
    QSqlDatabase db = m_db.connection();
    if (m_database.size() > 50)
        return refused(
            tr("The database name is too long to name its roles after it (50 characters at most)."));

    const QString owner = roleName(QStringLiteral("owner"));
    // Only a superuser sets up or upgrades: the tables' owner is a role nobody acts as, not even an
    // admin login, which could otherwise rewrite the audit trail or the functions a superuser runs.
    QSqlQuery me(db);
    if (!me.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !me.next())
        return refused(me.lastError().text());
    if (!me.value(0).toBool())
        return refused(tr("server init needs the PostgreSQL superuser (for example: sudo -u postgres "
                          "neutrocare-cli server init --db dbname=%1).")
                           .arg(m_database));

    ServerInitOutcome outcome;
    outcome.fromVersion = m_db.storedVersion();
    if (outcome.fromVersion < 0)
        return refused(tr("Could not read the data version on the server."));
    if (outcome.fromVersion > Database::kSchemaVersion)
        return refused(
            tr("The server holds data version %1; this NeutroCare understands up to %2. Use a newer "
               "neutrocare-cli.")
                .arg(outcome.fromVersion)
                .arg(Database::kSchemaVersion));
    const int setupVersion = serverVersionTable(db, QStringLiteral("server_setup"));
    if (setupVersion < 0)
        return refused(tr("Could not read the data version on the server."));
    if (setupVersion > kSetupVersion)
        return refused(tr("The server's roles were set up by a newer NeutroCare (version %1). Use a newer "
                          "neutrocare-cli.")
                           .arg(setupVersion));
    outcome.changed = outcome.fromVersion < Database::kSchemaVersion || setupVersion < kSetupVersion;
    if (outcome.changed && outcome.fromVersion > 0) {
        QString error;
        if (!backUp(backupFolder, outcome.fromVersion, &outcome.backupFile, &error))
            return refused(error);
    }

    Statements sql(db);
    const auto failed = [&](const QString &error) {
        return refused(tr("Could not set up the server; nothing was changed: %1").arg(error));
    };
    Transaction tx(m_db);
    // The roles. Creating one takes a superuser or CREATEROLE, which the owner has not, so this
    // runs as the login that connected.
    for (const QString &group : roleSuffixes()) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT r.rolcanlogin, EXISTS (SELECT 1 FROM pg_auth_members m WHERE "
                                      "m.roleid = r.oid) FROM pg_roles r WHERE r.rolname = ?"));
        exists.addBindValue(roleName(group));
        if (!exists.exec())
            return failed(exists.lastError().text());
        if (exists.next()) {
            // Role names are the cluster's: a login made earlier under this name would become the
            // owner or a group of this clinic.
            if (exists.value(0).toBool())
                return refused(tr("A login named %1 already exists, so the role of that name cannot be "
                                  "NeutroCare's; rename or drop that login first.")
                                   .arg(roleName(group)));
            // So would the members of a group someone made before this clinic was set up: they
            // would be its staff, or act as the owner of every table.
            if (setupVersion == 0 && exists.value(1).toBool())
                return refused(tr("A role named %1 already exists and has members, so it was not made by "
                                  "NeutroCare for this database; drop that role first.")
                                   .arg(roleName(group)));
            continue;
        }
        if (!sql.run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(roleName(group)))))
            return failed(sql.error());
    }
    QStringList groups;
    for (const char *kind : kKindNames)
        groups << roleName(QLatin1String(kind));
    if (const QString error = secureRoles(db, owner, roleName(QStringLiteral("keeper")), groups);
        !error.isEmpty())
        return failed(error);
    const QString adminRole = quoted(roleName(QStringLiteral("admin")));
    const QString staff = quoted(roleName(QStringLiteral("staff")));
    const QString patient = quoted(roleName(QStringLiteral("patient")));
    const QString caregiver = quoted(roleName(QStringLiteral("caregiver")));
    const QString everyone = QStringList { adminRole, staff, patient, caregiver }.join(QLatin1String(", "));
    // Only this clinic's logins connect.
    const QString keeper = quoted(roleName(QStringLiteral("keeper")));
    // Made again below, by the owner, then handed to the keeper.
    if (!sql.run(QStringLiteral("DROP FUNCTION IF EXISTS nc_create_login(text, text, text)"))
        || !sql.run(QStringLiteral("DROP FUNCTION IF EXISTS nc_create_login(text, text, text, boolean)"))
        || !sql.run(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(quoted(owner)))
        || !sql.run(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(everyone, keeper))
        || !sql.run(
            QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(quoted(m_database)))
        || !sql.run(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(m_database), everyone)))
        return failed(sql.error());
    // Tables an earlier NeutroCare made with whatever login connected pass to the owner.
    QSqlQuery owned(db);
    owned.prepare(
        QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
                       "AND c.relkind = 'r' AND pg_get_userbyid(c.relowner) <> ?"));
    owned.addBindValue(owner);
    if (!owned.exec())
        return failed(owned.lastError().text());
    QStringList toOwn;
    while (owned.next())
        toOwn << owned.value(0).toString();
    for (const QString &table : std::as_const(toOwn)) {
        if (!sql.run(QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(quoted(table), quoted(owner))))
            return failed(sql.error());
    }
    // Anything else in the schema runs with its owner's rights: a view or a function of another role
    // would read the tables past their policies. An extension's objects are the server's own choice.
    QSqlQuery foreign(db);
    foreign.prepare(QStringLiteral(
        "SELECT o.kind || ' ' || o.name || ' (' || pg_get_userbyid(o.owner) || ')' FROM ("
        "SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN "
        "'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END AS kind, c.relname AS name, c.relowner "
        "AS owner, c.oid, 'pg_class'::regclass AS catalogue FROM pg_class c WHERE c.relnamespace = "
        "'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') "
        "UNION ALL SELECT 'function', p.proname, p.proowner, p.oid, 'pg_proc'::regclass FROM pg_proc p "
        "WHERE p.pronamespace = 'public'::regnamespace "
        "UNION ALL SELECT 'type', t.typname, t.typowner, t.oid, 'pg_type'::regclass FROM pg_type t WHERE "
        "t.typnamespace = 'public'::regnamespace AND t.typrelid = 0 AND t.typelem = 0) o "
        "WHERE pg_get_userbyid(o.owner) <> ? AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
        "o.catalogue AND d.objid = o.oid AND d.deptype = 'e') ORDER BY 1"));
    foreign.addBindValue(owner);
    if (!foreign.exec())
        return failed(foreign.lastError().databaseText());
    QStringList notOurs;
    while (foreign.next())
        notOurs << foreign.value(0).toString();
    if (!notOurs.isEmpty())
        return refused(
            tr("The clinic's database holds what NeutroCare did not make, owned by another role: "
               "%1. Its tables keep their rules only when everything in the public schema is "
               "NeutroCare's; move these to another schema or drop them first. Nothing was changed.")
                .arg(notOurs.join(QLatin1String(", "))));

    // Everything else is made as the owner, so the owner holds it.
    if (!sql.run(QStringLiteral("SET LOCAL ROLE %1").arg(quoted(owner))))
        return failed(sql.error());
    if (!m_db.upgradeSchema())
        return refused(m_db.errorString());
    for (const char *statement : kServerTables) {
        if (!sql.run(withCodeLists(QString::fromLatin1(statement))))
            return failed(sql.error());
    }
    if (!sql.run(QString::fromLatin1(kStampFollowUp)))
        return failed(sql.error());
    for (const char *statement : kNotifyFunctions) {
        if (!sql.run(QString::fromLatin1(statement).replace(
                QLatin1String("%NEW_CHANNEL%"), QLatin1String(kNewChannel))))
            return failed(sql.error());
    }
    QStringList kinds;
    for (const char *kind : kKindNames)
        kinds << QLatin1String(kind);
    const QString createLogin
        = QString::fromLatin1(kCreateLoginFunction)
              .replace(QLatin1String("%KINDS%"),
                  literal(QLatin1Char('{') + kinds.join(QLatin1Char(',')) + QLatin1Char('}'))
                      + QLatin1String("::text[]"))
              .replace(QLatin1String("%KEPT%"),
                  literal(QStringLiteral("_(%1)$").arg(roleSuffixes().join(QLatin1Char('|')))));
    if (!sql.run(auditFunction(kAuditFunction)) || !sql.run(auditFunction(kAuditInsertsFunction))
        || !sql.run(createLogin))
        return failed(sql.error());
    for (const char *statement : kAuditIsFinal) {
        if (!sql.run(QString::fromLatin1(statement)))
            return failed(sql.error());
    }

    // Who may read a row of patient data: staff and admins every row; a patient or caregiver login
    // the patients login_patients gives it. The role checks are sub-selects, so the server evaluates
    // them once per statement, not per row.
    const QString readsAll
        = QStringLiteral("(SELECT pg_has_role(current_user, %1, 'MEMBER') OR "
                         "pg_has_role(current_user, %2, 'MEMBER'))")
              .arg(literal(roleName(QStringLiteral("staff"))), literal(roleName(QStringLiteral("admin"))));
    const QString isStaff = QStringLiteral("(SELECT pg_has_role(current_user, %1, 'MEMBER'))")
                                .arg(literal(roleName(QStringLiteral("staff"))));
    const QString isAdmin = QStringLiteral("(SELECT pg_has_role(current_user, %1, 'MEMBER'))")
                                .arg(literal(roleName(QStringLiteral("admin"))));
    const QString visible
        = QStringLiteral("%1 IN (SELECT patient_id FROM login_patients WHERE login = current_user::text)");
    const QString own = QStringLiteral("%1 IN (SELECT patient_id FROM login_patients WHERE login = "
                                       "current_user::text AND relation = 'own')");

    QStringList statements;
    const auto policy = [&](const QString &table, const QString &name, const QString &command,
                            const QString &clauses) {
        statements << QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 %4").arg(name, table, command, clauses);
    };
    // Every policy goes, not only the ones this set-up makes: a policy is permissive unless it says
    // otherwise, so one left by an earlier set-up, or by someone acting as the owner, would widen
    // what the policies below allow.
    QSqlQuery policies(db);
    if (!policies.exec(
            QStringLiteral("SELECT p.polname, c.relname FROM pg_policy p JOIN pg_class c ON c.oid = "
                           "p.polrelid WHERE c.relnamespace = 'public'::regnamespace")))
        return failed(policies.lastError().databaseText());
    while (policies.next()) {
        statements << QStringLiteral("DROP POLICY %1 ON %2")
                          .arg(quoted(policies.value(0).toString()), quoted(policies.value(1).toString()));
    }
    // Who changed a patient's data, and who gave or took a login the right to see it.
    const auto audited = [&statements](const QString &table) {
        statements << QStringLiteral("CREATE OR REPLACE TRIGGER audit_changes AFTER UPDATE OR DELETE ON "
                                     "%1 FOR EACH ROW EXECUTE FUNCTION nc_audit()")
                          .arg(table)
                   << QStringLiteral(
                          "CREATE OR REPLACE TRIGGER audit_inserts AFTER INSERT ON %1 REFERENCING NEW TABLE "
                          "AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nc_audit_inserts()")
                          .arg(table);
    };
    audited(QStringLiteral("server_logins"));
    QStringList patientTables = Database::tableNames();
    QStringList clinicTables;
    for (const char *table : kClinicRecordTables)
        clinicTables << QLatin1String(table);
    patientTables << clinicTables << QStringLiteral("login_patients");
    for (const QString &table : std::as_const(patientTables)) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(table, everyone)
                   << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, everyone);
        audited(table);
        if (table == QLatin1String("login_patients")) {
            policy(table, QStringLiteral("nc_own_links"), QStringLiteral("SELECT"),
                QStringLiteral("USING (login = current_user::text OR %1)").arg(readsAll));
            policy(table, QStringLiteral("nc_admin_all"), QStringLiteral("ALL"),
                QStringLiteral("USING (%1) WITH CHECK (%1)").arg(isAdmin));
            continue;
        }
        const QString column
            = table == QLatin1String("patients") ? QStringLiteral("id") : QStringLiteral("patient_id");
        const QString mine = own.arg(column);
        for (const char *event : { "INSERT", "UPDATE", "DELETE" }) {
            const bool gone = qstrcmp(event, "DELETE") == 0;
            statements << QStringLiteral(
                "CREATE OR REPLACE TRIGGER notify_%1 AFTER %2 ON %3 REFERENCING %4 "
                "TABLE AS %5 FOR EACH STATEMENT EXECUTE FUNCTION nc_notify('%6', '%5')")
                              .arg(QString::fromLatin1(event).toLower(), QLatin1String(event), table,
                                  gone ? QStringLiteral("OLD") : QStringLiteral("NEW"),
                                  gone ? QStringLiteral("old_rows") : QStringLiteral("new_rows"), column);
        }
        if (table == QLatin1String("patients")) {
            statements << QStringLiteral(
                "CREATE OR REPLACE TRIGGER channel_for_patient AFTER INSERT ON patients REFERENCING NEW "
                "TABLE "
                "AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nc_channel_for_patient()");
        }
        policy(table, QStringLiteral("nc_read"), QStringLiteral("SELECT"),
            QStringLiteral("USING (%1 OR %2)").arg(readsAll, visible.arg(column)));
        if (clinicTables.contains(table)) {
            // The clinic writes these, staff or admin; a patient or caregiver reads their own.
            policy(table, QStringLiteral("nc_staff_insert"), QStringLiteral("INSERT"),
                QStringLiteral("WITH CHECK (%1)").arg(readsAll));
            policy(table, QStringLiteral("nc_staff_update"), QStringLiteral("UPDATE"),
                QStringLiteral("USING (%1) WITH CHECK (%1)").arg(readsAll));
            continue;
        }
        policy(table, QStringLiteral("nc_patient_insert"), QStringLiteral("INSERT"),
            QStringLiteral("WITH CHECK (%1)").arg(mine));
        policy(table, QStringLiteral("nc_patient_update"), QStringLiteral("UPDATE"),
            QStringLiteral("USING (%1) WITH CHECK (%1)").arg(mine));
        policy(table, QStringLiteral("nc_patient_delete"), QStringLiteral("DELETE"),
            QStringLiteral("USING (%1)").arg(mine));
        if (table == QLatin1String("patients") || table == QLatin1String("tombstones")) {
            // Admins register patients and remove one at the clinic's request.
            policy(table, QStringLiteral("nc_admin_all"), QStringLiteral("ALL"),
                QStringLiteral("USING (%1) WITH CHECK (%1)").arg(isAdmin));
        }
        if (table == QLatin1String("patient_settings")) {
            policy(table, QStringLiteral("nc_staff_insert"), QStringLiteral("INSERT"),
                QStringLiteral("WITH CHECK (%1)").arg(isStaff));
            policy(table, QStringLiteral("nc_staff_update"), QStringLiteral("UPDATE"),
                QStringLiteral("USING (%1) WITH CHECK (%1)").arg(isStaff));
        }
    }
    // The live channels' names (kNotifyFunctions): the clinic's for staff and admins; a patient's for
    // whoever may see that patient. Not forced: the owner's trigger functions read and write them.
    statements << QStringLiteral("REVOKE ALL ON staff_channel, notify_channels FROM PUBLIC, %1").arg(everyone)
               << QStringLiteral("GRANT SELECT ON staff_channel TO %1, %2").arg(staff, adminRole)
               << QStringLiteral("ALTER TABLE notify_channels ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("GRANT SELECT ON notify_channels TO %1").arg(everyone);
    policy(QStringLiteral("notify_channels"), QStringLiteral("nc_read"), QStringLiteral("SELECT"),
        QStringLiteral("USING (%1 OR %2)").arg(readsAll, visible.arg(QStringLiteral("patient_id"))));

    // Privileges: what each group may attempt at all; the policies above then pick the rows. A
    // patient's app names neither an id (taking ids ahead would block every other patient's inserts)
    // nor, when it changes a row, its UUID or patient.
    const auto columnsBut = [&db](const char *table, const QStringList &left) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                           "AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(QLatin1String(table));
        QStringList columns;
        if (q.exec()) {
            while (q.next()) {
                if (!left.contains(q.value(0).toString()))
                    columns << q.value(0).toString();
            }
        }
        return columns.join(QLatin1String(", "));
    };
    for (const SyncedTable &synced : kSyncedTables) {
        const char *table = synced.name;
        statements << QStringLiteral("GRANT INSERT (%1), UPDATE (%2), DELETE ON %3 TO %4")
                          .arg(columnsBut(table, { QStringLiteral("id") }),
                              columnsBut(table,
                                  { QStringLiteral("id"), QStringLiteral("uuid"),
                                      QStringLiteral("patient_id") }),
                              QLatin1String(table), patient);
    }
    statements
        << QStringLiteral("GRANT INSERT ON tombstones TO %1, %2").arg(patient, adminRole)
        << QStringLiteral("GRANT UPDATE (name, birth_year, updated_ms) ON patients TO %1").arg(patient)
        << QStringLiteral("GRANT INSERT (patient_id, %1), UPDATE (%1) ON patient_settings TO %2")
               .arg(QLatin1String(kClinicSettingsColumns), staff)
        // The desk: a call is written once, then only marked when its follow-up was made.
        << QStringLiteral("GRANT INSERT (%1) ON triage_calls TO %2, %3")
               .arg(columnsBut("triage_calls",
                        { QStringLiteral("id"), QStringLiteral("taken_by"),
                            QStringLiteral("follow_up_done_ms"), QStringLiteral("follow_up_done_by") }),
                   staff, adminRole)
        << QStringLiteral("GRANT UPDATE (follow_up_done_ms, updated_ms) ON triage_calls TO %1, %2")
               .arg(staff, adminRole)
        << QStringLiteral(
               "CREATE OR REPLACE TRIGGER stamp_follow_up BEFORE UPDATE ON triage_calls FOR EACH ROW "
               "EXECUTE FUNCTION nc_stamp_follow_up()")
        << QStringLiteral("GRANT INSERT (%1) ON clinic_acknowledgements TO %2, %3")
               .arg(columnsBut("clinic_acknowledgements", { QStringLiteral("id"), QStringLiteral("login") }),
                   staff, adminRole)
        // Admins register patients, remove one at the clinic's request, and manage logins.
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON patients TO %1").arg(adminRole)
        << QStringLiteral("GRANT INSERT, DELETE ON login_patients TO %1").arg(adminRole)
        << QStringLiteral("REVOKE ALL ON schema_version, server_setup, audit, server_logins FROM PUBLIC, %1")
               .arg(everyone)
        << QStringLiteral("GRANT SELECT ON schema_version, server_setup TO %1").arg(everyone)
        << QStringLiteral("GRANT SELECT, INSERT ON server_logins TO %1").arg(adminRole)
        << QStringLiteral("GRANT SELECT ON audit TO %1, %2").arg(staff, adminRole)
        // The owner's own right to change the trail goes too; the trigger refuses it besides.
        << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM %1").arg(quoted(owner))
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_audit() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_audit_inserts() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_notify() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_channel_for_patient() FROM PUBLIC")
        << QStringLiteral("DELETE FROM server_setup")
        << QStringLiteral("INSERT INTO server_setup (version) VALUES (%1)").arg(kSetupVersion)
        // The login function belongs to the keeper, not the owner: back to the superuser to give it.
        << QStringLiteral("RESET ROLE")
        // Channels for a new server, and for the patients of one set up before there were any: as the
        // superuser, whom the patients' policies do not limit.
        << QStringLiteral("INSERT INTO staff_channel (channel) SELECT %1 WHERE NOT EXISTS (SELECT 1 FROM "
                          "staff_channel)")
               .arg(QLatin1String(kNewChannel))
        << QStringLiteral("INSERT INTO notify_channels (patient_id, channel) SELECT id, %1 FROM patients ON "
                          "CONFLICT DO NOTHING")
               .arg(QLatin1String(kNewChannel))
        << QStringLiteral("ALTER FUNCTION nc_create_login(text, text, text) OWNER TO %1").arg(keeper)
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_create_login(text, text, text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION nc_create_login(text, text, text) TO %1").arg(adminRole);
    for (const QString &statement : std::as_const(statements)) {
        if (!sql.run(statement))
            return failed(sql.error());
    }
    if (const QString error = tx.commit(); !error.isEmpty())
        return failed(error);
    return outcome;
}

std::optional<InputError> ServerAdmin::checkPatient(qint64 patient) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM patients WHERE id = ?"));
    q.addBindValue(patient);
    if (q.exec() && q.next())
        return std::nullopt;
    return InputError { QStringLiteral("patient"),
        tr("There is no patient with the id %1 on the server.").arg(patient) };
}

std::optional<InputError> ServerAdmin::checkLoginName(const QString &login) const
{
    const auto refused = [](const QString &message) {
        return InputError { QStringLiteral("login"), message };
    };
    if (login.trimmed().isEmpty())
        return refused(tr("The login name is empty."));
    if (login.toUtf8().size() > 63)
        return refused(tr("The login name is longer than PostgreSQL allows (63 bytes)."));
    const QStringList suffixes = roleSuffixes();
    const bool kept = std::any_of(suffixes.cbegin(), suffixes.cend(),
        [&login](const QString &suffix) { return login.endsWith(QLatin1Char('_') + suffix); });
    if (login.startsWith(QLatin1String("pg_")) || kept)
        return refused(tr("\"%1\" is a name PostgreSQL or NeutroCare keeps for itself.").arg(login));
    if (login.contains(QChar(0)))
        return refused(tr("The login name holds a character PostgreSQL cannot store."));
    return std::nullopt;
}

std::optional<InputError> ServerAdmin::addUser(
    LoginKind kind, const QString &login, const QString &password, std::optional<qint64> patient)
{
    const auto refused = [](const QString &field, const QString &message) {
        return InputError { field, message };
    };
    if (auto error = checkLoginName(login))
        return error;
    if (password.isEmpty())
        return refused(QStringLiteral("password"), tr("The password is empty."));
    if ((kind == LoginKind::Patient) != patient.has_value())
        return refused(QStringLiteral("patient"),
            kind == LoginKind::Patient
                ? tr("A patient login names its patient (--patient ID).")
                : tr("Only a patient login names a patient; a caregiver is linked with "
                     "server link."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(m_db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return refused(QStringLiteral("server"), q.lastError().text());
    if (q.next())
        return refused(QStringLiteral("login"), tr("A login named \"%1\" already exists.").arg(login));
    if (patient) {
        if (auto error = checkPatient(*patient))
            return error;
    }
    q.prepare(QStringLiteral("SELECT nc_create_login(?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(scramVerifier(password));
    q.addBindValue(roleName(loginKindName(kind)));
    if (!q.exec())
        return refused(QStringLiteral("server"), q.lastError().databaseText());
    q.prepare(QStringLiteral("INSERT INTO server_logins (login, kind, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(loginKindName(kind));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return refused(QStringLiteral("server"), q.lastError().databaseText());
    if (patient) {
        q.prepare(
            QStringLiteral("INSERT INTO login_patients (login, patient_id, relation) VALUES (?, ?, 'own')"));
        q.addBindValue(login);
        q.addBindValue(*patient);
        if (!q.exec())
            return refused(QStringLiteral("server"), q.lastError().databaseText());
    }
    if (const QString error = tx.commit(); !error.isEmpty())
        return refused(QStringLiteral("server"), error);
    return std::nullopt;
}

std::optional<InputError> ServerAdmin::link(const QString &caregiver, qint64 patient)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind FROM server_logins WHERE login = ?"));
    q.addBindValue(caregiver);
    if (!q.exec())
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    if (!q.next() || q.value(0).toString() != loginKindName(LoginKind::Caregiver))
        return InputError { QStringLiteral("caregiver"),
            tr("\"%1\" is not a caregiver login (see server users).").arg(caregiver) };
    if (auto error = checkPatient(patient))
        return error;
    q.prepare(
        QStringLiteral("INSERT INTO login_patients (login, patient_id, relation) VALUES (?, ?, 'linked') "
                       "ON CONFLICT DO NOTHING"));
    q.addBindValue(caregiver);
    q.addBindValue(patient);
    if (!q.exec())
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    return std::nullopt;
}

Expected<QList<ServerLogin>> ServerAdmin::users()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT l.login, l.kind, p.patient_id FROM server_logins l LEFT JOIN login_patients p "
            "ON p.login = l.login ORDER BY l.login, p.patient_id")))
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    QList<ServerLogin> logins;
    while (q.next()) {
        const QString login = q.value(0).toString();
        if (logins.isEmpty() || logins.constLast().login != login)
            logins.append({ login, loginKindFromName(q.value(1).toString()).value_or(LoginKind::Staff), {} });
        if (!q.value(2).isNull())
            logins.last().patients << q.value(2).toLongLong();
    }
    return logins;
}

} // namespace nc

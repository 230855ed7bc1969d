#include "serveradmin.h"

#include "ownerfiles.h"
#include "synclinks.h"
#include "triagerecords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
CREATE OR REPLACE FUNCTION nc_stamp_follow_up() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
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
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('SELECT pg_notify(s.channel, changed.p::text) FROM (SELECT DISTINCT %1$I AS p FROM %2$I) '
        || 'changed, public.staff_channel s', TG_ARGV[0], TG_ARGV[1]);
    EXECUTE format('SELECT pg_notify(c.channel, c.patient_id::text) FROM public.notify_channels c WHERE '
        || 'c.patient_id IN (SELECT %1$I FROM %2$I)', TG_ARGV[0], TG_ARGV[1]);
    RETURN NULL;
END $$)",
    // Each new patient's channel, made before the notification of its registration (triggers of one
    // event fire in the order of their names).
    R"(CREATE OR REPLACE FUNCTION nc_channel_for_patient() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.notify_channels (patient_id, channel) SELECT id, %NEW_CHANNEL% FROM new_rows
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$)",
    // A login that may no longer see a patient may still know the name of its channel: a new one.
    R"(CREATE OR REPLACE FUNCTION nc_new_channel_after_unlink() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.notify_channels SET channel = %NEW_CHANNEL%
    WHERE patient_id IN (SELECT patient_id FROM old_rows);
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
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    r jsonb := coalesce(new_row, old_row);
BEGIN
    INSERT INTO public.audit (at_ms, login, table_name, action, record, patient_id, old_values, new_values)
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
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    at_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    INSERT INTO public.audit (at_ms, login, table_name, action, record, patient_id, old_values, new_values)
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
    R"(CREATE OR REPLACE FUNCTION nc_audit_is_final() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
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
    -- Listed, and so in the audit trail under the admin who asked, in the same step: no login of the
    -- clinic's groups is made that `server users` and the trail do not show.
    INSERT INTO public.server_logins (login, kind, created_ms)
    VALUES (login, substr(grp, length(current_database()) + 2), (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
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
    // Each in turn, up to the first that fails.
    bool runAll(const QStringList &statements)
    {
        return std::all_of(
            statements.cbegin(), statements.cend(), [this](const QString &sql) { return run(sql); });
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// Everything NeutroCare makes in the schema public besides the app's own tables (Database::tableNames())
// and the clinic's records, and the trigger names it gives. nc_notify_new and nc_notify_old are an
// older set-up's, dropped by this one.
const char *const kServerTableNames[] = { "server_setup", "server_logins", "login_patients", "audit",
    "staff_channel", "notify_channels", "schema_version" };
const char *const kFunctionNames[] = { "nc_audit", "nc_audit_inserts", "nc_audit_is_final",
    "nc_stamp_follow_up", "nc_notify", "nc_channel_for_patient", "nc_new_channel_after_unlink",
    "nc_create_login", "nc_notify_new", "nc_notify_old" };
const char *const kTriggerNames[] = { "audit_changes", "audit_inserts", "audit_is_final",
    "audit_is_final_truncate", "notify_insert", "notify_update", "notify_delete", "stamp_follow_up",
    "channel_for_patient", "new_channel_after_unlink" };

QStringList ourTables()
{
    QStringList tables = Database::tableNames();
    for (const char *table : kClinicRecordTables)
        tables << QLatin1String(table);
    for (const char *table : kServerTableNames)
        tables << QLatin1String(table);
    return tables;
}

template<std::size_t N> bool listed(const char *const (&names)[N], const QString &name)
{
    return std::any_of(
        std::begin(names), std::end(names), [&](const char *n) { return name == QLatin1String(n); });
}

// The first column of each row of `sql` (bound to `values`), or the error.
Expected<QStringList> firstColumn(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    QStringList column;
    while (q.next())
        column << q.value(0).toString();
    return column;
}

// What in the schema public NeutroCare did not make, whoever owns it: anything there runs with its
// owner's rights, or, an operator or a function in place of PostgreSQL's own, with the rights of
// whoever's statement calls it, the superuser's running init included. An earlier set-up let admins
// act as the owner, so the owner's objects are looked at too. An extension's are the server's own
// choice. Read with pg_catalog alone on the search path, so nothing here can be such a trap.
Expected<QStringList> notOurs(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT o.kind, o.name, coalesce(o.parent, '') FROM ("
            "SELECT CASE WHEN c.relkind IN ('r', 'p') THEN 'table' WHEN c.relkind IN ('i', 'I') THEN 'index' "
            "WHEN c.relkind = 'S' THEN 'sequence' WHEN c.relkind = 'v' THEN 'view' "
            "WHEN c.relkind = 'm' THEN 'materialized view' WHEN c.relkind = 'f' THEN 'foreign table' "
            "ELSE 'type' END AS kind, c.relname::text AS name, "
            // An index's table, a sequence's owning table: theirs if the table is.
            "CASE WHEN c.relkind IN ('i', 'I') THEN (SELECT t.relname::text FROM pg_index x "
            "JOIN pg_class t ON t.oid = x.indrelid WHERE x.indexrelid = c.oid) "
            "WHEN c.relkind = 'S' THEN (SELECT t.relname::text FROM pg_depend d JOIN pg_class t ON t.oid = "
            "d.refobjid WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid "
            "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) END AS parent, "
            "'pg_class'::regclass AS catalogue, c.oid FROM pg_class c "
            "WHERE c.relnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'function', p.proname::text, NULL, 'pg_proc'::regclass, p.oid FROM pg_proc p "
            "WHERE p.pronamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'type', t.typname::text, NULL, 'pg_type'::regclass, t.oid FROM pg_type t "
            "WHERE t.typnamespace = 'public'::regnamespace AND t.typrelid = 0 AND t.typelem = 0 "
            "UNION ALL SELECT 'operator', x.oprname::text, NULL, 'pg_operator'::regclass, x.oid "
            "FROM pg_operator x WHERE x.oprnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'operator class', x.opcname::text, NULL, 'pg_opclass'::regclass, x.oid "
            "FROM pg_opclass x WHERE x.opcnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'operator family', x.opfname::text, NULL, 'pg_opfamily'::regclass, x.oid "
            "FROM pg_opfamily x WHERE x.opfnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'collation', x.collname::text, NULL, 'pg_collation'::regclass, x.oid "
            "FROM pg_collation x WHERE x.collnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'conversion', x.conname::text, NULL, 'pg_conversion'::regclass, x.oid "
            "FROM pg_conversion x WHERE x.connamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'text search configuration', x.cfgname::text, NULL, 'pg_ts_config'::regclass, "
            "x.oid FROM pg_ts_config x WHERE x.cfgnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'text search dictionary', x.dictname::text, NULL, 'pg_ts_dict'::regclass, "
            "x.oid FROM pg_ts_dict x WHERE x.dictnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'text search parser', x.prsname::text, NULL, 'pg_ts_parser'::regclass, x.oid "
            "FROM pg_ts_parser x WHERE x.prsnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'text search template', x.tmplname::text, NULL, 'pg_ts_template'::regclass, "
            "x.oid FROM pg_ts_template x WHERE x.tmplnamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'statistics', x.stxname::text, NULL, 'pg_statistic_ext'::regclass, x.oid "
            "FROM pg_statistic_ext x WHERE x.stxnamespace = 'public'::regnamespace"
            // An extension's objects are the server's own choice.
            ") o WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalogue "
            "AND d.objid = o.oid AND d.deptype = 'e') ORDER BY 1, 2")))
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    const QStringList tables = ourTables();
    QStringList found;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString name = q.value(1).toString();
        const bool ours = (kind == QLatin1String("table") && tables.contains(name))
            || ((kind == QLatin1String("index") || kind == QLatin1String("sequence"))
                && tables.contains(q.value(2).toString()))
            || (kind == QLatin1String("function") && listed(kFunctionNames, name));
        if (!ours)
            found << kind + QLatin1Char(' ') + name;
    }
    return found;
}

// Why init must not go on with the cluster as it is, or nothing. The owner of the database owns the
// schema public; a clinic login that is also a member of another role (say pg_read_all_data), or has
// members of its own, or is in two groups, has more than its group gives; default privileges would
// hand the tables init makes to someone.
Expected<QString> clusterRefusal(QSqlDatabase db, const QStringList &roles, const QStringList &groups)
{
    struct Check
    {
        QString sql; // names what is wrong, one per row
        QVariantList values;
        QString refusal; // %1: the names
    };
    const Check checks[] = {
        { QStringLiteral(
              "SELECT r.rolname::text FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
              "WHERE d.datname = current_database() AND NOT r.rolsuper "
              "UNION SELECT r.rolname::text FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner "
              "WHERE n.nspname = 'public' AND NOT r.rolsuper AND r.rolname <> 'pg_database_owner'"),
            {},
            ServerAdmin::tr("The database or its schema public belongs to %1, who could change anything in "
                            "it; give it to the superuser first (ALTER DATABASE … OWNER TO postgres).") },
        { QStringLiteral("SELECT DISTINCT l.rolname::text FROM pg_auth_members a JOIN pg_roles l ON l.oid = "
                         "a.member JOIN pg_roles g ON g.oid = a.roleid WHERE l.rolcanlogin "
                         "AND g.rolname = ANY (string_to_array(?, chr(1))) "
                         "AND ((SELECT count(*) FROM pg_auth_members b WHERE b.member = l.oid) > 1 "
                         "OR EXISTS (SELECT 1 FROM pg_auth_members c WHERE c.roleid = l.oid)) ORDER BY 1"),
            { groups.join(QChar(1)) },
            ServerAdmin::tr("Logins of this clinic belong to more than their one group, or have members of "
                            "their own, and so could do more than their group allows: %1. Undo those "
                            "memberships first.") },
        { QStringLiteral("SELECT DISTINCT pg_get_userbyid(d.defaclrole)::text FROM pg_default_acl d "
                         "WHERE d.defaclnamespace = 'public'::regnamespace "
                         "OR pg_get_userbyid(d.defaclrole) = ANY (string_to_array(?, chr(1)))"),
            { roles.join(QChar(1)) },
            ServerAdmin::tr("Default privileges set for %1 would give the tables NeutroCare makes to other "
                            "roles; remove them first (ALTER DEFAULT PRIVILEGES … REVOKE …).") },
    };
    for (const Check &check : checks) {
        const auto named = firstColumn(db, check.sql, check.values);
        if (!named.ok())
            return named.error();
        if (!named->isEmpty())
            return check.refusal.arg(named->join(QLatin1String(", ")));
    }
    return QString();
}

// What others left on NeutroCare's own tables and functions, taken away: triggers and rules it did not
// make (a trigger of the owner's would run on every patient's rows), and every privilege granted to a
// role but the owner; the grants that follow give each group its own again.
Expected<QStringList> clearLeftovers(QSqlDatabase db, const QString &owner)
{
    QStringList statements;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT t.tgname::text, c.relname::text FROM pg_trigger t JOIN pg_class c ON c.oid "
            "= t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal")))
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    while (q.next()) {
        if (!listed(kTriggerNames, q.value(0).toString()))
            statements << QStringLiteral("DROP TRIGGER %1 ON public.%2")
                              .arg(quoted(q.value(0).toString()), quoted(q.value(1).toString()));
    }
    if (!q.exec(QStringLiteral(
            "SELECT r.rulename::text, c.relname::text FROM pg_rewrite r JOIN pg_class c ON "
            "c.oid = r.ev_class WHERE c.relnamespace = 'public'::regnamespace AND r.rulename <> "
            "'_RETURN'")))
        return InputError { QStringLiteral("server"), q.lastError().databaseText() };
    while (q.next()) {
        statements << QStringLiteral("DROP RULE %1 ON public.%2")
                          .arg(quoted(q.value(0).toString()), quoted(q.value(1).toString()));
    }
    const auto grantees = firstColumn(db,
        QStringLiteral(
            "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text "
            "END FROM (SELECT relacl AS acl FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "UNION ALL SELECT at.attacl FROM pg_attribute at JOIN pg_class c ON c.oid = at.attrelid "
            "WHERE c.relnamespace = 'public'::regnamespace UNION ALL SELECT proacl FROM pg_proc WHERE "
            "pronamespace = 'public'::regnamespace) acls, aclexplode(acls.acl) a WHERE acls.acl IS NOT "
            "NULL AND a.grantee <> a.grantor"));
    if (!grantees.ok())
        return grantees.error();
    for (const QString &grantee : *grantees) {
        if (grantee == owner)
            continue;
        const QString who = grantee == QLatin1String("PUBLIC") ? grantee : quoted(grantee);
        for (const char *objects : { "TABLES", "SEQUENCES", "ROUTINES" })
            statements << QStringLiteral("REVOKE ALL ON ALL %1 IN SCHEMA public FROM %2")
                              .arg(QLatin1String(objects), who);
    }
    return statements;
}

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
        // Nor does anything of another role's come in through one of them (pg_read_all_data, say).
        const auto memberOf = firstColumn(db,
            QStringLiteral(
                "SELECT g.rolname::text FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = ?"),
            { role });
        if (!memberOf.ok())
            return memberOf.error().message;
        for (const QString &other : *memberOf)
            statements << QStringLiteral("REVOKE %1 FROM %2").arg(quoted(other), quoted(role));
        if (!sql.runAll(statements))
            return sql.error();
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
    // A second run in the same second (after a refusal, say) keeps the first one's dump.
    const QString stem = QDir(folder).filePath(
        QStringLiteral("%1-v%2-%3")
            .arg(m_database)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    *file = stem + QStringLiteral(".dump");
    for (int n = 2; QFileInfo::exists(*file); ++n)
        *file = stem + QStringLiteral("-%1.dump").arg(n);
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
    // A warning for the server's administrator when `sql` (the first column of its rows, bound to
    // `values`) names anyone; the query's own error when it failed.
    const auto warnOf
        = [&](const QString &sql, const QVariantList &values, const QString &text) -> std::optional<QString> {
        const auto named = firstColumn(db, sql, values);
        if (!named.ok())
            return named.error().message;
        if (!named->isEmpty())
            outcome.warnings << text.arg(named->join(QLatin1String(", ")));
        return std::nullopt;
    };
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
    // Until the schema is known to hold only what NeutroCare made, nothing but PostgreSQL's own on the
    // search path: an operator or function of someone else's there would run as the superuser.
    if (!sql.run(QStringLiteral("SET LOCAL search_path = pg_catalog, pg_temp")))
        return failed(sql.error());
    QStringList groups;
    for (const char *kind : kKindNames)
        groups << roleName(QLatin1String(kind));
    const QString keeperName = roleName(QStringLiteral("keeper"));
    const auto why = clusterRefusal(db, QStringList { owner, keeperName } + groups, groups);
    if (!why.ok())
        return failed(why.error().message);
    if (!why->isEmpty())
        return refused(*why);
    const auto strangers = notOurs(db);
    if (!strangers.ok())
        return failed(strangers.error().message);
    if (!strangers->isEmpty())
        return refused(
            tr("The clinic's database holds what NeutroCare did not make: %1. Its tables keep their "
               "rules only when everything in the schema public is NeutroCare's; move these to "
               "another schema or drop them first. Nothing was changed.")
                .arg(strangers->join(QLatin1String(", "))));
    // PostgreSQL 15 no longer lets every role create in public, but a cluster upgraded from an older
    // one, or a grant, may still.
    if (!sql.run(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")))
        return failed(sql.error());
    if (const auto error
        = warnOf(QStringLiteral(
                     "SELECT r.rolname::text FROM pg_roles r WHERE r.rolcreaterole AND NOT r.rolsuper AND "
                     "(r.rolcanlogin OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid)) AND "
                     "NOT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid WHERE "
                     "a.member = r.oid AND g.rolname = ANY (string_to_array(?, chr(1)))) ORDER BY 1"),
            { groups.join(QChar(1)) },
            tr("On PostgreSQL 15 a role with CREATEROLE can make itself the owner of every "
               "clinic's tables, and these can: %1. Take it away from them (ALTER ROLE … "
               "NOCREATEROLE) unless they are trusted as much as the superuser.")))
        return failed(*error);

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
    if (const QString error = secureRoles(db, owner, keeperName, groups); !error.isEmpty())
        return failed(error);
    const QString adminRole = quoted(roleName(QStringLiteral("admin")));
    const QString staff = quoted(roleName(QStringLiteral("staff")));
    const QString patient = quoted(roleName(QStringLiteral("patient")));
    const QString caregiver = quoted(roleName(QStringLiteral("caregiver")));
    const QString everyone = QStringList { adminRole, staff, patient, caregiver }.join(QLatin1String(", "));
    // Only this clinic's logins connect.
    const QString keeper = quoted(roleName(QStringLiteral("keeper")));
    // Made again below, by the owner, then handed to the keeper.
    if (!sql.run(QStringLiteral("DROP FUNCTION IF EXISTS public.nc_create_login(text, text, text)"))
        || !sql.run(
            QStringLiteral("DROP FUNCTION IF EXISTS public.nc_create_login(text, text, text, boolean)"))
        || !sql.run(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(quoted(owner)))
        || !sql.run(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(everyone, keeper))
        || !sql.run(
            QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(quoted(m_database)))
        || !sql.run(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(m_database), everyone)))
        return failed(sql.error());
    // Who is connected, and what each holds locked, would tell any login who writes to which table
    // right now: in this database only the superuser may look. And a session left idle inside a
    // transaction holds the notification queue, which would fill at last and stop every write.
    if (!sql.runAll({ QStringLiteral(
                          "REVOKE SELECT ON pg_catalog.pg_stat_activity, pg_catalog.pg_locks FROM PUBLIC"),
            QStringLiteral(
                "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_stat_get_activity(integer), "
                "pg_catalog.pg_lock_status(), pg_catalog.pg_stat_get_backend_userid(integer) FROM PUBLIC"),
            QStringLiteral("ALTER DATABASE %1 SET idle_in_transaction_session_timeout = '10min'")
                .arg(quoted(m_database)) }))
        return failed(sql.error());
    // The same views in another database of the cluster show every database's sessions.
    if (const auto error = warnOf(
            QStringLiteral(
                "SELECT d.datname::text FROM pg_database d WHERE d.datallowconn AND d.datname <> "
                "current_database() AND (d.datacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(d.datacl) a "
                "WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT')) ORDER BY 1"),
            {},
            tr("Every login of the cluster, this clinic's too, may connect to %1, and there see "
               "who is connected to any database. Unless another program needs it, REVOKE "
               "CONNECT ON DATABASE … FROM PUBLIC for each.")))
        return failed(*error);
    // Tables an earlier NeutroCare made with whatever login connected pass to the owner, and so do its
    // own functions (a restored dump may have given them to the superuser); the keeper's is made again
    // below. Then what others left on the tables is taken away.
    const auto toOwn = firstColumn(db,
        QStringLiteral(
            "SELECT format('ALTER TABLE %s OWNER TO %I', c.oid::regclass, ?::text) FROM pg_class c "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND "
            "pg_get_userbyid(c.relowner) <> ? UNION ALL SELECT format('ALTER ROUTINE %s OWNER TO %I', "
            "p.oid::regprocedure, ?::text) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.proname <> 'nc_create_login' AND pg_get_userbyid(p.proowner) <> ?"),
        { owner, owner, owner, owner });
    if (!toOwn.ok())
        return failed(toOwn.error().message);
    if (!sql.runAll(*toOwn))
        return failed(sql.error());
    const auto leftovers = clearLeftovers(db, owner);
    if (!leftovers.ok())
        return failed(leftovers.error().message);
    if (!sql.runAll(*leftovers))
        return failed(sql.error());
    if (!sql.run(QStringLiteral("SET LOCAL search_path TO DEFAULT")))
        return failed(sql.error());

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
            statements << QStringLiteral(
                "CREATE OR REPLACE TRIGGER new_channel_after_unlink AFTER DELETE ON login_patients "
                "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                "nc_new_channel_after_unlink()");
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
                "CREATE OR REPLACE TRIGGER channel_for_patient AFTER INSERT ON patients "
                "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                "nc_channel_for_patient()");
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
        if (table == QLatin1String("patient_settings")) {
            // The clinic's alone on the server (kClinicSettingsColumns): no policy lets a patient write
            // it, should a grant ever be left.
            policy(table, QStringLiteral("nc_staff_insert"), QStringLiteral("INSERT"),
                QStringLiteral("WITH CHECK (%1)").arg(isStaff));
            policy(table, QStringLiteral("nc_staff_update"), QStringLiteral("UPDATE"),
                QStringLiteral("USING (%1) WITH CHECK (%1)").arg(isStaff));
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
        << QStringLiteral("GRANT SELECT ON server_logins TO %1").arg(adminRole)
        << QStringLiteral("GRANT INSERT ON server_logins TO %1").arg(keeper)
        << QStringLiteral("GRANT SELECT ON audit TO %1, %2").arg(staff, adminRole)
        // The owner's own right to change the trail goes too; the trigger refuses it besides.
        << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM %1").arg(quoted(owner))
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_audit() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_audit_inserts() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_notify() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_channel_for_patient() FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION nc_new_channel_after_unlink() FROM PUBLIC")
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
    if (!sql.runAll(statements))
        return failed(sql.error());
    // Before roles version 6 an admin could make a login without listing it (nc_create_login alone).
    if (const auto error = warnOf(
            QStringLiteral(
                "SELECT m.rolname::text FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN "
                "pg_roles m ON m.oid = a.member WHERE m.rolcanlogin AND g.rolname = ANY (string_to_array(?, "
                "chr(1))) AND m.rolname::text NOT IN (SELECT login FROM public.server_logins) ORDER BY 1"),
            { groups.join(QChar(1)) },
            tr("These logins are in the clinic's groups but not on its list of logins, so no one "
               "made them through NeutroCare: %1. Check who they are, and drop them if unknown.")))
        return failed(*error);
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

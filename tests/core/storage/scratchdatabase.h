#pragma once

// Which engine a storage suite runs on. CTest registers each suite that runs on both engines twice
// (nc_add_test BOTH_ENGINES): as itself, on SQLite files, and as NAME_postgresql with
// NC_TEST_ENGINE=postgresql, on the throwaway PostgreSQL 15 that scripts/test starts with
// pg_virtualenv (which sets PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE). The assertions are
// the same; only where a database comes from differs.

#include "storage/database.h"
#include "storage/serveradmin.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace nc::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("NC_TEST_ENGINE") == QLatin1String("postgresql");
}

// Statements that make this connection refuse every write, the way each engine reports a database it
// may not write (root ignores file permissions, so SQLite's is made by pragma).
inline QStringList readOnlySql()
{
    if (onPostgres())
        return { QStringLiteral("SET default_transaction_read_only = on") };
    return { QStringLiteral("PRAGMA query_only = ON") };
}

// The statement that lets this connection write again after readOnlySql().
inline QString writableAgainSql()
{
    return onPostgres() ? QStringLiteral("SET default_transaction_read_only = off")
                        : QStringLiteral("PRAGMA query_only = OFF");
}

// Statements that make every insert into `table`, and every update of it, fail with the message
// "refused".
inline QStringList refuseWritesSql(const QString &table)
{
    if (onPostgres())
        return { QStringLiteral("CREATE FUNCTION nc_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$BEGIN RAISE EXCEPTION 'refused'; END$$"),
            QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                "nc_refuse()")
                .arg(table) };
    QStringList statements;
    for (const char *event : { "INSERT", "UPDATE" }) {
        statements << QStringLiteral(
            "CREATE TEMP TRIGGER refuse_%1 BEFORE %1 ON %2 BEGIN SELECT RAISE(ABORT, "
            "'refused'); END")
                          .arg(QLatin1String(event), table);
    }
    return statements;
}

// The plan the engine would run `select` with, one line per step (EXPLAIN QUERY PLAN's detail, or
// EXPLAIN's text). On PostgreSQL sequential scans are priced out first, so a small test table still
// shows whether an index can answer the query at all.
inline QString queryPlan(QSqlDatabase db, const QString &select)
{
    QSqlQuery q(db);
    QString plan;
    if (onPostgres()) {
        if (!q.exec(QStringLiteral("SET enable_seqscan = off"))
            || !q.exec(QStringLiteral("EXPLAIN ") + select))
            return QStringLiteral("EXPLAIN failed: ") + q.lastError().text();
        while (q.next())
            plan += q.value(0).toString() + QLatin1Char('\n');
        return plan;
    }
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + select))
        return QStringLiteral("EXPLAIN failed: ") + q.lastError().text();
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    return plan;
}

// "ok" when the engine finds the stored data and its indexes sound, else what it found: SQLite's
// quick_check; on PostgreSQL amcheck (contrib, with the server) reads every table's rows and every
// B-tree index of the app's schema.
inline QString integrityCheck(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!onPostgres()) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return QStringLiteral("quick_check failed: ") + q.lastError().text();
        return q.value(0).toString();
    }
    const QString schema = QStringLiteral("c.relnamespace = 'public'::regnamespace");
    if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck"))
        || !q.exec(QStringLiteral("SELECT c.relname || ': ' || v.msg FROM pg_class c CROSS JOIN LATERAL "
                                  "verify_heapam(c.oid) v WHERE c.relkind = 'r' AND ")
            + schema))
        return QStringLiteral("amcheck failed: ") + q.lastError().text();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    // bt_index_check raises an error at the first damaged index.
    if (!q.exec(QStringLiteral("SELECT bt_index_check(c.oid) FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
                               "WHERE c.relkind = 'i' AND a.amname = 'btree' AND ")
            + schema))
        problems << q.lastError().text();
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

// A fresh, empty place for one test's database: a file path, or a new database on the server that
// the destructor drops (close every connection to it first).
class ScratchDatabase
{
public:
    // On the server, the new database is set up as `server init` does, unless `setUp` is false.
    explicit ScratchDatabase(const QString &sqlitePath, bool setUp = true)
    {
        if (!onPostgres()) {
            m_where = sqlitePath;
            return;
        }
        if (qEnvironmentVariableIsEmpty("PGHOST")) {
            m_error = QStringLiteral("NC_TEST_ENGINE=postgresql but no server: run under pg_virtualenv, as "
                                     "scripts/test does");
            return;
        }
        static int n = 0;
        m_name = QStringLiteral("nc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return;
        m_where = QStringLiteral("dbname=%1").arg(m_name);
        if (!setUp)
            return;
        // As a clinic's administrator would (neutrocare-cli server init): the app's own logins
        // never make the schema.
        Database db;
        if (!db.open(m_where, Database::Purpose::Administer)) {
            m_error = db.errorString();
            return;
        }
        if (const auto made = ServerAdmin(db).init(QDir::tempPath()); !made)
            m_error = made.error().message;
    }
    ~ScratchDatabase()
    {
        if (m_name.isEmpty() || m_where.isEmpty())
            return;
        dropWithItsRoles(m_name);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // What Database::open() takes; empty when it could not be made (error() says why).
    QString where() const { return m_where; }
    QString error() const { return m_error; }
    // The server's database name (empty on SQLite).
    QString name() const { return m_name; }
    // A test login's name: named after this database, whose destructor drops every such role.
    QString login(const QString &name) const { return m_name + QStringLiteral("_as_") + name; }
    // What Database::open() takes to connect to this database as `login` with `password`.
    QString whereAs(const QString &login, const QString &password) const
    {
        const auto quotedValue = [](QString value) {
            return QLatin1Char('\'')
                + value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                      .replace(QLatin1Char('\''), QLatin1String("\\'"))
                + QLatin1Char('\'');
        };
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
            .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                m_name, quotedValue(login), quotedValue(password));
    }

    // Drops a database of the server and the roles named after it: its groups, and the logins a test
    // made (named "<database>_…"), which are the cluster's and would outlive it.
    bool dropWithItsRoles(const QString &database)
    {
        return admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database))
            && admin(QStringLiteral("DO $$DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE "
                                    "starts_with(rolname, '%1_') LOOP EXECUTE format('DROP ROLE %I', r); END "
                                    "LOOP; END$$")
                         .arg(database));
    }

    // Runs one statement on the server's maintenance database (PGDATABASE), as the superuser.
    bool admin(const QString &sql)
    {
        const QString connection = QStringLiteral("nc_test_admin");
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        }
        if (!db.isOpen() && !db.open()) {
            m_error = QStringLiteral("cannot reach the test server: ") + db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_where;
    QString m_name;
    QString m_error;
};

} // namespace nc::test

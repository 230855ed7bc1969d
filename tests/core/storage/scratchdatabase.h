#pragma once

// Which engine a storage suite runs on. CTest registers each suite that runs on both engines twice
// (nc_add_test BOTH_ENGINES): as itself, on SQLite files, and as NAME_postgresql with
// NC_TEST_ENGINE=postgresql, on the throwaway PostgreSQL 15 that scripts/test starts with
// pg_virtualenv (which sets PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE). The assertions are
// the same; only where a database comes from differs.

#include "storage/database.h"

#include <QCoreApplication>
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

// Statements that make every insert into `table` fail with the message "refused".
inline QStringList refuseInsertsSql(const QString &table)
{
    if (onPostgres())
        return { QStringLiteral("CREATE FUNCTION nc_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$BEGIN RAISE EXCEPTION 'refused'; END$$"),
            QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION nc_refuse()")
                .arg(table) };
    return { QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, "
                            "'refused'); END")
                 .arg(table) };
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

// A fresh, empty place for one test's database: a file path, or a new database on the server that
// the destructor drops (close every connection to it first).
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &sqlitePath)
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
    }
    ~ScratchDatabase()
    {
        if (!m_name.isEmpty() && !m_where.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // What Database::open() takes; empty when it could not be made (error() says why).
    QString where() const { return m_where; }
    QString error() const { return m_error; }
    // The server's database name (empty on SQLite).
    QString name() const { return m_name; }

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

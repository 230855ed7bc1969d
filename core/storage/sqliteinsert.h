#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// The one place NeutroCare goes under QtSql: SQLite's own API on the driver's handle, for the rows of
// a bulk insert (RecordInserter, which an import stores through). Per row, QtSql's binding and exec
// cost more than SQLite's insert itself (docs/performance.md, "The CSV import figure"); the statement
// runs on the same connection, so in the caller's transaction. Values bind as null, integer, double
// or UTF-8 text, as QSQLite binds them.
namespace nc {

class SqliteInsert
{
public:
    // Prepares `sql` (with ? placeholders) on the SQLite connection `db`; see error().
    SqliteInsert(const QSqlDatabase &db, const QString &sql);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert &) = delete;
    SqliteInsert &operator=(const SqliteInsert &) = delete;

    // Binds `count` values and runs the statement once. Why not, as QSQLite would say it.
    std::optional<QSqlError> run(const QVariant *values, qsizetype count);
    const std::optional<QSqlError> &error() const { return m_error; }

private:
    // SQLite's last error on the connection, worded as QSQLite words it.
    QSqlError lastError() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlError> m_error;
    // The UTF-8 of one run's text values, one after another, kept until the step: SQLite reads
    // them in place (SQLITE_STATIC) instead of copying each, and the buffer's capacity outlives
    // the run, so a bulk insert allocates nothing per text value.
    QByteArray m_text;
    QList<std::pair<int, qsizetype>> m_textSpans; // (parameter, offset into m_text)
};

} // namespace nc

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

// The one place NeutroCare goes under QtSql: SQLite's own API on the driver's handle, for the rows of
// a bulk insert (RecordInserter, which an import stores through). Per row, QtSql's binding and exec
// cost more than SQLite's insert itself (docs/performance.md, "The CSV import figure"); the statement
// runs on the same connection, so in the caller's transaction. Values bind as null, integer, double
// or UTF-8 text, as QSQLite binds them.
namespace nc {

// The values of a run, in placeholder order, kept as SQLite binds them: each is read once, when
// appended, rather than queued as a QVariant, copied, and asked its type again at the run.
class SqliteValues
{
public:
    // Null, integer, double or text, as QSQLite binds a QVariant; a null QString is ''.
    void append(const QVariant &value);
    void append(qint64 value);
    void append(double value);
    void append(const QString &text);
    // Any other integer as an integer (bool as 0 or 1); anything else as its text.
    template<class Value> void append(const Value &value)
    {
        if constexpr (std::is_integral_v<Value>)
            append(qint64(value));
        else
            append(QString(value));
    }
    qsizetype size() const { return m_slots.size(); }
    // Empties it, keeping its capacity: a bulk insert allocates nothing per row.
    void clear();

private:
    friend class SqliteInsert;
    enum class Kind : quint8 { Null, Integer, Real, Text };
    struct Slot
    {
        Kind kind;
        qint64 integer; // an integer; for text, its end in m_text
        double real;
        qsizetype start; // text only: where it starts in m_text
    };
    // The UTF-8 of the text values, one after another: SQLite reads them in place
    // (SQLITE_STATIC) instead of copying each.
    QByteArray m_text;
    QList<Slot> m_slots;
};

class SqliteInsert
{
public:
    // Prepares `sql` (with ? placeholders) on the SQLite connection `db`; see error().
    SqliteInsert(const QSqlDatabase &db, const QString &sql);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert &) = delete;
    SqliteInsert &operator=(const SqliteInsert &) = delete;

    // Binds the values and runs the statement once. Why not, as QSQLite would say it.
    std::optional<QSqlError> run(const SqliteValues &values);
    const std::optional<QSqlError> &error() const { return m_error; }

private:
    // SQLite's last error on the connection, worded as QSQLite words it.
    QSqlError lastError() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlError> m_error;
};

} // namespace nc

#pragma once

#include "clinical/result.h"
#include "connectionspec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlError;

namespace nc {

// The patient's SQLite file (DESIGN.md "Data safety"): owner-only permissions, WAL, synchronous=FULL,
// foreign keys, quick_check on open, a migration ladder in PRAGMA user_version with a backup
// before every upgrade, and a refusal — leaving the file untouched — of a newer database.
// Or the clinic's PostgreSQL server, given a connection URI or keywords (connectionspec.h): the same
// schema and ladder (from version 2, in the table schema_version); its backups are pg_dump's.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(nc::Database)
public:
    static constexpr int kSchemaVersion = 3;

    // Why open() failed, so start-up can offer the right way out (a backup for a damaged file,
    // an update for a newer one, a new login for one the server refused, the administrator for a
    // server not set up at this data version).
    enum class Problem { None, Damaged, Newer, Unavailable, Refused, NotSetUp };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The default file under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // For a program whose standard error is its answer (the CLI): standard error is set aside while a
    // server connection opens. A server stopping at that moment sends a warning before it has read
    // the session's own client_min_messages, and libpq prints it there before any notice processor
    // of ours can be set. Off by default: in the app, another thread may be writing there.
    static void setStandardErrorAsideWhileConnecting(bool aside);

    // What a connection is for. A file is always made and upgraded by open(). A clinic server's
    // schema, roles and policies are made and upgraded only by its administrator (ServerAdmin, from
    // `neutrocare-cli server init`): opened for Use, a server that is not at this version is refused.
    enum class Purpose { Use, Administer };

    // Opens (creating when absent) and migrates: a file path, or a server's URI or keywords. On
    // failure the message says why in plain words and nothing was changed.
    bool open(const QString &where, Purpose purpose = Purpose::Use);
    // A server with the password a person typed, handed to libpq only (never part of `where`, so
    // never in a message or the settings).
    bool openServer(const QString &where, const QString &password);
    QString errorString() const { return m_error; }
    Problem problem() const { return m_problem; }
    // The text open() was given (a file's path, or the server's URI as written).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isOpen() const { return m_db.isOpen(); }

    QSqlDatabase connection() const { return m_db; }

    // A server connection the server dropped is opened again, so the next read sees the data
    // rather than nothing (a write's Transaction does the same by itself). True when usable; a
    // file is always.
    bool reconnectIfLost();

    // Closes the connection (SQLite checkpoints and removes the WAL); open() may be called again.
    void close();

    // A consistent copy of the whole database (VACUUM INTO); the target must not exist.
    bool backupTo(const QString &targetPath, QString *error = nullptr);

    // The schema version stored in a file, without opening it for writing; -1 when unreadable.
    static int fileSchemaVersion(const QString &path);

    // The data version this connection holds (0: no NeutroCare tables yet; -1: unreadable).
    int storedVersion();
    // Runs the migration ladder up to kSchemaVersion on this connection, as whatever role it acts
    // as (ServerAdmin sets the tables' owner role first). False with errorString() on failure.
    bool upgradeSchema();
    // Every table of the schema, parents before children.
    static QStringList tableNames();

private:
    bool fail(const QString &message, Problem problem = Problem::Unavailable);
    bool openFile(const QString &path);
    bool openServer(const ConnectionSpec &spec, Purpose purpose);
    bool configure();
    bool storeVersion(int version, QString *error);
    bool migrate(int fromVersion);
    bool upgradeToV2();
    bool upgradeToV3();
    QStringList tableColumns(const QString &table) const; // SQLite

    Engine m_engine = Engine::SQLite;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Problem m_problem = Problem::None;
};

// The version a server's one-row version table holds (schema_version, server_setup): 0 when the table
// is absent, -1 when it cannot be read.
int serverVersionTable(QSqlDatabase db, const QString &table);

// Why a write failed, in words a person can act on (disk full, read-only, busy…).
QString describeWriteError(const QSqlError &error);

// One user action, one transaction: rolls back unless commit() succeeded. Transactions nest:
// an inner one joins the outer (a repository call inside a larger action), and only the
// outermost commits or rolls back.
class Transaction
{
public:
    explicit Transaction(Database &db);
    // On a connection of its own (a migration, a restore that attaches the backup).
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    // Empty when committed (or joined to an outer transaction); otherwise why not, in the words of
    // describeWriteError(), and the transaction is rolled back. Asked again, it says the same.
    [[nodiscard]] QString commit();

private:
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_open = false;
    QString m_error;
};

} // namespace nc

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace nc {

// The two engines of one schema (DESIGN.md "One schema, two engines"): the patient's own SQLite file,
// and the clinic's PostgreSQL server.
enum class Engine { SQLite, PostgreSQL };

// Where a database is, as `--database`, `--db` and Database::open() take it: a SQLite file path, or a
// PostgreSQL server named the two ways libpq names one,
//   postgresql://nurse@clinic.example:5432/neutrocare?sslmode=verify-full   (a URI)
//   host=clinic.example dbname=neutrocare user=nurse sslmode=verify-full     (keywords)
// What is not given is left to libpq: its environment (PGHOST, PGPASSWORD…), its password file and
// its service file. QPSQL takes the parts one by one, hence this parse rather than the string whole.
struct ConnectionSpec
{
    Engine engine = Engine::SQLite;
    QString path; // SQLite: the file

    // PostgreSQL
    QString host;
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString password; // only if written in the text, which the documentation advises against
    QStringList options; // every other keyword, "key=value", as QPSQL's connect options

    // What a message names: the file, or "database on host" — never the password.
    QString display() const;
    // A server's spec as libpq keywords (host=… dbname=… user=…), without the password: what a
    // sign-in keeps in the settings and gives Database::openServer().
    QString keywords() const;
    // The other keywords as QPSQL's connect options: "key='value'" joined by ';' (QPSQL puts the text
    // into libpq's keyword/value string as it is, so a value with a space must be quoted).
    QString connectOptions() const;

    // The text as a spec; nullopt, with the reason in *error, for a server text libpq would refuse.
    static std::optional<ConnectionSpec> parse(const QString &text, QString *error = nullptr);
    // Whether the text names a server rather than a file.
    static bool namesServer(const QString &text);
};

} // namespace nc

#pragma once

// What every command of neutrocare-cli shares: where it reads and writes, the one error reporter
// with the exit codes of the CLI contract (DESIGN.md), and the one option/argument layer.

#include "storage/database.h"
#include "storage/repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QStringList>
#include <initializer_list>
#include <memory>
#include <optional>

namespace nc::cli {

// What neutrocare-cli says to a person (its help, option descriptions and refusals) in the user's
// language (the system's, applied in main()), translated with the screens' files under the context
// "nc::cli". What scripts read (JSON, ids, the import counts) stays as it is.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(nc::cli)
};

// Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

// Where a command reads and writes: the process's stdin, stdout and stderr, or buffers when a test
// calls the command in-process.
class Console
{
public:
    Console(QIODevice &in, QIODevice &out, QIODevice &err);

    QIODevice &in() const { return m_in; }
    QIODevice &out() const { return m_out; }
    // The one error reporter: "neutrocare-cli: <message>" as one line on stderr; returns `code`.
    int report(int code, const QString &message) const;
    // One line of stdin, without its line end: a password, never taken from the command line. On a
    // terminal, `prompt` goes to stderr and what is typed is not echoed.
    QString readSecret(const QString &prompt) const;
    void setTerminalInput(bool terminal) { m_terminal = terminal; }

private:
    bool m_terminal = false;
    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
};

// The process's own stdin, stdout and stderr, for main().
class ProcessConsole
{
public:
    ProcessConsole();
    const Console &console() const { return m_console; }

private:
    QFile m_in;
    QFile m_out;
    QFile m_err;
    Console m_console { m_in, m_out, m_err };
};

// What `neutrocare-cli --help` says: every command and the exit codes.
QString overview();

// A profile and the database it was found in.
struct OpenedPatient
{
    std::unique_ptr<Database> database;
    Patient patient;

    explicit operator bool() const { return database != nullptr; }
};

// One command's command line: its options (with --help), the "--db PATH" and "--patient ID" that
// many share, its positional arguments, and every refusal in one form, "<command>: <what is
// wrong>". A check that refuses reports it and returns false (or nothing); exitCode() is then the
// code to exit with.
class CommandLine
{
public:
    CommandLine(const Console &console, const QString &command);

    const QCommandLineOption database { QStringLiteral("db"), Words::tr("The database file."),
        QStringLiteral("path") };
    const QCommandLineOption patient { QStringLiteral("patient"),
        Words::tr("The profile's id (see patients)."), QStringLiteral("id") };

    void addDatabaseOption() { m_parser.addOption(database); }
    void addPatientOptions() { m_parser.addOptions({ database, patient }); }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    void addPositionalArgument(const QString &name, const QString &description)
    {
        m_parser.addPositionalArgument(name, description);
    }

    // Parses the arguments after the command's name. --help prints the command's help: false, with
    // exitCode() 0.
    bool parse(const QStringList &args);
    // Every option named is given ("<command>: --db: is required" for the first that is not).
    bool require(std::initializer_list<const QCommandLineOption *> options);
    // Exactly `count` positional arguments; else `otherwise`, by default naming the first extra one.
    bool expectPositionals(int count, const QString &otherwise = {});

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // "--db", or "-o" for a one-letter option: as a person types it.
    static QString nameOf(const QCommandLineOption &option);

    // The --db file exists. Database::open() creates a missing one, which only `patients --add` and
    // `restore` may do: for every other command a typo must not leave an empty database behind.
    bool databaseExists();
    // What opening --db does with a missing file: refuse it (most commands), or create it.
    enum class Missing { Refuse, Create };
    std::unique_ptr<Database> openDatabase(Missing missing = Missing::Refuse);
    // What --patient names: a profile in the person's own file, or a patient on the clinic server.
    enum class IdOf { Profile, ServerPatient };
    // --patient as a positive id; else refused in a whole sentence ("is not a profile id"), so each
    // language words the noun and its agreement itself.
    std::optional<qint64> patientId(IdOf of = IdOf::Profile);
    // --db and --patient: the profile, in a database that must already exist.
    OpenedPatient openPatient();

    // Refuses with "<command>: <message>".
    int fail(int code, const QString &message);
    // Reports `message` as it is (it names its file or command itself).
    int report(int code, const QString &message);
    int exitCode() const { return m_exitCode; }

    const Console &console() const { return m_console; }
    const QString &command() const { return m_command; }

private:
    const Console &m_console;
    QString m_command;
    QCommandLineParser m_parser;
    int m_exitCode = kOk;
};

} // namespace nc::cli

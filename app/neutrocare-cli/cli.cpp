#include "cli.h"

#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace nc::cli {

QString overview()
{
    return Words::tr(
        "NeutroCare's command-line tool.\n\n"
        "Commands:\n"
        "  assess                       read an assessment request (JSON) on stdin, write the result (JSON)\n"
        "  score                        read MASCC and/or CISNE items (JSON) on stdin, write each score and\n"
        "                               its band (JSON): decision support for clinicians\n"
        "  patients --db PATH [--add NAME]  list the profiles, or create one and print its id\n"
        "  backup --db PATH [-o FILE]   back up the database (default: its backups folder); prints the file\n"
        "  restore --db PATH FILE       check FILE, back up the database, then replace it with FILE\n"
        "  check --db PATH              check the database file: prints ok, or what is wrong (exit 1)\n"
        "  import --db PATH --patient ID --format csv|fhir FILE\n"
        "                               read records (FILE - = stdin); all or nothing; prints what was\n"
        "                               stored and what was skipped (duplicates, untracked codes,\n"
        "                               results entered in error)\n"
        "  export --db PATH --patient ID --format csv|fhir FILE\n"
        "                               write the profile's records (FILE - = stdout); FHIR holds the\n"
        "                               temperatures and lab results\n"
        "  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf\n"
        "                               print an education sheet (sheet --list: the topics), with a\n"
        "                               profile's protocol, numbers, unit and language when named\n"
        "  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf\n"
        "                               print the wallet alert card; the back in --staff-lang, and in\n"
        "                               both languages when they differ\n"
        "  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]\n"
        "                               print the caregiver/clinic report (dates as YYYY-MM-DD)\n"
        "  Printing takes --paper a4|letter (default a4).\n\n"
        "  server init --db URI [--backup-dir DIR]\n"
        "                               set up or upgrade a clinic's PostgreSQL server: roles, schema,\n"
        "                               row-level security and the audit trail (pg_dump first when it\n"
        "                               holds data); safe to run again\n"
        "  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]\n"
        "                               add a login; its password is read from stdin (one line)\n"
        "  server link --db URI --caregiver LOGIN --patient ID\n"
        "                               let a caregiver login read a patient\n"
        "  server users --db URI        list the logins: name, role, patients\n"
        "  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]\n"
        "                               link a profile to its clinic's server with the login the clinic\n"
        "                               gave; the password is read from stdin and kept in the desktop's\n"
        "                               keyring (or libpq's password file, readable only by you)\n"
        "  sync --db PATH [--patient ID]  send what changed since the last sync; prints what was sent\n"
        "                               and what is still waiting (exit 1: the server unreachable or\n"
        "                               refusing, in one line)\n"
        "  unlink --db PATH --patient ID  end the link; everything stays on this computer\n"
        "  --db takes a file path or a PostgreSQL server (postgresql://… or host=… dbname=…); a\n"
        "  server's own password comes from libpq (~/.pgpass, PGPASSWORD), never the command line.\n\n"
        "Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.");
}

Console::Console(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{ }

int Console::report(int code, const QString &message) const
{
    QTextStream(&m_err) << "neutrocare-cli: " << message << '\n';
    return code;
}

QString Console::readSecret(const QString &prompt) const
{
    std::optional<termios> saved;
    if (m_terminal) {
        QTextStream(&m_err) << prompt;
        termios quiet {};
        if (tcgetattr(STDIN_FILENO, &quiet) == 0) {
            saved = quiet;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QByteArray line = m_in.readLine();
    if (saved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &*saved);
        QTextStream(&m_err) << '\n';
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

ProcessConsole::ProcessConsole()
{
    // Unbuffered: what a command writes reaches the C streams at once, even if the process exits.
    m_in.open(stdin, QIODevice::ReadOnly);
    m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_console.setTerminalInput(isatty(STDIN_FILENO) != 0);
}

CommandLine::CommandLine(const Console &console, const QString &command)
    : m_console(console)
    , m_command(command)
{
    m_parser.addHelpOption();
}

bool CommandLine::parse(const QStringList &args)
{
    if (!m_parser.parse(QStringList { QStringLiteral("neutrocare-cli ") + m_command } + args)) {
        fail(kBadInput, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(&m_console.out()) << m_parser.helpText();
        m_exitCode = kOk;
        return false;
    }
    return true;
}

bool CommandLine::require(std::initializer_list<const QCommandLineOption *> options)
{
    for (const QCommandLineOption *option : options) {
        if (!m_parser.isSet(*option)) {
            fail(kBadInput, Words::tr("%1: is required").arg(nameOf(*option)));
            return false;
        }
    }
    return true;
}

bool CommandLine::expectPositionals(int count, const QString &otherwise)
{
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() == count)
        return true;
    fail(kBadInput,
        !otherwise.isEmpty() || positionals.size() < count
            ? otherwise
            : Words::tr("unexpected argument \"%1\"").arg(positionals.at(count)));
    return false;
}

QString CommandLine::nameOf(const QCommandLineOption &option)
{
    const QString name = option.names().constFirst();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

bool CommandLine::databaseExists()
{
    const QString path = m_parser.value(database);
    // A server says itself whether it is there, when it is connected to.
    if (QFileInfo(path).isFile() || ConnectionSpec::namesServer(path))
        return true;
    fail(kBadInput, Words::tr("--db: %1: no such database").arg(path));
    return false;
}

std::unique_ptr<Database> CommandLine::openDatabase(Missing missing)
{
    if (missing == Missing::Refuse && !databaseExists())
        return nullptr;
    const QString path = m_parser.value(database);
    auto db = std::make_unique<Database>();
    if (!db->open(path)) {
        report(kFailure, QStringLiteral("%1: %2").arg(path, db->errorString()));
        return nullptr;
    }
    return db;
}

std::optional<qint64> CommandLine::patientId(IdOf of)
{
    bool ok = false;
    const qint64 id = m_parser.value(patient).toLongLong(&ok);
    if (ok && id > 0)
        return id;
    fail(kBadInput,
        (of == IdOf::Profile ? Words::tr("--patient: \"%1\" is not a profile id")
                             : Words::tr("--patient: \"%1\" is not a patient id"))
            .arg(m_parser.value(patient)));
    return std::nullopt;
}

OpenedPatient CommandLine::openPatient()
{
    if (!require({ &database, &patient }))
        return {};
    const std::optional<qint64> id = patientId();
    if (!id)
        return {};
    auto db = openDatabase();
    if (!db)
        return {};
    const auto found = PatientRepository(*db).get(*id);
    if (!found) {
        fail(kBadInput, Words::tr("--patient: there is no profile with the id %1").arg(*id));
        return {};
    }
    return { std::move(db), *found };
}

int CommandLine::fail(int code, const QString &message)
{
    return report(code, m_command + QStringLiteral(": ") + message);
}

int CommandLine::report(int code, const QString &message)
{
    m_exitCode = m_console.report(code, message);
    return m_exitCode;
}

} // namespace nc::cli

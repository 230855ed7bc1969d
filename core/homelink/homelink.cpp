#include "homelink.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace nc::homelink {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::HomeLink)
};

bool hasOption(const ConnectionSpec &spec, QLatin1String key)
{
    return std::any_of(spec.options.cbegin(), spec.options.cend(),
        [key](const QString &option) { return option.startsWith(key); });
}

// A server that does not answer must not hold the worker (or the CLI, or a caregiver's watch) for
// the minutes TCP gives up after: a few seconds say "no connection" as well.
ConnectionSpec withTimeout(ConnectionSpec spec, int seconds)
{
    if (!hasOption(spec, QLatin1String("connect_timeout=")))
        spec.options << QStringLiteral("connect_timeout=%1").arg(seconds);
    return spec;
}

// How long the link waits for a server that does not answer.
constexpr int kLinkTimeoutSeconds = 10;

Problem problemOf(const Database &server)
{
    switch (server.problem()) {
    case Database::Problem::Refused:
        return Problem::Refused;
    case Database::Problem::Newer:
    case Database::Problem::NotSetUp:
        // Reachable but not usable at this data version: its sentence says what to do.
        return Problem::Other;
    default:
        return Problem::Unreachable;
    }
}

// A server without a patient for this login (revoked, or another clinic's) refused it as surely
// as a wrong password.
Problem problemOf(const InputError &error)
{
    return error.field == QLatin1String("login") ? Problem::Refused : Problem::Other;
}

} // namespace

Expected<ConnectionSpec> serverSpec(const QString &server, const QString &login)
{
    QString error;
    std::optional<ConnectionSpec> spec = ConnectionSpec::parse(server.trimmed(), &error);
    if (!spec)
        return InputError { QStringLiteral("server"), error };
    if (spec->engine != Engine::PostgreSQL)
        return InputError { QStringLiteral("server"),
            Text::tr("\"%1\" is a file; a link goes to the clinic's PostgreSQL server (postgresql://… or "
                     "host=… dbname=…).")
                .arg(server) };
    if (!spec->password.isEmpty())
        return InputError { QStringLiteral("server"),
            Text::tr("The server's address holds a password; give the password on its own instead.") };
    if (login.trimmed().isEmpty())
        return InputError { QStringLiteral("login"), Text::tr("Give the login the clinic gave you.") };
    spec->user = login.trimmed();
    // The server's certificate is checked against its name unless the person chose otherwise.
    if (!hasOption(*spec, QLatin1String("sslmode=")))
        spec->options << QStringLiteral("sslmode=verify-full");
    return *spec;
}

bool isLessSafe(const ConnectionSpec &spec)
{
    return !spec.host.startsWith(QLatin1Char('/'))
        && !spec.options.contains(QLatin1String("sslmode=verify-full"));
}

Outcome link(Database &local, qint64 patientId, const ConnectionSpec &server, const QString &password,
    PasswordStore::Place place, const QDateTime &at)
{
    if (local.engine() != Engine::SQLite)
        return Outcome::failed(
            Problem::Other, Text::tr("A link starts from a patient's own file, not a server."));
    Database clinic;
    if (!clinic.openServer(withTimeout(server, kLinkTimeoutSeconds).keywords(), password))
        return Outcome::failed(problemOf(clinic), clinic.errorString());
    const Expected<qint64> serverPatient = HomeLinkSender(local, clinic).serverPatient();
    if (!serverPatient)
        return Outcome::failed(problemOf(serverPatient.error()), serverPatient.error().message);
    if (const auto problem = PasswordStore(server).save(place, password))
        return Outcome::failed(
            place == PasswordStore::Place::Keyring ? Problem::NoKeyring : Problem::Other, *problem);
    if (const auto error = SyncLinkRepository(local).link(
            { patientId, server.keywords(), server.user, at.toUTC(), std::nullopt, {} }))
        return Outcome::failed(Problem::Other, *error);
    return {};
}

bool connect(Database &db, const QString &server, int timeoutSeconds)
{
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(server);
    if (!spec)
        return db.openServer(server, QString()); // refused, saying why
    return db.openServer(withTimeout(*spec, timeoutSeconds).keywords(),
        PasswordStore(*spec).fromKeyring().value_or(QString()));
}

Outcome pass(Database &local, const SyncLink &link, const QDateTime &at)
{
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(link.server);
    Outcome outcome;
    Database server;
    if (!spec) {
        outcome = Outcome::failed(Problem::Other, Text::tr("The link's server address cannot be read."));
    } else if (!connect(server, link.server, kLinkTimeoutSeconds)) {
        outcome = Outcome::failed(problemOf(server), server.errorString());
    } else if (Expected<SendReport> sent = HomeLinkSender(local, server).send(link.patientId); sent) {
        outcome.sent = *sent;
        // The patient the send found this login to be, not asked for a second time.
        const Expected<QList<ClinicChange>> received
            = ClinicValuesReceiver(local, server).receive(link.patientId, sent->serverPatientId, at);
        if (received)
            outcome.received = *received;
        else if (received.error().field == QLatin1String("protocol")
            || received.error().field == QLatin1String("values"))
            outcome.receiveProblem = received.error().message;
        else // storing them here failed
            outcome.receiveProblem
                = Text::tr("The clinic's values could not be read: %1").arg(received.error().message);
    } else {
        // Cut off mid-pass (the network, a server stopped hard): what was committed stays sent.
        outcome = Outcome::failed(
            server.reconnectIfLost() ? problemOf(sent.error()) : Problem::Unreachable, sent.error().message);
    }
    // One line each, whatever the server or the driver put in them (a dropped connection's text
    // ends in a newline): the CLI's answer is one line, and so is the status line's detail.
    outcome.message = outcome.message.simplified();
    outcome.receiveProblem = outcome.receiveProblem.simplified();
    SyncLinkRepository(local).noteAttempt(link.patientId, at.toUTC(), outcome.message);
    return outcome;
}

Expected<QList<Followable>> follow(
    const ConnectionSpec &server, const QString &password, PasswordStore::Place place)
{
    Database clinic;
    if (!clinic.openServer(withTimeout(server, kLinkTimeoutSeconds).keywords(), password))
        return InputError { clinic.problem() == Database::Problem::Refused ? QStringLiteral("login")
                                                                           : QStringLiteral("server"),
            clinic.errorString() };
    QSqlQuery q(clinic.connection());
    QList<Followable> people;
    if (q.exec(
            QStringLiteral("SELECT p.id, p.name FROM login_patients l JOIN patients p ON p.id = l.patient_id "
                           "WHERE l.login = current_user::text AND l.relation = 'linked' ORDER BY p.name"))) {
        while (q.next())
            people.append({ q.value(0).toLongLong(), q.value(1).toString() });
    }
    if (people.isEmpty())
        return InputError { QStringLiteral("login"),
            Text::tr(
                "This login follows nobody on the clinic's server: ask the clinic to link it to the person "
                "you look after.") };
    if (const auto problem = PasswordStore(server).save(place, password))
        return InputError { QStringLiteral("keyring"), *problem };
    return people;
}

std::optional<QString> unlink(Database &local, qint64 patientId)
{
    SyncLinkRepository links(local);
    const std::optional<SyncLink> link = links.get(patientId);
    if (!link)
        return Text::tr("This profile is not linked to a clinic.");
    if (const auto error = links.unlink(patientId))
        return error;
    if (const auto spec = ConnectionSpec::parse(link->server))
        PasswordStore(*spec).forget();
    return std::nullopt;
}

} // namespace nc::homelink

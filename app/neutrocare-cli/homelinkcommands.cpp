#include "homelinkcommands.h"

#include "secrets/passwordstore.h"
#include "storage/synclinks.h"
#include "sync/homelinksender.h"

#include <QDateTime>
#include <QTextStream>
#include <algorithm>

namespace nc::cli {

namespace {

// The server as a link keeps it: the spec given, with the clinic's login as its user.
std::optional<ConnectionSpec> serverSpec(CommandLine &line, const QString &text, const QString &login)
{
    QString error;
    std::optional<ConnectionSpec> spec = ConnectionSpec::parse(text, &error);
    if (!spec || spec->engine != Engine::PostgreSQL) {
        line.fail(kBadInput,
            spec ? QStringLiteral("--server: \"%1\" is a file; a link goes to a PostgreSQL server "
                                  "(postgresql://… or host=… dbname=…)")
                       .arg(text)
                 : QStringLiteral("--server: %1").arg(error));
        return std::nullopt;
    }
    if (!spec->password.isEmpty()) {
        line.fail(kBadInput, QStringLiteral("--server: holds a password; give it on stdin instead"));
        return std::nullopt;
    }
    spec->user = login;
    // The server's certificate is checked against its name unless the person chose otherwise.
    const auto mode = std::find_if(spec->options.cbegin(), spec->options.cend(),
        [](const QString &option) { return option.startsWith(QLatin1String("sslmode=")); });
    if (mode == spec->options.cend())
        spec->options << QStringLiteral("sslmode=verify-full");
    return spec;
}

// A weaker choice than verify-full, said in words; nothing for a local socket, which has no TLS.
QString lessSafe(const ConnectionSpec &spec)
{
    if (spec.host.startsWith(QLatin1Char('/')) || spec.options.contains(QLatin1String("sslmode=verify-full")))
        return {};
    return QStringLiteral("note: this link does not check the server's certificate (sslmode=verify-full), so "
                          "it is less safe: someone between this computer and the clinic could read or "
                          "change what is sent\n");
}

// A connection to the linked server as the link's login: the password from the keyring if it holds
// one, else libpq finds it (its password file, or a client certificate).
std::unique_ptr<Database> connect(const SyncLink &link, QString *problem)
{
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(link.server);
    auto server = std::make_unique<Database>();
    const QString password = spec ? PasswordStore(*spec).fromKeyring().value_or(QString()) : QString();
    if (!server->openServer(link.server, password)) {
        *problem = server->errorString();
        return nullptr;
    }
    return server;
}

} // namespace

int link(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("link"));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("The clinic's server: postgresql://host/database or host=… dbname=…."),
        QStringLiteral("uri"));
    const QCommandLineOption login(QStringLiteral("login"),
        QStringLiteral("The login the clinic gave for this patient."), QStringLiteral("name"));
    const QCommandLineOption keep(QStringLiteral("keep-password"),
        QStringLiteral("Where the password is kept: keyring (the desktop's, the default) or password-file "
                       "(libpq's, readable only by you)."),
        QStringLiteral("place"), QStringLiteral("keyring"));
    line.addPatientOptions();
    line.addOptions({ server, login, keep });
    if (!line.parse(args) || !line.require({ &line.database, &line.patient, &server, &login })
        || !line.expectPositionals(0))
        return line.exitCode();
    const QString placeName = line.value(keep);
    if (placeName != QLatin1String("keyring") && placeName != QLatin1String("password-file"))
        return line.fail(kBadInput,
            QStringLiteral("--keep-password: \"%1\" is not keyring or password-file").arg(placeName));
    const PasswordStore::Place place = placeName == QLatin1String("keyring")
        ? PasswordStore::Place::Keyring
        : PasswordStore::Place::PasswordFile;
    const std::optional<ConnectionSpec> spec = serverSpec(line, line.value(server), line.value(login));
    if (!spec)
        return line.exitCode();
    OpenedPatient opened = line.openPatient();
    if (!opened)
        return line.exitCode();
    if (opened.database->engine() != Engine::SQLite)
        return line.fail(
            kBadInput, QStringLiteral("--db: a link starts from a patient's own file, not a server"));
    const QString password = console.readSecret(QStringLiteral("Password for %1: ").arg(line.value(login)));
    if (password.isEmpty())
        return line.fail(
            kBadInput, QStringLiteral("stdin: the password is empty; give it as one line on stdin"));

    // The login is tried before anything is kept: a wrong one is said now, not at 2 a.m.
    Database clinic;
    if (!clinic.openServer(spec->keywords(), password))
        return line.report(kFailure, clinic.errorString());
    const Expected<qint64> serverPatient = HomeLinkSender(*opened.database, clinic).serverPatient();
    if (!serverPatient)
        return line.report(kFailure, serverPatient.error().message);
    const PasswordStore store(*spec);
    if (const auto problem = store.save(place, password))
        return line.report(kFailure,
            place == PasswordStore::Place::Keyring ? *problem
                    + QStringLiteral(" To keep it in libpq's password file instead (readable only by you), "
                                     "run link again with --keep-password password-file.")
                                                   : *problem);
    SyncLinkRepository links(*opened.database);
    if (const auto error = links.link({ opened.patient.id, spec->keywords(), spec->user,
            QDateTime::currentDateTimeUtc(), std::nullopt, {} }))
        return line.report(kFailure, *error);
    QTextStream(&console.out()) << "linked profile " << opened.patient.id << " to " << spec->display()
                                << " as " << spec->user << "; " << links.pendingCount(opened.patient.id)
                                << " records to send at the next sync\n"
                                << lessSafe(*spec);
    return kOk;
}

int sync(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("sync"));
    line.addPatientOptions();
    if (!line.parse(args) || !line.require({ &line.database }) || !line.expectPositionals(0))
        return line.exitCode();
    std::optional<qint64> only;
    if (line.isSet(line.patient)) {
        only = line.patientId();
        if (!only)
            return line.exitCode();
    }
    const auto local = line.openDatabase();
    if (!local)
        return line.exitCode();
    SyncLinkRepository links(*local);
    QList<SyncLink> chosen;
    for (const SyncLink &link : links.all()) {
        if (!only || link.patientId == *only)
            chosen << link;
    }
    if (chosen.isEmpty())
        return line.fail(kBadInput,
            only ? QStringLiteral("--patient: profile %1 is not linked to a clinic (see link)").arg(*only)
                 : QStringLiteral("--db: no profile in it is linked to a clinic (see link)"));
    QTextStream out(&console.out());
    int code = kOk;
    for (const SyncLink &link : chosen) {
        QString problem;
        const auto server = connect(link, &problem);
        Expected<SendReport> sent = InputError { QString(), problem };
        if (server)
            sent = HomeLinkSender(*local, *server).send(link.patientId);
        links.noteAttempt(
            link.patientId, QDateTime::currentDateTimeUtc(), sent ? QString() : sent.error().message);
        if (!sent) {
            code = line.report(kFailure,
                QStringLiteral("profile %1: %2 (%3 records still to send)")
                    .arg(link.patientId)
                    .arg(sent.error().message)
                    .arg(links.pendingCount(link.patientId)));
            continue;
        }
        out << "profile " << link.patientId << ": sent " << sent->sent << ", deletions " << sent->removed
            << ", still to send " << sent->waiting << '\n';
    }
    return code;
}

int unlink(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("unlink"));
    line.addPatientOptions();
    if (!line.parse(args) || !line.require({ &line.database, &line.patient }) || !line.expectPositionals(0))
        return line.exitCode();
    OpenedPatient opened = line.openPatient();
    if (!opened)
        return line.exitCode();
    SyncLinkRepository links(*opened.database);
    const std::optional<SyncLink> link = links.get(opened.patient.id);
    if (!link)
        return line.fail(
            kBadInput, QStringLiteral("--patient: profile %1 is not linked").arg(opened.patient.id));
    if (const auto error = links.unlink(opened.patient.id))
        return line.report(kFailure, *error);
    if (const auto spec = ConnectionSpec::parse(link->server))
        PasswordStore(*spec).forget();
    QTextStream(&console.out()) << "unlinked profile " << opened.patient.id
                                << "; everything stays on this computer. The clinic keeps its copy: ask the "
                                   "clinic to remove it.\n";
    return kOk;
}

} // namespace nc::cli

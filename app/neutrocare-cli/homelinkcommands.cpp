#include "homelinkcommands.h"

#include "homelink/homelink.h"
#include "storage/synclinks.h"

#include <QDateTime>
#include <QTextStream>

namespace nc::cli {

namespace {

// The server as a link keeps it, or why not as --server's (or --login's) problem.
std::optional<ConnectionSpec> serverSpec(CommandLine &line, const QString &text, const QString &login)
{
    const Expected<ConnectionSpec> spec = homelink::serverSpec(text, login);
    if (!spec) {
        line.fail(kBadInput, QStringLiteral("--%1: %2").arg(spec.error().field, spec.error().message));
        return std::nullopt;
    }
    return *spec;
}

} // namespace

int link(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("link"));
    const QCommandLineOption server(QStringLiteral("server"),
        Words::tr("The clinic's server: postgresql://host/database or host=… dbname=…."),
        QStringLiteral("uri"));
    const QCommandLineOption login(QStringLiteral("login"),
        Words::tr("The login the clinic gave for this patient."), QStringLiteral("name"));
    const QCommandLineOption keep(QStringLiteral("keep-password"),
        Words::tr("Where the password is kept: keyring (the desktop's, the default) or password-file "
                  "(libpq's, readable only by you)."),
        QStringLiteral("place"), QStringLiteral("keyring"));
    line.addPatientOptions();
    line.addOptions({ server, login, keep });
    if (!line.parse(args) || !line.require({ &line.database, &line.patient, &server, &login })
        || !line.expectPositionals(0))
        return line.exitCode();
    const QString placeName = line.value(keep);
    if (placeName != QLatin1String("keyring") && placeName != QLatin1String("password-file"))
        return line.fail(
            kBadInput, Words::tr("--keep-password: \"%1\" is not keyring or password-file").arg(placeName));
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
        return line.fail(kBadInput, Words::tr("--db: a link starts from a patient's own file, not a server"));
    const QString password = console.readSecret(Words::tr("Password for %1: ").arg(line.value(login)));
    if (password.isEmpty())
        return line.fail(kBadInput, Words::tr("stdin: the password is empty; give it as one line on stdin"));

    const homelink::Outcome linked = homelink::link(
        *opened.database, opened.patient.id, *spec, password, place, QDateTime::currentDateTimeUtc());
    if (!linked)
        return line.report(kFailure,
            linked.problem == homelink::Problem::NoKeyring ? linked.message
                    + Words::tr(" To keep it in libpq's password file instead (readable only by you), "
                                "run link again with --keep-password password-file.")
                                                           : linked.message);
    SyncLinkRepository links(*opened.database);
    QTextStream(&console.out())
        << "linked profile " << opened.patient.id << " to " << spec->display() << " as " << spec->user << "; "
        << links.pendingCount(opened.patient.id) << " records to send at the next sync\n"
        << (homelink::isLessSafe(*spec) ? "note: this link does not check the server's certificate "
                                          "(sslmode=verify-full), so it is less safe: someone between this "
                                          "computer and the clinic could read or change what is sent\n"
                                        : "");
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
            only ? Words::tr("--patient: profile %1 is not linked to a clinic (see link)").arg(*only)
                 : Words::tr("--db: no profile in it is linked to a clinic (see link)"));
    QTextStream out(&console.out());
    int code = kOk;
    for (const SyncLink &link : chosen) {
        const homelink::Outcome sent = homelink::pass(*local, link, QDateTime::currentDateTimeUtc());
        if (!sent) {
            code = line.report(kFailure,
                Words::tr("profile %1: %2 (%3 records still to send)")
                    .arg(link.patientId)
                    .arg(sent.message)
                    .arg(links.pendingCount(link.patientId)));
            continue;
        }
        out << "profile " << link.patientId << ": sent " << sent.sent.sent << ", deletions "
            << sent.sent.removed << ", still to send " << sent.sent.waiting;
        if (!sent.received.isEmpty())
            out << ", received " << sent.received.size() << " changes from the clinic";
        out << '\n';
        // A protocol from the clinic that was refused: said, and nothing of the clinic's applied.
        if (!sent.receiveProblem.isEmpty())
            code = line.report(
                kFailure, QStringLiteral("profile %1: %2").arg(link.patientId).arg(sent.receiveProblem));
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
    if (!SyncLinkRepository(*opened.database).get(opened.patient.id))
        return line.fail(kBadInput, Words::tr("--patient: profile %1 is not linked").arg(opened.patient.id));
    if (const auto error = homelink::unlink(*opened.database, opened.patient.id))
        return line.report(kFailure, *error);
    QTextStream(&console.out()) << "unlinked profile " << opened.patient.id
                                << "; everything stays on this computer. The clinic keeps its copy: ask the "
                                   "clinic to remove it.\n";
    return kOk;
}

} // namespace nc::cli

#pragma once

#include "passwordstore.h"
#include "storage/synclinks.h"
#include "sync/clinicvalues.h"
#include "sync/homelinksender.h"

#include <QDateTime>

// A patient's file linked to the clinic's server (DESIGN.md "The home link", issue 19): linking,
// a pass, unlinking. The one path the app's worker and `neutrocare-cli link/sync/unlink` share.
namespace nc::homelink {

// Why a link or a pass did not go through, which decides the words the person is given: wait
// (unreachable), ask the nurse (refused), offer libpq's password file (no keyring to keep the
// password in), or the sentence as it is (other).
enum class Problem { None, Unreachable, Refused, NoKeyring, Other };

struct Outcome
{
    Problem problem = Problem::None;
    QString message; // one sentence when there is a problem
    SendReport sent;
    // Clinic → home, after the sending worked: what the clinic's values changed here, or why a
    // value of the clinic's was refused (then none was applied).
    QList<ClinicChange> received;
    QString receiveProblem;

    explicit operator bool() const { return problem == Problem::None; }
    static Outcome failed(Problem problem, const QString &message)
    {
        return { problem, message, {}, {}, {} };
    }
};

// The connection a link keeps: `server` (a libpq URI or keywords, without a password) with the
// clinic's `login` as its user, and verify-full unless the person chose another sslmode. Why not,
// in a sentence, for a file or a text that carries a password.
Expected<ConnectionSpec> serverSpec(const QString &server, const QString &login);
// A spec that does not check the server's certificate, over the network: what the screen and the
// CLI name as less safe. A local socket has no TLS to check.
bool isLessSafe(const ConnectionSpec &spec);

// Opens `db` on a link's or a follow's `server` text as the login it names: the keyring's password,
// else libpq finds one (its password file, or a client certificate). A server that does not answer
// is given up after `timeoutSeconds`, unless the text sets its own connect_timeout. False with
// db.errorString() and db.problem() when it did not open.
bool connect(Database &db, const QString &server, int timeoutSeconds);

// Tries the login, and only then keeps the password in `place` and links the profile (marking its
// history to send). A wrong login is said now, not at 2 a.m.
Outcome link(Database &local, qint64 patientId, const ConnectionSpec &server, const QString &password,
    PasswordStore::Place place, const QDateTime &at);
// One pass for a linked profile: connects (the keyring's password, else libpq's own file or a
// certificate), sends what is marked, notes the attempt in the link, then takes what the clinic
// set (clinicvalues.h).
Outcome pass(Database &local, const SyncLink &link, const QDateTime &at);
// A person a caregiver's login may follow: their id and name on the clinic's server.
struct Followable
{
    qint64 patientId = 0;
    QString name;
};
// Tries a caregiver's login, and only then keeps its password in `place`: the people it may follow
// (those the clinic linked it to), or why not in one sentence. A patient's or staff login is not a
// caregiver's and is refused.
Expected<QList<Followable>> follow(
    const ConnectionSpec &server, const QString &password, PasswordStore::Place place);

// Drops the link and forgets its password; every record stays on this computer.
std::optional<QString> unlink(Database &local, qint64 patientId);

} // namespace nc::homelink

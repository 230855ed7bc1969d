#pragma once

#include "clinical/result.h"
#include "database.h"
#include "serveradmin.h"
#include "triagerecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace nc {

// What the clinic itself has done about one patient, for the board: its newest acknowledgement,
// the follow-up call due soonest that nobody has made, and the newest call_now alert the
// patient's own app raised.
struct ClinicState
{
    std::optional<ClinicAcknowledgement> latestAcknowledgement;
    qint64 followUpCallId = 0;
    std::optional<QDateTime> followUpDue;
    QString followUpOwner; // the login that took the call whose follow-up is due
    std::optional<QDateTime> newestCallNowAlert;
};

// Whether this connection may work the triage desk: a staff or admin login of a server set up for
// it. Otherwise why not, in words (a patient's or caregiver's login, a server set up before the
// desk, or no NeutroCare login at all).
Expected<LoginKind> deskLoginKind(Database &db);

// The clinic's records on the clinic server (setup version 2): telephone-triage calls and the
// clinic's acknowledgements. Each write is one transaction; the server stamps the login.
class TriageStore
{
    Q_DECLARE_TR_FUNCTIONS(nc::TriageStore)
public:
    explicit TriageStore(Database &db)
        : m_db(db)
    { }

    // Stores a call. A disposition less urgent than the suggested one without a reason is refused
    // here, on the field "reason" (and by the server's own check besides); so is a call with no
    // patient. The new call's id.
    Expected<qint64> addCall(const TriageCall &call);
    // The follow-up call of `callId` was made at `at`.
    std::optional<QString> markFollowUpMade(qint64 callId, const QDateTime &at);
    std::optional<TriageCall> call(qint64 id) const;
    // A patient's calls, newest first.
    QList<TriageCall> calls(qint64 patientId) const;

    // The clinic has seen the call_now alert that began at `alertSince`.
    Expected<qint64> acknowledge(qint64 patientId, const QDateTime &alertSince, const QDateTime &at);

    // The clinic's state of every patient this login may read (the board's sign-in), or of one
    // (a live change). `lookbackStart`: alerts raised before it no longer count.
    QHash<qint64, ClinicState> states(const QDateTime &lookbackStart) const;
    ClinicState state(qint64 patientId, const QDateTime &lookbackStart) const;

    // Whether this server has the desk's tables (setup version 2 or later).
    bool available() const;

private:
    QHash<qint64, ClinicState> readStates(
        std::optional<qint64> patientId, const QDateTime &lookbackStart) const;

    Database &m_db;
};

} // namespace nc

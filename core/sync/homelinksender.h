#pragma once

#include "clinical/result.h"
#include "storage/database.h"
#include "storage/synclinks.h"

// The home link's sending half (DESIGN.md "The home link", issue 19): a linked profile's marked
// records go to the clinic's server, upserted by UUID (or by key, for a table without one), and a
// deletion goes as the removal of the server's copy plus its tombstone. A batch is one server
// transaction; its marks are cleared only once the server committed it, so a pass cut short at any
// moment (a crash, a lost connection) sends again what it did not finish, and sending again
// changes nothing.
namespace nc {

struct SendReport
{
    qint64 sent = 0; // records upserted on the server
    qint64 removed = 0; // deletions sent as tombstones
    qint64 waiting = 0; // marks left: none after a pass that worked
    qint64 serverPatientId = 0; // the patient the login is on the server, which the pass sent as
};

class HomeLinkSender
{
public:
    // Records per server transaction, and rows per INSERT within it: a batch of one table is one
    // statement (each statement runs the audit and notification triggers once).
    static constexpr int kBatch = 500;
    static constexpr int kRowsPerStatement = 500;

    // `local` is the patient's own file; `server` a connection as the clinic's login for this patient.
    HomeLinkSender(Database &local, Database &server)
        : m_local(local)
        , m_server(server)
    { }

    // The server's row for the patient whose login the connection uses, or why there is none.
    Expected<qint64> serverPatient() const;
    // Sends every marked record of `localPatientId`, batch by batch; on a problem, what was
    // committed stays sent and the rest stays marked.
    Expected<SendReport> send(qint64 localPatientId, int batchSize = kBatch);

private:
    struct PreparedUpserts;
    // The marked rows of one table, upserted; the deletions of one table, removed with tombstones.
    std::optional<QString> upsert(const SyncedTable &table, const QList<SyncMark> &marks,
        qint64 serverPatientId, PreparedUpserts &prepared, SendReport &report);
    std::optional<QString> remove(
        const SyncedTable &table, const QList<SyncMark> &marks, qint64 serverPatientId, SendReport &report);

    Database &m_local;
    Database &m_server;
};

} // namespace nc

#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The home link's local half (DESIGN.md "The home link", issue 19; schema version 3, on a patient's
// own SQLite file only). A profile linked to a clinic (sync_links) has every change of its records
// marked (sync_marks) by triggers, in the same transaction as the change, whatever code made it: a
// dialog, an undo, an import, a restore. The worker sends what is marked and clears a mark only
// once the server committed. A record has at most one mark: changed twice before it was sent, it is
// sent once, as it is then, in the order of its last change.
namespace nc {

// A table whose records flow home → clinic, and what names one of its records: its UUID, or its
// key where it has none. The one place that says so, for the marks' triggers and the sender alike.
struct SyncedTable
{
    const char *name;
    const char *keys; // the key columns, comma-separated: "uuid", "key", "date,item"

    QStringList keyColumns() const;
    bool hasUuid() const;
    // SQL naming the record of `row` (NEW, OLD or a table alias): its key columns joined by '/'.
    QString recordSql(const QString &row) const;
    // The key columns' values of a mark's record name, in keyColumns() order.
    QStringList keyValues(const QString &record) const;
    // The trigger that marks the table's rows on `event` ("insert", "update", "delete").
    QString triggerName(const char *event) const;
};
// The patient's own records: what the home link sends, and what a patient's login may write on
// the clinic's server (serveradmin.cpp). In the order a link's first marks are made: what a later
// record may refer to comes first, and the alerts after the readings that raised them.
extern const SyncedTable kSyncedTables[9];

// The statements that make the marks' tables (schema version 3, SQLite).
QStringList syncSchemaSql();
// The triggers that mark, made when a profile is linked and dropped when none is.
QStringList syncTriggerSql();

// A profile's link to its clinic: the server as the person gave it (a libpq URI or host/database,
// never a password) and the clinic's login for this patient.
struct SyncLink
{
    qint64 patientId = 0;
    QString server;
    QString login;
    QDateTime linkedAt;
    std::optional<QDateTime> lastSentAt; // when the server last committed what was sent
    QString lastProblem; // the last attempt's problem in words, empty when it worked
};

// One marked record: where it is, and whether it was deleted (then sent as a tombstone).
struct SyncMark
{
    qint64 seq = 0; // the order of the changes, one patient's and all
    QString table;
    QString record;
    qint64 patientId = 0;
    bool deleted = false;
};

class SyncLinkRepository
{
public:
    explicit SyncLinkRepository(Database &db)
        : m_db(db)
    { }

    // Links the profile and marks every record it already has, in one transaction: the clinic gets
    // the history, not only what comes after. Linking again keeps the marks and changes the server.
    std::optional<QString> link(const SyncLink &link);
    // Drops the link and its marks; the records stay (the person's own file keeps everything).
    std::optional<QString> unlink(qint64 patientId);
    std::optional<SyncLink> get(qint64 patientId) const;
    QList<SyncLink> all() const;

    // The oldest `limit` marks of a profile, in the order their changes were made.
    QList<SyncMark> pending(qint64 patientId, int limit) const;
    qint64 pendingCount(qint64 patientId) const;
    // "12,13,20": the marks' sequence numbers, for an IN list.
    static QString sequenceList(const QList<SyncMark> &marks);
    // Clears the marks of records the server committed. A record changed again since its mark was
    // read has a new mark, which stays.
    std::optional<QString> clear(const QList<SyncMark> &sent);
    // What the last attempt came to: sent (the server committed) or the problem in words.
    std::optional<QString> noteAttempt(qint64 patientId, const QDateTime &at, const QString &problem);

private:
    Database &m_db;
};

} // namespace nc

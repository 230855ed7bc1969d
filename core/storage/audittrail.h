#pragma once

#include "clinical/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The clinic server's audit trail (docs/clinic-server.md "The audit trail"), as the triage desk reads
// it: who changed which record of which patient, when, from what to what. Filled only by the server's
// triggers; staff and admin logins read it, nobody changes it. No Qt Sql type shows here, so ui/ may
// include it.
namespace nc {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // when, in local time (the server keeps UTC milliseconds)
    QString login; // the login that connected (session_user)
    QString table; // table_name: "temperatures", "patient_settings", …
    QString action; // "insert", "update" or "delete"
    QString record; // the record's UUID, or its key for a table without one ("17/clinic_name")
    std::optional<qint64> patientId;
    QString patientName; // empty when the patient was removed since
    QJsonObject oldValues; // empty for an insert
    QJsonObject newValues; // empty for a delete
};

struct AuditFilter
{
    std::optional<qint64> patientId; // none: every patient
    QString login; // exact; empty: any login
    QDate from; // the first day shown, a local day; invalid: no bound
    QDate to; // the last day shown, inclusive; invalid: no bound
    int limit = 1000; // the newest this many; 0 or less: no limit
};

class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(nc::AuditTrail)
public:
    // `db` is a clinic server connection (the trail is the server's alone).
    explicit AuditTrail(Database &db);

    // The entries the filter keeps, newest first; or why the trail could not be read (a login that
    // may not read it, a file rather than a server, a lost connection), in words.
    Expected<QList<AuditEntry>> entries(const AuditFilter &filter) const;
    // Every login named in the trail, sorted; empty when it cannot be read.
    QStringList logins() const;

    // The columns whose value differs between the old and the new values, sorted (every column of an
    // insert or a delete); updated_ms, which every change moves, is left out.
    static QStringList changedKeys(const AuditEntry &entry);

private:
    Database &m_db;
};

// Writes `entries` as a CSV file at `path` (through QSaveFile, so a file is replaced only once the
// new one is whole): a header row, then one row per entry — time (ISO 8601 with its offset), login,
// patient id, patient name, table, action, record, old values, new values (compact JSON) — its cells
// escaped as csv::formatCell() escapes the app's records. Returns why not, in a sentence.
std::optional<QString> writeAuditCsv(const QList<AuditEntry> &entries, const QString &path);

} // namespace nc

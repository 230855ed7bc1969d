#pragma once

#include "database.h"
#include "records.h"

#include <QHash>
#include <QList>
#include <concepts>
#include <memory>
#include <optional>

class QSqlQuery;

namespace nc {

class SqliteInsert;
class SqliteValues;

// How every table stores what the repositories share (schema version 2, database.cpp).
namespace dbvalue {
// A time kept as UTC milliseconds and the offset it was entered in.
QDateTime time(const QVariant &ms, const QVariant &offset);
// Every new record gets a UUID of its own (version 7: time-ordered, so new ones sit together in the
// index), and every write the time it was made, by the writer's clock.
QString newUuid();
qint64 nowMs();
// The id an executed INSERT … RETURNING id gave, once `tx` committed; else why not, in words.
Expected<qint64> committedId(QSqlQuery &insert, Transaction &tx);
// ":v0", ":v1"… for `count` values. Statements of many rows bind by these names: QtSql makes a name
// for every value bound by position.
QStringList namedPlaceholders(qsizetype count);
// The VALUES list "(a, b), (c, d)" of `placeholders`, `width` to a row.
QString valueRows(const QStringList &placeholders, qsizetype width);
} // namespace dbvalue

// Storage of one record kind (RecordTraits in repositories.cpp say how it maps to its table).
// Prepared statements with bound values only; every call that writes is one transaction; errors
// come back as sentences a person can read, so a dialog can stay open and say why.
template<class Record> class RecordRepository
{
public:
    explicit RecordRepository(Database &db)
        : m_db(db)
    { }

    Expected<qint64> add(const Record &record);
    // Adds new records (ids ignored) with one prepared statement, in one transaction — or in the
    // caller's, which an import uses to store a whole file or nothing. Returns the error, if any.
    std::optional<QString> addAll(const QList<Record> &records);
    std::optional<QString> update(const Record &record); // the error, if any
    std::optional<QString> remove(qint64 id);
    std::optional<Record> get(qint64 id) const;

    // Records of a patient with from ≤ time < to, oldest first; uses the (patient, time) index.
    QList<Record> between(qint64 patientId, const QDateTime &from, const QDateTime &to) const;
    // The newest `limit` records with time < to, newest first.
    QList<Record> latestBefore(qint64 patientId, const QDateTime &to, int limit) const;
    // The same two for every patient this login may read, in one query each (the triage desk's
    // board): by patient, then as above.
    QList<Record> betweenForAll(const QDateTime &from, const QDateTime &to) const;
    QList<Record> latestBeforeForAll(const QDateTime &to, int limit) const;
    // The newest `limit` records, newest first.
    QList<Record> latest(qint64 patientId, int limit) const;
    // A page of records with from ≤ time < to (an invalid bound is open), newest first, for
    // history views that load lazily. A negative limit is none.
    QList<Record> page(
        qint64 patientId, int offset, int limit, const QDateTime &from = {}, const QDateTime &to = {}) const;
    int count(qint64 patientId) const;

    // The newest chemotherapy dose given on or before `onOrBefore` (on any date when it is
    // invalid), the last one entered first on a day. One seek on the (patient, kind, date) index,
    // however many other treatments were logged since.
    // (The return type names TreatmentRecord, not Record: clang 14 instantiates a constrained member
    // in the explicit instantiations of the other kinds, and only this spelling compiles there.)
    std::optional<TreatmentRecord> latestChemotherapy(
        qint64 patientId, const QDate &onOrBefore = {}) const requires std::same_as<Record, TreatmentRecord>;
    // The same, among the doses whose regimen is not blank: the regimen a person named last.
    std::optional<TreatmentRecord> latestNamedRegimen(
        qint64 patientId, const QDate &onOrBefore = {}) const requires std::same_as<Record, TreatmentRecord>;

private:
    Database &m_db;
};

// Adds records inside the caller's transaction: how an import stores a file as it reads it, never
// holding it whole. Ids are ignored; each record gets a new UUID. RecordRepository::addAll() is made of
// it. Rows go 400 to a statement: SQLite's cost per statement run (a CHECK's IN list becomes a lookup
// table each time) and the server's round trip per statement were each as dear as the insert. On SQLite
// they bind through SQLite's own API (sqliteinsert.h), as QtSql's per-value binding cost more than the
// insert; on PostgreSQL through QtSql (docs/performance.md, "The CSV import figure").
template<class Record> class RecordInserter
{
public:
    explicit RecordInserter(Database &db);
    ~RecordInserter();
    RecordInserter(const RecordInserter &) = delete;
    RecordInserter &operator=(const RecordInserter &) = delete;

    // Queues the record and writes each full batch. The error, if any.
    std::optional<QString> add(const Record &record);
    // Writes what is still queued: call it before committing. The error, if any.
    std::optional<QString> finish();

private:
    // Writes the queued `rows`: a full batch through the statement kept for it, the last few through
    // one made for them.
    std::optional<QString> write(qsizetype rows);
    qsizetype queuedValues() const;
    QString insertSql(qsizetype rows) const;

    Database &m_db;
    std::unique_ptr<SqliteInsert> m_native;
    std::unique_ptr<QSqlQuery> m_batch;
    // The values of the queued rows, row after row: as SQLite binds them, or QVariants for QtSql.
    std::unique_ptr<SqliteValues> m_nativeValues;
    QList<QVariant> m_queued;
    QStringList m_names; // the placeholders ":v0", ":v1"…, made once
    std::optional<QString> m_error;
    qint64 m_updatedMs;
    std::optional<int> m_cacheSize; // SQLite's, to give back
};

using TemperatureRepository = RecordRepository<TemperatureRecord>;
using BloodCountRepository = RecordRepository<BloodCountRecord>;
using SymptomRepository = RecordRepository<SymptomRecord>;
using TreatmentRepository = RecordRepository<TreatmentRecord>;
using MedicineRepository = RecordRepository<MedicineRecord>;
using AntipyreticRepository = RecordRepository<AntipyreticRecord>;
using AlertRepository = RecordRepository<AlertRecord>;

class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(nc::PatientRepository)
public:
    explicit PatientRepository(Database &db)
        : m_db(db)
    { }
    Expected<qint64> add(const Patient &patient);
    std::optional<QString> update(const Patient &patient);
    std::optional<QString> remove(qint64 id);
    std::optional<Patient> get(qint64 id) const;
    QList<Patient> all() const;

private:
    Database &m_db;
};

class PatientSettingsRepository
{
public:
    explicit PatientSettingsRepository(Database &db)
        : m_db(db)
    { }
    // Defaults when nothing was saved yet.
    PatientSettings get(qint64 patientId) const;
    // The stored settings of every patient this login may read (those with none saved are absent).
    QHash<qint64, PatientSettings> all() const;
    // Writes only the values that differ from those stored: on a clinic server the clinic's values
    // and the patient's own belong to different logins (docs/clinic-server.md), so a patient who
    // changes the unit must not be refused for the clinic's numbers it did not touch.
    std::optional<QString> save(qint64 patientId, const PatientSettings &settings);
    // The language of the first profile, the one the main window opens; none while there is no
    // profile yet.
    std::optional<QString> firstProfileLanguage() const;

    // Free-form preferences (reminder times, large text…), per patient.
    QString preference(qint64 patientId, const QString &key, const QString &fallback = {}) const;
    std::optional<QString> setPreference(qint64 patientId, const QString &key, const QString &value);

private:
    Database &m_db;
};

// A profile and its settings, both or neither, in one transaction: a new patient when patient.id
// is 0, else an update. Returns the profile's id, or why nothing was saved (with the field "name"
// when the patient row was refused).
Expected<qint64> saveProfile(Database &db, const Patient &patient, const PatientSettings &settings);

class ChecklistRepository
{
public:
    explicit ChecklistRepository(Database &db)
        : m_db(db)
    { }
    std::optional<QString> setTicked(qint64 patientId, const QDate &date, const QString &item, bool ticked);
    QStringList tickedOn(qint64 patientId, const QDate &date) const;
    // Ticked items per day in [from, to].
    QMap<QDate, int> tickCounts(qint64 patientId, const QDate &from, const QDate &to) const;

private:
    Database &m_db;
};

// The latest "I contacted my care team" time of a patient. "I could not reach them" is logged but
// is no contact: it never quiets an alert.
std::optional<QDateTime> latestAcknowledgement(Database &db, qint64 patientId);
// The same for every patient this login may read, in one query.
QHash<qint64, QDateTime> latestAcknowledgements(Database &db);
std::optional<QString> acknowledgeAlert(
    Database &db, qint64 alertId, const QDateTime &at, AlertOutcome outcome, const QString &note);

} // namespace nc

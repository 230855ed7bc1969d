#include "repositories.h"

#include "sqliteinsert.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtEndian>
#include <array>
#include <atomic>
#include <limits>
#include <string_view>

namespace nc {

namespace dbvalue {

QDateTime time(const QVariant &ms, const QVariant &offset)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::OffsetFromUTC, offset.toInt());
}

QString newUuid()
{
    // Version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then 62 random bits.
    // Records made together sit together in the uuid index, so a bulk import appends to it instead
    // of writing all over it (random version-4 keys made a 100,000-row import read and rewrite its
    // pages from disk, measured in issue 20); PostgreSQL's B-tree gains the same. The counter
    // (RFC 9562 §6.2, method 1) keeps the order within a millisecond too, where an import makes
    // hundreds: with random bits there they still landed all over the same index pages. A counter
    // full after 4,096 carries into the stamp, and a clock that steps back is not followed, so every
    // UUID this process makes sorts after the one before. Unique across devices all the same: two
    // records would need the same stamp and counter and the same 62 random bits.
    static std::atomic<quint64> last { 0 }; // the last stamp and counter given, (ms << 12) | counter
    const quint64 now = (quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFULL) << 12;
    quint64 previous = last.load(std::memory_order_relaxed);
    quint64 ordinal = 0;
    do {
        ordinal = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, ordinal, std::memory_order_relaxed));
    quint64 random = 0;
    QRandomGenerator::global()->fillRange(&random, 1);
    const quint64 high = ((ordinal >> 12) << 16) | 0x7000 | (ordinal & 0x0FFF);
    const quint64 low = (random & 0x3FFF'FFFF'FFFF'FFFFULL) | 0x8000'0000'0000'0000ULL;
    // Written as text here, 8-4-4-4-12 lower-case hex digits as QUuid writes them: going through
    // QUuid and its Latin-1 text cost an import of 100,000 readings 5 ms.
    QString text(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto put = [&out](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            *out++ = u"0123456789abcdef"[(value >> shift) & 0xF];
    };
    put(high >> 32, 8);
    *out++ = u'-';
    put(high >> 16, 4);
    *out++ = u'-';
    put(high, 4);
    *out++ = u'-';
    put(low >> 48, 4);
    *out++ = u'-';
    put(low, 12);
    return text;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QStringList namedPlaceholders(qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        names << QStringLiteral(":v%1").arg(i);
    return names;
}

QString valueRows(const QStringList &placeholders, qsizetype width)
{
    QStringList rows;
    for (qsizetype at = 0; at < placeholders.size(); at += width)
        rows << QLatin1Char('(') + placeholders.mid(at, width).join(QStringLiteral(", ")) + QLatin1Char(')');
    return rows.join(QStringLiteral(", "));
}

Expected<qint64> committedId(QSqlQuery &q, Transaction &tx)
{
    if (!q.isActive() || !q.next())
        return InputError { QString(), describeWriteError(q.lastError()) };
    const qint64 id = q.value(0).toLongLong();
    // Finished before the commit: QPSQL cannot commit with a result still open.
    q.finish();
    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return id;
}

} // namespace dbvalue

namespace {

using dbvalue::namedPlaceholders;
using dbvalue::newUuid;
using dbvalue::nowMs;
using dbvalue::valueRows;

QDateTime readTime(const QVariant &ms, const QVariant &offset)
{
    return dbvalue::time(ms, offset);
}

// A class's tr(), not a free function: lupdate files a free tr() under whichever namespace or
// class calls it, which is not this context, so its texts would never be translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::Storage)
};

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant optional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant optional(const std::optional<QDate> &v)
{
    return v ? QVariant(v->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<QDate> optionalDate(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QDate>(QDate::fromString(v.toString(), Qt::ISODate));
}

// The error of a write, if any, from one that is empty when it worked (Transaction::commit()).
std::optional<QString> errorIfAny(const QString &error)
{
    return error.isEmpty() ? std::nullopt : std::optional<QString>(error);
}

// Leaves the deleted record's identity for the home link to send on (schema version 2).
bool leaveTombstone(Database &db, const char *table, const QString &uuid, qint64 patientId, QSqlError *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tombstones (table_name, uuid, patient_id, deleted_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (table_name, uuid) DO NOTHING"));
    q.addBindValue(QLatin1String(table));
    q.addBindValue(uuid);
    q.addBindValue(patientId);
    q.addBindValue(nowMs());
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

// --- how each record kind maps to its table -------------------------------------------------
//
// Each kind lists its columns once, after the id, in `columns`. The SELECT, INSERT and UPDATE
// texts are made from that list; values() gives one value per column, in its order (row() does
// not compile with one too few or too many); read() takes each value by its column's name
// (Row does not compile with a name that is not in the list).

template<class Record> struct RecordTraits;

// A column of a record kind, by name, as its index in a row of selectSql() (the id first).
// consteval, so a misspelt or forgotten name is a compile error rather than a wrong read.
template<class T> class Column
{
public:
    consteval Column(const char *name)
        : m_index(indexOf(name))
    { }
    int index() const { return m_index; }

private:
    static consteval int indexOf(std::string_view name)
    {
        if (name == "id")
            return 0;
        for (std::size_t i = 0; i < T::columns.size(); ++i) {
            if (name == T::columns[i])
                return int(i) + 1;
        }
        throw "not a column of this record kind";
    }
    int m_index;
};

// The current row of a query made by selectSql(), read by column name.
template<class T> class Row
{
public:
    explicit Row(const QSqlQuery &q)
        : m_q(q)
    { }
    QVariant operator[](Column<T> column) const { return m_q.value(column.index()); }

private:
    const QSqlQuery &m_q;
};

// A record's values, one per column of T and in their order, each of its own type: an import binds
// them to SQLite as they are, where a QVariant apiece cost a tenth of the narrow file's import.
template<class T, class... Values> auto row(Values &&...values)
{
    static_assert(sizeof...(Values) == T::columns.size(), "one value per column");
    return std::tuple<std::decay_t<Values>...>(std::forward<Values>(values)...);
}

// Calls `f` with each value of a row(), in column order.
template<class Row, class F> void forEachValue(const Row &values, F &&f)
{
    std::apply([&f](const auto &...value) { (f(value), ...); }, values);
}

template<> struct RecordTraits<TemperatureRecord>
{
    static constexpr const char *table = "temperatures";
    static constexpr const char *timeColumn = "time_ms";
    static constexpr std::array columns { "patient_id", "time_ms", "utc_offset", "celsius", "entered_value",
        "entered_unit", "site", "antipyretic_reported", "note" };
    static QVariant timeKey(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static auto values(const TemperatureRecord &r)
    {
        const auto &t = r.reading.temperature;
        return row<RecordTraits>(r.patientId, r.reading.time.toMSecsSinceEpoch(),
            r.reading.time.offsetFromUtc(), t.celsius(), t.enteredValue(),
            units::temperatureUnitCode(t.enteredUnit()), sites::code(t.site()),
            r.reading.antipyreticReported ? 1 : 0, r.note);
    }
    static std::optional<TemperatureRecord> read(const QSqlQuery &q)
    {
        const Row<RecordTraits> v(q);
        const auto unit = units::temperatureUnitFromCode(v["entered_unit"].toString());
        const auto site = sites::fromCode(v["site"].toString());
        if (!unit || !site)
            return std::nullopt;
        const auto temperature = Temperature::fromInput(v["entered_value"].toDouble(), *unit, *site);
        if (!temperature)
            return std::nullopt;
        TemperatureRecord r;
        r.id = v["id"].toLongLong();
        r.patientId = v["patient_id"].toLongLong();
        r.reading
            = { readTime(v["time_ms"], v["utc_offset"]), *temperature, v["antipyretic_reported"].toBool() };
        r.note = v["note"].toString();
        return r;
    }
};

template<> struct RecordTraits<BloodCountRecord>
{
    static constexpr const char *table = "blood_counts";
    static constexpr const char *timeColumn = "time_ms";
    static constexpr std::array columns { "patient_id", "time_ms", "utc_offset", "anc", "provenance", "wbc",
        "neutrophils_pct", "segs_pct", "bands_pct", "entered_unit", "lab", "note" };
    static QVariant timeKey(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static auto values(const BloodCountRecord &r)
    {
        const auto &c = r.count;
        return row<RecordTraits>(r.patientId, c.time().toMSecsSinceEpoch(), c.time().offsetFromUtc(), c.anc(),
            provenanceCode(c.provenance()), optional(c.wbc()), optional(c.differential().neutrophilsPct),
            optional(c.differential().segsPct), optional(c.differential().bandsPct),
            units::countUnitCode(r.enteredUnit), r.lab, r.note);
    }
    static std::optional<BloodCountRecord> read(const QSqlQuery &q)
    {
        const Row<RecordTraits> v(q);
        const QDateTime time = readTime(v["time_ms"], v["utc_offset"]);
        const auto unit = units::countUnitFromCode(v["entered_unit"].toString());
        if (!unit)
            return std::nullopt;
        // Counts are stored in cells/µL; rebuilding through the factories re-derives the ANC the
        // same way it was first computed.
        const auto count = v["provenance"].toString() == QLatin1String("derived")
            ? BloodCount::derived(time, v["wbc"].toDouble(), CountUnit::CellsPerMicrolitre,
                { optionalDouble(v["neutrophils_pct"]), optionalDouble(v["segs_pct"]),
                    optionalDouble(v["bands_pct"]) })
            : BloodCount::measured(time, v["anc"].toDouble(), CountUnit::CellsPerMicrolitre);
        if (!count)
            return std::nullopt;
        BloodCountRecord r;
        r.id = v["id"].toLongLong();
        r.patientId = v["patient_id"].toLongLong();
        r.count = *count;
        r.enteredUnit = *unit;
        r.lab = v["lab"].toString();
        r.note = v["note"].toString();
        return r;
    }
};

// What tells a symptom from an antipyretic dose in storage: its table, its code's column and its
// code list.
template<class Code> struct CodedEvent
{
    const char *table;
    const char *column;
    QString (*code)(Code);
    std::optional<Code> (*fromCode)(const QString &);
};

// A symptom and an antipyretic dose are otherwise stored alike: a code at a time, and a note.
template<class Record, const auto &kind> struct CodedEventTraits
{
    static constexpr const char *table = kind.table;
    static constexpr const char *timeColumn = "time_ms";
    static constexpr std::array columns { "patient_id", "time_ms", "utc_offset", kind.column, "note" };
    static QVariant timeKey(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static auto values(const Record &r)
    {
        // Both records are {id, patient, {time, code}, note} (SymptomRecord::entry, AntipyreticRecord::dose).
        const auto &[id, patientId, event, note] = r;
        const auto &[time, code] = event;
        return row<CodedEventTraits>(
            patientId, time.toMSecsSinceEpoch(), time.offsetFromUtc(), kind.code(code), note);
    }
    static std::optional<Record> read(const QSqlQuery &q)
    {
        const Row<CodedEventTraits> v(q);
        const auto code = kind.fromCode(v[kind.column].toString());
        if (!code)
            return std::nullopt;
        return Record { v["id"].toLongLong(), v["patient_id"].toLongLong(),
            { readTime(v["time_ms"], v["utc_offset"]), *code }, v["note"].toString() };
    }
};

constexpr CodedEvent<SymptomCode> kSymptoms { "symptoms", "code", symptoms::code, symptoms::fromCode };
constexpr CodedEvent<Antipyretic> kAntipyretics { "antipyretic_doses", "drug", antipyretics::code,
    antipyretics::fromCode };
template<> struct RecordTraits<SymptomRecord> : CodedEventTraits<SymptomRecord, kSymptoms>
{
};
template<> struct RecordTraits<AntipyreticRecord> : CodedEventTraits<AntipyreticRecord, kAntipyretics>
{
};

template<> struct RecordTraits<TreatmentRecord>
{
    static constexpr const char *table = "treatments";
    static constexpr const char *timeColumn = "date";
    static constexpr std::array columns { "patient_id", "date", "kind", "regimen", "nadir_start_day",
        "nadir_end_day", "note" };
    static QVariant timeKey(const QDateTime &t) { return t.date().toString(Qt::ISODate); }
    static auto values(const TreatmentRecord &r)
    {
        const auto &t = r.treatment;
        return row<RecordTraits>(r.patientId, t.date.toString(Qt::ISODate), treatments::code(t.kind),
            r.regimen, optional(t.nadirStartDay), optional(t.nadirEndDay), r.note);
    }
    static std::optional<TreatmentRecord> read(const QSqlQuery &q)
    {
        const Row<RecordTraits> v(q);
        const auto kind = treatments::fromCode(v["kind"].toString());
        if (!kind)
            return std::nullopt;
        TreatmentRecord r;
        r.id = v["id"].toLongLong();
        r.patientId = v["patient_id"].toLongLong();
        r.treatment = { QDate::fromString(v["date"].toString(), Qt::ISODate), *kind,
            optionalInt(v["nadir_start_day"]), optionalInt(v["nadir_end_day"]) };
        r.regimen = v["regimen"].toString();
        r.note = v["note"].toString();
        return r;
    }
};

template<> struct RecordTraits<MedicineRecord>
{
    static constexpr const char *table = "medicines";
    static constexpr const char *timeColumn = "started";
    static constexpr std::array columns { "patient_id", "name", "dose", "started", "stopped", "note" };
    static QVariant timeKey(const QDateTime &t) { return t.date().toString(Qt::ISODate); }
    static auto values(const MedicineRecord &r)
    {
        return row<RecordTraits>(
            r.patientId, r.name, r.dose, optional(r.started), optional(r.stopped), r.note);
    }
    static std::optional<MedicineRecord> read(const QSqlQuery &q)
    {
        const Row<RecordTraits> v(q);
        return MedicineRecord { v["id"].toLongLong(), v["patient_id"].toLongLong(), v["name"].toString(),
            v["dose"].toString(), optionalDate(v["started"]), optionalDate(v["stopped"]),
            v["note"].toString() };
    }
};

template<> struct RecordTraits<AlertRecord>
{
    static constexpr const char *table = "alerts";
    static constexpr const char *timeColumn = "time_ms";
    static constexpr std::array columns { "patient_id", "time_ms", "utc_offset", "level", "reasons",
        "protocol", "acknowledged_ms", "acknowledged_offset", "outcome", "note" };
    static QVariant timeKey(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static auto values(const AlertRecord &r)
    {
        const QVariant nullInt(QMetaType::fromType<qint64>());
        return row<RecordTraits>(r.patientId, r.raisedAt.toMSecsSinceEpoch(), r.raisedAt.offsetFromUtc(),
            levels::code(r.level), r.reasonCodes.join(QLatin1Char(',')), r.protocolId,
            r.acknowledgedAt ? QVariant(r.acknowledgedAt->toMSecsSinceEpoch()) : nullInt,
            r.acknowledgedAt ? QVariant(r.acknowledgedAt->offsetFromUtc()) : nullInt,
            r.outcome ? QVariant(alertOutcomeCode(*r.outcome)) : QVariant(QMetaType::fromType<QString>()),
            r.note);
    }
    static std::optional<AlertRecord> read(const QSqlQuery &q)
    {
        const Row<RecordTraits> v(q);
        const auto level = levels::fromCode(v["level"].toString());
        if (!level)
            return std::nullopt;
        AlertRecord r;
        r.id = v["id"].toLongLong();
        r.patientId = v["patient_id"].toLongLong();
        r.raisedAt = readTime(v["time_ms"], v["utc_offset"]);
        r.level = *level;
        r.reasonCodes = v["reasons"].toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.protocolId = v["protocol"].toString();
        if (!v["acknowledged_ms"].isNull())
            r.acknowledgedAt = readTime(v["acknowledged_ms"], v["acknowledged_offset"]);
        if (!v["outcome"].isNull())
            r.outcome = alertOutcomeFromCode(v["outcome"].toString());
        r.note = v["note"].toString();
        return r;
    }
};

// T's columns as SQL, each followed by `suffix`: "patient_id, time_ms, …" or "patient_id = ?, …".
template<class T> QString columnList(QLatin1String suffix = {})
{
    QStringList names;
    for (const char *column : T::columns)
        names << QLatin1String(column) + suffix;
    return names.join(QStringLiteral(", "));
}

template<class Record> QString selectSql(const QString &tail)
{
    using T = RecordTraits<Record>;
    return QStringLiteral("SELECT id, %1 FROM %2 %3").arg(columnList<T>(), QLatin1String(T::table), tail);
}

template<class Record> QList<Record> readAll(QSqlQuery &q)
{
    QList<Record> records;
    while (q.next()) {
        // A row that no longer validates (edited outside the app) is skipped rather than shown wrong.
        if (auto r = RecordTraits<Record>::read(q))
            records.append(*r);
    }
    return records;
}

// An empty text field is stored as '' (NOT NULL columns); only a null QVariant means SQL NULL.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString alertOutcomeCode(AlertOutcome outcome)
{
    switch (outcome) {
    case AlertOutcome::WentToHospital:
        return QStringLiteral("went_to_hospital");
    case AlertOutcome::StayHomeMonitor:
        return QStringLiteral("stay_home_monitor");
    case AlertOutcome::CouldNotReach:
        return QStringLiteral("could_not_reach");
    }
    return {};
}

std::optional<AlertOutcome> alertOutcomeFromCode(const QString &code)
{
    for (auto o :
        { AlertOutcome::WentToHospital, AlertOutcome::StayHomeMonitor, AlertOutcome::CouldNotReach }) {
        if (alertOutcomeCode(o) == code)
            return o;
    }
    return std::nullopt;
}

// --- RecordRepository ---------------------------------------------------------------------------
// Each write declares its query before its transaction, so a failed write's rollback comes first
// and the query is freed after it: QPSQL frees a prepared statement with DEALLOCATE, which a failed
// PostgreSQL transaction would refuse (and leave the statement behind on the connection).

template<class Record> Expected<qint64> RecordRepository<Record>::add(const Record &record)
{
    using T = RecordTraits<Record>;
    const auto values = T::values(record);
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    const bool withId = record.id != 0;
    // RETURNING rather than lastInsertId(), which QPSQL cannot answer for an identity column.
    q.prepare(QStringLiteral("INSERT INTO %1 (uuid, updated_ms, %2%3) VALUES (%4) RETURNING id")
                  .arg(QLatin1String(T::table), withId ? QStringLiteral("id, ") : QString(), columnList<T>(),
                      placeholders(int(T::columns.size()) + (withId ? 3 : 2))));
    q.addBindValue(newUuid());
    q.addBindValue(nowMs());
    if (withId)
        q.addBindValue(record.id);
    forEachValue(values, [&q](const auto &v) { q.addBindValue(bindable(QVariant(v))); });
    q.exec();
    return dbvalue::committedId(q, tx);
}

template<class Record> std::optional<QString> RecordRepository<Record>::addAll(const QList<Record> &records)
{
    if (records.isEmpty())
        return std::nullopt;
    Transaction tx(m_db);
    RecordInserter<Record> inserter(m_db);
    for (const auto &record : records) {
        if (auto error = inserter.add(record))
            return error;
    }
    if (auto error = inserter.finish())
        return error;
    return errorIfAny(tx.commit());
}

namespace {
// Rows per INSERT: 400 rows of the widest record are 5,600 values, within both engines' limits
// (SQLite's 32,766, PostgreSQL's 65,535). (One row per statement on SQLite, as sqlite3's .import
// does, took 40 % longer: each statement walks its indexes from the root again and ends with its own
// bookkeeping. 100 rows took 3 % longer than 400 on SQLite and 7 % on PostgreSQL: SQLite keeps a
// statement journal for each statement of many rows, a copy of every page it changes; 1,000 gained
// nothing more.)
constexpr qsizetype kRowsPerInsert = 400;
// The values of one row an inserter binds: the uuid and updated_ms, then the record's columns.
template<class Record> constexpr qsizetype kRowWidth = qsizetype(RecordTraits<Record>::columns.size()) + 2;
} // namespace

template<class Record>
RecordInserter<Record>::RecordInserter(Database &db)
    : m_db(db)
    , m_updatedMs(nowMs())
{
    constexpr qsizetype width = kRowWidth<Record>;
    if (db.engine() == Engine::PostgreSQL) {
        m_names = namedPlaceholders(width * kRowsPerInsert);
        m_queued.reserve(width * kRowsPerInsert);
    } else {
        m_nativeValues = std::make_unique<SqliteValues>();
        // SQLite's page cache (2 MB by default) spills a long transaction's pages to the WAL and
        // writes them again as they change: 40,000 page writes for 100,000 rows. 32 MB while
        // inserting, given back after.
        QSqlQuery pragma(db.connection());
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            m_cacheSize = pragma.value(0).toInt();
        pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
}

template<class Record> RecordInserter<Record>::~RecordInserter()
{
    if (m_cacheSize)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
}

template<class Record> QString RecordInserter<Record>::insertSql(qsizetype rows) const
{
    using T = RecordTraits<Record>;
    constexpr qsizetype width = kRowWidth<Record>;
    // SQLite's values are bound by position (SqliteInsert), QtSql's by name.
    const QStringList values
        = m_names.isEmpty() ? QStringList(width * rows, QStringLiteral("?")) : m_names.first(width * rows);
    return QStringLiteral("INSERT INTO %1 (uuid, updated_ms, %2) VALUES %3")
        .arg(QLatin1String(T::table), columnList<T>(), valueRows(values, width));
}

template<class Record> std::optional<QString> RecordInserter<Record>::write(qsizetype rows)
{
    const bool full = rows == kRowsPerInsert;
    if (m_db.engine() == Engine::SQLite) {
        std::unique_ptr<SqliteInsert> tail;
        SqliteInsert *statement = full ? m_native.get() : nullptr;
        if (!statement) {
            auto made = std::make_unique<SqliteInsert>(m_db.connection(), insertSql(rows));
            statement = made.get();
            (full ? m_native : tail) = std::move(made);
        }
        if (const auto error = statement->run(*m_nativeValues))
            m_error = describeWriteError(*error);
        m_nativeValues->clear();
        return m_error;
    }
    std::unique_ptr<QSqlQuery> tail;
    QSqlQuery *statement = full ? m_batch.get() : nullptr;
    if (!statement) {
        auto made = std::make_unique<QSqlQuery>(m_db.connection());
        if (!made->prepare(insertSql(rows))) {
            m_error = describeWriteError(made->lastError());
            return m_error;
        }
        statement = made.get();
        (full ? m_batch : tail) = std::move(made);
    }
    // By name: QtSql's positional binding formats a name for every value bound.
    for (qsizetype i = 0; i < m_queued.size(); ++i)
        statement->bindValue(m_names.at(i), m_queued.at(i));
    if (!statement->exec())
        m_error = describeWriteError(statement->lastError());
    m_queued.clear();
    return m_error;
}

template<class Record> qsizetype RecordInserter<Record>::queuedValues() const
{
    return m_nativeValues ? m_nativeValues->size() : m_queued.size();
}

template<class Record> std::optional<QString> RecordInserter<Record>::add(const Record &record)
{
    if (m_error)
        return m_error;
    // SqliteValues binds a null QString as '', as bindable() makes it for QtSql.
    const auto queue = [this](const auto &value) {
        if (m_nativeValues)
            m_nativeValues->append(value);
        else
            m_queued.append(bindable(QVariant(value)));
    };
    queue(newUuid());
    queue(m_updatedMs);
    forEachValue(RecordTraits<Record>::values(record), queue);
    if (queuedValues() < kRowWidth<Record> * kRowsPerInsert)
        return std::nullopt;
    return write(kRowsPerInsert);
}

template<class Record> std::optional<QString> RecordInserter<Record>::finish()
{
    if (m_error || queuedValues() == 0)
        return m_error;
    return write(queuedValues() / kRowWidth<Record>);
}

template<class Record> std::optional<QString> RecordRepository<Record>::update(const Record &record)
{
    using T = RecordTraits<Record>;
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET updated_ms = ?, %2 WHERE id = ?")
                  .arg(QLatin1String(T::table), columnList<T>(QLatin1String(" = ?"))));
    q.addBindValue(nowMs());
    forEachValue(T::values(record), [&q](const auto &v) { q.addBindValue(bindable(QVariant(v))); });
    q.addBindValue(record.id);
    if (!q.exec())
        return describeWriteError(q.lastError());
    if (q.numRowsAffected() != 1)
        return Text::tr("This entry no longer exists.");
    return errorIfAny(tx.commit());
}

template<class Record> std::optional<QString> RecordRepository<Record>::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    const char *table = RecordTraits<Record>::table;
    q.prepare(
        QStringLiteral("DELETE FROM %1 WHERE id = ? RETURNING uuid, patient_id").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec())
        return describeWriteError(q.lastError());
    if (q.next()) {
        const QString uuid = q.value(0).toString();
        const qint64 patientId = q.value(1).toLongLong();
        q.finish();
        QSqlError error;
        if (!leaveTombstone(m_db, table, uuid, patientId, &error))
            return describeWriteError(error);
    }
    return errorIfAny(tx.commit());
}

template<class Record> std::optional<Record> RecordRepository<Record>::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql<Record>(QStringLiteral("WHERE id = ?")));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordTraits<Record>::read(q);
}

template<class Record>
QList<Record> RecordRepository<Record>::between(
    qint64 patientId, const QDateTime &from, const QDateTime &to) const
{
    using T = RecordTraits<Record>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectSql<Record>(QStringLiteral("WHERE patient_id = ? AND %1 >= ? AND %1 < ? ORDER BY %1, id")
                                    .arg(QLatin1String(T::timeColumn))));
    q.addBindValue(patientId);
    q.addBindValue(T::timeKey(from));
    q.addBindValue(T::timeKey(to));
    q.exec();
    return readAll<Record>(q);
}

template<class Record>
QList<Record> RecordRepository<Record>::betweenForAll(const QDateTime &from, const QDateTime &to) const
{
    using T = RecordTraits<Record>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectSql<Record>(QStringLiteral("WHERE %1 >= ? AND %1 < ? ORDER BY patient_id, %1, id")
                                    .arg(QLatin1String(T::timeColumn))));
    q.addBindValue(T::timeKey(from));
    q.addBindValue(T::timeKey(to));
    q.exec();
    return readAll<Record>(q);
}

template<class Record>
QList<Record> RecordRepository<Record>::latestBeforeForAll(const QDateTime &to, int limit) const
{
    using T = RecordTraits<Record>;
    const QString time = QLatin1String(T::timeColumn);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, %1 FROM (SELECT *, row_number() OVER (PARTITION BY patient_id ORDER BY %3 "
                       "DESC, id DESC) AS nc_rank FROM %2 WHERE %3 < ?) ranked WHERE nc_rank <= ? ORDER BY "
                       "patient_id, %3 DESC, id DESC")
            .arg(columnList<T>(), QLatin1String(T::table), time));
    q.addBindValue(T::timeKey(to));
    q.addBindValue(limit);
    q.exec();
    return readAll<Record>(q);
}

template<class Record>
QList<Record> RecordRepository<Record>::latestBefore(qint64 patientId, const QDateTime &to, int limit) const
{
    return page(patientId, 0, limit, QDateTime(), to);
}

template<class Record> QList<Record> RecordRepository<Record>::latest(qint64 patientId, int limit) const
{
    return page(patientId, 0, limit);
}

template<class Record>
QList<Record> RecordRepository<Record>::page(
    qint64 patientId, int offset, int limit, const QDateTime &from, const QDateTime &to) const
{
    using T = RecordTraits<Record>;
    const QString time = QLatin1String(T::timeColumn);
    QString where = QStringLiteral("WHERE patient_id = ?");
    if (from.isValid())
        where += QStringLiteral(" AND %1 >= ?").arg(time);
    if (to.isValid())
        where += QStringLiteral(" AND %1 < ?").arg(time);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        selectSql<Record>(where + QStringLiteral(" ORDER BY %1 DESC, id DESC LIMIT ? OFFSET ?").arg(time)));
    q.addBindValue(patientId);
    if (from.isValid())
        q.addBindValue(T::timeKey(from));
    if (to.isValid())
        q.addBindValue(T::timeKey(to));
    // No limit is the largest one: SQLite reads a negative LIMIT as none, PostgreSQL refuses it.
    q.addBindValue(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    q.addBindValue(offset);
    q.exec();
    return readAll<Record>(q);
}

template<class Record> int RecordRepository<Record>::count(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE patient_id = ?")
                  .arg(QLatin1String(RecordTraits<Record>::table)));
    q.addBindValue(patientId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {

// Every character QString::trimmed() removes, so SQL's trim() agrees with it on what is blank.
QString whitespace()
{
    static const QString spaces = [] {
        QString s;
        for (char16_t c = 0; c < 0xFFFF; ++c) {
            if (QChar(c).isSpace())
                s += QChar(c);
        }
        return s;
    }();
    return spaces;
}

// The newest chemotherapy on or before a day (any day when invalid), optionally with a regimen
// that is not blank. Ordered as the index is, so SQLite reads it backwards and stops at the first.
std::optional<TreatmentRecord> newestChemotherapy(
    Database &db, qint64 patientId, const QDate &onOrBefore, bool namedRegimen)
{
    QString where = QStringLiteral("WHERE patient_id = ? AND kind = ?");
    if (onOrBefore.isValid())
        where += QStringLiteral(" AND date <= ?");
    if (namedRegimen)
        where += QStringLiteral(" AND trim(regimen, ?) != ''");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(selectSql<TreatmentRecord>(where + QStringLiteral(" ORDER BY date DESC, id DESC LIMIT 1")));
    q.addBindValue(patientId);
    q.addBindValue(treatments::code(TreatmentKind::Chemotherapy));
    if (onOrBefore.isValid())
        q.addBindValue(onOrBefore.toString(Qt::ISODate));
    if (namedRegimen)
        q.addBindValue(whitespace());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordTraits<TreatmentRecord>::read(q);
}

} // namespace

template<class Record>
std::optional<TreatmentRecord> RecordRepository<Record>::latestChemotherapy(
    qint64 patientId, const QDate &onOrBefore) const requires std::same_as<Record, TreatmentRecord>
{
    return newestChemotherapy(m_db, patientId, onOrBefore, false);
}

template<class Record>
std::optional<TreatmentRecord> RecordRepository<Record>::latestNamedRegimen(
    qint64 patientId, const QDate &onOrBefore) const requires std::same_as<Record, TreatmentRecord>
{
    return newestChemotherapy(m_db, patientId, onOrBefore, true);
}

template class RecordRepository<TemperatureRecord>;
template class RecordRepository<BloodCountRecord>;
template class RecordRepository<SymptomRecord>;
template class RecordRepository<TreatmentRecord>;
template class RecordRepository<MedicineRecord>;
template class RecordRepository<AntipyreticRecord>;
template class RecordRepository<AlertRecord>;
template class RecordInserter<TemperatureRecord>;
template class RecordInserter<BloodCountRecord>;
template class RecordInserter<SymptomRecord>;
template class RecordInserter<TreatmentRecord>;
template class RecordInserter<MedicineRecord>;
template class RecordInserter<AntipyreticRecord>;
template class RecordInserter<AlertRecord>;

// --- patients -----------------------------------------------------------------------------------

Expected<qint64> PatientRepository::add(const Patient &patient)
{
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(patient.id
            ? QStringLiteral("INSERT INTO patients (uuid, updated_ms, id, name, birth_year, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            : QStringLiteral("INSERT INTO patients (uuid, updated_ms, name, birth_year, created_ms) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const qint64 now = nowMs();
    q.addBindValue(newUuid());
    q.addBindValue(now);
    if (patient.id)
        q.addBindValue(patient.id);
    q.addBindValue(patient.name.trimmed());
    q.addBindValue(optional(patient.birthYear));
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return InputError { QStringLiteral("name"), describeWriteError(q.lastError()) };
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return id;
}

std::optional<QString> PatientRepository::update(const Patient &patient)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE patients SET updated_ms = ?, name = ?, birth_year = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(patient.name.trimmed());
    q.addBindValue(optional(patient.birthYear));
    q.addBindValue(patient.id);
    if (!q.exec())
        return describeWriteError(q.lastError());
    return std::nullopt;
}

std::optional<QString> PatientRepository::remove(qint64 id)
{
    // The patient's tombstone stands for every record of theirs the deletion cascades to.
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(QStringLiteral("DELETE FROM patients WHERE id = ? RETURNING uuid"));
    q.addBindValue(id);
    if (!q.exec())
        return describeWriteError(q.lastError());
    if (q.next()) {
        const QString uuid = q.value(0).toString();
        q.finish();
        QSqlError error;
        if (!leaveTombstone(m_db, "patients", uuid, id, &error))
            return describeWriteError(error);
    }
    return errorIfAny(tx.commit());
}

std::optional<Patient> PatientRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, birth_year FROM patients WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Patient { q.value(0).toLongLong(), q.value(1).toString(), optionalInt(q.value(2)) };
}

QList<Patient> PatientRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, name, birth_year FROM patients ORDER BY id"));
    QList<Patient> patients;
    while (q.next())
        patients.append({ q.value(0).toLongLong(), q.value(1).toString(), optionalInt(q.value(2)) });
    return patients;
}

// --- settings -----------------------------------------------------------------------------------

namespace {

// The columns of patient_settings beside its key, in order, with a settings' value for each.
constexpr const char *kSettingsColumns[] = { "protocol_json", "clinic_name", "in_hours_number",
    "out_of_hours_number", "display_unit", "language", "lln_anc", "baseline_anc" };

QString settingsColumnList()
{
    QStringList names;
    for (const char *column : kSettingsColumns)
        names << QLatin1String(column);
    return names.join(QLatin1String(", "));
}

QVariantList settingsValues(const PatientSettings &s)
{
    return { QString::fromUtf8(s.protocol.toJsonBytes()), bindable(s.clinicName), bindable(s.inHoursNumber),
        bindable(s.outOfHoursNumber), units::temperatureUnitCode(s.displayUnit), bindable(s.language),
        optional(s.clinicLlnAnc), optional(s.baselineAnc) };
}

// The stored settings, or none when nothing was saved yet; `raw`, when given, gets the values as
// stored, which save() compares with.
PatientSettings settingsOf(const QSqlQuery &q);

std::optional<PatientSettings> storedSettings(
    const QSqlDatabase &db, qint64 patientId, QVariantList *raw = nullptr)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM patient_settings WHERE patient_id = ?").arg(settingsColumnList()));
    q.addBindValue(patientId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (raw) {
        for (int i = 0; i < int(std::size(kSettingsColumns)); ++i)
            *raw << q.value(i);
    }
    return settingsOf(q);
}

} // namespace

PatientSettings PatientSettingsRepository::get(qint64 patientId) const
{
    return storedSettings(m_db.connection(), patientId).value_or(PatientSettings {});
}

QHash<qint64, PatientSettings> PatientSettingsRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QHash<qint64, PatientSettings> settings;
    if (!q.exec(QStringLiteral("SELECT %1, patient_id FROM patient_settings").arg(settingsColumnList())))
        return settings;
    while (q.next())
        settings.insert(q.value(int(std::size(kSettingsColumns))).toLongLong(), settingsOf(q));
    return settings;
}

namespace {

// The settings in the current row, whose first columns are kSettingsColumns.
PatientSettings settingsOf(const QSqlQuery &q)
{
    PatientSettings s;
    if (auto protocol = Protocol::fromJsonBytes(q.value(0).toString().toUtf8()))
        s.protocol = *protocol;
    s.clinicName = q.value(1).toString();
    s.inHoursNumber = q.value(2).toString();
    s.outOfHoursNumber = q.value(3).toString();
    s.displayUnit = units::temperatureUnitFromCode(q.value(4).toString()).value_or(TemperatureUnit::Celsius);
    s.language = q.value(5).toString();
    // Before the LLN could be set, every save wrote the default here: a stored default is "not set",
    // which means the same.
    s.clinicLlnAnc = optionalDouble(q.value(6));
    if (s.clinicLlnAnc == grading::kDefaultLln)
        s.clinicLlnAnc.reset();
    s.baselineAnc = optionalDouble(q.value(7));
    return s;
}

} // namespace

std::optional<QString> PatientSettingsRepository::save(qint64 patientId, const PatientSettings &s)
{
    const QVariantList values = settingsValues(s);
    QSqlQuery q(m_db.connection());
    QVariantList before; // as stored: a default LLN stored by an old save is written back as NULL
    if (!storedSettings(m_db.connection(), patientId, &before)) {
        q.prepare(QStringLiteral("INSERT INTO patient_settings (patient_id, %1, updated_ms) VALUES (%2)")
                      .arg(settingsColumnList(), placeholders(int(values.size()) + 2)));
        q.addBindValue(patientId);
        for (const QVariant &value : values)
            q.addBindValue(value);
        q.addBindValue(nowMs());
    } else {
        QStringList assignments;
        QVariantList changed;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i) == before.at(i) || (values.at(i).isNull() && before.at(i).isNull()))
                continue;
            assignments << QLatin1String(kSettingsColumns[i]) + QStringLiteral(" = ?");
            changed << values.at(i);
        }
        if (assignments.isEmpty())
            return std::nullopt;
        q.prepare(QStringLiteral("UPDATE patient_settings SET %1, updated_ms = ? WHERE patient_id = ?")
                      .arg(assignments.join(QLatin1String(", "))));
        for (const QVariant &value : std::as_const(changed))
            q.addBindValue(value);
        q.addBindValue(nowMs());
        q.addBindValue(patientId);
    }
    if (!q.exec())
        return describeWriteError(q.lastError());
    return std::nullopt;
}

std::optional<QString> PatientSettingsRepository::firstProfileLanguage() const
{
    const QList<Patient> patients = PatientRepository(m_db).all();
    if (patients.isEmpty())
        return std::nullopt;
    return get(patients.first().id).language;
}

Expected<qint64> saveProfile(Database &db, const Patient &patient, const PatientSettings &settings)
{
    Transaction tx(db);
    PatientRepository patients(db);
    qint64 id = patient.id;
    if (id == 0) {
        const auto added = patients.add(patient);
        if (!added)
            return added.error();
        id = *added;
    } else if (const auto error = patients.update(patient)) {
        return InputError { QStringLiteral("name"), *error };
    }
    if (const auto error = PatientSettingsRepository(db).save(id, settings))
        return InputError { QString(), *error };
    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return id;
}

QString PatientSettingsRepository::preference(
    qint64 patientId, const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM preferences WHERE patient_id = ? AND key = ?"));
    q.addBindValue(patientId);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

std::optional<QString> PatientSettingsRepository::setPreference(
    qint64 patientId, const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO preferences (patient_id, key, value, updated_ms) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (patient_id, key) DO UPDATE SET value = excluded.value, "
                       "updated_ms = excluded.updated_ms"));
    q.addBindValue(patientId);
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(nowMs());
    if (!q.exec())
        return describeWriteError(q.lastError());
    return std::nullopt;
}

// --- checklist ----------------------------------------------------------------------------------

std::optional<QString> ChecklistRepository::setTicked(
    qint64 patientId, const QDate &date, const QString &item, bool ticked)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO checklist_ticks (patient_id, date, item, ticked, updated_ms) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (patient_id, date, item) DO UPDATE SET "
                             "ticked = excluded.ticked, updated_ms = excluded.updated_ms"));
    q.addBindValue(patientId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(item);
    q.addBindValue(ticked ? 1 : 0);
    q.addBindValue(nowMs());
    if (!q.exec())
        return describeWriteError(q.lastError());
    return std::nullopt;
}

QStringList ChecklistRepository::tickedOn(qint64 patientId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT item FROM checklist_ticks WHERE patient_id = ? AND date = ? AND ticked = 1 "
                       "ORDER BY item"));
    q.addBindValue(patientId);
    q.addBindValue(date.toString(Qt::ISODate));
    QStringList items;
    if (q.exec()) {
        while (q.next())
            items << q.value(0).toString();
    }
    return items;
}

QMap<QDate, int> ChecklistRepository::tickCounts(qint64 patientId, const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT date, count(*) FROM checklist_ticks WHERE patient_id = ? AND date >= ? "
                             "AND date <= ? AND ticked = 1 GROUP BY date"));
    q.addBindValue(patientId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    QMap<QDate, int> counts;
    if (q.exec()) {
        while (q.next())
            counts.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    }
    return counts;
}

// --- alerts -------------------------------------------------------------------------------------

std::optional<QDateTime> latestAcknowledgement(Database &db, qint64 patientId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT acknowledged_ms, acknowledged_offset FROM alerts WHERE patient_id = ? AND "
                       "acknowledged_ms IS NOT NULL AND coalesce(outcome, '') != 'could_not_reach' ORDER BY "
                       "acknowledged_ms DESC LIMIT 1"));
    q.addBindValue(patientId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTime(q.value(0), q.value(1));
}

QHash<qint64, QDateTime> latestAcknowledgements(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QHash<qint64, QDateTime> latest;
    if (!q.exec(QStringLiteral("SELECT patient_id, acknowledged_ms, acknowledged_offset FROM alerts WHERE "
                               "acknowledged_ms IS NOT NULL AND coalesce(outcome, '') != 'could_not_reach' "
                               "ORDER BY patient_id, acknowledged_ms")))
        return latest;
    // Oldest first, so the newest of each patient stays.
    while (q.next())
        latest.insert(q.value(0).toLongLong(), readTime(q.value(1), q.value(2)));
    return latest;
}

std::optional<QString> acknowledgeAlert(
    Database &db, qint64 alertId, const QDateTime &at, AlertOutcome outcome, const QString &note)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE alerts SET updated_ms = ?, acknowledged_ms = ?, acknowledged_offset = "
                             "?, outcome = ?, note = ? "
                             "WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(at.offsetFromUtc());
    q.addBindValue(alertOutcomeCode(outcome));
    q.addBindValue(bindable(note));
    q.addBindValue(alertId);
    if (!q.exec())
        return describeWriteError(q.lastError());
    if (q.numRowsAffected() != 1)
        return Text::tr("This alert no longer exists.");
    return std::nullopt;
}

} // namespace nc

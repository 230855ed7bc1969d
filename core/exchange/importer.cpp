#include "importer.h"

#include "storage/repositories.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <type_traits>

namespace nc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nc::Importer", text);
}

// "Same kind, same time, same value": what makes a row one that is already stored. Plain numbers,
// not text, so that a million incoming rows cost no string each.
struct RecordKey
{
    qint64 time = 0;
    double value = 0;
    int code = 0;
    QString text; // a medicine's name and dose; empty for the others

    bool operator==(const RecordKey &) const = default;
};

size_t qHash(const RecordKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.time, key.value, key.code, key.text);
}

// Adding 0.0 turns -0.0 into 0.0: equal doubles must hash alike.
double plain(double value)
{
    return value + 0.0;
}

qint64 ms(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

RecordKey keyOf(const TemperatureRecord &r)
{
    const auto &t = r.reading.temperature;
    return { ms(r.reading.time), plain(t.enteredValue()), int(t.enteredUnit()), {} };
}

RecordKey keyOf(const BloodCountRecord &r)
{
    return { ms(r.count.time()), plain(r.count.anc()), 0, {} };
}

RecordKey keyOf(const SymptomRecord &r)
{
    return { ms(r.entry.time), 0, int(r.entry.code), {} };
}

RecordKey keyOf(const TreatmentRecord &r)
{
    return { r.treatment.date.toJulianDay(), 0, int(r.treatment.kind), {} };
}

RecordKey keyOf(const MedicineRecord &r)
{
    return { r.started ? r.started->toJulianDay() : std::numeric_limits<qint64>::min(), 0, 0,
        r.name + QChar(0x1F) + r.dose };
}

RecordKey keyOf(const AntipyreticRecord &r)
{
    return { ms(r.dose.time), 0, int(r.dose.drug), {} };
}

RecordKey keyOf(const AlertRecord &r)
{
    return { ms(r.raisedAt), 0, int(r.level), {} };
}

template<class Record> QList<Record> allOf(Database &db, qint64 patientId)
{
    // A negative limit is none (page()); pages come newest first.
    QList<Record> records = RecordRepository<Record>(db).page(patientId, 0, -1);
    std::reverse(records.begin(), records.end());
    return records;
}

QDateTime timeOf(const TemperatureRecord &r)
{
    return r.reading.time;
}
QDateTime timeOf(const BloodCountRecord &r)
{
    return r.count.time();
}
QDateTime timeOf(const SymptomRecord &r)
{
    return r.entry.time;
}
QDateTime timeOf(const AntipyreticRecord &r)
{
    return r.dose.time;
}
QDateTime timeOf(const AlertRecord &r)
{
    return r.raisedAt;
}

template<class Record>
constexpr bool kTimed = !std::is_same_v<Record, TreatmentRecord> && !std::is_same_v<Record, MedicineRecord>;

// One kind's way into storage: which incoming records are new, and storing those. Counted as a
// multiset, so a file that holds the same reading twice (a person may log it twice) re-imports both
// into an empty profile, and neither into the profile it came from. The stored keys are read when the
// first record of the kind arrives, once: those of the incoming time range when it is known
// (expect()), so a few new readings do not read a long history; all of them for a file being read.
template<class Record> class Lane
{
public:
    Lane(Database &db, qint64 patientId, bool store)
        : m_db(db)
        , m_patientId(patientId)
        , m_store(store)
    { }

    // The records to come, when known in advance: only stored ones in their time range can match.
    void expect(const QList<Record> &incoming)
    {
        if constexpr (kTimed<Record>) {
            for (const auto &r : incoming) {
                const qint64 t = timeOf(r).toMSecsSinceEpoch();
                m_from = std::min(m_from.value_or(t), t);
                m_to = std::max(m_to.value_or(t), t);
            }
        }
    }

    // The storage error, if any; after one, nothing more is stored.
    std::optional<QString> add(Record record)
    {
        if (!m_loaded) {
            const QList<Record> stored = m_from ? RecordRepository<Record>(m_db).between(m_patientId,
                                             QDateTime::fromMSecsSinceEpoch(*m_from, Qt::UTC),
                                             QDateTime::fromMSecsSinceEpoch(*m_to + 1, Qt::UTC))
                                                : allOf<Record>(m_db, m_patientId);
            for (const auto &r : stored)
                ++m_stored[keyOf(r)];
            m_loaded = true;
        }
        if (!m_stored.isEmpty()) {
            auto it = m_stored.find(keyOf(record));
            if (it != m_stored.end() && *it > 0) {
                --*it;
                ++m_duplicates;
                return std::nullopt;
            }
        }
        ++m_added;
        if (!m_store)
            return std::nullopt;
        if (!m_inserter)
            m_inserter = std::make_unique<RecordInserter<Record>>(m_db);
        record.id = 0;
        record.patientId = m_patientId;
        return m_inserter->add(record);
    }

    // Writes what the inserter still holds. The storage error, if any.
    std::optional<QString> finish() { return m_inserter ? m_inserter->finish() : std::nullopt; }

    void count(RecordKind kind, ImportCounts &counts) const
    {
        counts.added[kind] = m_added;
        counts.duplicates[kind] = m_duplicates;
    }

private:
    Database &m_db;
    qint64 m_patientId;
    bool m_store;
    bool m_loaded = false;
    std::optional<qint64> m_from; // the incoming time range (ms), when expect() was told
    std::optional<qint64> m_to;
    QHash<RecordKey, int> m_stored;
    std::unique_ptr<RecordInserter<Record>> m_inserter;
    int m_added = 0;
    int m_duplicates = 0;
};

// The sink an import hands its records to: each goes down its kind's lane, in the caller's
// transaction. With `store` false it only counts: the preview.
class ImportWriter final : public RecordSink
{
public:
    ImportWriter(Database &db, qint64 patientId, bool store)
        : m_temperatures(db, patientId, store)
        , m_bloodCounts(db, patientId, store)
        , m_symptoms(db, patientId, store)
        , m_treatments(db, patientId, store)
        , m_medicines(db, patientId, store)
        , m_antipyretics(db, patientId, store)
        , m_alerts(db, patientId, store)
    { }

    void add(TemperatureRecord &&r) override { pass(m_temperatures, std::move(r)); }
    void add(BloodCountRecord &&r) override { pass(m_bloodCounts, std::move(r)); }
    void add(SymptomRecord &&r) override { pass(m_symptoms, std::move(r)); }
    void add(TreatmentRecord &&r) override { pass(m_treatments, std::move(r)); }
    void add(MedicineRecord &&r) override { pass(m_medicines, std::move(r)); }
    void add(AntipyreticRecord &&r) override { pass(m_antipyretics, std::move(r)); }
    void add(AlertRecord &&r) override { pass(m_alerts, std::move(r)); }

    // Every record of `records`, in file order by kind; false when `progress` cancelled.
    bool addAll(const RecordSet &records, const Progress &progress)
    {
        const qint64 total = records.size();
        qint64 done = 0;
        return eachLane([&](RecordKind, auto &lane, auto list) {
            lane.expect(records.*list);
            for (auto record : records.*list) {
                pass(lane, std::move(record));
                if (++done % kChunk == 0 && progress && !progress(done, total))
                    return false;
            }
            return true;
        }) && (!progress || progress(total, total));
    }

    // Writes what the lanes still hold; the storage error of the import, if any.
    const QString &finish()
    {
        eachLane([this](RecordKind, auto &lane, auto) {
            if (!m_error.isEmpty())
                return false; // a lane failed while records came: nothing more is written
            if (auto error = lane.finish())
                m_error = *error;
            return m_error.isEmpty();
        });
        return m_error;
    }

    ImportCounts counts()
    {
        ImportCounts counts;
        eachLane([&](RecordKind kind, auto &lane, auto) {
            lane.count(kind, counts);
            return true;
        });
        return counts;
    }

private:
    static constexpr int kChunk = 512;

    // `f(kind, lane, the RecordSet member of its kind)` for each lane in file order, while it returns
    // true.
    template<class F> bool eachLane(F &&f)
    {
        return f(RecordKind::Temperature, m_temperatures, &RecordSet::temperatures)
            && f(RecordKind::BloodCount, m_bloodCounts, &RecordSet::bloodCounts)
            && f(RecordKind::Symptom, m_symptoms, &RecordSet::symptoms)
            && f(RecordKind::Treatment, m_treatments, &RecordSet::treatments)
            && f(RecordKind::Medicine, m_medicines, &RecordSet::medicines)
            && f(RecordKind::Antipyretic, m_antipyretics, &RecordSet::antipyretics)
            && f(RecordKind::Alert, m_alerts, &RecordSet::alerts);
    }

    template<class Record> void pass(Lane<Record> &lane, Record &&record)
    {
        if (!m_error.isEmpty())
            return;
        if (auto error = lane.add(std::move(record)))
            m_error = *error;
    }

    Lane<TemperatureRecord> m_temperatures;
    Lane<BloodCountRecord> m_bloodCounts;
    Lane<SymptomRecord> m_symptoms;
    Lane<TreatmentRecord> m_treatments;
    Lane<MedicineRecord> m_medicines;
    Lane<AntipyreticRecord> m_antipyretics;
    Lane<AlertRecord> m_alerts;
    QString m_error;
};

// Runs `write` on an ImportWriter in one transaction and commits only when everything held.
ImportOutcome storeInOneTransaction(
    Database &db, qint64 patientId, const std::function<void(ImportWriter &, ImportOutcome &)> &write)
{
    ImportOutcome outcome;
    if (!PatientRepository(db).get(patientId)) {
        outcome.error = tr("There is no profile with the id %1.").arg(patientId);
        return outcome;
    }
    // Leaving this scope without commit() rolls everything back.
    Transaction tx(db);
    ImportWriter writer(db, patientId, true);
    write(writer, outcome);
    if (!outcome.ok())
        return outcome;
    outcome.error = writer.finish();
    if (!outcome.ok())
        return outcome;
    if (const QString error = tx.commit(); !error.isEmpty()) {
        outcome.error = tr("The import could not be saved: %1").arg(error);
        return outcome;
    }
    outcome.counts = writer.counts();
    return outcome;
}

} // namespace

int ImportCounts::addedTotal() const
{
    int n = 0;
    for (int v : added)
        n += v;
    return n;
}

int ImportCounts::duplicateTotal() const
{
    int n = 0;
    for (int v : duplicates)
        n += v;
    return n;
}

RecordSet collectRecords(Database &db, qint64 patientId)
{
    RecordSet set;
    set.temperatures = allOf<TemperatureRecord>(db, patientId);
    set.bloodCounts = allOf<BloodCountRecord>(db, patientId);
    set.symptoms = allOf<SymptomRecord>(db, patientId);
    set.treatments = allOf<TreatmentRecord>(db, patientId);
    set.medicines = allOf<MedicineRecord>(db, patientId);
    set.antipyretics = allOf<AntipyreticRecord>(db, patientId);
    set.alerts = allOf<AlertRecord>(db, patientId);
    return set;
}

ImportCounts planImport(Database &db, qint64 patientId, const RecordSet &records)
{
    ImportWriter counter(db, patientId, false);
    counter.addAll(records, {});
    return counter.counts();
}

ImportOutcome storeImport(Database &db, qint64 patientId, const RecordSet &records, const Progress &progress)
{
    return storeInOneTransaction(db, patientId, [&](ImportWriter &writer, ImportOutcome &outcome) {
        outcome.cancelled = !writer.addAll(records, progress);
    });
}

ImportOutcome importFile(Database &db, qint64 patientId, const FileReader &read, const Progress &progress)
{
    return storeInOneTransaction(db, patientId, [&](ImportWriter &writer, ImportOutcome &outcome) {
        outcome.file = read(writer, progress);
        outcome.cancelled = outcome.file.cancelled;
    });
}

} // namespace nc

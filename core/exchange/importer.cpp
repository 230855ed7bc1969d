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

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString ms(const QDateTime &time)
{
    return QString::number(time.toMSecsSinceEpoch());
}

// "Same kind, same time, same value": what makes a row one that is already stored.
QString keyOf(const TemperatureRecord &r)
{
    const auto &t = r.reading.temperature;
    return ms(r.reading.time) + QLatin1Char('|') + number(t.enteredValue())
        + units::temperatureUnitCode(t.enteredUnit());
}

QString keyOf(const BloodCountRecord &r)
{
    return ms(r.count.time()) + QLatin1Char('|') + number(r.count.anc());
}

QString keyOf(const SymptomRecord &r)
{
    return ms(r.entry.time) + QLatin1Char('|') + symptoms::code(r.entry.code);
}

QString keyOf(const TreatmentRecord &r)
{
    return r.treatment.date.toString(Qt::ISODate) + QLatin1Char('|') + treatments::code(r.treatment.kind);
}

QString keyOf(const MedicineRecord &r)
{
    return (r.started ? r.started->toString(Qt::ISODate) : QString()) + QLatin1Char('|') + r.name
        + QLatin1Char('|') + r.dose;
}

QString keyOf(const AntipyreticRecord &r)
{
    return ms(r.dose.time) + QLatin1Char('|') + antipyretics::code(r.dose.drug);
}

QString keyOf(const AlertRecord &r)
{
    return ms(r.raisedAt) + QLatin1Char('|') + levels::code(r.level);
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

template<class Record> QList<Record> allOf(Database &db, qint64 patientId)
{
    // A negative limit is none (page()); pages come newest first.
    QList<Record> records = RecordRepository<Record>(db).page(patientId, 0, -1);
    std::reverse(records.begin(), records.end());
    return records;
}

// The stored records that could match `incoming`: those in its time range (indexed), so a file of
// new readings does not read the whole history; treatments and medicines are few, read whole.
template<class Record> QList<Record> storedLike(Database &db, qint64 patientId, const QList<Record> &incoming)
{
    if constexpr (std::is_same_v<Record, TreatmentRecord> || std::is_same_v<Record, MedicineRecord>) {
        return allOf<Record>(db, patientId);
    } else {
        qint64 from = std::numeric_limits<qint64>::max();
        qint64 to = std::numeric_limits<qint64>::min();
        for (const auto &r : incoming) {
            const qint64 t = timeOf(r).toMSecsSinceEpoch();
            from = std::min(from, t);
            to = std::max(to, t);
        }
        return RecordRepository<Record>(db).between(patientId, QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(to + 1, Qt::UTC));
    }
}

// Which records of `incoming` are new. Counted as a multiset, so a file that holds the same
// reading twice (a person may log it twice) re-imports both into an empty profile, and neither
// into the profile it came from.
template<class Record> QList<bool> newOnes(Database &db, qint64 patientId, const QList<Record> &incoming)
{
    QList<bool> fresh(incoming.size(), true);
    if (incoming.isEmpty())
        return fresh;
    QHash<QString, int> stored;
    for (const auto &r : storedLike(db, patientId, incoming))
        ++stored[keyOf(r)];
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        auto it = stored.find(keyOf(incoming.at(i)));
        if (it != stored.end() && *it > 0) {
            --*it;
            fresh[i] = false;
        }
    }
    return fresh;
}

constexpr int kChunk = 512;

class Storer
{
public:
    Storer(Database &db, qint64 patientId, qint64 total, const Progress &progress, ImportOutcome &outcome)
        : m_db(db)
        , m_patientId(patientId)
        , m_total(total)
        , m_progress(progress)
        , m_outcome(outcome)
    { }

    template<class Record> bool store(RecordKind kind, const QList<Record> &records)
    {
        const QList<bool> fresh = newOnes(m_db, m_patientId, records);
        RecordRepository<Record> repository(m_db);
        QList<Record> chunk;
        int added = 0;
        // Chunks keep one prepared statement busy while letting progress and Cancel through.
        auto flush = [&] {
            if (auto error = repository.addAll(chunk)) {
                m_outcome.error = *error;
                return false;
            }
            chunk.clear();
            return true;
        };
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (fresh.at(i)) {
                Record r = records.at(i);
                r.id = 0;
                r.patientId = m_patientId;
                chunk.append(r);
                ++added;
            }
            if (++m_done % kChunk == 0) {
                if (!flush())
                    return false;
                if (m_progress && !m_progress(m_done, m_total)) {
                    m_outcome.cancelled = true;
                    return false;
                }
            }
        }
        if (!flush())
            return false;
        m_outcome.counts.added[kind] = added;
        m_outcome.counts.duplicates[kind] = int(records.size()) - added;
        return true;
    }

private:
    Database &m_db;
    qint64 m_patientId;
    qint64 m_total;
    const Progress &m_progress;
    ImportOutcome &m_outcome;
    qint64 m_done = 0;
};

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
    ImportCounts counts;
    auto plan = [&](RecordKind kind, const auto &list) {
        const auto fresh = newOnes(db, patientId, list);
        const int added = int(std::count(fresh.begin(), fresh.end(), true));
        counts.added[kind] = added;
        counts.duplicates[kind] = int(list.size()) - added;
    };
    plan(RecordKind::Temperature, records.temperatures);
    plan(RecordKind::BloodCount, records.bloodCounts);
    plan(RecordKind::Symptom, records.symptoms);
    plan(RecordKind::Treatment, records.treatments);
    plan(RecordKind::Medicine, records.medicines);
    plan(RecordKind::Antipyretic, records.antipyretics);
    plan(RecordKind::Alert, records.alerts);
    return counts;
}

ImportOutcome storeImport(Database &db, qint64 patientId, const RecordSet &records, const Progress &progress)
{
    ImportOutcome outcome;
    if (!PatientRepository(db).get(patientId)) {
        outcome.error = tr("There is no profile with the id %1.").arg(patientId);
        return outcome;
    }
    // One transaction for the whole import: leaving this scope without commit() rolls it back.
    Transaction tx(db);
    Storer storer(db, patientId, records.size(), progress, outcome);
    const bool stored = storer.store(RecordKind::Temperature, records.temperatures)
        && storer.store(RecordKind::BloodCount, records.bloodCounts)
        && storer.store(RecordKind::Symptom, records.symptoms)
        && storer.store(RecordKind::Treatment, records.treatments)
        && storer.store(RecordKind::Medicine, records.medicines)
        && storer.store(RecordKind::Antipyretic, records.antipyretics)
        && storer.store(RecordKind::Alert, records.alerts);
    if (stored && progress && !progress(records.size(), records.size()))
        outcome.cancelled = true;
    if (!outcome.ok()) {
        outcome.counts = {};
        return outcome;
    }
    if (const QString error = tx.commit(); !error.isEmpty()) {
        outcome.counts = {};
        outcome.error = tr("The import could not be saved: %1").arg(error);
    }
    return outcome;
}

} // namespace nc

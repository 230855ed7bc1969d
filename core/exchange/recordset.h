#pragma once

#include "clinical/codetable.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>

// What moves in and out of NeutroCare: a patient's records of every kind, and the result of
// reading a file. Readers fill a RecordSet or list errors; they never touch the database.
namespace nc {

// Called now and then with the work done so far; returning false cancels. `total` may be 0
// when it is not known.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// The record kinds that move through the exchange formats, in file order.
enum class RecordKind { Temperature, BloodCount, Symptom, Treatment, Medicine, Antipyretic, Alert };

// Codes "temperature", "blood_count", …: the CSV `kind` column; labels plural ("Temperatures", …)
// in the context "nc::recordkinds".
extern const CodeTable<RecordKind> kRecordKinds;
struct recordkinds : CodeList<kRecordKinds>
{
};

struct RecordSet
{
    QList<TemperatureRecord> temperatures;
    QList<BloodCountRecord> bloodCounts;
    QList<SymptomRecord> symptoms;
    QList<TreatmentRecord> treatments;
    QList<MedicineRecord> medicines;
    QList<AntipyreticRecord> antipyretics;
    QList<AlertRecord> alerts;

    qsizetype count(RecordKind kind) const;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
};

// Why a part of a file was refused: where ("line 12", "entry 3"), the field and the reason.
struct ImportError
{
    QString location;
    QString field;
    QString reason;

    // "line 12, field value: 101 °C is not a plausible body temperature…"
    QString toString() const;
    bool operator==(const ImportError &) const = default;
};

// Where a reader puts each record it has read and checked, one at a time, so a file of a million
// rows need not be held in memory: RecordSet collects them, the importer stores them as they come.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void add(TemperatureRecord &&record) = 0;
    virtual void add(BloodCountRecord &&record) = 0;
    virtual void add(SymptomRecord &&record) = 0;
    virtual void add(TreatmentRecord &&record) = 0;
    virtual void add(MedicineRecord &&record) = 0;
    virtual void add(AntipyreticRecord &&record) = 0;
    virtual void add(AlertRecord &&record) = 0;
};

class RecordCollector final : public RecordSink
{
public:
    RecordSet records;

    void add(TemperatureRecord &&r) override { records.temperatures.append(std::move(r)); }
    void add(BloodCountRecord &&r) override { records.bloodCounts.append(std::move(r)); }
    void add(SymptomRecord &&r) override { records.symptoms.append(std::move(r)); }
    void add(TreatmentRecord &&r) override { records.treatments.append(std::move(r)); }
    void add(MedicineRecord &&r) override { records.medicines.append(std::move(r)); }
    void add(AntipyreticRecord &&r) override { records.antipyretics.append(std::move(r)); }
    void add(AlertRecord &&r) override { records.alerts.append(std::move(r)); }
};

// What reading a file found besides its records: the errors that keep it from being stored (all or
// nothing: with any error, nothing is imported), and what was read but deliberately not kept,
// counted so the person sees it.
struct ImportReport
{
    // Enough to fix a file; a wholly wrong file need not list a million. The rest are counted.
    static constexpr qsizetype kListedErrors = 100;

    QList<ImportError> errors; // the first kListedErrors, in file order
    qsizetype errorCount = 0; // all of them
    // Observations with codes NeutroCare does not track, "code display" → how many.
    QMap<QString, int> skippedCodes;
    // Observations marked entered-in-error or cancelled by the lab.
    int withdrawn = 0;
    bool cancelled = false;

    void addError(ImportError error);
    bool ok() const { return errorCount == 0 && !cancelled; }
};

// A reader's result with its records collected: for files small enough to show before storing.
struct ParsedImport : ImportReport
{
    RecordSet records;

    // What `read` (a reader bound to its input) reports, with the records it hands over collected.
    static ParsedImport from(const std::function<ImportReport(RecordSink &)> &read);
};

} // namespace nc

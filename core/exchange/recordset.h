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

// A reader's result: a validated batch, or the errors that keep it from being stored (all or
// nothing: with any error, nothing is imported). What was read but deliberately not kept is
// counted so the person sees it.
struct ParsedImport
{
    RecordSet records;
    QList<ImportError> errors;
    // Observations with codes NeutroCare does not track, "code display" → how many.
    QMap<QString, int> skippedCodes;
    // Observations marked entered-in-error or cancelled by the lab.
    int withdrawn = 0;
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

} // namespace nc

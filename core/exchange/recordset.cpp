#include "recordset.h"

namespace nc {

namespace {
constexpr CodeRow<RecordKind> kKindRows[] = {
    { RecordKind::Temperature, "temperature", QT_TRANSLATE_NOOP("nc::recordkinds", "Temperatures") },
    { RecordKind::BloodCount, "blood_count", QT_TRANSLATE_NOOP("nc::recordkinds", "Blood counts") },
    { RecordKind::Symptom, "symptom", QT_TRANSLATE_NOOP("nc::recordkinds", "Symptoms") },
    { RecordKind::Treatment, "treatment", QT_TRANSLATE_NOOP("nc::recordkinds", "Treatments") },
    { RecordKind::Medicine, "medicine", QT_TRANSLATE_NOOP("nc::recordkinds", "Medicines") },
    { RecordKind::Antipyretic, "antipyretic", QT_TRANSLATE_NOOP("nc::recordkinds", "Painkiller doses") },
    { RecordKind::Alert, "alert", QT_TRANSLATE_NOOP("nc::recordkinds", "Alerts") },
};
} // namespace

const CodeTable<RecordKind> kRecordKinds("nc::recordkinds", kKindRows);

qsizetype RecordSet::count(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Temperature:
        return temperatures.size();
    case RecordKind::BloodCount:
        return bloodCounts.size();
    case RecordKind::Symptom:
        return symptoms.size();
    case RecordKind::Treatment:
        return treatments.size();
    case RecordKind::Medicine:
        return medicines.size();
    case RecordKind::Antipyretic:
        return antipyretics.size();
    case RecordKind::Alert:
        return alerts.size();
    }
    return 0;
}

qsizetype RecordSet::size() const
{
    qsizetype n = 0;
    for (auto kind : recordkinds::all())
        n += count(kind);
    return n;
}

void ImportReport::addError(ImportError error)
{
    if (errors.size() < kListedErrors)
        errors.append(std::move(error));
    ++errorCount;
}

ParsedImport ParsedImport::from(const std::function<ImportReport(RecordSink &)> &read)
{
    RecordCollector collector;
    ParsedImport parsed { read(collector), {} };
    parsed.records = std::move(collector.records);
    return parsed;
}

QString ImportError::toString() const
{
    if (field.isEmpty())
        return QCoreApplication::translate("nc::ImportError", "%1: %2").arg(location, reason);
    return QCoreApplication::translate("nc::ImportError", "%1, field %2: %3").arg(location, field, reason);
}

} // namespace nc

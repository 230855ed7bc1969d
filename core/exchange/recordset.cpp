#include "recordset.h"

namespace nc {

namespace recordkinds {

namespace {
struct KindInfo
{
    RecordKind kind;
    const char *code;
    const char *name;
};
constexpr KindInfo kKinds[] = {
    { RecordKind::Temperature, "temperature", QT_TRANSLATE_NOOP("nc::recordkinds", "Temperatures") },
    { RecordKind::BloodCount, "blood_count", QT_TRANSLATE_NOOP("nc::recordkinds", "Blood counts") },
    { RecordKind::Symptom, "symptom", QT_TRANSLATE_NOOP("nc::recordkinds", "Symptoms") },
    { RecordKind::Treatment, "treatment", QT_TRANSLATE_NOOP("nc::recordkinds", "Treatments") },
    { RecordKind::Medicine, "medicine", QT_TRANSLATE_NOOP("nc::recordkinds", "Medicines") },
    { RecordKind::Antipyretic, "antipyretic", QT_TRANSLATE_NOOP("nc::recordkinds", "Painkiller doses") },
    { RecordKind::Alert, "alert", QT_TRANSLATE_NOOP("nc::recordkinds", "Alerts") },
};

const KindInfo &info(RecordKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return entry;
    }
    return kKinds[0];
}
} // namespace

const QList<RecordKind> &all()
{
    static const QList<RecordKind> list = [] {
        QList<RecordKind> kinds;
        for (const auto &entry : kKinds)
            kinds << entry.kind;
        return kinds;
    }();
    return list;
}

QString code(RecordKind kind)
{
    return QString::fromLatin1(info(kind).code);
}

std::optional<RecordKind> fromCode(const QString &code)
{
    for (const auto &entry : kKinds) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

QString displayName(RecordKind kind)
{
    return QCoreApplication::translate("nc::recordkinds", info(kind).name);
}

} // namespace recordkinds

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

QString ImportError::toString() const
{
    if (field.isEmpty())
        return QCoreApplication::translate("nc::ImportError", "%1: %2").arg(location, reason);
    return QCoreApplication::translate("nc::ImportError", "%1, field %2: %3").arg(location, field, reason);
}

} // namespace nc

#include "treatment.h"

#include <QCoreApplication>

namespace nc {

namespace treatments {

namespace {
struct KindInfo
{
    TreatmentKind kind;
    const char *code;
    const char *name;
};
constexpr KindInfo kKinds[] = {
    { TreatmentKind::Chemotherapy, "chemotherapy", QT_TRANSLATE_NOOP("nc::treatments", "Chemotherapy") },
    { TreatmentKind::Filgrastim, "filgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Filgrastim (daily G-CSF)") },
    { TreatmentKind::Pegfilgrastim, "pegfilgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Pegfilgrastim (G-CSF once a cycle)") },
};
} // namespace

QString code(TreatmentKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<TreatmentKind> fromCode(const QString &code)
{
    for (const auto &entry : kKinds) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

QString displayName(TreatmentKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return QCoreApplication::translate("nc::treatments", entry.name);
    }
    return {};
}

bool isGcsf(TreatmentKind kind)
{
    return kind == TreatmentKind::Filgrastim || kind == TreatmentKind::Pegfilgrastim;
}

} // namespace treatments

namespace antipyretics {

namespace {
struct DrugInfo
{
    Antipyretic drug;
    const char *code;
    const char *name;
};
constexpr DrugInfo kDrugs[] = {
    { Antipyretic::Paracetamol, "paracetamol", QT_TRANSLATE_NOOP("nc::antipyretics", "Paracetamol") },
    { Antipyretic::Acetaminophen, "acetaminophen",
        QT_TRANSLATE_NOOP("nc::antipyretics", "Acetaminophen (Tylenol)") },
    { Antipyretic::Ibuprofen, "ibuprofen", QT_TRANSLATE_NOOP("nc::antipyretics", "Ibuprofen") },
    { Antipyretic::Naproxen, "naproxen", QT_TRANSLATE_NOOP("nc::antipyretics", "Naproxen") },
    { Antipyretic::Aspirin, "aspirin", QT_TRANSLATE_NOOP("nc::antipyretics", "Aspirin") },
    { Antipyretic::OtherNsaid, "other_nsaid",
        QT_TRANSLATE_NOOP("nc::antipyretics", "Another anti-inflammatory painkiller (NSAID)") },
};
} // namespace

QString code(Antipyretic drug)
{
    for (const auto &entry : kDrugs) {
        if (entry.drug == drug)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<Antipyretic> fromCode(const QString &code)
{
    for (const auto &entry : kDrugs) {
        if (code == QLatin1String(entry.code))
            return entry.drug;
    }
    return std::nullopt;
}

QString displayName(Antipyretic drug)
{
    for (const auto &entry : kDrugs) {
        if (entry.drug == drug)
            return QCoreApplication::translate("nc::antipyretics", entry.name);
    }
    return {};
}

const QList<Antipyretic> &all()
{
    static const QList<Antipyretic> list = [] {
        QList<Antipyretic> drugs;
        for (const auto &entry : kDrugs)
            drugs.append(entry.drug);
        return drugs;
    }();
    return list;
}

} // namespace antipyretics
} // namespace nc

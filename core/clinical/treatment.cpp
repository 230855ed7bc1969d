#include "treatment.h"

namespace nc {

namespace treatments {

namespace {
constexpr CodeRow<TreatmentKind> kKindRows[] = {
    { TreatmentKind::Chemotherapy, "chemotherapy", QT_TRANSLATE_NOOP("nc::treatments", "Chemotherapy") },
    { TreatmentKind::Filgrastim, "filgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Filgrastim (daily G-CSF)") },
    { TreatmentKind::Pegfilgrastim, "pegfilgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Pegfilgrastim (G-CSF once a cycle)") },
};
constexpr CodeTable<TreatmentKind> kKinds("nc::treatments", kKindRows);
} // namespace

const CodeTable<TreatmentKind> &table()
{
    return kKinds;
}

QString code(TreatmentKind kind)
{
    return kKinds.code(kind);
}

std::optional<TreatmentKind> fromCode(const QString &code)
{
    return kKinds.fromCode(code);
}

QString displayName(TreatmentKind kind)
{
    return kKinds.label(kind);
}

bool isGcsf(TreatmentKind kind)
{
    return kind == TreatmentKind::Filgrastim || kind == TreatmentKind::Pegfilgrastim;
}

} // namespace treatments

namespace antipyretics {

namespace {
constexpr CodeRow<Antipyretic> kDrugRows[] = {
    { Antipyretic::Paracetamol, "paracetamol", QT_TRANSLATE_NOOP("nc::antipyretics", "Paracetamol") },
    { Antipyretic::Acetaminophen, "acetaminophen",
        QT_TRANSLATE_NOOP("nc::antipyretics", "Acetaminophen (Tylenol)") },
    { Antipyretic::Ibuprofen, "ibuprofen", QT_TRANSLATE_NOOP("nc::antipyretics", "Ibuprofen") },
    { Antipyretic::Naproxen, "naproxen", QT_TRANSLATE_NOOP("nc::antipyretics", "Naproxen") },
    { Antipyretic::Aspirin, "aspirin", QT_TRANSLATE_NOOP("nc::antipyretics", "Aspirin") },
    { Antipyretic::OtherNsaid, "other_nsaid",
        QT_TRANSLATE_NOOP("nc::antipyretics", "Another anti-inflammatory painkiller (NSAID)") },
};
constexpr CodeTable<Antipyretic> kDrugs("nc::antipyretics", kDrugRows);
} // namespace

const CodeTable<Antipyretic> &table()
{
    return kDrugs;
}

QString code(Antipyretic drug)
{
    return kDrugs.code(drug);
}

std::optional<Antipyretic> fromCode(const QString &code)
{
    return kDrugs.fromCode(code);
}

QString displayName(Antipyretic drug)
{
    return kDrugs.label(drug);
}

const QList<Antipyretic> &all()
{
    static const QList<Antipyretic> list = kDrugs.values();
    return list;
}

} // namespace antipyretics
} // namespace nc

#include "treatment.h"

namespace nc {

namespace {
constexpr CodeRow<TreatmentKind> kKindRows[] = {
    { TreatmentKind::Chemotherapy, "chemotherapy", QT_TRANSLATE_NOOP("nc::treatments", "Chemotherapy") },
    { TreatmentKind::Filgrastim, "filgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Filgrastim (daily G-CSF)") },
    { TreatmentKind::Pegfilgrastim, "pegfilgrastim",
        QT_TRANSLATE_NOOP("nc::treatments", "Pegfilgrastim (G-CSF once a cycle)") },
};

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
} // namespace

const CodeTable<TreatmentKind> kTreatmentKinds("nc::treatments", kKindRows);
const CodeTable<Antipyretic> kAntipyretics("nc::antipyretics", kDrugRows);

bool treatments::isGcsf(TreatmentKind kind)
{
    return kind == TreatmentKind::Filgrastim || kind == TreatmentKind::Pegfilgrastim;
}

} // namespace nc

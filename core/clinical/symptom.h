#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace nc {

// The coded symptoms of CLINICAL.md §4. Red flags call now; infection symptoms are amber signs.
enum class SymptomCode {
    // red flags
    Rigors,
    BreathingDifficulty,
    ChestPain,
    Confusion,
    Fainting,
    FeelingVeryUnwell,
    Bleeding,
    NoUrine12h,
    CannotKeepFluids,
    // infection symptoms (amber)
    SoreThroat,
    MouthSores,
    Cough,
    BurningUrination,
    Diarrhoea,
    Vomiting,
    NewRash,
    WoundOrLineRedness,
    SwollenLymphNodes,
    Chills,
    AnalSores,
    UrinaryUrgency,
    Abscess,
    SlowHealingWound,
    AbdominalPain,
    UnusualTiredness,
};

namespace symptoms {
const QList<SymptomCode> &all();
bool isRedFlag(SymptomCode code);
bool isInfectionSymptom(SymptomCode code);
QString code(SymptomCode symptom); // "rigors", "sore_throat", …
std::optional<SymptomCode> fromCode(const QString &code);
QString displayName(SymptomCode symptom); // plain words, translated
} // namespace symptoms

struct SymptomEntry
{
    QDateTime time;
    SymptomCode code;
};

} // namespace nc

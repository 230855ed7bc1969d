#pragma once

#include "codetable.h"

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

// A red flag calls now (rule 4); an infection symptom is an amber sign (rule 5). RedFlag is the
// default, so a code without a row would be treated the cautious way.
enum class SymptomGroup { RedFlag, Infection };

namespace symptoms {
const CodeTable<SymptomCode, SymptomGroup> &table();
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

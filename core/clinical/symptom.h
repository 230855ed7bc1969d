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

// Codes "rigors", "sore_throat", …; labels (plain words) in the context "nc::symptoms".
extern const CodeTable<SymptomCode, SymptomGroup> kSymptomCodes;
struct symptoms : CodeList<kSymptomCodes>
{
    static bool isRedFlag(SymptomCode code) { return table().info(code) == SymptomGroup::RedFlag; }
    static bool isInfectionSymptom(SymptomCode code) { return table().info(code) == SymptomGroup::Infection; }
};

struct SymptomEntry
{
    QDateTime time;
    SymptomCode code;
};

} // namespace nc

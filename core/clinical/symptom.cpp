#include "symptom.h"

namespace nc::symptoms {

namespace {
constexpr CodeRow<SymptomCode, SymptomGroup> kSymptomRows[] = {
    { SymptomCode::Rigors, "rigors", QT_TRANSLATE_NOOP("nc::symptoms", "Shaking chills (rigors)"),
        SymptomGroup::RedFlag },
    { SymptomCode::BreathingDifficulty, "breathing_difficulty",
        QT_TRANSLATE_NOOP("nc::symptoms", "Hard to breathe or short of breath"), SymptomGroup::RedFlag },
    { SymptomCode::ChestPain, "chest_pain", QT_TRANSLATE_NOOP("nc::symptoms", "Chest pain"),
        SymptomGroup::RedFlag },
    { SymptomCode::Confusion, "confusion", QT_TRANSLATE_NOOP("nc::symptoms", "Confused or very drowsy"),
        SymptomGroup::RedFlag },
    { SymptomCode::Fainting, "fainting", QT_TRANSLATE_NOOP("nc::symptoms", "Fainting or nearly fainting"),
        SymptomGroup::RedFlag },
    { SymptomCode::FeelingVeryUnwell, "feeling_very_unwell",
        QT_TRANSLATE_NOOP("nc::symptoms", "Feeling very unwell, even without a fever"),
        SymptomGroup::RedFlag },
    { SymptomCode::Bleeding, "bleeding", QT_TRANSLATE_NOOP("nc::symptoms", "Bleeding that will not stop"),
        SymptomGroup::RedFlag },
    { SymptomCode::NoUrine12h, "no_urine_12h", QT_TRANSLATE_NOOP("nc::symptoms", "No urine for 12 hours"),
        SymptomGroup::RedFlag },
    { SymptomCode::CannotKeepFluids, "cannot_keep_fluids",
        QT_TRANSLATE_NOOP("nc::symptoms", "Cannot keep fluids down"), SymptomGroup::RedFlag },
    { SymptomCode::SoreThroat, "sore_throat", QT_TRANSLATE_NOOP("nc::symptoms", "Sore throat"),
        SymptomGroup::Infection },
    { SymptomCode::MouthSores, "mouth_sores", QT_TRANSLATE_NOOP("nc::symptoms", "Mouth sores or ulcers"),
        SymptomGroup::Infection },
    { SymptomCode::Cough, "cough", QT_TRANSLATE_NOOP("nc::symptoms", "New cough"), SymptomGroup::Infection },
    { SymptomCode::BurningUrination, "burning_urination",
        QT_TRANSLATE_NOOP("nc::symptoms", "Burning or stinging when passing urine"),
        SymptomGroup::Infection },
    { SymptomCode::Diarrhoea, "diarrhoea", QT_TRANSLATE_NOOP("nc::symptoms", "Diarrhoea"),
        SymptomGroup::Infection },
    { SymptomCode::Vomiting, "vomiting", QT_TRANSLATE_NOOP("nc::symptoms", "Vomiting"),
        SymptomGroup::Infection },
    { SymptomCode::NewRash, "new_rash", QT_TRANSLATE_NOOP("nc::symptoms", "A new rash"),
        SymptomGroup::Infection },
    { SymptomCode::WoundOrLineRedness, "wound_or_line_redness",
        QT_TRANSLATE_NOOP("nc::symptoms", "Redness, swelling or pus at a wound or line site"),
        SymptomGroup::Infection },
    { SymptomCode::SwollenLymphNodes, "swollen_lymph_nodes",
        QT_TRANSLATE_NOOP("nc::symptoms", "Swollen glands (lymph nodes)"), SymptomGroup::Infection },
    { SymptomCode::Chills, "chills", QT_TRANSLATE_NOOP("nc::symptoms", "Chills or feeling cold"),
        SymptomGroup::Infection },
    { SymptomCode::AnalSores, "anal_sores",
        QT_TRANSLATE_NOOP("nc::symptoms", "Sores, ulcers or pain around the back passage (anus)"),
        SymptomGroup::Infection },
    { SymptomCode::UrinaryUrgency, "urinary_urgency",
        QT_TRANSLATE_NOOP("nc::symptoms", "Needing to pass urine urgently or more often"),
        SymptomGroup::Infection },
    { SymptomCode::Abscess, "abscess",
        QT_TRANSLATE_NOOP("nc::symptoms", "A swollen, painful lump filled with pus (abscess)"),
        SymptomGroup::Infection },
    { SymptomCode::SlowHealingWound, "slow_healing_wound",
        QT_TRANSLATE_NOOP("nc::symptoms", "A cut or sore that is slow to heal"), SymptomGroup::Infection },
    { SymptomCode::AbdominalPain, "abdominal_pain",
        QT_TRANSLATE_NOOP("nc::symptoms", "Pain in the belly (abdomen)"), SymptomGroup::Infection },
    { SymptomCode::UnusualTiredness, "unusual_tiredness",
        QT_TRANSLATE_NOOP("nc::symptoms", "New or much worse tiredness"), SymptomGroup::Infection },
};
constexpr CodeTable<SymptomCode, SymptomGroup> kSymptoms("nc::symptoms", kSymptomRows);
} // namespace

const CodeTable<SymptomCode, SymptomGroup> &table()
{
    return kSymptoms;
}

const QList<SymptomCode> &all()
{
    static const QList<SymptomCode> list = kSymptoms.values();
    return list;
}

bool isRedFlag(SymptomCode code)
{
    return kSymptoms.info(code) == SymptomGroup::RedFlag;
}

bool isInfectionSymptom(SymptomCode code)
{
    return kSymptoms.info(code) == SymptomGroup::Infection;
}

QString code(SymptomCode symptom)
{
    return kSymptoms.code(symptom);
}

std::optional<SymptomCode> fromCode(const QString &code)
{
    return kSymptoms.fromCode(code);
}

QString displayName(SymptomCode symptom)
{
    return kSymptoms.label(symptom);
}

} // namespace nc::symptoms

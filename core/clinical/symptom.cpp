#include "symptom.h"

#include <QCoreApplication>

namespace nc::symptoms {

namespace {
struct SymptomInfo
{
    SymptomCode symptom;
    const char *code;
    bool redFlag;
    const char *name;
};

constexpr SymptomInfo kSymptoms[] = {
    { SymptomCode::Rigors, "rigors", true, QT_TRANSLATE_NOOP("nc::symptoms", "Shaking chills (rigors)") },
    { SymptomCode::BreathingDifficulty, "breathing_difficulty", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Hard to breathe or short of breath") },
    { SymptomCode::ChestPain, "chest_pain", true, QT_TRANSLATE_NOOP("nc::symptoms", "Chest pain") },
    { SymptomCode::Confusion, "confusion", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Confused or very drowsy") },
    { SymptomCode::Fainting, "fainting", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Fainting or nearly fainting") },
    { SymptomCode::FeelingVeryUnwell, "feeling_very_unwell", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Feeling very unwell, even without a fever") },
    { SymptomCode::Bleeding, "bleeding", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Bleeding that will not stop") },
    { SymptomCode::NoUrine12h, "no_urine_12h", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "No urine for 12 hours") },
    { SymptomCode::CannotKeepFluids, "cannot_keep_fluids", true,
        QT_TRANSLATE_NOOP("nc::symptoms", "Cannot keep fluids down") },
    { SymptomCode::SoreThroat, "sore_throat", false, QT_TRANSLATE_NOOP("nc::symptoms", "Sore throat") },
    { SymptomCode::MouthSores, "mouth_sores", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Mouth sores or ulcers") },
    { SymptomCode::Cough, "cough", false, QT_TRANSLATE_NOOP("nc::symptoms", "New cough") },
    { SymptomCode::BurningUrination, "burning_urination", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Burning or stinging when passing urine") },
    { SymptomCode::Diarrhoea, "diarrhoea", false, QT_TRANSLATE_NOOP("nc::symptoms", "Diarrhoea") },
    { SymptomCode::Vomiting, "vomiting", false, QT_TRANSLATE_NOOP("nc::symptoms", "Vomiting") },
    { SymptomCode::NewRash, "new_rash", false, QT_TRANSLATE_NOOP("nc::symptoms", "A new rash") },
    { SymptomCode::WoundOrLineRedness, "wound_or_line_redness", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Redness, swelling or pus at a wound or line site") },
    { SymptomCode::SwollenLymphNodes, "swollen_lymph_nodes", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Swollen glands (lymph nodes)") },
    { SymptomCode::Chills, "chills", false, QT_TRANSLATE_NOOP("nc::symptoms", "Chills or feeling cold") },
    { SymptomCode::AnalSores, "anal_sores", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Sores, ulcers or pain around the back passage (anus)") },
    { SymptomCode::UrinaryUrgency, "urinary_urgency", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Needing to pass urine urgently or more often") },
    { SymptomCode::Abscess, "abscess", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "A swollen, painful lump filled with pus (abscess)") },
    { SymptomCode::SlowHealingWound, "slow_healing_wound", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "A cut or sore that is slow to heal") },
    { SymptomCode::AbdominalPain, "abdominal_pain", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "Pain in the belly (abdomen)") },
    { SymptomCode::UnusualTiredness, "unusual_tiredness", false,
        QT_TRANSLATE_NOOP("nc::symptoms", "New or much worse tiredness") },
};

const SymptomInfo &info(SymptomCode symptom)
{
    for (const auto &entry : kSymptoms) {
        if (entry.symptom == symptom)
            return entry;
    }
    return kSymptoms[0];
}
} // namespace

const QList<SymptomCode> &all()
{
    static const QList<SymptomCode> list = [] {
        QList<SymptomCode> codes;
        for (const auto &entry : kSymptoms)
            codes.append(entry.symptom);
        return codes;
    }();
    return list;
}

bool isRedFlag(SymptomCode code)
{
    return info(code).redFlag;
}

bool isInfectionSymptom(SymptomCode code)
{
    return !info(code).redFlag;
}

QString code(SymptomCode symptom)
{
    return QString::fromLatin1(info(symptom).code);
}

std::optional<SymptomCode> fromCode(const QString &code)
{
    for (const auto &entry : kSymptoms) {
        if (code == QLatin1String(entry.code))
            return entry.symptom;
    }
    return std::nullopt;
}

QString displayName(SymptomCode symptom)
{
    return QCoreApplication::translate("nc::symptoms", info(symptom).name);
}

} // namespace nc::symptoms

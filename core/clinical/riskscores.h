#pragma once

#include <QList>
#include <QString>
#include <optional>

// The two risk scores of CLINICAL.md §8, for clinicians at the triage desk only: a patient never sees
// them. Pure functions over plain values; every item's points are kept so a form can show how the
// total came about.
namespace nc::riskscores {

// One item of a score as awarded: its code (the JSON key of CLINICAL.md §8) and its points.
struct ScoreItem
{
    QString code;
    int points = 0;
    int maximum = 0; // the most this item can give

    bool operator==(const ScoreItem &) const = default;
};

// --- MASCC (Klastersky, J Clin Oncol 2000;18:3038), adults with febrile neutropenia -------------
// Not validated during acute-leukaemia induction or stem-cell-transplant conditioning.

enum class IllnessBurden { NoneOrMild, Moderate, Severe };

struct MasccInput
{
    IllnessBurden burden = IllnessBurden::NoneOrMild;
    bool hypotension = false; // systolic ≤ 90 mmHg
    bool copd = false;
    bool haematologicalWithPriorFungal = false; // a haematological cancer with a previous fungal infection
    bool dehydration = false; // needing IV fluids
    bool outpatient = false; // when the fever began
    int age = 0; // years
};

constexpr int kMasccMaximum = 26;
constexpr int kMasccLowRiskFrom = 21; // ≥ 21: low risk
constexpr int kMasccYoungerThan = 60; // age < 60 scores
// MASCC was made for adults: an age outside these is a typing mistake (the CLI, the desk's form).
constexpr int kMasccYoungestAge = 18;
constexpr int kMasccOldestAge = 120;

struct MasccScore
{
    int score = 0;
    bool lowRisk = false;
    QList<ScoreItem> items;
};

MasccScore mascc(const MasccInput &input);
// "low" or "not_low", as the CLI writes it.
QString masccRiskCode(bool lowRisk);
std::optional<IllnessBurden> illnessBurdenFromCode(const QString &code); // none_mild, moderate, severe
QString illnessBurdenCode(IllnessBurden burden);

// --- CISNE (Carmona-Bayonas, J Clin Oncol 2015;33:465), stable adults with a solid tumour --------

struct CisneInput
{
    bool ecog2OrMore = false;
    bool stressHyperglycaemia = false;
    bool copd = false;
    bool cardiovascular = false;
    bool mucositisGrade2OrMore = false;
    bool monocytesBelow200 = false; // per µL
};

enum class CisneClass { Low, Intermediate, High }; // I (0), II (1–2), III (≥ 3)

struct CisneScore
{
    int score = 0;
    CisneClass riskClass = CisneClass::Low;
    QList<ScoreItem> items;
};

CisneScore cisne(const CisneInput &input);
// "low", "intermediate" or "high", as the CLI writes it.
QString cisneClassCode(CisneClass riskClass);

} // namespace nc::riskscores

#include "riskscores.h"

namespace nc::riskscores {

namespace {

ScoreItem item(const char *code, int points, int maximum)
{
    return { QString::fromLatin1(code), points, maximum };
}

int total(const QList<ScoreItem> &items)
{
    int sum = 0;
    for (const ScoreItem &i : items)
        sum += i.points;
    return sum;
}

} // namespace

MasccScore mascc(const MasccInput &in)
{
    // Each item as CLINICAL.md §8 gives its points: the good finding scores, the bad one nothing.
    const int burden = in.burden == IllnessBurden::NoneOrMild ? 5
        : in.burden == IllnessBurden::Moderate                ? 3
                                                              : 0;
    MasccScore s;
    s.items = { item("burden", burden, 5), item("hypotension", in.hypotension ? 0 : 5, 5),
        item("copd", in.copd ? 0 : 4, 4),
        item("haematological_with_prior_fungal", in.haematologicalWithPriorFungal ? 0 : 4, 4),
        item("dehydration", in.dehydration ? 0 : 3, 3), item("outpatient", in.outpatient ? 3 : 0, 3),
        item("age", in.age < kMasccYoungerThan ? 2 : 0, 2) };
    s.score = total(s.items);
    s.lowRisk = s.score >= kMasccLowRiskFrom;
    return s;
}

QString masccRiskCode(bool lowRisk)
{
    return lowRisk ? QStringLiteral("low") : QStringLiteral("not_low");
}

QString illnessBurdenCode(IllnessBurden burden)
{
    switch (burden) {
    case IllnessBurden::Moderate:
        return QStringLiteral("moderate");
    case IllnessBurden::Severe:
        return QStringLiteral("severe");
    case IllnessBurden::NoneOrMild:
        break;
    }
    return QStringLiteral("none_mild");
}

std::optional<IllnessBurden> illnessBurdenFromCode(const QString &code)
{
    for (const IllnessBurden b :
        { IllnessBurden::NoneOrMild, IllnessBurden::Moderate, IllnessBurden::Severe }) {
        if (code == illnessBurdenCode(b))
            return b;
    }
    return std::nullopt;
}

CisneScore cisne(const CisneInput &in)
{
    CisneScore s;
    s.items = { item("ecog_2_or_more", in.ecog2OrMore ? 2 : 0, 2),
        item("stress_hyperglycaemia", in.stressHyperglycaemia ? 2 : 0, 2), item("copd", in.copd ? 1 : 0, 1),
        item("cardiovascular", in.cardiovascular ? 1 : 0, 1),
        item("mucositis_grade_2_or_more", in.mucositisGrade2OrMore ? 1 : 0, 1),
        item("monocytes_below_200", in.monocytesBelow200 ? 1 : 0, 1) };
    s.score = total(s.items);
    s.riskClass = s.score == 0 ? CisneClass::Low : s.score <= 2 ? CisneClass::Intermediate : CisneClass::High;
    return s;
}

QString cisneClassCode(CisneClass riskClass)
{
    switch (riskClass) {
    case CisneClass::Low:
        return QStringLiteral("low");
    case CisneClass::Intermediate:
        return QStringLiteral("intermediate");
    case CisneClass::High:
        break;
    }
    return QStringLiteral("high");
}

} // namespace nc::riskscores

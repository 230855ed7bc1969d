#pragma once

#include "codetable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace nc {

enum class TreatmentKind { Chemotherapy, Filgrastim, Pegfilgrastim };

// Codes "chemotherapy", "filgrastim", "pegfilgrastim"; labels in the context "nc::treatments".
extern const CodeTable<TreatmentKind> kTreatmentKinds;
struct treatments : CodeList<kTreatmentKinds>
{
    static bool isGcsf(TreatmentKind kind);
};

// A dose on a calendar date. A chemotherapy dose may carry its regimen's own nadir days.
struct Treatment
{
    QDate date;
    TreatmentKind kind = TreatmentKind::Chemotherapy;
    // Defaulted, so `{ date, kind }` names a dose without regimen days (and warns of nothing).
    std::optional<int> nadirStartDay = std::nullopt;
    std::optional<int> nadirEndDay = std::nullopt;
};

enum class Antipyretic { Paracetamol, Acetaminophen, Ibuprofen, Naproxen, Aspirin, OtherNsaid };

// Codes "paracetamol", "ibuprofen", …; labels in the context "nc::antipyretics".
extern const CodeTable<Antipyretic> kAntipyretics;
struct antipyretics : CodeList<kAntipyretics>
{
};

struct AntipyreticDose
{
    QDateTime time;
    Antipyretic drug = Antipyretic::Paracetamol;
};

} // namespace nc

#pragma once

#include "codetable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace nc {

enum class TreatmentKind { Chemotherapy, Filgrastim, Pegfilgrastim };

namespace treatments {
const CodeTable<TreatmentKind> &table();
QString code(TreatmentKind kind); // "chemotherapy", "filgrastim", "pegfilgrastim"
std::optional<TreatmentKind> fromCode(const QString &code);
QString displayName(TreatmentKind kind);
bool isGcsf(TreatmentKind kind);
} // namespace treatments

// A dose on a calendar date. A chemotherapy dose may carry its regimen's own nadir days.
struct Treatment
{
    QDate date;
    TreatmentKind kind = TreatmentKind::Chemotherapy;
    std::optional<int> nadirStartDay;
    std::optional<int> nadirEndDay;
};

enum class Antipyretic { Paracetamol, Acetaminophen, Ibuprofen, Naproxen, Aspirin, OtherNsaid };

namespace antipyretics {
const CodeTable<Antipyretic> &table();
QString code(Antipyretic drug);
std::optional<Antipyretic> fromCode(const QString &code);
QString displayName(Antipyretic drug);
const QList<Antipyretic> &all();
} // namespace antipyretics

struct AntipyreticDose
{
    QDateTime time;
    Antipyretic drug = Antipyretic::Paracetamol;
};

} // namespace nc

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// Severity of neutropenia and CTCAE grades (CLINICAL.md §2).
namespace nc {

enum class Severity { Normal, Mild, Moderate, Severe, Profound };

enum class CtcaeVersion { V5, V6 };

namespace grading {

// Class boundaries in cells/µL (IDSA 2010; ASCO/IDSA 2018).
inline constexpr double kNormalFloor = 1500;
inline constexpr double kMildFloor = 1000;
inline constexpr double kModerateFloor = 500;
inline constexpr double kSevereFloor = 100;

inline constexpr double kDefaultLln = 2000; // CTCAE v5.0 grade-0 floor unless the clinic sets one
inline constexpr double kMinimumLln = 1500;
inline constexpr double kMinimumBaselineAnc = 1000; // Duffy-null baseline floor (Merz 2023)

Severity severity(double anc);
QString severityCode(Severity severity); // "normal" … "profound"
QString severityName(Severity severity); // translated, for people

// CTCAE v5.0 (LLN-based grade 1) and v6.0 "Neutrophil count decreased" grades 0–4.
int ctcaeV5(double anc, double lln = kDefaultLln);
int ctcaeV6(double anc);
int ctcae(CtcaeVersion version, double anc, double lln = kDefaultLln);
QString ctcaeLabel(CtcaeVersion version); // "CTCAE v5.0"

// The class a patient sees: a mild ANC at or above the clinic-set baseline reads "normal"
// ("at your usual level"). Grades and alert rules never use this.
struct BaselineReading
{
    Severity severity;
    bool atBaseline;
};
BaselineReading severityWithBaseline(double anc, std::optional<double> baselineAnc);

// Age of a lab result and staleness: stale when now − time > staleDays × 24 h.
double ageHours(const QDateTime &resultTime, const QDateTime &now);
bool isStale(const QDateTime &resultTime, const QDateTime &now, int staleDays);

} // namespace grading
} // namespace nc

#pragma once

#include "clinical/units.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nc {

struct PatientSettings;

// Fills content placeholders from the active protocol and the patient's settings, so content
// never repeats a clinical constant: the thresholds come from nc::Protocol and nc::grading, shown in
// the display unit. Pure functions.
//
// Values ({{name}}):
//   single_threshold     "38.3 °C or higher" / "above 38.0 °C" — the single-reading fever rule
//   sustained_rule       "38.0 °C or higher for 60 minutes or more" (empty without a sustained rule)
//   sustained_threshold  "38.0 °C or higher";  sustained_minutes "60"
//   low_threshold        "below 36.0 °C" (empty without a low trigger)
//   watch_threshold      "37.5 °C or higher"; recheck_minutes "60"
//   protocol_name, protocol_source
//   clinic_name, in_hours_number, out_of_hours_number (Markdown-escaped; empty when not set)
//   nadir_start_day, nadir_end_day, fn_anc ("500")
//   fn_expected_anc      "1,000": an ANC below it in a nadir window is expected to fall below fn_anc
//                        within 48 hours (the febrile-neutropenia definition, nc::kExpectedToFallAnc)
//   masking_hours        "6": how long after a fever medicine a reading may be masked (nc::kMaskingHours)
//   anc_severity_table   a Markdown table of the severity classes (nc::grading)
//   unit                 "°C" / "°F"
// Sections, kept or dropped whole: {{#name}}…{{/name}} when the value is set (or the rule exists:
// sustained, low, watch), {{^name}}…{{/name}} when it is not.
namespace content {

QString fill(const QString &markdown, const PatientSettings &settings);

// Every value name fill() knows (for checks that content uses no unknown placeholder).
QStringList placeholderNames();

// Text a person typed, made safe to place inside Markdown (every ASCII punctuation escaped).
QString escapeMarkdown(const QString &text);

// Lower case without accents, for search ("Névropénie" → "nevropenie").
QString foldForSearch(const QString &text);

} // namespace content
} // namespace nc

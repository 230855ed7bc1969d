#pragma once

#include "clinical/result.h"

#include <QString>
#include <optional>

// The one rule for text a person or a file gives NeutroCare (DESIGN.md "Data safety"), the same in
// the log dialogs, the profile form, CSV, FHIR and the CLI: names and short fields up to
// kShortMax characters, notes up to kNoteMax, and no control characters but tab and line breaks.
// Text beyond that is refused, naming the field and the reason; it is never cut short silently.
namespace nc::text {

inline constexpr int kShortMax = 200;
inline constexpr int kNoteMax = 4000;

enum class Kind {
    Short, // names, the lab, the regimen, a dose, the clinic's name and numbers
    Note,
};

int maxLength(Kind kind);

// Characters as a person counts them: an accented letter or an emoji is one (a QString's size()
// counts UTF-16 units, two for an emoji).
qsizetype length(const QString &value);

// Why `value` may not be stored, as a phrase without the field's name ("4,001 characters, more
// than the 4,000 allowed; …"), for messages that name the field themselves ("line 3, field note:
// …"); nothing when it may.
std::optional<QString> problem(const QString &value, Kind kind);

// The same as an error on `field` (a name the person knows: "Note", "name", "--add"), its message
// naming the field: "Note: 4,001 characters, more than the 4,000 allowed; please shorten it."
std::optional<InputError> check(const QString &field, const QString &value, Kind kind);

} // namespace nc::text

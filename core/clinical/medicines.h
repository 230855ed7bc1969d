#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Medicines associated with neutropenia (CLINICAL.md §6). An information flag only: the app says
// "ask your care team", never "stop taking".
namespace nc::medicines {

// The named medicines of the seed list, in lower case (generic names).
const QStringList &associatedWithNeutropenia();

// The listed medicine a typed name refers to (case-insensitive, brand-free match on words), if any.
std::optional<QString> neutropeniaFlag(const QString &typedName);

} // namespace nc::medicines

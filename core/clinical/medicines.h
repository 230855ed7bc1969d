#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Medicines associated with neutropenia (CLINICAL.md §6). An information flag only: the app says
// "ask your care team", never "stop taking".
namespace nc::medicines {

// The named medicines of the seed list, in lower case (generic names).
const QStringList &associatedWithNeutropenia();

// The listed name a typed name refers to, if any, as the person's language writes it ("clozapina"
// for "Clozapina 100 mg"): whole words, ignoring case and accents; generic names, not brands.
std::optional<QString> neutropeniaFlag(const QString &typedName);

} // namespace nc::medicines

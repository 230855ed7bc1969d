#pragma once

#include <QKeySequence>
#include <QString>

namespace nc::logshortcuts {

// The keyboard shortcut that opens the log dialog of a kind ("temperature", "count", "symptom",
// "painkiller", "treatment", "medicine"); empty for any other. The Log menu sets these and Today's
// buttons and hints show them, so what a person reads is always what the keys do.
QKeySequence forKind(const QString &kind);

// The same, as a person reads it ("Ctrl+T"; "Ctrl+Mayús+Y" under a Spanish keyboard text).
QString text(const QString &kind);

} // namespace nc::logshortcuts

#pragma once

#include <QString>

// Text that must read left to right wherever it stands: a temperature ("38.4 °C"), a phone number
// ("+1 555 0100"), an ISO date. Inside right-to-left text (Arabic) the Unicode bidirectional
// algorithm would otherwise reorder its pieces: "38.4 °C" shows as "C° 38.4", and the groups of a
// phone number come out backwards.
namespace nc::bidi {

// Whether the language in use (QLocale(), which language::apply() sets) writes right to left:
// Arabic. The one test every mirroring (screens, charts, printed pages) asks.
bool rightToLeft();

// `text` wrapped in a left-to-right isolate (U+2066 … U+2069) when the current locale
// (QLocale()) writes right to left; unchanged otherwise, so left-to-right languages and every
// file format see exactly the text.
QString leftToRight(const QString &text);

// A line that takes the direction of the language in use, whatever it starts with: prefixed with a
// right-to-left mark (U+200F) when the current locale writes right to left. A selectable label
// (a QTextDocument underneath) otherwise takes its direction from its first letter, and "Riverside
// Oncology, daytime: …" in Arabic would be laid out left to right, its words out of order. Qt 6.4
// does not skip isolates when it looks for that first letter, so isolating the name is not enough.
QString inLanguageDirection(const QString &text);

// `text` without the marks leftToRight() and inLanguageDirection() add: for comparing and for machine-read
// output.
QString plain(QString text);

} // namespace nc::bidi

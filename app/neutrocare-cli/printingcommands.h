#pragma once

#include "cli.h"

// The printing commands: each writes one PDF (DESIGN.md: they alone run on a QApplication).
namespace nc::cli {

// Whether `command` prints, so main() makes the QApplication that text layout and charts need.
bool isPrintCommand(const QString &command);

// sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf, or sheet --list.
int sheet(const Console &console, const QStringList &args);
// card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
int card(const Console &console, const QStringList &args);
// report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
int printReport(const Console &console, const QStringList &args);

} // namespace nc::cli

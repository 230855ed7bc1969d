#pragma once

// One data row per shipped language, for the suites that run in every language (the main window's
// walk, the hostile-text walk, the printed documents).

#include "language.h"

#include <QTest>

namespace nc::test {

// Adds the column "code" and a row named after each code of language::available().
inline void addLanguageRows()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : language::available())
        QTest::newRow(qPrintable(code)) << code;
}

} // namespace nc::test

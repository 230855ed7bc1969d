#pragma once

#include "clinical/assessment.h"

#include <QColor>
#include <QString>

namespace nc {

// How a level looks. Colour is never alone: every level has its words and its own icon too, and
// each pair of colours meets WCAG AA contrast (≥ 4.5:1) for the text on its background.
struct LevelStyle
{
    QColor background;
    QColor text;
    QColor accent; // borders and icons on light backgrounds
    QString iconName;

    static LevelStyle of(Level level);
    // As of(level), except that `ok` with no recent reading is not green: it asks for a
    // temperature, with the recheck colours and a plain thermometer of its own; an overdue recheck
    // is solid blue with white text and the thermometer.
    static LevelStyle of(const Assessment &assessment);
};

} // namespace nc

#pragma once

#include "clinical/bidi.h"

#include <QDateTimeEdit>

namespace nc {

// Dates and times in a right-to-left language shown left to right, like every other number. In a
// right-to-left window QDateTimeEdit writes its sections in reverse order (8:00 became "00:8"), and
// the locale's format carries right-to-left marks: the field is made left to right before it takes
// `format`, without them (a format set in a right-to-left field comes back reversed from
// displayFormat(), so it is passed in). In a left-to-right language, only the format is set.
// Header-only: the charts library, below the screens, uses it too.
inline void setFormatLeftToRight(QDateTimeEdit *edit, QString format)
{
    if (bidi::rightToLeft()) {
        edit->setLayoutDirection(Qt::LeftToRight);
        format.remove(QChar(0x200F)).remove(QChar(0x200E));
    }
    edit->setDisplayFormat(format);
}

} // namespace nc

#include "levelstyle.h"

namespace nc {

LevelStyle LevelStyle::of(Level level)
{
    switch (level) {
    case Level::Ok:
        return { QColor(0xE7, 0xF5, 0xEC), QColor(0x0D, 0x3B, 0x22), QColor(0x1B, 0x7A, 0x40),
            QStringLiteral("level-ok") };
    case Level::Caution:
        return { QColor(0xFF, 0xF6, 0xDB), QColor(0x47, 0x32, 0x00), QColor(0x8A, 0x63, 0x00),
            QStringLiteral("level-caution") };
    case Level::Recheck:
        return { QColor(0xE4, 0xF0, 0xFB), QColor(0x0B, 0x2D, 0x4E), QColor(0x15, 0x65, 0xC0),
            QStringLiteral("level-recheck") };
    case Level::CallToday:
        return { QColor(0xFF, 0xEA, 0xDB), QColor(0x4D, 0x22, 0x00), QColor(0xB0, 0x45, 0x00),
            QStringLiteral("level-call-today") };
    case Level::CallNow:
        return { QColor(0xB3, 0x26, 0x1E), QColor(0xFF, 0xFF, 0xFF), QColor(0xFF, 0xFF, 0xFF),
            QStringLiteral("level-call-now") };
    }
    return of(Level::Ok);
}

LevelStyle LevelStyle::of(const Assessment &assessment)
{
    if (assessment.level == Level::Ok && assessment.hasNote(Finding::NoRecentReading)) {
        LevelStyle style = of(Level::Recheck);
        style.iconName = QStringLiteral("thermometer");
        return style;
    }
    if (assessment.level == Level::Recheck && assessment.recheckOverdue) {
        // Due now: the recheck's blue turns solid, with white text (5.7:1), so the card and the
        // caregiver banner change look, not only the countdown.
        return { QColor(0x15, 0x65, 0xC0), QColor(0xFF, 0xFF, 0xFF), QColor(0xFF, 0xFF, 0xFF),
            QStringLiteral("thermometer") };
    }
    return of(assessment.level);
}

} // namespace nc

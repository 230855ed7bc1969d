#include "timetext.h"

namespace nc::timetext {

QString age(const QDateTime &time, const QDateTime &now)
{
    const qint64 minutes = time.secsTo(now) / 60;
    if (minutes < 1)
        return Text::tr("just now");
    // Plural forms come from the translations (translations/neutrocare_en.ts for English).
    if (minutes < 60)
        return Text::tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return Text::tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return Text::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString span(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds / 60);
    if (minutes < 60)
        return Text::tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return Text::tr("%n hour(s)", nullptr, int(minutes / 60));
    return Text::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

} // namespace nc::timetext

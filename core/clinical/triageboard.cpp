#include "triageboard.h"

#include <QCollator>
#include <algorithm>
#include <limits>
#include <tuple>

namespace nc::triageboard {

bool noRecentReadingInLowCountDays(const Assessment &assessment)
{
    return assessment.hasNote(Finding::NoRecentReading) && assessment.nadirWindow
        && assessment.nadirWindow->active;
}

Group group(const Row &row, const QDateTime &now)
{
    const Assessment &a = row.assessment;
    if (a.level == Level::CallNow && row.unacknowledgedCallNowSince)
        return Group::UnacknowledgedCallNow;
    if (row.followUpDue && now > *row.followUpDue)
        return Group::OverdueFollowUp;
    if (a.level == Level::CallNow || a.level == Level::CallToday)
        return Group::CallToday;
    if (a.level == Level::Recheck && a.recheckOverdue)
        return Group::OverdueRecheck;
    if (noRecentReadingInLowCountDays(a))
        return Group::NoRecentReading;
    switch (a.level) {
    case Level::Recheck:
        return Group::Recheck;
    case Level::Caution:
        return Group::Caution;
    default:
        return Group::Ok;
    }
}

namespace {

// The time a row has waited since, within its group: the earlier, the higher.
QDateTime waitingSince(const Row &row, Group g)
{
    switch (g) {
    case Group::UnacknowledgedCallNow:
        return *row.unacknowledgedCallNowSince;
    case Group::OverdueFollowUp:
        return *row.followUpDue;
    case Group::OverdueRecheck:
    case Group::Recheck:
        return row.assessment.recheckBy.value_or(QDateTime());
    default:
        return {};
    }
}

} // namespace

void sortByNeed(QList<Row> &rows, const QDateTime &now)
{
    struct Key
    {
        int group;
        int levelFirst; // within CallToday, call_now before call_today
        qint64 since; // milliseconds; rows without a time after those with one
        QString name;
        qint64 id;
    };
    // Names as people read them (Álvaro with the A's), in the locale of the desk.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto keyOf = [&now](const Row &row) {
        const Group g = group(row, now);
        const QDateTime since = waitingSince(row, g);
        return Key { static_cast<int>(g),
            g == Group::CallToday && row.assessment.level == Level::CallNow ? 0 : 1,
            since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), row.name,
            row.patientId };
    };
    QList<std::pair<Key, Row>> keyed;
    keyed.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        keyed.append({ keyOf(row), row });
    std::sort(keyed.begin(), keyed.end(), [&collator](const auto &a, const auto &b) {
        const Key &x = a.first;
        const Key &y = b.first;
        if (std::tie(x.group, x.levelFirst, x.since) != std::tie(y.group, y.levelFirst, y.since))
            return std::tie(x.group, x.levelFirst, x.since) < std::tie(y.group, y.levelFirst, y.since);
        if (const int byName = collator.compare(x.name, y.name); byName != 0)
            return byName < 0;
        return x.id < y.id;
    });
    rows.clear();
    for (auto &[key, row] : keyed)
        rows.append(std::move(row));
}

} // namespace nc::triageboard

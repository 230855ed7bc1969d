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

std::optional<QDateTime> callNowSince(const Assessment &assessment, const AssessmentInput &input,
    const std::optional<QDateTime> &newestCallNowAlert)
{
    if (assessment.level != Level::CallNow)
        return std::nullopt;
    const QDateTime lookbackStart = input.now.addSecs(-qint64(input.protocol.lookbackHours) * 3600);
    if (newestCallNowAlert && *newestCallNowAlert >= lookbackStart && *newestCallNowAlert <= input.now)
        return newestCallNowAlert;
    if (assessment.quotedReading)
        return assessment.quotedReading->time;
    std::optional<QDateTime> newest;
    const auto consider = [&](const QDateTime &time) {
        if (time <= input.now && (!newest || time > *newest))
            newest = time;
    };
    for (const TemperatureReading &r : input.temperatures)
        consider(r.time);
    for (const SymptomEntry &s : input.symptoms)
        consider(s.time);
    return newest ? newest : std::optional<QDateTime>(input.now);
}

bool acknowledged(const QDateTime &since, const std::optional<QDateTime> &latestClinicAcknowledgement)
{
    return latestClinicAcknowledgement && *latestClinicAcknowledgement >= since;
}

std::optional<TemperatureReading> latestTemperature(const QList<TemperatureReading> &readings)
{
    const auto newest = std::max_element(readings.cbegin(), readings.cend(),
        [](const TemperatureReading &a, const TemperatureReading &b) { return a.time < b.time; });
    return newest == readings.cend() ? std::nullopt : std::optional<TemperatureReading>(*newest);
}

bool escalated(const Row &row, const QDateTime &now)
{
    return row.assessment.level == Level::CallNow && row.unacknowledgedCallNowSince
        && row.unacknowledgedCallNowSince->secsTo(now) > qint64(kEscalateAfterMinutes) * 60;
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

#pragma once

#include "assessment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The order of the triage desk's board (issue 18): who needs the clinic now. Each row carries what
// the core assessment said on that patient's stored history, plus the clinic's own state (an alert
// nobody has acknowledged, a follow-up call due); the board never re-derives a level itself.
namespace nc::triageboard {

// The groups, most urgent first.
enum class Group {
    UnacknowledgedCallNow, // longest waiting first
    OverdueFollowUp, // the longest overdue first
    CallToday, // an acknowledged call_now first, then call_today
    OverdueRecheck,
    NoRecentReading, // in the low-count days
    Recheck,
    Caution,
    Ok,
};

struct Row
{
    qint64 patientId = 0;
    QString name;
    Assessment assessment;
    // The time of the newest call_now alert nobody at the clinic has acknowledged.
    std::optional<QDateTime> unacknowledgedCallNowSince;
    // The follow-up call due and not yet made, if any.
    std::optional<QDateTime> followUpDue;
};

// Which group a row falls in at `now`.
Group group(const Row &row, const QDateTime &now);
// The board's order: by group, then within it by how long the row has waited (the oldest alert or
// due time first), then by name, then by id, so equal rows never swap between repaints.
void sortByNeed(QList<Row> &rows, const QDateTime &now);
// No temperature within the protocol's reading gap while the low-count days are on.
bool noRecentReadingInLowCountDays(const Assessment &assessment);

} // namespace nc::triageboard

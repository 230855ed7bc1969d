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

    // For the row's words, not its order: the newest reading the engine saw, who at the clinic
    // last acknowledged this patient's alert and when, and who owes the follow-up call.
    std::optional<TemperatureReading> latestTemperature;
    QString acknowledgedBy;
    std::optional<QDateTime> acknowledgedAt;
    // The start of the call_now shown (set while the level is call_now, acknowledged or not).
    std::optional<QDateTime> callNowSince;
    qint64 followUpCallId = 0;
    QString followUpOwner;
};

// When the call_now an assessment shows began: the alert the patient's own app raised, when it
// raised one at call_now within the protocol's lookback; else the reading the reasons quote; else
// the newest reading or symptom the engine saw. None below call_now.
std::optional<QDateTime> callNowSince(const Assessment &assessment, const AssessmentInput &input,
    const std::optional<QDateTime> &newestCallNowAlert);
// The clinic has answered a call_now that began at `since` when someone acknowledged it after.
bool acknowledged(const QDateTime &since, const std::optional<QDateTime> &latestClinicAcknowledgement);
// The newest temperature among `readings`.
std::optional<TemperatureReading> latestTemperature(const QList<TemperatureReading> &readings);
// How long an unacknowledged call_now may wait before the board escalates it (issue 18).
constexpr int kEscalateAfterMinutes = 15;
bool escalated(const Row &row, const QDateTime &now);

// Which group a row falls in at `now`.
Group group(const Row &row, const QDateTime &now);
// The board's order: by group, then within it by how long the row has waited (the oldest alert or
// due time first), then by name, then by id, so equal rows never swap between repaints.
void sortByNeed(QList<Row> &rows, const QDateTime &now);
// No temperature within the protocol's reading gap while the low-count days are on.
bool noRecentReadingInLowCountDays(const Assessment &assessment);

} // namespace nc::triageboard

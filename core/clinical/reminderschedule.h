#pragma once

#include "assessment.h"
#include "reminder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <optional>

// The reminder schedule (DESIGN.md "Reminders that reach the person"): pure, with `now` and what was
// already shown as input, so the window, the notifier and the tests share one set of rules.
namespace nc {

// Call-now repeats this often until the person says they contacted their care team.
inline constexpr int kCallNowRepeatMinutes = 5;
// A recheck not taken this long after its time is reminded once more, as overdue.
inline constexpr int kRecheckOverdueMinutes = 60;
// A due time older than this belongs to old data (a reading logged late): never reminded.
inline constexpr int kReminderFreshHours = 12;

struct ReminderInput;

// What was already shown to one person: the schedule's memory between two calls.
struct RemindersShown
{
    QSet<QString> keys;
    QDateTime lastCallNow; // invalid when call-now was not shown since the level last left it

    // After the reminders remindersDue(in) returned were shown: a call-now ended (acknowledged, or
    // the level fell) forgets its last time, so the next one is shown at once.
    void record(const ReminderInput &in, const QList<Reminder> &shown);
};

struct ReminderInput
{
    QDateTime now;
    qint64 patientId = 0;
    QString patientName;
    bool nameInTitle = false; // several profiles: every title says whose reminder it is
    Assessment assessment; // at `now`
    QList<QTime> checkTimes; // the set check times of the low-count days (morning, evening)
    std::optional<QDateTime> latestReading; // the newest temperature at or before `now`
    QList<Treatment> treatments; // doses that may be dated today (G-CSF day)
    RemindersShown shown;
};

// The reminders due at `in.now` and not yet shown, in the order they should appear. While the
// assessment says "call now" that is the only one, repeated with the same key every
// kCallNowRepeatMinutes (a repeat replaces the previous notification).
QList<Reminder> remindersDue(const ReminderInput &in);

// The key of a person's call-now reminder, so its notification can be closed when the call is made.
QString callNowReminderKey(qint64 patientId);

} // namespace nc

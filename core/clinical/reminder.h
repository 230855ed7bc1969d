#pragma once

#include <QString>
#include <QtGlobal>

namespace nc {

// A reminder due now, as the schedule (reminderschedule.h) decides it and every channel shows it: the
// desktop notification, the tray message and the window's status line say the same title and text.
enum class ReminderKind {
    CallNow, // the assessment says "call now": repeated every 5 minutes until acknowledged
    Recheck, // a recheck time has come (due) or has passed by an hour (overdue)
    LowCountCheck, // a set check time in the low-count days with no temperature since
    GcsfDay, // a G-CSF injection is due today
    NoRecentReading, // no temperature for reading_gap_hours during the low-count days
};

enum class ReminderUrgency { Normal, Critical };

struct Reminder
{
    // Stable for one occasion and person ("recheck:7:2026-03-10T10:00:00+01:00", 7 the patient id); a
    // reminder with a key already shown is not shown again, and a repeat of call-now keeps its key so it
    // replaces the last one.
    QString key;
    ReminderKind kind = ReminderKind::Recheck;
    ReminderUrgency urgency = ReminderUrgency::Normal;
    qint64 patientId = 0;
    QString title; // names the person when there are several profiles
    QString text;

    bool operator==(const Reminder &) const = default;
};

} // namespace nc

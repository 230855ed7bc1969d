#pragma once

#include "assessment.h"
#include "codetable.h"

#include <QDateTime>
#include <QString>
#include <optional>

// The disposition of a telephone-triage call (CLINICAL.md §8): what the nurse decided, the one the
// assessment suggests, when a less urgent choice needs a reason, and when the follow-up call is due.
// Pure functions; the desk records the call and shows the overdue follow-ups.
namespace nc::triage {

enum class Disposition {
    SelfCare, // advice, call back if worse
    Review24h, // seen or called back within 24 hours
    AttendNow, // come in, or go to the emergency department, now
};

constexpr int kFollowUpHours = 24;

} // namespace nc::triage

namespace nc {
// "self_care", "review_24h", "attend_now", least urgent first; labels for the desk and the call record.
extern const CodeTable<triage::Disposition> kDispositions;
struct dispositions : CodeList<kDispositions>
{
};
} // namespace nc

namespace nc::triage {

// "attend_now", "review_24h", "self_care".
QString dispositionCode(Disposition disposition);
std::optional<Disposition> dispositionFromCode(const QString &code);

// call_now suggests attend_now, call_today review_24h, anything lower self_care.
Disposition suggested(Level level);
// A disposition less urgent than the suggested one needs a reason, kept with the call and audited.
bool needsReason(Disposition suggestedDisposition, Disposition chosen);
// The follow-up call a call sets: due 24 hours after it when the assessment was call_today or the
// nurse chose review_24h, unless the patient was told to attend now.
std::optional<QDateTime> followUpDue(Level level, Disposition chosen, const QDateTime &callTime);
// A follow-up not made by its due time is overdue (shown as such on the board).
bool followUpOverdue(const QDateTime &due, const QDateTime &now, bool made);

} // namespace nc::triage

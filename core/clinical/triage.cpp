#include "triage.h"

namespace nc {

namespace {
const CodeRow<triage::Disposition> kDispositionRows[] = {
    { triage::Disposition::SelfCare, "self_care",
        QT_TRANSLATE_NOOP("nc::dispositions", "Self-care advice, call back if worse") },
    { triage::Disposition::Review24h, "review_24h",
        QT_TRANSLATE_NOOP("nc::dispositions", "Review within 24 hours") },
    { triage::Disposition::AttendNow, "attend_now",
        QT_TRANSLATE_NOOP("nc::dispositions", "Attend now: come in or go to the emergency department") },
};
} // namespace

const CodeTable<triage::Disposition> kDispositions("nc::dispositions", kDispositionRows);

} // namespace nc

namespace nc::triage {

QString dispositionCode(Disposition disposition)
{
    return dispositions::code(disposition);
}

std::optional<Disposition> dispositionFromCode(const QString &code)
{
    return dispositions::fromCode(code);
}

Disposition suggested(Level level)
{
    switch (level) {
    case Level::CallNow:
        return Disposition::AttendNow;
    case Level::CallToday:
        return Disposition::Review24h;
    case Level::Ok:
    case Level::Caution:
    case Level::Recheck:
        break;
    }
    return Disposition::SelfCare;
}

bool needsReason(Disposition suggestedDisposition, Disposition chosen)
{
    // The enum runs from least to most urgent.
    return static_cast<int>(chosen) < static_cast<int>(suggestedDisposition);
}

std::optional<QDateTime> followUpDue(Level level, Disposition chosen, const QDateTime &callTime)
{
    if (chosen == Disposition::AttendNow)
        return std::nullopt;
    if (level != Level::CallToday && chosen != Disposition::Review24h)
        return std::nullopt;
    return callTime.addSecs(qint64(kFollowUpHours) * 3600);
}

bool followUpOverdue(const QDateTime &due, const QDateTime &now, bool made)
{
    return !made && now > due;
}

} // namespace nc::triage

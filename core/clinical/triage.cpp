#include "triage.h"

namespace nc::triage {

QString dispositionCode(Disposition disposition)
{
    switch (disposition) {
    case Disposition::AttendNow:
        return QStringLiteral("attend_now");
    case Disposition::Review24h:
        return QStringLiteral("review_24h");
    case Disposition::SelfCare:
        break;
    }
    return QStringLiteral("self_care");
}

std::optional<Disposition> dispositionFromCode(const QString &code)
{
    for (const Disposition d : { Disposition::SelfCare, Disposition::Review24h, Disposition::AttendNow }) {
        if (dispositionCode(d) == code)
            return d;
    }
    return std::nullopt;
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

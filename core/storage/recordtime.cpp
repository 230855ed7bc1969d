#include "recordtime.h"

#include <QCoreApplication>

namespace nc::records {

bool isInTheFuture(const QDateTime &time, const QDateTime &now)
{
    return FutureRule(now).isInTheFuture(time);
}

bool isInTheFuture(QDate date, const QDateTime &now)
{
    return FutureRule(now).isInTheFuture(date);
}

std::optional<QString> futureProblem(const QDateTime &time, const QDateTime &now)
{
    return FutureRule(now).problem(time);
}

std::optional<QString> futureProblem(QDate date, const QDateTime &now)
{
    return FutureRule(now).problem(date);
}

FutureRule::FutureRule(const QDateTime &now)
    : m_now(now)
    , m_latestMs(now.toMSecsSinceEpoch() + kClockSkewSeconds * 1000LL)
    , m_today(now.date())
{ }

bool FutureRule::isInTheFuture(const QDateTime &time) const
{
    return time.toMSecsSinceEpoch() > m_latestMs;
}

bool FutureRule::isInTheFuture(QDate date) const
{
    return date > m_today;
}

std::optional<QString> FutureRule::problem(const QDateTime &time) const
{
    if (!isInTheFuture(time))
        return std::nullopt;
    return tr("is in the future (now is %1); only what has already happened can be stored")
        .arg(m_now.toString(Qt::ISODate));
}

std::optional<QString> FutureRule::problem(QDate date) const
{
    if (!isInTheFuture(date))
        return std::nullopt;
    return tr("is in the future (today is %1); only what has already happened can be stored")
        .arg(m_today.toString(Qt::ISODate));
}

} // namespace nc::records

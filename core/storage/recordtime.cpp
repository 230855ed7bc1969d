#include "recordtime.h"

#include <QCoreApplication>

namespace nc::records {

namespace {

qint64 latestMs(const QDateTime &now)
{
    return now.toMSecsSinceEpoch() + kClockSkewSeconds * 1000LL;
}

} // namespace

bool isInTheFuture(const QDateTime &time, const QDateTime &now)
{
    return time.toMSecsSinceEpoch() > latestMs(now);
}

bool isInTheFuture(QDate date, const QDateTime &now)
{
    return date > now.date();
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
    , m_latestMs(latestMs(now))
    , m_today(now.date())
{ }

std::optional<QString> FutureRule::problem(const QDateTime &time) const
{
    if (time.toMSecsSinceEpoch() <= m_latestMs)
        return std::nullopt;
    return tr("is in the future (now is %1); only what has already happened can be stored")
        .arg(m_now.toString(Qt::ISODate));
}

std::optional<QString> FutureRule::problem(QDate date) const
{
    if (date <= m_today)
        return std::nullopt;
    return tr("is in the future (today is %1); only what has already happened can be stored")
        .arg(m_today.toString(Qt::ISODate));
}

} // namespace nc::records

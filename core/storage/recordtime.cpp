#include "recordtime.h"

#include <QCoreApplication>

namespace nc::records {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nc::records", text);
}

} // namespace

bool isInTheFuture(const QDateTime &time, const QDateTime &now)
{
    return time > now.addSecs(kClockSkewSeconds);
}

bool isInTheFuture(QDate date, const QDateTime &now)
{
    return date > now.date();
}

std::optional<QString> futureProblem(const QDateTime &time, const QDateTime &now)
{
    if (!isInTheFuture(time, now))
        return std::nullopt;
    return tr("is in the future (now is %1); only what has already happened can be stored")
        .arg(now.toString(Qt::ISODate));
}

std::optional<QString> futureProblem(QDate date, const QDateTime &now)
{
    if (!isInTheFuture(date, now))
        return std::nullopt;
    return tr("is in the future (today is %1); only what has already happened can be stored")
        .arg(now.date().toString(Qt::ISODate));
}

} // namespace nc::records

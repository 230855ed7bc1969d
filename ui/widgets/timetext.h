#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How long ago something happened, in words, the same on Today and on the triage desk's board.
namespace nc::timetext {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::timetext)
};

// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
QString age(const QDateTime &time, const QDateTime &now);
// "5 minutes", "3 hours", "2 days": how long something has waited.
QString span(qint64 seconds);

} // namespace nc::timetext

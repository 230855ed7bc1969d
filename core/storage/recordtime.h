#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// The one rule for when a record may say it happened, the same in the log dialogs, CSV and FHIR
// import: a temperature, a count, a symptom, a painkiller dose or a treatment given is a record of
// something that has happened, so its time cannot be later than now. The engine ignores events
// after now, so a future dose stored as given would silently count for nothing ("No recent
// chemotherapy"). NeutroCare has no planned state: such a record is refused, with the reason.
namespace nc::records {

// How far ahead of this device's clock a time may be and still count as now: another device's
// clock (a thermometer app, the lab's server) may run a little fast.
inline constexpr int kClockSkewSeconds = 5 * 60;

// True when `time` is after `now` by more than the clock skew allowance.
bool isInTheFuture(const QDateTime &time, const QDateTime &now);
// True when `date` is after the calendar day of `now` (in now's own time zone): today is allowed.
bool isInTheFuture(QDate date, const QDateTime &now);

// Why a record with this time may not be stored, as a phrase for messages that name the field
// themselves ("line 3, field time: …"); nothing when it may.
std::optional<QString> futureProblem(const QDateTime &time, const QDateTime &now);
std::optional<QString> futureProblem(QDate date, const QDateTime &now);

// The same rule with `now` fixed once, for a reader that checks a million rows against one now. It
// compares milliseconds since the epoch: QDateTime's arithmetic on a local time asks the C library,
// which looks at /etc/localtime on every call (three system calls a row, measured in issue 20).
class FutureRule
{
    Q_DECLARE_TR_FUNCTIONS(nc::records::FutureRule)

public:
    explicit FutureRule(const QDateTime &now);

    bool isInTheFuture(const QDateTime &time) const;
    bool isInTheFuture(QDate date) const;
    std::optional<QString> problem(const QDateTime &time) const;
    std::optional<QString> problem(QDate date) const;

private:
    QDateTime m_now;
    qint64 m_latestMs;
    QDate m_today;
};

} // namespace nc::records

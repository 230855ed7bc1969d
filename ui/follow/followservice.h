#pragma once

#include "clinical/reminderschedule.h"
#include "follows.h"
#include "storage/database.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace nc {

class ServerFeed;

// The people this caregiver follows (issue 19): each on the clinic's server as the caregiver's
// login, read-only, followed live through the server's change notices (ServerFeed: LISTEN/NOTIFY)
// and looked at again every minute; the reminders a caregiver needs — call now, a recheck due or
// overdue, no reading in the low-count days — and a plain word when the server has been out of
// reach for 30 minutes, so a stale view is never taken for a fresh one.
class FollowService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckMs = 60 * 1000;
    static constexpr int kStaleMinutes = 30;

    struct Person
    {
        Follow follow;
        std::unique_ptr<Database> db; // made at the first check, kept: a window may show it
        std::unique_ptr<ServerFeed> feed;
        std::optional<Assessment> assessment; // at the last read
        QDateTime lastRead; // the last time the server answered
        QDateTime lostSince; // invalid while it answers
        QString problem; // the server's own words, while it does not
        RemindersShown shown;
        bool staleSaid = false;
    };

    explicit FollowService(std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~FollowService() override;

    const std::vector<std::unique_ptr<Person>> &people() const { return m_people; }
    // Adds the people a caregiver's login may follow and remembers them on this computer.
    void add(const QList<Follow> &follows);
    // Reads everyone again now (the timer does it every minute).
    void checkAll();

    // "From the clinic server — last update 2 minutes ago", or why what is shown may be old.
    QString freshness(int index) const;
    bool isStale(int index) const;

Q_SIGNALS:
    void changed();
    void reminder(const nc::Reminder &reminder);

private:
    void check(Person &person);
    bool connectTo(Person &person);
    void lost(Person &person, const QString &problem);

    std::function<QDateTime()> m_clock;
    std::vector<std::unique_ptr<Person>> m_people;
    QTimer m_timer;
};

} // namespace nc

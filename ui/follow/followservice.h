#pragma once

#include "clinical/reminderschedule.h"
#include "follows.h"
#include "storage/database.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace nc {

class ServerFeed;

// What is known of a followed person, as the server was last found.
struct FollowedState
{
    std::optional<Assessment> assessment; // at the last read
    QDateTime lastRead; // the last time the server answered
    QDateTime lostSince; // invalid while it answers
    QString problem; // the server's own words, while it does not
};

// The watching half, on a thread of its own (connecting to a server that does not answer takes
// seconds, and must never hold the window): a connection per person as the caregiver's login,
// its change notices (LISTEN/NOTIFY), a reading every minute, and the reminders a caregiver needs.
class FollowMonitor : public QObject
{
    Q_OBJECT
public:
    FollowMonitor();
    ~FollowMonitor() override;

public Q_SLOTS:
    void setFollows(const QList<nc::Follow> &follows);
    // `now` is the window's clock: a notice read later is judged on it, moved on by the time since.
    void checkAll(const QDateTime &now);

Q_SIGNALS:
    void checked(int index, const nc::FollowedState &state, const QList<nc::Reminder> &due);

private:
    struct Watch;
    void check(Watch &watch, int index, const QDateTime &now);
    bool connectTo(Watch &watch);

    std::vector<std::unique_ptr<Watch>> m_watches;
    qint64 m_clockOffsetMs = 0; // the window's clock minus the computer's, at the last checkAll
};

// The people this caregiver follows from another house (issue 19 "Caregivers who follow"): each
// read from the clinic's server as the caregiver's login, followed live and looked at every
// minute; the reminders a caregiver needs — call now, a recheck due or overdue, no reading in the
// low-count days — and a plain word after 30 minutes without the server, so a stale view is never
// taken for a fresh one.
class FollowService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckMs = 60 * 1000;
    static constexpr int kStaleMinutes = 30;

    struct Person
    {
        Follow follow;
        FollowedState state;
    };

    explicit FollowService(std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~FollowService() override;

    const QList<Person> &people() const { return m_people; }
    // Adds the people a caregiver's login may follow and remembers them on this computer.
    void add(const QList<Follow> &follows);
    // Reads everyone again (the timer does it every minute); the answers come as changed().
    void checkAll();

    // A connection of a window's own to the person's server, made when a person asks to see them:
    // none, with the reason in *problem, when the server cannot be reached.
    std::unique_ptr<Database> connectForWindow(int index, QString *problem) const;

    // "From the clinic server — last update 2 minutes ago", or why what is shown may be old.
    QString freshness(int index) const;
    bool isStale(int index) const;

Q_SIGNALS:
    void changed();
    void reminder(const nc::Reminder &reminder);

private:
    void onChecked(int index, const FollowedState &state, const QList<Reminder> &due);

    std::function<QDateTime()> m_clock;
    QList<Person> m_people;
    FollowMonitor *m_monitor = nullptr; // on the "following" thread, made on first use
    QTimer m_timer;
};

} // namespace nc

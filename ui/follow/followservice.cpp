#include "followservice.h"

#include "app/workerthread.h"
#include "homelink/homelink.h"
#include "mainwindow/caregiverbanner.h"
#include "storage/patienthistory.h"
#include "storage/serverfeed.h"
#include "widgets/timetext.h"

#include <QLocale>
#include <algorithm>

namespace nc {

namespace {
// A server that does not answer must not hold a window, or the watching thread, for long.
constexpr int kConnectTimeoutSeconds = 5;

// Opens `db` on the follow's server as the caregiver: the keyring's password, else libpq's file.
bool openFollowed(Database &db, const Follow &follow, QString *problem)
{
    if (homelink::connect(db, follow.server, kConnectTimeoutSeconds))
        return true;
    *problem = db.errorString();
    return false;
}
} // namespace

// --- the watching thread ---------------------------------------------------------------------

struct FollowMonitor::Watch
{
    Follow follow;
    Database db;
    std::unique_ptr<ServerFeed> feed;
    FollowedState state;
    RemindersShown shown;
    bool staleSaid = false;
};

FollowMonitor::FollowMonitor() = default;
FollowMonitor::~FollowMonitor() = default;

void FollowMonitor::setFollows(const QList<Follow> &follows)
{
    for (int i = 0; i < int(follows.size()); ++i) {
        if (i < int(m_watches.size()) && m_watches.at(i)->follow == follows.at(i))
            continue;
        auto watch = std::make_unique<Watch>();
        watch->follow = follows.at(i);
        if (i < int(m_watches.size()))
            m_watches.at(i) = std::move(watch);
        else
            m_watches.push_back(std::move(watch));
    }
    m_watches.resize(follows.size());
}

void FollowMonitor::checkAll(const QDateTime &now)
{
    m_clockOffsetMs = QDateTime::currentDateTime().msecsTo(now);
    for (int i = 0; i < int(m_watches.size()); ++i)
        check(*m_watches.at(i), i, now);
}

bool FollowMonitor::connectTo(Watch &watch)
{
    if (watch.db.isOpen() && watch.db.reconnectIfLost())
        return true;
    watch.feed.reset();
    QString problem;
    if (!openFollowed(watch.db, watch.follow, &problem)) {
        watch.state.problem = problem;
        return false;
    }
    const qint64 followed = watch.follow.patientId;
    watch.feed = std::make_unique<ServerFeed>(watch.db, followed);
    // The feed follows that patient's channel alone: every change it tells of is theirs.
    connect(watch.feed.get(), &ServerFeed::patientChanged, this, [this](qint64 patientId) {
        const QDateTime now = QDateTime::currentDateTime().addMSecs(m_clockOffsetMs);
        for (int i = 0; i < int(m_watches.size()); ++i) {
            if (m_watches.at(i)->follow.patientId == patientId)
                check(*m_watches.at(i), i, now);
        }
    });
    watch.feed->start();
    return true;
}

void FollowMonitor::check(Watch &watch, int index, const QDateTime &now)
{
    QList<Reminder> due;
    const QString name = watch.follow.name;
    if (!connectTo(watch)) {
        if (!watch.state.lostSince.isValid())
            watch.state.lostSince = now;
        if (!watch.staleSaid && watch.state.lostSince.secsTo(now) >= FollowService::kStaleMinutes * 60) {
            watch.staleSaid = true;
            Reminder stale;
            stale.key
                = QStringLiteral("follow-stale:%1:%2").arg(watch.follow.server).arg(watch.follow.patientId);
            stale.kind = ReminderKind::NoRecentReading;
            stale.title = FollowService::tr("No news of %1").arg(name);
            stale.text
                = FollowService::tr("NeutroCare has not reached the clinic server for %1, so it cannot say "
                                    "how %2 is now. If you are worried, call %2.")
                      .arg(timetext::span(watch.state.lostSince.secsTo(now)), name);
            due << stale;
        }
        Q_EMIT checked(index, watch.state, due);
        return;
    }
    ProfileStatus status;
    status.patient = { watch.follow.patientId, name, std::nullopt };
    status.assessment = assess(PatientHistory(watch.db, watch.follow.patientId).assessmentInput(now));
    watch.state = { status.assessment, now, {}, {} };
    watch.staleSaid = false;

    // The schedule as for a profile of one's own, the set check times aside: those are the
    // patient's to keep, not a caregiver's in another house.
    ReminderInput in = reminderInput(watch.db, status, now, {});
    in.nameInTitle = true;
    in.shown = watch.shown;
    const QList<Reminder> schedule = remindersDue(in);
    watch.shown.record(in, schedule);
    for (Reminder r : schedule) {
        if (r.kind == ReminderKind::LowCountCheck || r.kind == ReminderKind::GcsfDay)
            continue;
        r.key = QStringLiteral("follow:%1:%2").arg(watch.follow.server, r.key);
        r.patientId = 0; // not a profile of this computer's
        if (r.kind == ReminderKind::CallNow) {
            // Said to the person who follows, not to the patient: the acknowledgement is theirs.
            r.title = FollowService::tr("%1: fever or warning sign — call now").arg(name);
            r.text = FollowService::tr(
                "%1's NeutroCare says to call the care team now. Make sure %1 has called, or call for them.")
                         .arg(name);
        }
        // Whose, and how fresh: a caregiver must never take an old view for a new one.
        r.text += QLatin1Char('\n')
            + FollowService::tr("From the clinic server, last update %1.")
                  .arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat));
        due << r;
    }
    Q_EMIT checked(index, watch.state, due);
}

// --- the window's side -----------------------------------------------------------------------

FollowService::FollowService(std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    for (const Follow &follow : follows::load())
        m_people.append({ follow, {} });
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &FollowService::checkAll);
    if (!m_people.isEmpty()) {
        m_timer.start();
        checkAll();
    }
}

FollowService::~FollowService()
{
    // Its connections end on its own thread, where they were made.
    if (m_monitor)
        m_monitor->deleteLater();
}

void FollowService::add(const QList<Follow> &added)
{
    for (const Follow &follow : added) {
        if (std::none_of(m_people.cbegin(), m_people.cend(),
                [&follow](const Person &p) { return p.follow == follow; }))
            m_people.append({ follow, {} });
    }
    QList<Follow> all;
    for (const Person &person : std::as_const(m_people))
        all << person.follow;
    follows::save(all);
    m_timer.start();
    checkAll();
    Q_EMIT changed();
}

void FollowService::checkAll()
{
    QList<Follow> all;
    for (const Person &person : std::as_const(m_people))
        all << person.follow;
    const QDateTime now = m_clock();
    if (!m_monitor) {
        // Made when there is someone to follow: a computer that follows nobody starts no thread.
        m_monitor = new FollowMonitor;
        m_monitor->moveToThread(workerThread(QStringLiteral("following")));
        connect(m_monitor, &FollowMonitor::checked, this, &FollowService::onChecked);
    }
    FollowMonitor *monitor = m_monitor;
    QMetaObject::invokeMethod(
        m_monitor,
        [monitor, all, now] {
            monitor->setFollows(all);
            monitor->checkAll(now);
        },
        Qt::QueuedConnection);
}

void FollowService::onChecked(int index, const FollowedState &state, const QList<Reminder> &due)
{
    if (index < 0 || index >= int(m_people.size()))
        return;
    m_people[index].state = state;
    for (const Reminder &r : due)
        Q_EMIT reminder(r);
    Q_EMIT changed();
}

std::unique_ptr<Database> FollowService::connectForWindow(int index, QString *problem) const
{
    auto db = std::make_unique<Database>();
    if (!openFollowed(*db, m_people.at(index).follow, problem))
        return nullptr;
    return db;
}

bool FollowService::isStale(int index) const
{
    const FollowedState &state = m_people.at(index).state;
    return state.lostSince.isValid() && state.lostSince.secsTo(m_clock()) >= kStaleMinutes * 60;
}

QString FollowService::freshness(int index) const
{
    const Person &person = m_people.at(index);
    const FollowedState &state = person.state;
    const QDateTime now = m_clock();
    if (isStale(index))
        return tr(
            "No connection to the clinic server for %1: what you see may be out of date. If you are worried, "
            "call %2.")
            .arg(timetext::span(state.lostSince.secsTo(now)), person.follow.name);
    if (!state.lastRead.isValid())
        return state.problem.isEmpty() ? tr("Connecting to the clinic server…")
                                       : tr("Cannot reach the clinic server yet: %1").arg(state.problem);
    if (state.lostSince.isValid())
        return tr("From the clinic server — last update %1; trying to reconnect.")
            .arg(timetext::age(state.lastRead, now));
    return tr("From the clinic server — last update %1.").arg(timetext::age(state.lastRead, now));
}

} // namespace nc

#include "followservice.h"

#include "homelink/passwordstore.h"
#include "mainwindow/caregiverbanner.h"
#include "storage/patienthistory.h"
#include "storage/serverfeed.h"
#include "widgets/timetext.h"

#include <QLocale>

namespace nc {

FollowService::FollowService(std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    for (const Follow &follow : follows::load()) {
        m_people.push_back(std::make_unique<Person>());
        m_people.back()->follow = follow;
    }
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &FollowService::checkAll);
    if (!m_people.empty()) {
        m_timer.start();
        // Not before the window is up: connecting can take a few seconds.
        QTimer::singleShot(2000, this, &FollowService::checkAll);
    }
}

FollowService::~FollowService() = default;

void FollowService::add(const QList<Follow> &added)
{
    QList<Follow> all = follows::load();
    for (const Follow &follow : added) {
        if (all.contains(follow))
            continue;
        all << follow;
        m_people.push_back(std::make_unique<Person>());
        m_people.back()->follow = follow;
        check(*m_people.back());
    }
    follows::save(all);
    m_timer.start();
    Q_EMIT changed();
}

void FollowService::checkAll()
{
    for (const auto &person : m_people)
        check(*person);
    Q_EMIT changed();
}

bool FollowService::connectTo(Person &person)
{
    // One Database per person for the service's life: a window showing them holds it, so a
    // reconnection opens the same object again rather than replacing it.
    if (!person.db)
        person.db = std::make_unique<Database>();
    else if (person.db->isOpen() && person.db->reconnectIfLost())
        return true;
    std::optional<ConnectionSpec> spec = ConnectionSpec::parse(person.follow.server);
    if (!spec) {
        lost(person, tr("The server's address cannot be read."));
        return false;
    }
    // A server that does not answer must not hold the window for long.
    if (std::none_of(spec->options.cbegin(), spec->options.cend(),
            [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        spec->options << QStringLiteral("connect_timeout=5");
    person.feed.reset();
    if (!person.db->openServer(spec->keywords(), PasswordStore(*spec).fromKeyring().value_or(QString()))) {
        lost(person, person.db->errorString());
        return false;
    }
    person.feed = std::make_unique<ServerFeed>(*person.db);
    const qint64 followed = person.follow.patientId;
    connect(person.feed.get(), &ServerFeed::patientChanged, this, [this, followed](qint64 patientId) {
        if (patientId != followed)
            return;
        for (const auto &p : m_people) {
            if (p->follow.patientId == patientId)
                check(*p);
        }
        Q_EMIT changed();
    });
    person.feed->start();
    return true;
}

void FollowService::lost(Person &person, const QString &problem)
{
    person.problem = problem;
    if (!person.lostSince.isValid())
        person.lostSince = m_clock();
}

void FollowService::check(Person &person)
{
    const QDateTime now = m_clock();
    if (!connectTo(person)) {
        if (!person.staleSaid && person.lostSince.secsTo(now) >= kStaleMinutes * 60) {
            person.staleSaid = true;
            Reminder stale;
            stale.key
                = QStringLiteral("follow-stale:%1:%2").arg(person.follow.server).arg(person.follow.patientId);
            stale.kind = ReminderKind::NoRecentReading;
            stale.title = tr("No news of %1").arg(person.follow.name);
            stale.text
                = tr("NeutroCare has not reached the clinic server for %1, so it cannot say how %2 is now. "
                     "If you are worried, call %2.")
                      .arg(timetext::span(person.lostSince.secsTo(now)), person.follow.name);
            Q_EMIT reminder(stale);
        }
        return;
    }
    ProfileStatus status;
    status.patient = { person.follow.patientId, person.follow.name, std::nullopt };
    status.assessment = assess(PatientHistory(*person.db, person.follow.patientId).assessmentInput(now));
    person.assessment = status.assessment;
    person.lastRead = now;
    person.lostSince = {};
    person.problem.clear();
    person.staleSaid = false;

    // The schedule as for a profile of one's own, the set check times aside: those are the
    // patient's to keep, not a caregiver's in another house.
    ReminderInput in = reminderInput(*person.db, status, now, {});
    in.nameInTitle = true;
    in.shown = person.shown;
    QList<Reminder> due = remindersDue(in);
    person.shown.record(in, due);
    for (Reminder r : due) {
        if (r.kind == ReminderKind::LowCountCheck || r.kind == ReminderKind::GcsfDay)
            continue;
        // Whose, and how fresh: a caregiver must never take an old view for a new one.
        r.key = QStringLiteral("follow:%1:%2").arg(person.follow.server, r.key);
        r.patientId = 0; // not a profile of this computer's
        if (r.kind == ReminderKind::CallNow) {
            // Said to the person who follows, not to the patient: the acknowledgement is theirs.
            r.title = tr("%1: fever or warning sign — call now").arg(person.follow.name);
            r.text
                = tr("%1's NeutroCare says to call the care team now. Make sure %1 has called, or call for "
                     "them.")
                      .arg(person.follow.name);
        }
        r.text += QLatin1Char('\n')
            + tr("From the clinic server, last update %1.")
                  .arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat));
        Q_EMIT reminder(r);
    }
}

bool FollowService::isStale(int index) const
{
    const Person &person = *m_people.at(index);
    return person.lostSince.isValid() && person.lostSince.secsTo(m_clock()) >= kStaleMinutes * 60;
}

QString FollowService::freshness(int index) const
{
    const Person &person = *m_people.at(index);
    const QDateTime now = m_clock();
    if (isStale(index))
        return tr(
            "No connection to the clinic server for %1: what you see may be out of date. If you are worried, "
            "call %2.")
            .arg(timetext::span(person.lostSince.secsTo(now)), person.follow.name);
    if (!person.lastRead.isValid())
        return person.problem.isEmpty() ? tr("Connecting to the clinic server…")
                                        : tr("Cannot reach the clinic server yet: %1").arg(person.problem);
    if (person.lostSince.isValid())
        return tr("From the clinic server — last update %1; trying to reconnect.")
            .arg(timetext::age(person.lastRead, now));
    return tr("From the clinic server — last update %1.").arg(timetext::age(person.lastRead, now));
}

} // namespace nc

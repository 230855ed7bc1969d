#include "homelinkservice.h"

#include "app/session.h"
#include "app/workerthread.h"

#include <QThread>
#include <algorithm>

namespace nc {

void HomeLinkWorker::runPass()
{
    // Opened for each pass rather than kept: a restore may have replaced the file since, and a
    // pass every few minutes can afford the open's quick_check.
    Database local;
    if (local.open(m_localPath)) {
        for (const SyncLink &link : SyncLinkRepository(local).all()) {
            Q_EMIT sending(link.patientId);
            const homelink::Outcome outcome = homelink::pass(local, link, QDateTime::currentDateTimeUtc());
            Q_EMIT attempted({ link.patientId, outcome.problem, outcome.message, false,
                outcome.received.size(), outcome.receiveProblem });
        }
    }
    Q_EMIT passFinished();
}

void HomeLinkWorker::link(
    qint64 patientId, const ConnectionSpec &server, const QString &password, PasswordStore::Place place)
{
    Database local;
    const homelink::Outcome outcome = local.open(m_localPath)
        ? homelink::link(local, patientId, server, password, place, QDateTime::currentDateTimeUtc())
        : homelink::Outcome::failed(homelink::Problem::Other, local.errorString());
    Q_EMIT attempted({ patientId, outcome.problem, outcome.message, true, 0, {} });
}

HomeLinkService::HomeLinkService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    // A clinic's desk opens patients on the server itself: there is nothing to send from there.
    m_local = session.database().engine() == Engine::SQLite;
    if (!m_local)
        return;
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_busy = true;
        m_again = false;
        m_unreachable = false;
        m_troubled = false;
        QMetaObject::invokeMethod(worker(), &HomeLinkWorker::runPass, Qt::QueuedConnection);
    });
    // Every change is marked by the file's triggers; a pass sends it once changes settle. The
    // logging itself never waits for the network.
    connect(&session, &Session::dataChanged, this, [this] {
        if (anyLinked())
            sendSoon();
    });
    if (anyLinked())
        sendSoon();
}

HomeLinkWorker *HomeLinkService::worker()
{
    // Made on first use: an app with no link starts no thread.
    if (m_worker)
        return m_worker;
    m_worker = new HomeLinkWorker(m_session.database().path());
    // One thread for every link of the process: passes of one file never run side by side.
    m_worker->moveToThread(workerThread(QStringLiteral("home link")));
    connect(m_worker, &HomeLinkWorker::sending, this, [this](qint64 patientId) {
        m_sending = patientId;
        Q_EMIT stateChanged();
    });
    connect(m_worker, &HomeLinkWorker::attempted, this, &HomeLinkService::onAttempted);
    connect(m_worker, &HomeLinkWorker::passFinished, this, &HomeLinkService::onPassFinished);
    return m_worker;
}

HomeLinkService::~HomeLinkService()
{
    // A pass under way finishes on the link's thread (what it does not send stays marked); its
    // signals find no receiver once this is gone.
    if (m_worker)
        m_worker->deleteLater();
}

bool HomeLinkService::anyLinked() const
{
    return m_local && !SyncLinkRepository(m_session.database()).all().isEmpty();
}

bool HomeLinkService::anyWaiting() const
{
    SyncLinkRepository links(m_session.database());
    const QList<SyncLink> all = links.all();
    return std::any_of(all.cbegin(), all.cend(),
        [&links](const SyncLink &link) { return links.pendingCount(link.patientId) > 0; });
}

linkstatus::State HomeLinkService::state(qint64 patientId) const
{
    linkstatus::State state;
    if (!m_local)
        return state;
    SyncLinkRepository links(m_session.database());
    const std::optional<SyncLink> link = links.get(patientId);
    if (!link)
        return state;
    state.linked = true;
    state.clinic = PatientSettingsRepository(m_session.database()).get(patientId).clinicName;
    if (state.clinic.isEmpty()) {
        const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(link->server);
        state.clinic = spec ? spec->display() : link->server;
    }
    state.waiting = links.pendingCount(patientId);
    state.linkedAt = link->linkedAt;
    state.lastSentAt = link->lastSentAt;
    const auto last = m_last.constFind(patientId);
    if (last != m_last.cend()) {
        state.problem = last->problem;
        state.problemMessage = last->message;
    } else if (!link->lastProblem.isEmpty()) {
        // Before this run's first pass: the stored sentence, read as "not reached" until it tries.
        state.problem = homelink::Problem::Unreachable;
        state.problemMessage = link->lastProblem;
    }
    state.sending = m_busy && m_sending == patientId;
    return state;
}

linkstatus::Words HomeLinkService::words(qint64 patientId) const
{
    return linkstatus::describe(state(patientId), m_session.now());
}

void HomeLinkService::link(
    qint64 patientId, const ConnectionSpec &server, const QString &password, PasswordStore::Place place)
{
    if (!m_local) {
        Q_EMIT linkAttempted({ patientId, homelink::Problem::Other,
            tr("A link starts from a patient's own file, not from the clinic's server."), true, 0, {} });
        return;
    }
    HomeLinkWorker *onThread = worker();
    QMetaObject::invokeMethod(
        onThread,
        [onThread, patientId, server, password, place] {
            onThread->link(patientId, server, password, place);
        },
        Qt::QueuedConnection);
}

std::optional<QString> HomeLinkService::unlink(qint64 patientId)
{
    if (auto error = homelink::unlink(m_session.database(), patientId))
        return error;
    m_last.remove(patientId);
    Q_EMIT stateChanged();
    return std::nullopt;
}

void HomeLinkService::sendSoon(int delayMs)
{
    if (!m_local)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    // While the server cannot be reached, a new reading does not shorten the wait: it goes with the
    // next try. Asked for at once (Settings' "Send now"), it goes now.
    if (delayMs > 0 && m_retryMs > 0 && m_timer.isActive())
        return;
    m_timer.start(delayMs);
}

void HomeLinkService::onAttempted(const LinkAttempt &attempt)
{
    const QString refusedBefore = m_last.value(attempt.patientId).receiveProblem;
    m_last.insert(attempt.patientId, attempt);
    if (attempt.linking) {
        Q_EMIT linkAttempted(attempt);
        if (attempt.problem == homelink::Problem::None)
            sendSoon(0);
    } else if (attempt.problem == homelink::Problem::Unreachable) {
        m_unreachable = true;
    }
    if (!attempt.linking && attempt.problem != homelink::Problem::None)
        m_troubled = true;
    // The clinic's values changed what the app uses (or one is refused now, or no longer): every
    // screen reads them again, Today's word from the clinic included. The same refusal again, pass
    // after pass, is no news (and a change notice would start another pass).
    if (attempt.received > 0 || (!attempt.linking && attempt.receiveProblem != refusedBefore))
        m_session.notifyChanged();
    Q_EMIT stateChanged();
}

void HomeLinkService::onPassFinished()
{
    m_busy = false;
    m_sending = 0;
    if (m_unreachable) {
        m_retryMs = m_retryMs ? std::min(2 * m_retryMs, kLongestRetryMs) : kFirstRetryMs;
        m_timer.start(m_retryMs);
    } else {
        m_retryMs = 0;
        // Changed while it sent (the clinic's word noted in the profile is one change too): once
        // more, unless the server refused something, which another pass at once would not mend.
        if (m_again || (!m_troubled && anyWaiting()))
            m_timer.start(kSettleMs);
        else if (anyLinked())
            m_timer.start(kIdleMs);
    }
    Q_EMIT stateChanged();
}

} // namespace nc

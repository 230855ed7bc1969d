#pragma once

#include "linkstatus.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace nc {

class Session;

// One finished pass or link attempt of a profile, from the link's thread.
struct LinkAttempt
{
    qint64 patientId = 0;
    homelink::Problem problem = homelink::Problem::None;
    QString message;
    bool linking = false; // a link being made (the Settings dialog waits for it), not a pass
    // Clinic → home: what the clinic's values changed, or why they were refused.
    qsizetype received = 0;
    QString receiveProblem;
};

// Works on the link's own thread with its own connections (DESIGN.md "The home link"): the
// patient's file opened again there, and the clinic's server. Nothing here touches a widget.
class HomeLinkWorker : public QObject
{
    Q_OBJECT
public:
    explicit HomeLinkWorker(const QString &localPath)
        : m_localPath(localPath)
    { }

public Q_SLOTS:
    // Sends every linked profile's marked records, one profile after another.
    void runPass();
    void link(qint64 patientId, const nc::ConnectionSpec &server, const QString &password,
        nc::PasswordStore::Place place);

Q_SIGNALS:
    void sending(qint64 patientId);
    void attempted(const nc::LinkAttempt &attempt);
    void passFinished();

private:
    QString m_localPath;
};

// The app's side of the home link: the thread, when passes run (soon after a change, then every few
// minutes; backing off while the server cannot be reached), and each profile's state in words.
//
//   MainWindow ── HomeLinkService ┄┄ HomeLinkWorker (on the process's link thread, with its own
//                                                    Database connections)
class HomeLinkService : public QObject
{
    Q_OBJECT
public:
    // How long after a change a pass starts (changes close together go in one pass), how often a
    // linked app looks in when all is well, and the waits between tries while the server cannot
    // be reached: 15 s doubling to at most 15 minutes.
    static constexpr int kSettleMs = 1500;
    static constexpr int kIdleMs = 5 * 60 * 1000;
    static constexpr int kFirstRetryMs = 15 * 1000;
    static constexpr int kLongestRetryMs = 15 * 60 * 1000;

    explicit HomeLinkService(Session &session, QObject *parent = nullptr);
    ~HomeLinkService() override;

    // The link of `patientId` as it stands: its row, its marks, the last attempt.
    linkstatus::State state(qint64 patientId) const;
    linkstatus::Words words(qint64 patientId) const;

    // Tries the login on the link's thread and links on success; linkAttempted() says how it went.
    void link(
        qint64 patientId, const ConnectionSpec &server, const QString &password, PasswordStore::Place place);
    std::optional<QString> unlink(qint64 patientId);
    // A pass as soon as changes settle (or now, when asked from Settings).
    void sendSoon(int delayMs = kSettleMs);
    bool isBusy() const { return m_busy; }
    // Milliseconds until the next try, for tests and the retry figure.
    int nextTryInMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

Q_SIGNALS:
    void stateChanged();
    void linkAttempted(const nc::LinkAttempt &attempt);

private:
    bool anyLinked() const;
    bool anyWaiting() const;
    HomeLinkWorker *worker();
    void onAttempted(const LinkAttempt &attempt);
    void onPassFinished();

    Session &m_session;
    bool m_local = false; // the session is on a patient's own file
    HomeLinkWorker *m_worker = nullptr;
    QTimer m_timer;
    QHash<qint64, LinkAttempt> m_last; // this run's last attempt per profile
    qint64 m_sending = 0;
    bool m_busy = false;
    bool m_again = false; // a change came in during a pass
    bool m_unreachable = false; // this pass found the server out of reach
    bool m_troubled = false; // this pass met a problem of any kind
    int m_retryMs = 0; // 0: the last pass reached the server
};

} // namespace nc

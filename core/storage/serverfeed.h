#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace nc {

// Follows a clinic server live (issue 18): every committed change to a patient's data notifies the
// clinic's channel and that patient's own with the patient's id (serveradmin.cpp). This object LISTENs
// on one of them, on the connection's own socket, so nothing is polled: the clinic's, for the desk
// (staff and admins alone may read its name), or one patient's, for a caregiver who follows them
// (whoever may see the patient may read its name). It also watches the connection itself: a lost
// one is reported at once, reconnected with backoff, subscribed again, and `caughtUp` asks the
// reader to read everything again, since notifications sent while it was away are gone.
class ServerFeed : public QObject
{
    Q_OBJECT
public:
    // `db` is an open server connection, which outlives this object. With `patient`, that patient's
    // changes only; without, every patient's.
    explicit ServerFeed(
        Database &db, std::optional<qint64> patient = std::nullopt, QObject *parent = nullptr);
    ~ServerFeed() override;

    // Subscribes; false (with the reason in error()) when the server refused.
    bool start();
    bool connected() const { return m_connected; }
    QString error() const { return m_error; }

    // How often the connection is checked while nothing arrives (tests shorten it).
    void setCheckInterval(int milliseconds);
    // Checks the connection now (after a failed query, say) rather than at the next tick.
    void checkNow();

Q_SIGNALS:
    void patientChanged(qint64 patientId);
    void connectionLost(const QString &reason);
    // Connected and subscribed again after a loss: read everything again.
    void caughtUp();

private:
    bool subscribe();
    // Listens on `name` (empty: the name could not be read), and no longer on the one before.
    bool subscribeTo(const QString &name);
    // The channel's name, as the server lets this login read it; empty, with m_error, when it does not.
    QString channel();
    void onNotification(const QString &name, const QVariant &payload);
    void check();

    Database &m_db;
    std::optional<qint64> m_patient;
    QString m_channel;
    bool m_refused = false; // the server answered, and this login may not read the channel's name
    QTimer m_check;
    int m_interval = 1000;
    int m_failures = 0;
    bool m_connected = false;
    QString m_error;
};

} // namespace nc

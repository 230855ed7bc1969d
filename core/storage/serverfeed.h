#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

namespace nc {

// Follows a clinic server live (issue 18): every committed change to a patient's data notifies
// the channel nc_changes with the patient's id (serveradmin.cpp), and this object LISTENs on the
// connection's own socket, so nothing is polled. It also watches the connection itself: a lost one
// is reported at once, reconnected with backoff, subscribed again, and `caughtUp` asks the reader
// to read everything again, since notifications sent while it was away are gone.
class ServerFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "nc_changes";

    // `db` is an open server connection, which outlives this object.
    explicit ServerFeed(Database &db, QObject *parent = nullptr);
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
    void onNotification(const QString &name, const QVariant &payload);
    void check();

    Database &m_db;
    QTimer m_check;
    int m_interval = 1000;
    int m_failures = 0;
    bool m_connected = false;
    QString m_error;
};

} // namespace nc

#include "serverfeed.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace nc {

namespace {
// Reconnecting waits longer after each failure, up to half a minute, so a server that is down is
// not hammered by every desk at once.
constexpr int kMaxBackoffMs = 30000;
} // namespace

ServerFeed::ServerFeed(Database &db, std::optional<qint64> patient, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_patient(patient)
{
    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &ServerFeed::check);
}

ServerFeed::~ServerFeed()
{
    if (m_connected && m_db.isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(m_channel);
}

void ServerFeed::setCheckInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_check.isActive())
        m_check.start(m_interval);
}

QString ServerFeed::channel()
{
    QSqlQuery q(m_db.connection());
    if (m_patient) {
        q.prepare(QStringLiteral("SELECT channel FROM notify_channels WHERE patient_id = ?"));
        q.addBindValue(*m_patient);
    } else {
        q.prepare(QStringLiteral("SELECT channel FROM staff_channel"));
    }
    m_refused = false;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    if (!q.next()) {
        m_refused = true;
        m_error = tr("This login may not follow that patient on the clinic server.");
        return {};
    }
    return q.value(0).toString();
}

bool ServerFeed::subscribe()
{
    // Read again after each reconnect: the channel is the server's to name.
    return subscribeTo(channel());
}

bool ServerFeed::subscribeTo(const QString &name)
{
    if (name.isEmpty())
        return false;
    QSqlDriver *driver = m_db.connection().driver();
    // One connection per driver: after a reconnect the driver is the same object, but a second
    // connect would deliver each notification twice.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            onNotification(name, payload);
        });
    if (!m_channel.isEmpty() && m_channel != name && driver->subscribedToNotifications().contains(m_channel))
        driver->unsubscribeFromNotification(m_channel);
    m_channel = name;
    if (driver->subscribedToNotifications().contains(m_channel))
        return true;
    if (!driver->subscribeToNotification(m_channel)) {
        m_error = driver->lastError().text();
        return false;
    }
    return true;
}

bool ServerFeed::start()
{
    m_connected = m_db.isOpen() && m_db.engine() == Engine::PostgreSQL && subscribe();
    if (!m_connected && m_error.isEmpty())
        m_error = tr("Not connected to a clinic server.");
    m_check.start(m_interval);
    return m_connected;
}

void ServerFeed::onNotification(const QString &name, const QVariant &payload)
{
    if (name != m_channel)
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok)
        Q_EMIT patientChanged(id);
}

void ServerFeed::checkNow()
{
    m_check.stop();
    check();
}

void ServerFeed::check()
{
    // The connection's check reads the channel's name too: a patient's is renamed when a login loses
    // the right to see them, and this login may be that one.
    const QString name = m_db.isOpen() ? channel() : QString();
    const bool alive = !name.isEmpty();
    if (alive && m_connected) {
        if (name != m_channel) {
            if (!subscribeTo(name)) {
                m_connected = false;
                Q_EMIT connectionLost(m_error);
                m_check.start(m_interval);
                return;
            }
            Q_EMIT caughtUp();
        }
        m_check.start(m_interval);
        return;
    }
    if (m_connected) {
        m_connected = false;
        m_failures = 0;
        if (!m_refused)
            m_error = tr("The connection to the clinic server was lost.");
        Q_EMIT connectionLost(m_error);
    }
    // Reconnect (the same connection, so the same login), then listen again and catch up.
    if (m_db.reconnectIfLost() && subscribe()) {
        m_connected = true;
        m_failures = 0;
        m_error.clear();
        m_check.start(m_interval);
        Q_EMIT caughtUp();
        return;
    }
    ++m_failures;
    m_check.start(std::min(kMaxBackoffMs, m_interval << std::min(m_failures, 5)));
}

} // namespace nc

#include "notificationrecorder.h"

#include <QDBusConnectionInterface>
#include <QDBusError>

namespace nc::test {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
constexpr uint ClosedByCall = 3; // the specification's reason for CloseNotification
} // namespace

NotificationRecorder::NotificationRecorder()
{
    // A name of its own per recorder: one that left the bus is never reused by the next.
    static int count = 0;
    m_connectionName = QStringLiteral("nc-notification-recorder-%1").arg(++count);
}

NotificationRecorder::~NotificationRecorder()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool NotificationRecorder::start()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        m_error = QStringLiteral("no session bus (run under dbus-run-session): ") + bus.lastError().message();
        return false;
    }
    if (!bus.registerObject(
            Path, this, QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals)) {
        m_error = QStringLiteral("could not register the object: ") + bus.lastError().message();
        return false;
    }
    // Not queued behind another owner: a test must talk to this server and no other.
    const auto reply = bus.interface()->registerService(
        Service, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        m_error = Service + QStringLiteral(" is taken: ") + reply.error().message();
        return false;
    }
    return true;
}

void NotificationRecorder::invokeAction(uint id, const QString &actionKey)
{
    Q_EMIT ActionInvoked(id, actionKey);
}

void NotificationRecorder::closeFromServer(uint id, uint reason)
{
    m_open.remove(id);
    Q_EMIT NotificationClosed(id, reason);
}

uint NotificationRecorder::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    m_calls << QStringLiteral("Notify");
    // As the specification says: an id still open is replaced in place, anything else gets a new id.
    const uint id = m_open.contains(replacesId) ? replacesId : ++m_lastId;
    m_open.insert(id);
    m_notifies << NotifyCall { appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout,
        id };
    return id;
}

void NotificationRecorder::CloseNotification(uint id)
{
    m_calls << QStringLiteral("CloseNotification");
    m_closeCalls << id;
    if (m_open.remove(id))
        Q_EMIT NotificationClosed(id, ClosedByCall);
}

QStringList NotificationRecorder::GetCapabilities()
{
    m_calls << QStringLiteral("GetCapabilities");
    return { QStringLiteral("actions"), QStringLiteral("body") };
}

QString NotificationRecorder::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    m_calls << QStringLiteral("GetServerInformation");
    vendor = QStringLiteral("NeutroCare tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("notificationrecorder");
}

} // namespace nc::test

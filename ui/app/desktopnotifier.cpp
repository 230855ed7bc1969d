#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>
#include <algorithm>
#include <utility>

namespace nc {

namespace {

// The Desktop Notifications Specification 1.2.
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = Service;

// The app id names the .desktop file and its icon: the service shows our name and icon with it.
const QString AppId = QStringLiteral(NEUTROCARE_APP_ID);

// The hint's values: 1 normal, 2 critical (stays until dismissed, shown over "do not disturb").
constexpr uchar NormalUrgency = 1;
constexpr uchar CriticalUrgency = 2;
// expire_timeout: -1 lets the server decide, 0 never expires.
constexpr int ServerDecidesTimeout = -1;
constexpr int NeverExpires = 0;

// The key of the running-in-the-background notice: one at a time, like a reminder's.
const QString BackgroundKey = QStringLiteral("background");

QDBusMessage notifyCall(
    const QString &title, const QString &text, bool critical, const QStringList &actions, uint replacesId)
{
    const QVariantMap hints {
        { QStringLiteral("urgency"), QVariant::fromValue(critical ? CriticalUrgency : NormalUrgency) },
        { QStringLiteral("desktop-entry"), AppId },
    };
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("NeutroCare") << replacesId << AppId << title << text << actions << hints
         << (critical ? NeverExpires : ServerDecidesTimeout);
    return call;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));
    // A service that quits takes its notifications with it; the next reminder is a fresh one, for
    // whichever service comes next.
    auto *watcher = new QDBusServiceWatcher(Service, bus, QDBusServiceWatcher::WatchForUnregistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] { m_shown.clear(); });
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface *daemon = bus.interface();
    return daemon->isServiceRegistered(Service).value()
        || daemon->activatableServiceNames().value().contains(Service);
}

bool DesktopNotifier::notify(const Reminder &reminder)
{
    Message message { reminder.key, reminder.patientId, reminder.title, reminder.text,
        reminder.urgency == ReminderUrgency::Critical, {} };
    // Only call-now is acknowledged; the other reminders end on their own when their time passes.
    if (reminder.kind == ReminderKind::CallNow)
        message.actions << NotificationAction::Contacted << tr("I contacted my care team");
    message.actions << NotificationAction::LogTemperature << tr("Log a temperature")
                    << NotificationAction::Open << tr("Open NeutroCare");
    return show(message);
}

bool DesktopNotifier::notifyRunningInBackground(const QString &title, const QString &text)
{
    return show({ BackgroundKey, 0, title, text, false,
        { NotificationAction::Open, tr("Open NeutroCare"), NotificationAction::Quit,
            tr("Quit NeutroCare") } });
}

bool DesktopNotifier::show(const Message &message)
{
    if (!isAvailable())
        return false;
    Shown &shown = m_shown[message.key];
    shown.patientId = message.patientId;
    if (shown.awaitingId) {
        shown.next = message;
        shown.closeWhenAnswered = false;
    } else {
        send(message, shown);
    }
    return true;
}

void DesktopNotifier::send(const Message &message, Shown &shown)
{
    shown.awaitingId = true;
    const QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(
        notifyCall(message.title, message.text, message.critical, message.actions, shown.id));
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, key = message.key](QDBusPendingCallWatcher *w) { answered(key, w); });
}

void DesktopNotifier::answered(const QString &key, QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    const auto it = m_shown.find(key);
    if (it == m_shown.end()) // the service went away meanwhile
        return;
    if (reply.isError()) {
        qWarning("Desktop notification not shown: %s", qPrintable(reply.error().message()));
        m_shown.erase(it); // a repeat tries afresh
        return;
    }
    it->id = reply.value();
    it->awaitingId = false;
    if (it->closeWhenAnswered) {
        callClose(it->id);
        m_shown.erase(it);
    } else if (it->next) {
        const Message next = *std::exchange(it->next, std::nullopt);
        send(next, *it);
    }
}

void DesktopNotifier::close(const QString &key)
{
    const auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    if (it->awaitingId) {
        it->closeWhenAnswered = true;
        it->next.reset();
        return;
    }
    callClose(it->id);
    m_shown.erase(it);
}

void DesktopNotifier::retire(const QSet<QString> &keysStillDue)
{
    const QStringList keys = m_shown.keys();
    for (const QString &key : keys) {
        if (!keysStillDue.contains(key))
            close(key);
    }
}

void DesktopNotifier::callClose(uint id)
{
    if (id == 0) // the service closed it already
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("CloseNotification"));
    call << id;
    QDBusConnection::sessionBus().asyncCall(call);
}

QHash<QString, DesktopNotifier::Shown>::iterator DesktopNotifier::findId(uint id)
{
    return std::find_if(
        m_shown.begin(), m_shown.end(), [id](const Shown &s) { return id != 0 && s.id == id; });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = findId(id);
    if (it != m_shown.end())
        Q_EMIT actionInvoked(it->patientId, actionKey);
}

// Whatever the reason (expired, dismissed, closed by us), the notification is gone.
void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    const auto it = findId(id);
    if (it == m_shown.end())
        return;
    if (it->awaitingId)
        it->id = 0; // a replacement is on its way and will be a fresh notification
    else
        m_shown.erase(it);
}

} // namespace nc

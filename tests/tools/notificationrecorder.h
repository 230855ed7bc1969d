#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace nc::test {

// One Notify call as the server received it over the bus.
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; // key, label, key, label…
    QVariantMap hints;
    int expireTimeout = -1;
    uint returnedId = 0;
};

// A notification server for tests: owns org.freedesktop.Notifications on the session bus (run the
// test under its own bus, dbus-run-session), records every call it gets and emits ActionInvoked and
// NotificationClosed on demand. It talks on a connection of its own, so a client in the same process
// reaches it through the bus daemon with real messages, as it would reach GNOME Shell.
class NotificationRecorder : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    NotificationRecorder();
    // Leaves the bus: the name is free again, as when the desktop's server quits.
    ~NotificationRecorder() override;

    // Connects and takes the name; false (with the reason in error()) if it could not.
    bool start();
    QString error() const { return m_error; }

    QStringList calls() const { return m_calls; } // every method called, in order
    QList<NotifyCall> notifies() const { return m_notifies; }
    QList<uint> closeCalls() const { return m_closeCalls; } // ids CloseNotification was called with
    bool isOpen(uint id) const { return m_open.contains(id); }

    // What a person clicking a button does.
    void invokeAction(uint id, const QString &actionKey);
    // The server closing a notification itself: 1 expired, 2 dismissed by the person.
    void closeFromServer(uint id, uint reason);

public Q_SLOTS:
    // The specification's methods, exported to the bus (the scriptable slots).
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
        int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);

private:
    QString m_connectionName;
    QString m_error;
    QStringList m_calls;
    QList<NotifyCall> m_notifies;
    QList<uint> m_closeCalls;
    QSet<uint> m_open;
    uint m_lastId = 0;
};

} // namespace nc::test

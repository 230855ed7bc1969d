#pragma once

#include "clinical/reminder.h"

#include <QHash>
#include <QLatin1String>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

class QDBusPendingCallWatcher;

namespace nc {

// The keys of a notification's buttons, as actionInvoked reports them.
namespace NotificationAction {
inline constexpr QLatin1String Contacted("contacted"); // "I contacted my care team": the acknowledgement
inline constexpr QLatin1String LogTemperature("log-temperature"); // the temperature dialog
inline constexpr QLatin1String Open("default"); // the notification itself was clicked: raise the window
inline constexpr QLatin1String Quit("quit"); // "Quit NeutroCare", on the running-in-the-background notice
} // namespace NotificationAction

// Reminders as desktop notifications, through org.freedesktop.Notifications on the session bus (GNOME,
// KDE and Xfce all have it; GNOME has no tray). Each reminder's key has at most one notification on
// screen: a repeat replaces it, and close/retire take it away when its reason is gone.
//
// Every call to the service is asynchronous, so a slow or hung notification daemon never freezes the
// window; a repeat or a close asked for while the first Notify is still unanswered waits for its id.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification service owns its name on the session bus or can be started by it.
    bool isAvailable() const;

    // Shows the reminder, replacing the one with the same key if it is still on screen. False when
    // there is no notification service: the caller shows it another way.
    bool notify(const Reminder &reminder);
    // Says that NeutroCare keeps running with its window closed, with "Open NeutroCare" and "Quit
    // NeutroCare" buttons (actionInvoked with patient 0). False when there is no notification service.
    bool notifyRunningInBackground(const QString &title, const QString &text);
    // Takes the key's notification off the screen (its reason is gone).
    void close(const QString &key);
    // Closes every notification whose key is not among those still due.
    void retire(const QSet<QString> &keysStillDue);
    // Whether the key's notification is on screen as far as the service has told us.
    bool isShown(const QString &key) const { return m_shown.contains(key); }

Q_SIGNALS:
    // A button of one of our notifications was pressed (action is a NotificationAction key).
    void actionInvoked(qint64 patientId, const QString &action);

private Q_SLOTS:
    // Connected by name to the service's D-Bus signals, which carry every client's ids.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    // What one Notify says: a reminder, or the notice about running in the background.
    struct Message
    {
        QString key;
        qint64 patientId = 0;
        QString title;
        QString text;
        bool critical = false;
        QStringList actions; // key, label, key, label…
    };
    struct Shown
    {
        uint id = 0; // the service's id, 0 until it answers or after it closed the notification
        qint64 patientId = 0;
        bool awaitingId = false; // a Notify is unanswered
        std::optional<Message> next; // a repeat that came while awaitingId
        bool closeWhenAnswered = false; // close() came while awaitingId
    };

    bool show(const Message &message);
    void send(const Message &message, Shown &shown);
    void answered(const QString &key, QDBusPendingCallWatcher *watcher);
    void callClose(uint id);
    QHash<QString, Shown>::iterator findId(uint id);

    QHash<QString, Shown> m_shown; // by reminder key
};

} // namespace nc

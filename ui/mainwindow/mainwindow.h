#pragma once

#include "app/session.h"
#include "clinical/reminderschedule.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace nc {

class BackupService;
class DesktopNotifier;
class FollowService;
class FollowedWindow;
class HomeLinkService;
class HistoryScreen;
class LearnScreen;
class PrintCommands;
class PrecautionsScreen;
namespace charts {
class ChartsScreen;
}
class SettingsScreen;
class TodayScreen;
class CaregiverBanner;
struct ProfileStatus;

// The main window: a navigation list of the screens that work, a profile switcher, menus with a
// shortcut for every log dialog, undo/redo, and the reminders that run while the app is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    Session &session() { return m_session; }
    BackupService *backups() const { return m_backups; }
    HomeLinkService *homeLink() const { return m_homeLink; }
    FollowService *follows() const { return m_follows; }
    // File ▸ Follow someone you look after…: a caregiver's login from the clinic.
    void openFollowDialog();
    // The window of a person followed from another house (FollowService's index).
    void openFollowed(int index);
    // The screens, in navigation order. Each is built the first time it is shown or asked for, so
    // start-up pays for Today alone (DESIGN.md's start-up budget); the getters build on demand.
    enum ScreenIndex { TodayIndex, HistoryIndex, ChartsIndex, LearnIndex, PrecautionsIndex, SettingsIndex };
    TodayScreen *today();
    HistoryScreen *history();
    charts::ChartsScreen *chartsScreen();
    LearnScreen *learn();
    PrecautionsScreen *precautions();
    SettingsScreen *settingsScreen();
    // Whether a screen has been built yet (the start-up test checks only Today is).
    bool isScreenBuilt(int index) const;
    PrintCommands *printCommands() const { return m_print; }
    void showScreen(int index);
    // Shows the screen with this object name ("historyScreen", …); false when there is none.
    bool showScreenNamed(const QString &objectName);
    // Shows the window, restored and in front (the tray, a second launch of NeutroCare).
    void bringToFront();
    // What NeutroCare says the first time its window is closed into the background.
    static QString backgroundTitle();
    static QString backgroundText();

    // Opens the log dialog of a kind ("temperature", "count", …); returns the dialog's result.
    int openLogDialog(const QString &kind);
    int openAcknowledge();
    bool ensureProfile();
    void switchPatient(qint64 patientId);

    // Reminders: checked at start (main) and every minute; public for tests.
    void checkReminders();
    // Whether a reminder can reach the person with the window closed: a notification service or a
    // tray. Without either, closing the window quits whatever the setting says.
    bool canRemindWhenClosed() const;
    // File ▸ Quit, and the Quit button of the running-in-the-background notice.
    void quit();
    QString lastReminder() const { return m_lastReminder; }

Q_SIGNALS:
    void largeTextToggled(bool on);
    // The interface language the person chose, or that of the profile switched to (WindowHost
    // rebuilds the window when it differs from the one in use).
    void languageWanted(const QString &code);
    // The window was closed and NeutroCare keeps running to remind (the setting "Keep reminding me
    // when the window is closed"); firstTime until the person has been told so once.
    void backgroundEntered(bool firstTime);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct ScreenSlot
    {
        QString objectName;
        std::function<QWidget *()> build;
        QWidget *widget = nullptr;
    };
    void addScreen(const QString &objectName, const QString &icon, const QString &title,
        std::function<QWidget *()> build);
    QWidget *screenAt(int index);
    QWidget *buildProfileBar(QWidget *parent);
    void buildMenus();
    // Every profile's assessment, once: the level marks in "Looking after" and the banner about
    // the others.
    void refreshProfiles();
    void showProfiles(const QList<ProfileStatus> &statuses);
    void newProfile();
    // From the rolling backups, or from one file the person chooses (checked before it is offered).
    void restoreFromBackup(bool fromChosenFile);
    // The one place a reminder is delivered: the desktop's notification service, else the tray,
    // and always the status line and an alert on the window.
    void remind(const Reminder &reminder);
    // A button of a reminder's notification: the acknowledgement or the temperature dialog of that
    // person, or just the window.
    void onNotificationAction(qint64 patientId, const QString &action);

    Session m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QComboBox *m_profiles;
    CaregiverBanner *m_banner;
    std::vector<ScreenSlot> m_screens;
    PrintCommands *m_print = nullptr;
    QTimer *m_reminderTimer;
    BackupService *m_backups;
    HomeLinkService *m_homeLink;
    FollowService *m_follows;
    QHash<int, QPointer<FollowedWindow>> m_followedWindows;
    bool m_quitting = false; // File ▸ Quit: a close that ends NeutroCare, never one into the background
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier *m_notifier;
    QLabel *m_noReminderChannel = nullptr; // said once: reminders cannot leave this window
    QHash<qint64, RemindersShown> m_remindersShown; // by profile
    QString m_lastReminder;
};

} // namespace nc

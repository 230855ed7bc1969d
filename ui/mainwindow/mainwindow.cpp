#include "mainwindow.h"

#include "app/appsettings.h"
#include "app/backupservice.h"
#include "app/desktopnotifier.h"
#include "backup/restoredialog.h"
#include "caregiverbanner.h"
#include "charts/chartsscreen.h"
#include "exchange/exchangeactions.h"
#include "follow/followedwindow.h"
#include "follow/followservice.h"
#include "history/historyscreen.h"
#include "homelink/homelinkservice.h"
#include "homelink/linkdialog.h"
#include "homelink/linksection.h"
#include "homelink/linkstatusline.h"
#include "learn/learnscreen.h"
#include "log/entrydialogs.h"
#include "log/logshortcuts.h"
#include "precautions/precautionsscreen.h"
#include "reports/printcommands.h"
#include "settings/firstrundialog.h"
#include "settings/settingsscreen.h"
#include "today/todayscreen.h"
#include "widgets/dialogs.h"
#include "widgets/icons.h"
#include "widgets/levelstyle.h"
#include "widgets/theme.h"
#include "widgets/wrappedlabel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace nc {

namespace {
// "Looking after" changes only by an explicit choice: the mouse wheel passing over it, the arrow
// keys and typed letters once switched profiles silently, and a caregiver then logged for the
// wrong person. The arrows open the list instead, where a choice is made with Enter.
class ExplicitChoiceOnly : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (!combo)
            return false;
        if (event->type() == QEvent::Wheel)
            return true;
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier))
            return false; // Alt+Down opens the list; shortcuts pass
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            combo->showPopup();
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            return true;
        default:
            // A typed letter would jump to the first name starting with it.
            return !key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space;
        }
    }
};

// The short word beside each name in "Looking after"; the level's full title is its accessible text.
QString levelMark(const Assessment &a)
{
    switch (a.level) {
    case Level::CallNow:
        return MainWindow::tr("call now");
    case Level::CallToday:
        return MainWindow::tr("call today");
    case Level::Recheck:
        return a.recheckOverdue ? MainWindow::tr("take temperature now") : MainWindow::tr("recheck soon");
    case Level::Caution:
        return MainWindow::tr("take extra care");
    case Level::Ok:
        break;
    }
    return a.hasNote(Finding::NoRecentReading) ? MainWindow::tr("no recent temperature")
                                               : MainWindow::tr("no warning signs");
}

// The level's icon in its colour, drawn on the light list: the call-now and overdue styles have a
// white accent (for their dark card), so their strong background colour is used instead.
QIcon levelIcon(const Assessment &a)
{
    const LevelStyle style = LevelStyle::of(a);
    return icons::icon(style.iconName, style.accent == QColor(Qt::white) ? style.background : style.accent);
}
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_session(db)
    , m_follows(new FollowService([this] { return m_session.now(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NeutroCare"));
    setWindowIcon(icons::appIcon());
    resize(1280, 860);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(buildProfileBar(central));
    m_banner = new CaregiverBanner(central);
    connect(m_banner, &CaregiverBanner::showRequested, this, [this](qint64 id) {
        switchPatient(id);
        if (m_session.patientId() == id) // not when "Keep editing" kept unsaved settings on screen
            showScreen(TodayIndex);
    });
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(0);
    outer->addLayout(layout, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(220);
    layout->addWidget(m_navigation);

    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // A message in the status bar is about the state it was shown in: any change of data or of
    // profile clears it (a call-now reminder after the call was recorded, another person's import).
    connect(&m_session, &Session::dataChanged, statusBar(), &QStatusBar::clearMessage);

    addScreen(QStringLiteral("todayScreen"), QStringLiteral("today"), tr("Today"), [this] {
        auto *today = new TodayScreen(m_session, m_stack);
        connect(today, &TodayScreen::logRequested, this, &MainWindow::openLogDialog);
        connect(today, &TodayScreen::acknowledgeRequested, this, &MainWindow::openAcknowledge);
        connect(today, &TodayScreen::careTeamNumbersRequested, this, [this] {
            showScreen(SettingsIndex);
            settingsScreen()->focusCareTeamNumbers();
        });
        return today;
    });
    addScreen(QStringLiteral("historyScreen"), QStringLiteral("history"), tr("History"), [this] {
        auto *history = new HistoryScreen(m_session, m_stack);
        connect(history, &HistoryScreen::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
        return history;
    });
    addScreen(QStringLiteral("chartsScreen"), QStringLiteral("chart"), tr("Charts"), [this] {
        auto *charts = new charts::ChartsScreen(m_session.database(), m_stack);
        charts->setClock([this] { return m_session.now(); });
        charts->setPatient(m_session.patientId());
        connect(&m_session, &Session::dataChanged, charts,
            [this, charts] { charts->setPatient(m_session.patientId()); });
        return charts;
    });
    addScreen(QStringLiteral("learnScreen"), QStringLiteral("learn"), tr("Learn"), [this] {
        auto *learn = new LearnScreen(m_session, m_stack);
        connect(learn, &LearnScreen::printRequested, m_print, &PrintCommands::printArticle);
        return learn;
    });
    addScreen(QStringLiteral("precautionsScreen"), QStringLiteral("precautions"), tr("Precautions"),
        [this] { return new PrecautionsScreen(m_session, m_stack); });
    addScreen(QStringLiteral("settingsScreen"), QStringLiteral("settings"), tr("Settings"), [this] {
        auto *settings = new SettingsScreen(m_session, m_stack);
        auto *link = new LinkSection(*m_homeLink, m_session, settings);
        connect(link, &LinkSection::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
        settings->addSection(link);
        connect(settings, &SettingsScreen::largeTextChanged, this, &MainWindow::largeTextToggled);
        connect(settings, &SettingsScreen::languageChanged, this, &MainWindow::languageWanted);
        return settings;
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving Settings with unsaved changes asks first; "Keep editing" stays there.
        QWidget *settings = m_screens[SettingsIndex].widget;
        if (row != SettingsIndex && settings && m_stack->currentWidget() == settings
            && !settingsScreen()->confirmLeave()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(SettingsIndex);
            return;
        }
        if (row >= 0)
            m_stack->setCurrentWidget(screenAt(row));
    });

    buildMenus();
    // Today is the screen a person opens the app for; the others wait until they are wanted.
    m_navigation->setCurrentRow(TodayIndex);

    connect(&m_session, &Session::dataChanged, this, &MainWindow::refreshProfiles);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("NeutroCare"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::bringToFront);
        m_tray->show();
    }
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &MainWindow::onNotificationAction);
    m_reminderTimer = new QTimer(this);
    m_reminderTimer->setInterval(60 * 1000);
    connect(m_reminderTimer, &QTimer::timeout, this, &MainWindow::checkReminders);
    m_reminderTimer->start();

    m_backups = new BackupService(m_session, this);
    connect(m_backups, &BackupService::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Your data was backed up to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_backups, &BackupService::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(&m_session, &Session::saveFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });

    // The people followed from another house: their alerts as this computer's own profiles' are.
    connect(m_follows, &FollowService::reminder, this, &MainWindow::remind);
    connect(m_follows, &FollowService::changed, this, &MainWindow::refreshProfiles);

    // The home link's state stays in the status area while the profile on screen is linked.
    m_homeLink = new HomeLinkService(m_session, this);
    auto *linkLine = new LinkStatusLine(*m_homeLink, m_session, LinkStatusLine::Detail::Hidden, this);
    statusBar()->addPermanentWidget(linkLine);
    linkLine->setVisible(linkLine->words().level != linkstatus::Level::Off);
    connect(linkLine, &LinkStatusLine::linkedChanged, linkLine, &QWidget::setVisible);

    const auto patients = m_session.patients();
    if (!patients.isEmpty())
        switchPatient(patients.first().id);
}

QWidget *MainWindow::buildProfileBar(QWidget *parent)
{
    // Whose records are on screen, always in view; a plain row rather than a QToolBar, which
    // would load Qt's image plug-ins for its unused extension arrow before the first paint.
    auto *bar = new QFrame(parent);
    bar->setObjectName(QStringLiteral("profileBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(12, 6, 12, 6);
    auto *who = new QLabel(tr("Loo&king after:"), bar);
    row->addWidget(who);
    m_profiles = new QComboBox(bar);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumWidth(220);
    // As wide as the longest name with its mark, never cut short, within reason for a 1366 px screen.
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMaximumWidth(int(760 * Theme::scale()));
    m_profiles->installEventFilter(new ExplicitChoiceOnly(m_profiles));
    const int markSide = int(18 * Theme::scale()); // the level's icon grows with large text
    m_profiles->setIconSize(QSize(markSide, markSide));
    who->setBuddy(m_profiles);
    row->addWidget(m_profiles);
    row->addStretch(1);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const qint64 data = m_profiles->itemData(index).toLongLong();
        if (data > 0) {
            switchPatient(data);
            return;
        }
        // A person followed from another house opens in a window of their own.
        m_profiles->setCurrentIndex(m_profiles->findData(m_session.patientId()));
        openFollowed(int(-data - 1));
    });
    return bar;
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *newProfile = file->addAction(tr("&New profile…"), this, &MainWindow::newProfile);
    newProfile->setObjectName(QStringLiteral("actionNewProfile"));
    file->addAction(tr("&Follow someone you look after…"), this, &MainWindow::openFollowDialog)
        ->setObjectName(QStringLiteral("actionFollow"));
    file->addSeparator();
    file->addAction(tr("&Back up now"), this, [this] { m_backups->backUpNow(); })
        ->setObjectName(QStringLiteral("actionBackUpNow"));
    auto *backUpTo = file->addAction(tr("Back up &to…"), this, [this] {
        const QString folder = FileDialog::getExistingDirectory(this, tr("Back up to a folder"));
        if (!folder.isEmpty())
            m_backups->backUpTo(folder);
    });
    backUpTo->setObjectName(QStringLiteral("actionBackUpTo"));
    file->addAction(tr("&Restore from backup…"), this, [this] { restoreFromBackup(false); })
        ->setObjectName(QStringLiteral("actionRestore"));
    file->addAction(tr("Restore from &file…"), this, [this] { restoreFromBackup(true); })
        ->setObjectName(QStringLiteral("actionRestoreFromFile"));
    file->addSeparator();
    auto *exchange = new ExchangeActions(m_session, this);
    file->addAction(tr("&Import…"), exchange, &ExchangeActions::importInteractive)
        ->setObjectName(QStringLiteral("actionImport"));
    file->addAction(tr("&Export…"), exchange, &ExchangeActions::exportInteractive)
        ->setObjectName(QStringLiteral("actionExport"));
    m_print = new PrintCommands(m_session, this);
    m_print->addActions(file);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setObjectName(QStringLiteral("actionUndo"));
    auto *redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);

    auto *log = menuBar()->addMenu(tr("&Log"));
    const struct
    {
        const char *kind;
        QString text;
    } entries[] = {
        { "temperature", tr("&Temperature…") },
        { "count", tr("&Blood count…") },
        { "symptom", tr("S&ymptoms…") },
        { "painkiller", tr("&Painkiller dose…") },
        { "treatment", tr("T&reatment…") },
        { "medicine", tr("&Medicine…") },
    };
    for (const auto &e : entries) {
        const QString kind = QString::fromLatin1(e.kind);
        auto *action = log->addAction(e.text, this, [this, kind] { openLogDialog(kind); });
        action->setShortcut(logshortcuts::forKind(kind));
        action->setObjectName(QStringLiteral("actionLog_") + kind);
    }

    auto *go = menuBar()->addMenu(tr("&Go"));
    const QString names[]
        = { tr("&Today"), tr("&History"), tr("&Charts"), tr("&Learn"), tr("&Precautions"), tr("&Settings") };
    for (int i = 0; i < int(std::size(names)); ++i) {
        auto *action = go->addAction(names[i], this, [this, i] { showScreen(i); });
        action->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NeutroCare"), this, [this] {
        MessageBox::about(this, tr("About NeutroCare"),
            tr("<p><b>NeutroCare %1</b></p><p>Self-monitoring and education for people on "
               "chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your "
               "care team.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addScreen(
    const QString &objectName, const QString &icon, const QString &title, std::function<QWidget *()> build)
{
    m_screens.push_back({ objectName, std::move(build) });
    auto *item = new QListWidgetItem(icons::icon(icon, Qt::white), title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
}

QWidget *MainWindow::screenAt(int index)
{
    ScreenSlot &slot = m_screens.at(std::size_t(index));
    if (!slot.widget) {
        slot.widget = slot.build();
        Q_ASSERT(slot.widget->objectName() == slot.objectName);
        m_stack->addWidget(slot.widget);
    }
    return slot.widget;
}

bool MainWindow::isScreenBuilt(int index) const
{
    return m_screens.at(std::size_t(index)).widget != nullptr;
}

TodayScreen *MainWindow::today()
{
    return static_cast<TodayScreen *>(screenAt(TodayIndex));
}

HistoryScreen *MainWindow::history()
{
    return static_cast<HistoryScreen *>(screenAt(HistoryIndex));
}

charts::ChartsScreen *MainWindow::chartsScreen()
{
    return static_cast<charts::ChartsScreen *>(screenAt(ChartsIndex));
}

LearnScreen *MainWindow::learn()
{
    return static_cast<LearnScreen *>(screenAt(LearnIndex));
}

PrecautionsScreen *MainWindow::precautions()
{
    return static_cast<PrecautionsScreen *>(screenAt(PrecautionsIndex));
}

SettingsScreen *MainWindow::settingsScreen()
{
    return static_cast<SettingsScreen *>(screenAt(SettingsIndex));
}

void MainWindow::showScreen(int index)
{
    m_navigation->setCurrentRow(index);
}

bool MainWindow::showScreenNamed(const QString &objectName)
{
    for (std::size_t i = 0; i < m_screens.size(); ++i) {
        if (m_screens[i].objectName == objectName) {
            showScreen(int(i));
            return true;
        }
    }
    return false;
}

void MainWindow::bringToFront()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

QString MainWindow::backgroundTitle()
{
    return tr("NeutroCare is still running");
}

QString MainWindow::backgroundText()
{
    return tr("It keeps reminding you while its window is closed. To open it, start NeutroCare again. "
              "To quit, choose File ▸ Quit, or Quit NeutroCare here.");
}

bool MainWindow::canRemindWhenClosed() const
{
    return m_notifier->isAvailable() || m_tray;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With the setting on, closing hides the window and the reminders keep running; File ▸ Quit
    // quits. With it off, closing the last window quits, as it always did; and so it does where no
    // reminder could leave a closed window (no notification service, no tray), rather than run on
    // unseen and unheard.
    const bool keepRunning = !m_quitting && canRemindWhenClosed()
        && AppSettings().value(AppSettings::Key::RemindWhenClosed).toBool();
    QApplication::setQuitOnLastWindowClosed(!keepRunning);
    event->accept();
    if (!keepRunning)
        return;
    AppSettings prefs;
    const bool firstTime = !prefs.value(AppSettings::Key::BackgroundExplained).toBool();
    if (firstTime) {
        prefs.setValue(AppSettings::Key::BackgroundExplained, true);
        if (!m_notifier->notifyRunningInBackground(backgroundTitle(), backgroundText()))
            m_tray->showMessage(backgroundTitle(), backgroundText(), QSystemTrayIcon::Information);
    }
    Q_EMIT backgroundEntered(firstTime);
}

void MainWindow::quit()
{
    m_quitting = true;
    QApplication::quit();
}

bool MainWindow::ensureProfile()
{
    if (!m_session.patients().isEmpty())
        return true;
    FirstRunDialog dialog(m_session.database(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    switchPatient(dialog.patientId());
    return true;
}

void MainWindow::newProfile()
{
    FirstRunDialog dialog(m_session.database(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        switchPatient(dialog.patientId());
}

void MainWindow::restoreFromBackup(bool fromChosenFile)
{
    QList<BackupInfo> backups = m_backups->backups();
    if (fromChosenFile) {
        const auto file = RestoreDialog::chooseFile(this);
        if (!file)
            return;
        backups = { *file };
    }
    RestoreDialog dialog(*m_backups, backups, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The session has reloaded the restored file; reminders start afresh on it.
    switchPatient(m_session.patientId());
    statusBar()->showMessage(tr("Your data was restored. What was there before was backed up first."));
}

void MainWindow::switchPatient(qint64 patientId)
{
    // Another person's settings would replace unsaved edits of this one's: asked first.
    if (patientId != m_session.patientId() && isScreenBuilt(SettingsIndex)
        && !settingsScreen()->confirmLeave()) {
        refreshProfiles(); // "Looking after" shows who is still on screen
        return;
    }
    // A new person's data change refreshes "Looking after" already (dataChanged).
    if (!m_session.setPatient(patientId))
        refreshProfiles();
    Q_EMIT languageWanted(m_session.settings().language);
}

void MainWindow::refreshProfiles()
{
    showProfiles(profileStatuses(m_session.database(), m_session.now()));
}

void MainWindow::showProfiles(const QList<ProfileStatus> &statuses)
{
    const QSignalBlocker blocker(m_profiles);
    // The people followed from another house come after this computer's own profiles, their data
    // negative: -1 for the first.
    const auto &followed = m_follows->people();
    const auto followData = [](int i) { return qint64(-i - 1); };
    // Rebuilt only when the profiles themselves changed, so a list the person has open stays put.
    bool same = m_profiles->count() == statuses.size() + qsizetype(followed.size());
    for (int i = 0; same && i < int(statuses.size()); ++i)
        same = m_profiles->itemData(i).toLongLong() == statuses.at(i).patient.id;
    if (!same) {
        m_profiles->clear();
        for (const auto &s : statuses)
            m_profiles->addItem(s.patient.name, s.patient.id);
        for (int i = 0; i < int(followed.size()); ++i)
            m_profiles->addItem(followed.at(i).follow.name, followData(i));
    }
    for (int i = 0; i < int(statuses.size()); ++i) {
        const ProfileStatus &s = statuses.at(i);
        m_profiles->setItemText(i, tr("%1 — %2").arg(s.patient.name, levelMark(s.assessment)));
        m_profiles->setItemIcon(i, levelIcon(s.assessment));
        const QString full = tr("%1: %2").arg(s.patient.name, levels::headline(s.assessment));
        m_profiles->setItemData(i, full, Qt::AccessibleTextRole);
        m_profiles->setItemData(i, full, Qt::ToolTipRole);
    }
    for (int i = 0; i < int(followed.size()); ++i) {
        const FollowService::Person &person = followed.at(i);
        const int row = int(statuses.size()) + i;
        QString text = tr("%1 — followed, read-only").arg(person.follow.name);
        QString full = text + QStringLiteral(": ") + m_follows->freshness(i);
        if (const auto &assessment = person.state.assessment; assessment && !m_follows->isStale(i)) {
            text += tr(" — %1").arg(levelMark(*assessment));
            m_profiles->setItemIcon(row, levelIcon(*assessment));
            full = tr("%1 (followed, read-only): %2 %3")
                       .arg(person.follow.name, levels::headline(*assessment), m_follows->freshness(i));
        }
        m_profiles->setItemText(row, text);
        m_profiles->setItemData(row, full, Qt::AccessibleTextRole);
        m_profiles->setItemData(row, full, Qt::ToolTipRole);
    }
    m_profiles->setCurrentIndex(m_profiles->findData(m_session.patientId()));
    m_profiles->setToolTip(m_profiles->currentData(Qt::ToolTipRole).toString());
    m_banner->setStatuses(statuses, m_session.patientId());
}

void MainWindow::openFollowDialog()
{
    LinkDialog *dialog = nullptr;
    LinkDialog follow(
        LinkDialog::Purpose::Follow, {},
        [this, &dialog](const ConnectionSpec &server, const QString &password, PasswordStore::Place place) {
            // After the dialog has shown it is busy: trying the login takes up to a few seconds.
            QTimer::singleShot(0, this, [this, &dialog, server, password, place] {
                const Expected<QList<homelink::Followable>> people
                    = homelink::follow(server, password, place);
                if (!people) {
                    const QString &field = people.error().field;
                    dialog->finished(field == QLatin1String("login") ? homelink::Problem::Refused
                            : field == QLatin1String("keyring")      ? homelink::Problem::NoKeyring
                                                                     : homelink::Problem::Unreachable,
                        people.error().message);
                    return;
                }
                QList<Follow> added;
                QStringList names;
                for (const homelink::Followable &person : *people) {
                    added << Follow { server.keywords(), person.patientId, person.name };
                    names << person.name;
                }
                m_follows->add(added);
                statusBar()->showMessage(
                    tr("Following %1, read-only: in “Looking after”, with their alerts here.")
                        .arg(QLocale().createSeparatedList(names)));
                dialog->finished(homelink::Problem::None, {});
            });
        },
        this);
    dialog = &follow;
    follow.exec();
    refreshProfiles();
}

void MainWindow::openFollowed(int index)
{
    if (index < 0 || index >= int(m_follows->people().size()))
        return;
    if (QPointer<FollowedWindow> open = m_followedWindows.value(index)) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    // Made when asked for: the connection takes a moment, and says why when the server is away.
    QString problem;
    std::unique_ptr<Database> db = m_follows->connectForWindow(index, &problem);
    if (!db) {
        MessageBox::warning(this, tr("Cannot reach the clinic server"), problem);
        return;
    }
    auto *window = new FollowedWindow(
        *m_follows, index, std::move(db), [this] { return m_session.now(); }, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_followedWindows.insert(index, window);
    window->show();
}

int MainWindow::openLogDialog(const QString &kind)
{
    if (!m_session.patientId())
        return QDialog::Rejected;
    std::unique_ptr<LogDialog> dialog;
    if (kind == QLatin1String("temperature"))
        dialog = std::make_unique<TemperatureDialog>(m_session, this);
    else if (kind == QLatin1String("count"))
        dialog = std::make_unique<BloodCountDialog>(m_session, this);
    else if (kind == QLatin1String("symptom"))
        dialog = std::make_unique<SymptomDialog>(m_session, this);
    else if (kind == QLatin1String("painkiller"))
        dialog = std::make_unique<AntipyreticDialog>(m_session, this);
    else if (kind == QLatin1String("treatment"))
        dialog = std::make_unique<TreatmentDialog>(m_session, this);
    else if (kind == QLatin1String("medicine"))
        dialog = std::make_unique<MedicineDialog>(m_session, this);
    else
        return QDialog::Rejected;
    const int result = dialog->exec();
    if (result == QDialog::Accepted)
        checkReminders();
    return result;
}

int MainWindow::openAcknowledge()
{
    AcknowledgeDialog dialog(m_session, m_session.assess(), this);
    return dialog.exec();
}

void MainWindow::remind(const Reminder &reminder)
{
    m_lastReminder = reminder.text;
    statusBar()->showMessage(reminder.text);
    QApplication::alert(this);
    // The notification service reaches the person with the window closed or minimised, and on
    // GNOME, which has no tray; the tray is the fallback, and the window always says it too.
    if (m_notifier->notify(reminder))
        return;
    if (m_tray) {
        if (isMinimized() || !isVisible())
            m_tray->showMessage(reminder.title, reminder.text, QSystemTrayIcon::Warning);
        return;
    }
    if (!m_noReminderChannel) {
        m_noReminderChannel
            = new WrappedLabel(tr("This desktop shows NeutroCare's reminders only in this window: keep "
                                  "it open, and take your temperature at the times your care team gave you."),
                this);
        m_noReminderChannel->setObjectName(QStringLiteral("noReminderChannel"));
        statusBar()->addPermanentWidget(m_noReminderChannel, 1);
    }
}

void MainWindow::onNotificationAction(qint64 patientId, const QString &action)
{
    if (action == NotificationAction::Quit) {
        quit();
        return;
    }
    bringToFront();
    if (action == NotificationAction::Open)
        return;
    // The reminder was one person's: answer it for that person, whoever is on screen now.
    if (patientId != m_session.patientId())
        switchPatient(patientId);
    if (action == NotificationAction::Contacted)
        openAcknowledge();
    else if (action == NotificationAction::LogTemperature)
        openLogDialog(QStringLiteral("temperature"));
}

void MainWindow::checkReminders()
{
    if (!m_session.patientId())
        return;
    m_session.recordAlertEpisode(); // a level the clock alone raised is an episode too
    const QDateTime now = m_session.now();
    const AppSettings prefs;
    const QList<QTime> checkTimes = { prefs.value(AppSettings::Key::MorningReminder).toTime(),
        prefs.value(AppSettings::Key::EveningReminder).toTime() };
    // Every person looked after is reminded, not only the one on screen; with several, each
    // reminder's title says whose it is. The same assessments mark "Looking after": another
    // person's recheck may have become overdue since the last data change.
    const QList<ProfileStatus> statuses = profileStatuses(m_session.database(), now);
    showProfiles(statuses);
    for (const ProfileStatus &status : statuses) {
        ReminderInput in = reminderInput(m_session.database(), status, now, checkTimes);
        in.nameInTitle = statuses.size() > 1;
        RemindersShown &shown = m_remindersShown[in.patientId];
        in.shown = shown;

        const QList<Reminder> due = remindersDue(in);
        for (const Reminder &reminder : due)
            remind(reminder);
        shown.record(in, due);
        if (in.assessment.level != Level::CallNow)
            m_notifier->close(callNowReminderKey(in.patientId)); // acknowledged, or the reason is gone
    }
}

} // namespace nc

// When the window is closed (issue 16), on a session bus of its own with a recording notification
// server: with "Keep reminding me when the window is closed" on, as by default, closing the window
// hides it and NeutroCare keeps running, saying so the first time only, in a desktop notification
// whose Quit button quits; File ▸ Quit still quits; with the setting off, or with no notification
// service and no tray to remind through, closing quits as it always did. A window kept hidden
// (`neutrocare --background`) stays hidden when the language changes.

#include "../guitest.h"
#include "app/appsettings.h"
#include "mainwindow/windowhost.h"
#include "notificationrecorder.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nc;
using namespace nc::guitest;

namespace {

// Runs the application's event loop around `act`: the code exec() returned, or kStillRunning when
// NeutroCare was still running a moment after.
constexpr int kStillRunning = 99;
int runAround(const std::function<void()> &act, int stillRunningAfterMs)
{
    QTimer::singleShot(0, qApp, act);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(kStillRunning); });
    guard.start(stillRunningAfterMs);
    return QApplication::exec();
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startsWithNoWindow();
    void closingKeepsRunning();
    void theNoticesQuitButtonQuits();
    void closingQuitsWithTheSettingOff();
    void closingQuitsWithNowhereToRemind();
    void fileQuitQuits();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestBackground::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_background"));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("background.sqlite"))));
    const auto id = PatientRepository(m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    QVERIFY(id);
    QVERIFY(!PatientSettingsRepository(m_db).save(*id, PatientSettings()));
}

void TestBackground::init()
{
    QSettings().clear();
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestBackground::startsWithNoWindow()
{
    WindowHost host(m_db);
    QVERIFY(!host.window()->isVisible());
    // The reminders run without a window.
    QVERIFY(host.window()->findChild<QTimer *>() != nullptr);
    host.switchLanguage(QStringLiteral("es"));
    QVERIFY(!host.window()->isVisible());
    host.switchLanguage(QStringLiteral("en"));
}

void TestBackground::closingKeepsRunning()
{
    QVERIFY(AppSettings().value(AppSettings::Key::RemindWhenClosed).toBool()); // on by default
    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    MainWindow window(m_db);
    QSignalSpy entered(&window, &MainWindow::backgroundEntered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(runAround([&window] { window.close(); }, 1000), kStillRunning);
    QVERIFY(!window.isVisible());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).toBool(), true);
    QVERIFY(AppSettings().value(AppSettings::Key::BackgroundExplained).toBool());

    // Said once, on the desktop: what happened, how to open it again, how to quit.
    QTRY_COMPARE(server.notifies().size(), 1);
    const test::NotifyCall notice = server.notifies().first();
    QCOMPARE(notice.summary, MainWindow::backgroundTitle());
    QCOMPARE(notice.body, MainWindow::backgroundText());
    QVERIFY(notice.body.contains(QStringLiteral("File ▸ Quit")));
    QCOMPARE(notice.actions,
        (QStringList { QStringLiteral("default"), QStringLiteral("Open NeutroCare"), QStringLiteral("quit"),
            QStringLiteral("Quit NeutroCare") }));
    QCOMPARE(notice.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(1));

    // Opened again and closed again: still running, and not said again.
    window.bringToFront();
    QVERIFY(window.isVisible());
    QCOMPARE(runAround([&window] { window.close(); }, 1000), kStillRunning);
    QVERIFY(!window.isVisible());
    QCOMPARE(entered.size(), 2);
    QCOMPARE(entered.at(1).at(0).toBool(), false);
    QCOMPARE(server.notifies().size(), 1);
}

void TestBackground::theNoticesQuitButtonQuits()
{
    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    MainWindow window(m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(runAround([&window] { window.close(); }, 1000), kStillRunning);
    QTRY_COMPARE(server.notifies().size(), 1);
    const uint id = server.notifies().first().returnedId;
    QCOMPARE(runAround([&server, id] { server.invokeAction(id, QStringLiteral("quit")); }, 10000), 0);
}

void TestBackground::closingQuitsWithTheSettingOff()
{
    AppSettings().setValue(AppSettings::Key::RemindWhenClosed, false);
    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    MainWindow window(m_db);
    QSignalSpy entered(&window, &MainWindow::backgroundEntered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(runAround([&window] { window.close(); }, 10000), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(entered.size(), 0);
}

// As on a desktop with no notification service and no tray: nothing could remind the person with
// the window closed, so closing it quits rather than leave NeutroCare running unseen.
void TestBackground::closingQuitsWithNowhereToRemind()
{
    QVERIFY(AppSettings().value(AppSettings::Key::RemindWhenClosed).toBool());
    MainWindow window(m_db);
    QVERIFY(!window.canRemindWhenClosed());
    QSignalSpy entered(&window, &MainWindow::backgroundEntered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(runAround([&window] { window.close(); }, 10000), 0);
    QCOMPARE(entered.size(), 0);
}

void TestBackground::fileQuitQuits()
{
    MainWindow window(m_db);
    QSignalSpy entered(&window, &MainWindow::backgroundEntered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *quit = child<QAction>(&window, "actionQuit");
    QCOMPARE(runAround([quit] { quit->trigger(); }, 10000), 0);
    QCOMPARE(entered.size(), 0);
    QVERIFY(!AppSettings().value(AppSettings::Key::BackgroundExplained).toBool());
}

QTEST_MAIN(TestBackground)
#include "tst_background.moc"

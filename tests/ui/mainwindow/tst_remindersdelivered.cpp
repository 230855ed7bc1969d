// Issue 16 on the real main window and the real protocol: under a session bus of its own
// (dbus-run-session), a recording org.freedesktop.Notifications server receives the reminders. A
// call-now goes out at once as critical, is repeated after 5 minutes in place of the first, and its
// buttons open that person's acknowledgement or temperature dialog; once acknowledged it stops and
// its notification is closed. With no notification service and no tray, the window says so.

#include "../guitest.h"
#include "clinical/assessment.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "notificationrecorder.h"
#include "today/statuscard.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nc;
using namespace nc::guitest;

class TestRemindersDelivered : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void callNowReachesTheDesktopAndItsButtonsAnswer();
    void withNoServiceAndNoTrayTheWindowSaysSo();
    void twoProfilesGetTwoNamedNotifications();

private:
    // A window with one profile (°F) at call-now on 101.6 °F, on the clock `now`.
    void feverish(MainWindow &w, const QDateTime &now);
    QTemporaryDir m_dir;
    QDateTime m_now;
};

void TestRemindersDelivered::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCareTest"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestRemindersDelivered::feverish(MainWindow &w, const QDateTime &now)
{
    m_now = now;
    w.session().setClock([this] { return m_now; });
    w.show();
    answerProfileDialog(QStringLiteral("Rosa"));
    QVERIFY(w.ensureProfile());
    PatientSettings settings = w.session().settings();
    settings.displayUnit = TemperatureUnit::Fahrenheit;
    QVERIFY(!w.session().saveSettings(settings));
    onNextDialog([](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "temperatureValue"), QStringLiteral("101.6"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Accepted));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
}

void TestRemindersDelivered::callNowReachesTheDesktopAndItsButtonsAnswer()
{
    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("delivered.sqlite"))));
    MainWindow w(db);
    feverish(w, sessionNow());
    if (QTest::currentTestFailed())
        return;

    w.checkReminders();
    QTRY_COMPARE(server.notifies().size(), 1);
    const test::NotifyCall first = server.notifies().first();
    QCOMPARE(first.summary, levels::title(Level::CallNow));
    QCOMPARE(first.body, w.lastReminder());
    QCOMPARE(first.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
    QVERIFY(first.actions.contains(QStringLiteral("contacted")));
    QVERIFY(first.actions.contains(QStringLiteral("log-temperature")));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("noReminderChannel")));

    // Four minutes on, nothing new; at five, the same notification again, in place of the first.
    m_now = m_now.addSecs(4 * 60);
    w.checkReminders();
    QTest::qWait(100);
    QCOMPARE(server.notifies().size(), 1);
    m_now = m_now.addSecs(60);
    w.checkReminders();
    QTRY_COMPARE(server.notifies().size(), 2);
    const test::NotifyCall repeat = server.notifies().at(1);
    QCOMPARE(repeat.replacesId, first.returnedId);
    QCOMPARE(repeat.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));

    // "Log a temperature" opens the temperature dialog (cancelled here).
    QString opened;
    onNextDialog([&opened](QDialog *d) {
        opened = d->objectName();
        d->reject();
    });
    server.invokeAction(repeat.returnedId, QStringLiteral("log-temperature"));
    QTRY_COMPARE(opened, QStringLiteral("temperatureDialog"));

    // "I contacted my care team" opens the acknowledgement; once saved the repeats stop and the
    // notification is closed.
    opened.clear();
    onNextDialog([&opened](QDialog *d) {
        opened = d->objectName();
        child<QRadioButton>(d, "outcome_went_to_hospital")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    server.invokeAction(repeat.returnedId, QStringLiteral("contacted"));
    QTRY_COMPARE(opened, QStringLiteral("acknowledgeDialog"));
    QVERIFY(w.today()->statusCard()->assessment().level != Level::CallNow);
    m_now = m_now.addSecs(5 * 60);
    w.checkReminders();
    QTRY_VERIFY(server.closeCalls().contains(repeat.returnedId));
    QTest::qWait(100);
    QCOMPARE(server.notifies().size(), 2);
}

void TestRemindersDelivered::withNoServiceAndNoTrayTheWindowSaysSo()
{
    // No server owns the name on this test's own bus, and offscreen there is no tray, as on a
    // desktop without either: the reminder is on the window, which says reminders stay there.
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("nochannel.sqlite"))));
    MainWindow w(db);
    feverish(w, sessionNow());
    if (QTest::currentTestFailed())
        return;
    w.checkReminders();
    QCOMPARE(w.lastReminder(),
        QStringLiteral("Call your care team now. When you have, press \"I contacted my care team\"."));
    auto *said = w.findChild<QLabel *>(QStringLiteral("noReminderChannel"));
    QVERIFY(said);
    QVERIFY(said->text().contains(QStringLiteral("only in this window")));
}

void TestRemindersDelivered::twoProfilesGetTwoNamedNotifications()
{
    // A caregiver looking after two people, both at call-now: each gets a notification of their own,
    // named, with a key of their own, whoever is on screen.
    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("twoprofiles.sqlite"))));
    MainWindow w(db);
    feverish(w, sessionNow());
    if (QTest::currentTestFailed())
        return;
    answerProfileDialog(QStringLiteral("Ana"));
    w.findChild<QAction *>(QStringLiteral("actionNewProfile"))->trigger();
    QTRY_COMPARE(w.session().patients().size(), 2);
    QVERIFY(w.session().patientName() == QStringLiteral("Ana"));
    onNextDialog([](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "temperatureValue"), QStringLiteral("38.5"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Accepted));

    // Logging Ana's fever notified her at once, by name, beside Rosa's (her own key, not a
    // replacement of Rosa's).
    QTRY_COMPARE(server.notifies().size(), 2);
    const test::NotifyCall rosa = server.notifies().at(0);
    const test::NotifyCall ana = server.notifies().at(1);
    QCOMPARE(ana.summary, QStringLiteral("Ana: ") + levels::title(Level::CallNow));
    QCOMPARE(ana.replacesId, 0u);
    QVERIFY(ana.returnedId != rosa.returnedId);

    // Five minutes on, each is repeated in place of their own, both named.
    m_now = m_now.addSecs(5 * 60);
    w.checkReminders();
    QTRY_COMPARE(server.notifies().size(), 4);
    QHash<QString, uint> replaced;
    for (const auto &call : server.notifies().mid(2))
        replaced.insert(call.summary, call.replacesId);
    QCOMPARE(replaced.value(QStringLiteral("Rosa: ") + levels::title(Level::CallNow)), rosa.returnedId);
    QCOMPARE(replaced.value(QStringLiteral("Ana: ") + levels::title(Level::CallNow)), ana.returnedId);
}

QTEST_MAIN(TestRemindersDelivered)
#include "tst_remindersdelivered.moc"

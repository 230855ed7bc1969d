// Reminders as desktop notifications, over the real protocol: the test runs on a session bus of its
// own (dbus-run-session) where a recording server owns org.freedesktop.Notifications, and the notifier
// reaches it through the bus daemon.
#include "app/desktopnotifier.h"
#include "notificationrecorder.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace nc;
using nc::test::NotificationRecorder;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goesOutAsTheKindSays_data();
    void goesOutAsTheKindSays();
    void repeatReplacesThePrevious();
    void repeatBeforeTheFirstIsAnsweredStillReplaces();
    void retireClosesWhatIsNoLongerDue();
    void closeBeforeTheIdIsKnownStillCloses();
    void actionReachesTheProfile();
    void otherClientsActionsAreIgnored();
    void closedByTheServerMakesTheNextOneFresh();
    void withNoServerNothingIsDelivered();
    void aServerThatCameBackGetsFreshNotifications();

private:
    // Waits until the recorder has had `count` Notify calls; a test then reads them from m_server.
    [[nodiscard]] bool waitForNotifies(int count);
    nc::test::NotifyCall notifyCall(int index) const { return m_server->notifies().at(index); }

    std::unique_ptr<NotificationRecorder> m_server;
};

namespace {

Reminder callNow(qint64 patientId = 7)
{
    return { QStringLiteral("call-now:7"), ReminderKind::CallNow, ReminderUrgency::Critical, patientId,
        QStringLiteral("Call your care team now — Ana"),
        QStringLiteral("Your temperature is 38.3 °C. Call the number on your card.") };
}

Reminder recheck()
{
    return { QStringLiteral("recheck:2026-03-10T10:00:00+01:00"), ReminderKind::Recheck,
        ReminderUrgency::Normal, 7, QStringLiteral("Time to recheck your temperature"),
        QStringLiteral("It is time to take your temperature again.") };
}

} // namespace

void TestDesktopNotifier::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
        "no session bus: run this test under dbus-run-session (ctest does)");
}

void TestDesktopNotifier::init()
{
    m_server = std::make_unique<NotificationRecorder>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestDesktopNotifier::cleanup()
{
    m_server.reset();
}

bool TestDesktopNotifier::waitForNotifies(int count)
{
    return QTest::qWaitFor([&] { return m_server->notifies().size() >= count; });
}

void TestDesktopNotifier::goesOutAsTheKindSays_data()
{
    QTest::addColumn<Reminder>("reminder");
    QTest::addColumn<uchar>("urgency");
    QTest::addColumn<QStringList>("actionKeys");
    QTest::addColumn<int>("expireTimeout");

    // Call-now is critical, never expires and is the one that can be acknowledged.
    QTest::newRow("call now") << callNow() << uchar(2)
                              << QStringList { QStringLiteral("contacted"), QStringLiteral("log-temperature"),
                                     QStringLiteral("default") }
                              << 0;
    QTest::newRow("recheck") << recheck() << uchar(1)
                             << QStringList { QStringLiteral("log-temperature"), QStringLiteral("default") }
                             << -1;
}

void TestDesktopNotifier::goesOutAsTheKindSays()
{
    QFETCH(Reminder, reminder);
    QFETCH(uchar, urgency);
    QFETCH(QStringList, actionKeys);
    QFETCH(int, expireTimeout);

    DesktopNotifier notifier;
    QVERIFY(notifier.isAvailable());
    QVERIFY(notifier.notify(reminder));

    QVERIFY(waitForNotifies(1));
    const auto sent = notifyCall(0);
    QCOMPARE(sent.appName, QStringLiteral("NeutroCare"));
    QCOMPARE(sent.appIcon, QStringLiteral(NEUTROCARE_APP_ID));
    QCOMPARE(sent.replacesId, 0u);
    QCOMPARE(sent.summary, reminder.title);
    QCOMPARE(sent.body, reminder.text);
    QCOMPARE(sent.expireTimeout, expireTimeout);
    // The specification's types: urgency is a byte, not an int, or servers ignore it.
    const QVariant sentUrgency = sent.hints.value(QStringLiteral("urgency"));
    QCOMPARE(sentUrgency.metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(sentUrgency.value<uchar>(), urgency);
    QCOMPARE(sent.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(NEUTROCARE_APP_ID));

    // key, label pairs, each labelled in words.
    QCOMPARE(sent.actions.size(), actionKeys.size() * 2);
    QStringList keys;
    for (qsizetype i = 0; i < sent.actions.size(); i += 2) {
        keys << sent.actions.at(i);
        QVERIFY2(!sent.actions.at(i + 1).isEmpty(), qPrintable(sent.actions.at(i)));
    }
    QCOMPARE(keys, actionKeys);
    if (reminder.kind == ReminderKind::CallNow)
        QCOMPARE(sent.actions.at(1), QStringLiteral("I contacted my care team"));
}

void TestDesktopNotifier::repeatReplacesThePrevious()
{
    DesktopNotifier notifier;
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(1));
    const auto first = notifyCall(0);
    QVERIFY(first.returnedId != 0);
    QTRY_VERIFY(notifier.isShown(callNow().key));

    Reminder again = callNow();
    again.text = QStringLiteral("Still waiting: call the number on your card.");
    QVERIFY(notifier.notify(again));
    QVERIFY(waitForNotifies(2));
    const auto second = notifyCall(1);
    QCOMPARE(second.replacesId, first.returnedId);
    QCOMPARE(second.returnedId, first.returnedId); // one notification on screen, not two
    QCOMPARE(second.body, again.text);
}

void TestDesktopNotifier::repeatBeforeTheFirstIsAnsweredStillReplaces()
{
    DesktopNotifier notifier;
    // No event loop between the two: the second waits for the id the first gets.
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(2));
    const auto second = notifyCall(1);
    QCOMPARE(second.replacesId, notifyCall(0).returnedId);
    QVERIFY(second.replacesId != 0);
    QTest::qWait(100); // nothing else is on its way
    QCOMPARE(m_server->notifies().size(), 2);
}

void TestDesktopNotifier::retireClosesWhatIsNoLongerDue()
{
    DesktopNotifier notifier;
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(notifier.notify(recheck()));
    QVERIFY(waitForNotifies(2));
    QTRY_VERIFY(notifier.isShown(callNow().key) && notifier.isShown(recheck().key));
    const uint callNowId = m_server->notifies().at(0).returnedId;
    const uint recheckId = m_server->notifies().at(1).returnedId;

    // Acknowledged: call-now is no longer due, the recheck still is.
    notifier.retire({ recheck().key });
    QTRY_COMPARE(m_server->closeCalls(), QList<uint> { callNowId });
    QVERIFY(!notifier.isShown(callNow().key));
    QVERIFY(m_server->isOpen(recheckId));

    notifier.close(recheck().key);
    QTRY_COMPARE(m_server->closeCalls(), (QList<uint> { callNowId, recheckId }));
    QVERIFY(!m_server->isOpen(recheckId));
    // Closing what is not shown asks the server nothing.
    notifier.close(recheck().key);
    QTest::qWait(100);
    QCOMPARE(m_server->closeCalls().size(), 2);
}

void TestDesktopNotifier::closeBeforeTheIdIsKnownStillCloses()
{
    DesktopNotifier notifier;
    QVERIFY(notifier.notify(callNow()));
    notifier.close(callNow().key);
    QVERIFY(waitForNotifies(1));
    const uint id = notifyCall(0).returnedId;
    QTRY_COMPARE(m_server->closeCalls(), QList<uint> { id });
    QVERIFY(!m_server->isOpen(id));
}

void TestDesktopNotifier::actionReachesTheProfile()
{
    DesktopNotifier notifier;
    QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
    QVERIFY(notifier.notify(callNow(42)));
    QVERIFY(waitForNotifies(1));
    const uint id = notifyCall(0).returnedId;
    QTRY_VERIFY(notifier.isShown(callNow().key));

    m_server->invokeAction(id, QStringLiteral("contacted"));
    QVERIFY(actions.wait());
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().at(0).value<qint64>(), 42);
    QCOMPARE(actions.first().at(1).toString(), QString(NotificationAction::Contacted));
}

void TestDesktopNotifier::otherClientsActionsAreIgnored()
{
    DesktopNotifier notifier;
    QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
    QVERIFY(notifier.notify(recheck()));
    QVERIFY(waitForNotifies(1));
    const uint id = notifyCall(0).returnedId;
    QTRY_VERIFY(notifier.isShown(recheck().key));

    // The signal goes to every client: an id that is not ours, then ours, in that order on the bus.
    m_server->invokeAction(id + 100, QStringLiteral("default"));
    m_server->invokeAction(id, QStringLiteral("log-temperature"));
    QVERIFY(actions.wait());
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().at(1).toString(), QString(NotificationAction::LogTemperature));
}

void TestDesktopNotifier::closedByTheServerMakesTheNextOneFresh()
{
    DesktopNotifier notifier;
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(1));
    const uint id = notifyCall(0).returnedId;
    QTRY_VERIFY(notifier.isShown(callNow().key));

    m_server->closeFromServer(id, 2); // dismissed by the person
    QTRY_VERIFY(!notifier.isShown(callNow().key));

    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(2));
    const auto next = notifyCall(1);
    QCOMPARE(next.replacesId, 0u);
    QVERIFY(next.returnedId != id);
}

void TestDesktopNotifier::withNoServerNothingIsDelivered()
{
    DesktopNotifier notifier;
    m_server.reset(); // the server leaves the bus; the test's bus can start none
    QTRY_VERIFY(!notifier.isAvailable());
    QVERIFY(!notifier.notify(callNow()));
    QVERIFY(!notifier.isShown(callNow().key));
}

void TestDesktopNotifier::aServerThatCameBackGetsFreshNotifications()
{
    DesktopNotifier notifier;
    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(1));
    QTRY_VERIFY(notifier.isShown(callNow().key));

    m_server = std::make_unique<NotificationRecorder>(); // the old one quits, a new one takes the name
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QTRY_VERIFY(!notifier.isShown(callNow().key));

    QVERIFY(notifier.notify(callNow()));
    QVERIFY(waitForNotifies(1));
    QCOMPARE(notifyCall(0).replacesId, 0u);
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"

// The home link's state in words (issue 19 "State in words"): each state its sentence and its level,
// the clock's "since" in the person's local time, and a refusal always asking for a new login.
#include "homelink/linkstatus.h"
#include "language.h"

#include <QTest>

using namespace nc;
using linkstatus::Level;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 4), QTime(16, 30)).toUTC(); // local time zone

linkstatus::State linked()
{
    linkstatus::State s;
    s.linked = true;
    s.clinic = QStringLiteral("Riverside Oncology");
    s.linkedAt = kNow.addDays(-3);
    return s;
}
} // namespace

class TestLinkStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { language::apply(QStringLiteral("en")); } // English plurals
    void eachStateInWords_data();
    void eachStateInWords();
    void aRefusalOutranksWaiting();
};

void TestLinkStatus::eachStateInWords_data()
{
    QTest::addColumn<linkstatus::State>("state");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("line");

    QTest::newRow("not linked") << linkstatus::State() << int(Level::Off)
                                << QStringLiteral(
                                       "Not linked to a clinic: everything stays on this computer.");
    QTest::newRow("linked, nothing sent yet")
        << linked() << int(Level::Fine) << QStringLiteral("Linked to Riverside Oncology — nothing sent yet");
    linkstatus::State sent = linked();
    sent.lastSentAt = kNow.addSecs(-125);
    QTest::newRow("sent two minutes ago")
        << sent << int(Level::Fine)
        << QStringLiteral("Linked to Riverside Oncology — last sent 2 minutes ago");
    linkstatus::State toSend = sent;
    toSend.waiting = 4;
    QTest::newRow("entries to send") << toSend << int(Level::Sending)
                                     << QStringLiteral("Linked to Riverside Oncology — 4 entries to send");
    linkstatus::State sending = toSend;
    sending.sending = true;
    QTest::newRow("sending") << sending << int(Level::Sending)
                             << QStringLiteral("Sending 4 entries to Riverside Oncology…");
    linkstatus::State offline = linked();
    offline.waiting = 3;
    offline.lastSentAt = QDateTime(QDate(2026, 3, 4), QTime(14, 5));
    offline.problem = homelink::Problem::Unreachable;
    offline.problemMessage = QStringLiteral("Could not connect to the clinic server.");
    QTest::newRow("offline since 14:05")
        << offline << int(Level::Waiting)
        << QStringLiteral("3 entries waiting to be sent — no connection since %1")
               .arg(QLocale().toString(QTime(14, 5), QLocale::ShortFormat));
    linkstatus::State offlineLong = offline;
    offlineLong.lastSentAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    QTest::newRow("offline since another day")
        << offlineLong << int(Level::Waiting)
        << QStringLiteral("3 entries waiting to be sent — no connection since %1")
               .arg(QLocale().toString(QDateTime(QDate(2026, 3, 1), QTime(9, 0)), QLocale::ShortFormat));
    linkstatus::State idleOffline = offline;
    idleOffline.waiting = 0;
    QTest::newRow("offline, nothing waiting")
        << idleOffline << int(Level::Waiting)
        << QStringLiteral("Linked to Riverside Oncology — no connection since %1")
               .arg(QLocale().toString(QTime(14, 5), QLocale::ShortFormat));
    linkstatus::State refused = offline;
    refused.problem = homelink::Problem::Refused;
    QTest::newRow("refused") << refused << int(Level::Action)
                             << QStringLiteral("The clinic refused the login: ask your nurse for a new one.");
    linkstatus::State other = offline;
    other.problem = homelink::Problem::Other;
    QTest::newRow("not taken") << other << int(Level::Action)
                               << QStringLiteral(
                                      "3 entries waiting to be sent — the clinic server did not take them");
}

void TestLinkStatus::eachStateInWords()
{
    QFETCH(linkstatus::State, state);
    QFETCH(int, level);
    QFETCH(QString, line);
    const linkstatus::Words words = linkstatus::describe(state, kNow);
    QCOMPARE(words.line, line);
    QCOMPARE(int(words.level), level);
    // The server's own sentence goes along as the detail, never instead of the line.
    QCOMPARE(words.detail, state.problem == homelink::Problem::None ? QString() : state.problemMessage);
}

void TestLinkStatus::aRefusalOutranksWaiting()
{
    linkstatus::State s = linked();
    s.waiting = 12;
    s.sending = true;
    s.problem = homelink::Problem::Refused;
    QCOMPARE(linkstatus::describe(s, kNow).level, Level::Action);
}

QTEST_MAIN(TestLinkStatus)
#include "tst_linkstatus.moc"

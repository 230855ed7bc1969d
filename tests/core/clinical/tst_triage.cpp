// The disposition rules of a telephone-triage call (CLINICAL.md §8): the suggestion for every level,
// a reason required exactly when the choice is less urgent than the suggestion, and the follow-up
// call due 24 hours after an amber call, overdue one millisecond after and never once made.
#include "clinical/triage.h"

#include <QTest>

using namespace nc;
using namespace nc::triage;

Q_DECLARE_METATYPE(Level)
Q_DECLARE_METATYPE(Disposition)

class TestTriage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestion_data();
    void suggestion();
    void reasonWhenLessUrgent_data();
    void reasonWhenLessUrgent();
    void followUp_data();
    void followUp();
    void overdue();
    void codes();
};

void TestTriage::suggestion_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<Disposition>("disposition");
    QTest::newRow("call_now") << Level::CallNow << Disposition::AttendNow;
    QTest::newRow("call_today") << Level::CallToday << Disposition::Review24h;
    QTest::newRow("recheck") << Level::Recheck << Disposition::SelfCare;
    QTest::newRow("caution") << Level::Caution << Disposition::SelfCare;
    QTest::newRow("ok") << Level::Ok << Disposition::SelfCare;
}

void TestTriage::suggestion()
{
    QFETCH(Level, level);
    QFETCH(Disposition, disposition);
    QCOMPARE(suggested(level), disposition);
}

void TestTriage::reasonWhenLessUrgent_data()
{
    QTest::addColumn<Disposition>("suggestedDisposition");
    QTest::addColumn<Disposition>("chosen");
    QTest::addColumn<bool>("reason");
    const Disposition all[] = { Disposition::SelfCare, Disposition::Review24h, Disposition::AttendNow };
    for (const Disposition s : all) {
        for (const Disposition c : all) {
            QTest::addRow("%s chosen for %s", qPrintable(dispositionCode(c)), qPrintable(dispositionCode(s)))
                << s << c << (static_cast<int>(c) < static_cast<int>(s));
        }
    }
}

void TestTriage::reasonWhenLessUrgent()
{
    QFETCH(Disposition, suggestedDisposition);
    QFETCH(Disposition, chosen);
    QFETCH(bool, reason);
    QCOMPARE(needsReason(suggestedDisposition, chosen), reason);
}

void TestTriage::followUp_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<Disposition>("chosen");
    QTest::addColumn<bool>("due");
    QTest::newRow("amber, as suggested") << Level::CallToday << Disposition::Review24h << true;
    QTest::newRow("amber, told to attend now") << Level::CallToday << Disposition::AttendNow << false;
    QTest::newRow("amber, self care with a reason") << Level::CallToday << Disposition::SelfCare << true;
    QTest::newRow("red, attend now") << Level::CallNow << Disposition::AttendNow << false;
    QTest::newRow("red, review (with a reason)") << Level::CallNow << Disposition::Review24h << true;
    QTest::newRow("ok, self care") << Level::Ok << Disposition::SelfCare << false;
    QTest::newRow("recheck, review chosen") << Level::Recheck << Disposition::Review24h << true;
}

void TestTriage::followUp()
{
    QFETCH(Level, level);
    QFETCH(Disposition, chosen);
    QFETCH(bool, due);
    const QDateTime call = QDateTime::fromString(QStringLiteral("2026-03-10T14:05:00+01:00"), Qt::ISODate);
    const auto at = followUpDue(level, chosen, call);
    QCOMPARE(at.has_value(), due);
    if (at)
        QCOMPARE(*at, call.addSecs(24 * 3600));
}

void TestTriage::overdue()
{
    const QDateTime due = QDateTime::fromString(QStringLiteral("2026-03-11T14:05:00+01:00"), Qt::ISODate);
    QVERIFY(!followUpOverdue(due, due, false));
    QVERIFY(followUpOverdue(due, due.addMSecs(1), false));
    QVERIFY(!followUpOverdue(due, due.addDays(3), true));
    QVERIFY(!followUpOverdue(due, due.addSecs(-3600), false));
}

void TestTriage::codes()
{
    for (const Disposition d : { Disposition::SelfCare, Disposition::Review24h, Disposition::AttendNow })
        QCOMPARE(dispositionFromCode(dispositionCode(d)), d);
    QCOMPARE(dispositionCode(Disposition::AttendNow), QStringLiteral("attend_now"));
    QCOMPARE(dispositionCode(Disposition::Review24h), QStringLiteral("review_24h"));
    QCOMPARE(dispositionCode(Disposition::SelfCare), QStringLiteral("self_care"));
    QCOMPARE(dispositionFromCode(QStringLiteral("attend")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"

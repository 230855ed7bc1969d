// The one rule for when a record may say it happened (storage/recordtime.h): a time later than
// now by more than the clock skew allowance is in the future; a date after today is.
#include "storage/recordtime.h"

#include <QTest>

using namespace nc;

namespace {
// Noon in Madrid in winter.
const QDateTime kNow(QDate(2026, 12, 4), QTime(12, 0), Qt::OffsetFromUTC, 3600);
} // namespace

class TestRecordTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void time_data();
    void time();
    void date_data();
    void date();
    void problemNamesNow();
};

void TestRecordTime::time_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<bool>("future");
    const int skew = records::kClockSkewSeconds;
    QTest::newRow("an hour ago") << kNow.addSecs(-3600) << false;
    QTest::newRow("now") << kNow << false;
    QTest::newRow("a fast clock, at the allowance") << kNow.addSecs(skew) << false;
    QTest::newRow("a second past the allowance") << kNow.addSecs(skew + 1) << true;
    QTest::newRow("tomorrow") << kNow.addDays(1) << true;
    QTest::newRow("the same moment in UTC") << kNow.toUTC() << false;
    QTest::newRow("later in the day, written in New York's offset")
        << kNow.addSecs(2 * 3600).toOffsetFromUtc(-5 * 3600) << true;
}

void TestRecordTime::time()
{
    QFETCH(QDateTime, time);
    QFETCH(bool, future);
    QCOMPARE(records::isInTheFuture(time, kNow), future);
    QCOMPARE(records::futureProblem(time, kNow).has_value(), future);
}

void TestRecordTime::date_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("future");
    QTest::newRow("yesterday") << kNow.date().addDays(-1) << kNow << false;
    QTest::newRow("today: the dose given this morning") << kNow.date() << kNow << false;
    QTest::newRow("tomorrow") << kNow.date().addDays(1) << kNow << true;
    QTest::newRow("20 days ahead (12/24 for 11/24)") << QDate(2026, 12, 24) << kNow << true;
    // The day is now's own: 00:30 in Madrid is still the 4th in UTC terms of the 3rd, yet today
    // for the person is the 4th.
    const QDateTime justAfterMidnight(QDate(2026, 12, 4), QTime(0, 30), Qt::OffsetFromUTC, 3600);
    QTest::newRow("today, just after midnight") << QDate(2026, 12, 4) << justAfterMidnight << false;
}

void TestRecordTime::date()
{
    QFETCH(QDate, date);
    QFETCH(QDateTime, now);
    QFETCH(bool, future);
    QCOMPARE(records::isInTheFuture(date, now), future);
    QCOMPARE(records::futureProblem(date, now).has_value(), future);
}

void TestRecordTime::problemNamesNow()
{
    const auto timeProblem = records::futureProblem(kNow.addDays(1), kNow);
    QVERIFY(timeProblem);
    QVERIFY2(timeProblem->contains(QStringLiteral("in the future")), qPrintable(*timeProblem));
    QVERIFY2(timeProblem->contains(QStringLiteral("2026-12-04T12:00:00+01:00")), qPrintable(*timeProblem));
    const auto dateProblem = records::futureProblem(QDate(2026, 12, 24), kNow);
    QVERIFY(dateProblem);
    QVERIFY2(dateProblem->contains(QStringLiteral("today is 2026-12-04")), qPrintable(*dateProblem));
}

QTEST_GUILESS_MAIN(TestRecordTime)
#include "tst_recordtime.moc"

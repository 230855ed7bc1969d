// The reminder schedule (DESIGN.md "Reminders that reach the person") on a fake clock: each row
// plays minutes one after the other, remembering what was shown as MainWindow does.
#include "clinical/reminderschedule.h"

#include <QTest>

using namespace nc;

namespace {
const QDateTime kMorning(QDate(2026, 3, 10), QTime(8, 0), Qt::OffsetFromUTC, 3600);
const QString kNoReadingNote = QStringLiteral("No temperature logged in the last 12 hours.");

Assessment assessment(Level level, bool lowCountDays = false, bool noRecentReading = false)
{
    Assessment a;
    a.level = level;
    if (lowCountDays)
        a.nadirWindow
            = NadirWindow { QDate(2026, 3, 1), QDate(2026, 3, 8), QDate(2026, 3, 15), 9, true, false };
    if (noRecentReading)
        a.notes.append({ Finding::NoRecentReading, kNoReadingNote });
    return a;
}

ReminderInput input(const QDateTime &now, const Assessment &a, qint64 patientId = 7)
{
    ReminderInput in;
    in.now = now;
    in.patientId = patientId;
    in.patientName = QStringLiteral("Ana");
    in.assessment = a;
    in.checkTimes = { QTime(8, 0), QTime(20, 0) };
    return in;
}

QStringList keys(const QList<Reminder> &reminders)
{
    QStringList out;
    for (const Reminder &r : reminders)
        out.append(r.key);
    return out;
}
} // namespace

class TestReminderSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callNow_data();
    void callNow();
    void recheck_data();
    void recheck();
    void lowCountCheck_data();
    void lowCountCheck();
    void gcsfDay_data();
    void gcsfDay();
    void noRecentReading_data();
    void noRecentReading();
    void twoProfiles();
    void callNowIsTheOnlyOne();
};

void TestReminderSchedule::callNow_data()
{
    // Minute after the first look, whether the level is still call-now then, and whether it is shown.
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QList<bool>>("callNow");
    QTest::addColumn<QList<bool>>("shown");
    QTest::newRow("at once, then every 5 minutes")
        << QList<int> { 0, 1, 4, 5, 9, 10 } << QList<bool> { true, true, true, true, true, true }
        << QList<bool> { true, false, false, true, false, true };
    QTest::newRow("acknowledged: no repeat") << QList<int> { 0, 5, 10 } << QList<bool> { true, false, false }
                                             << QList<bool> { true, false, false };
    QTest::newRow("call-now again after acknowledging: at once")
        << QList<int> { 0, 2, 3, 4, 8 } << QList<bool> { true, false, true, true, true }
        << QList<bool> { true, false, true, false, true };
}

void TestReminderSchedule::callNow()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QList<bool>, callNow);
    QFETCH(QList<bool>, shown);
    RemindersShown memory;
    for (int i = 0; i < int(minutes.size()); ++i) {
        ReminderInput in = input(kMorning.addSecs(minutes.at(i) * 60),
            assessment(callNow.at(i) ? Level::CallNow : Level::CallToday));
        in.shown = memory;
        const QList<Reminder> due = remindersDue(in);
        memory.record(in, due);
        QCOMPARE(due.size(), shown.at(i) ? 1 : 0);
        if (due.isEmpty())
            continue;
        const Reminder &r = due.first();
        QCOMPARE(r.key, QStringLiteral("callnow:7")); // a repeat replaces the previous notification
        QCOMPARE(r.kind, ReminderKind::CallNow);
        QCOMPARE(r.urgency, ReminderUrgency::Critical);
        QCOMPARE(r.patientId, 7);
        QCOMPARE(r.title, levels::title(Level::CallNow));
        QCOMPARE(r.text,
            QStringLiteral("Call your care team now. When you have, press \"I contacted my care team\"."));
    }
}

void TestReminderSchedule::recheck_data()
{
    // Minutes after the recheck time, and the key shown then ("" for none).
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QStringList>("shown");
    const QString due = QStringLiteral("recheck:7:2026-03-10T08:00:00+01:00");
    const QString overdue = QStringLiteral("overdue:7:2026-03-10T08:00:00+01:00");
    QTest::newRow("once when due, once when overdue")
        << QList<int> { -1, 0, 1, 59, 60, 61, 180 } << QStringList { {}, due, {}, {}, overdue, {}, {} };
    QTest::newRow("first look after the overdue time: overdue only")
        << QList<int> { 90, 91 } << QStringList { overdue, {} };
    QTest::newRow("first look just inside 12 hours") << QList<int> { 12 * 60 - 1 } << QStringList { overdue };
    // A reading logged 13 hours late: its recheck time was 12 hours ago.
    QTest::newRow("a reading logged 13 hours late")
        << QList<int> { 12 * 60, 12 * 60 + 1 } << QStringList { {}, {} };
}

void TestReminderSchedule::recheck()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QStringList, shown);
    Assessment a = assessment(Level::Recheck);
    a.recheckBy = kMorning;
    RemindersShown memory;
    for (int i = 0; i < int(minutes.size()); ++i) {
        ReminderInput in = input(kMorning.addSecs(minutes.at(i) * 60), a);
        in.shown = memory;
        const QList<Reminder> due = remindersDue(in);
        memory.record(in, due);
        QCOMPARE(keys(due), shown.at(i).isEmpty() ? QStringList() : QStringList { shown.at(i) });
        if (due.isEmpty())
            continue;
        QCOMPARE(due.first().kind, ReminderKind::Recheck);
        QCOMPARE(due.first().urgency, ReminderUrgency::Normal);
        QCOMPARE(due.first().title, QStringLiteral("Temperature check"));
        QCOMPARE(due.first().text,
            shown.at(i).startsWith(QLatin1String("overdue"))
                ? QStringLiteral("Your temperature check is overdue: please take your temperature now.")
                : QStringLiteral("It is time to take your temperature again."));
    }
}

void TestReminderSchedule::lowCountCheck_data()
{
    QTest::addColumn<bool>("lowCountDays");
    QTest::addColumn<QTime>("now");
    QTest::addColumn<QTime>("latestReading"); // today; invalid: none
    QTest::addColumn<QStringList>("shown");
    const QString morning = QStringLiteral("nadir:7:2026-03-10:0");
    const QString evening = QStringLiteral("nadir:7:2026-03-10:1");
    QTest::newRow("morning, no temperature since")
        << true << QTime(8, 0) << QTime(7, 59) << QStringList { morning };
    QTest::newRow("morning, none at all") << true << QTime(9, 30) << QTime() << QStringList { morning };
    QTest::newRow("morning, a temperature since") << true << QTime(9, 30) << QTime(8, 0) << QStringList();
    QTest::newRow("before the morning time") << true << QTime(7, 59) << QTime() << QStringList();
    QTest::newRow("outside the low-count days") << false << QTime(9, 30) << QTime() << QStringList();
    QTest::newRow("evening, with a morning reading")
        << true << QTime(20, 30) << QTime(9, 0) << QStringList { evening };
    QTest::newRow("evening, none since the morning time 12.5 hours ago")
        << true << QTime(20, 30) << QTime(7, 0) << QStringList { evening };
    QTest::newRow("evening, a temperature since") << true << QTime(21, 0) << QTime(20, 15) << QStringList();
}

void TestReminderSchedule::lowCountCheck()
{
    QFETCH(bool, lowCountDays);
    QFETCH(QTime, now);
    QFETCH(QTime, latestReading);
    QFETCH(QStringList, shown);
    ReminderInput in = input(
        QDateTime(kMorning.date(), now, Qt::OffsetFromUTC, 3600), assessment(Level::Ok, lowCountDays));
    if (latestReading.isValid())
        in.latestReading = QDateTime(kMorning.date(), latestReading, Qt::OffsetFromUTC, 3600);
    const QList<Reminder> due = remindersDue(in);
    QCOMPARE(keys(due), shown);
    for (const Reminder &r : due) {
        QCOMPARE(r.kind, ReminderKind::LowCountCheck);
        QCOMPARE(r.text, QStringLiteral("You are in your low-count days: please take your temperature now."));
    }
    if (due.isEmpty())
        return;
    // Nothing shown twice.
    in.shown.record(in, due);
    in.now = in.now.addSecs(60);
    QVERIFY(remindersDue(in).isEmpty());
}

void TestReminderSchedule::gcsfDay_data()
{
    QTest::addColumn<QList<Treatment>>("treatments");
    QTest::addColumn<std::optional<TreatmentKind>>(
        "named"); // the G-CSF the reminder names; none: no reminder
    const QDate today = kMorning.date();
    QTest::newRow("filgrastim today") << QList<Treatment> { { today, TreatmentKind::Filgrastim } }
                                      << std::optional(TreatmentKind::Filgrastim);
    QTest::newRow("two doses today: one reminder")
        << QList<Treatment> { { today, TreatmentKind::Pegfilgrastim }, { today, TreatmentKind::Filgrastim } }
        << std::optional(TreatmentKind::Pegfilgrastim);
    QTest::newRow("chemotherapy today")
        << QList<Treatment> { { today, TreatmentKind::Chemotherapy } } << std::optional<TreatmentKind>();
    QTest::newRow("G-CSF tomorrow") << QList<Treatment> { { today.addDays(1), TreatmentKind::Filgrastim } }
                                    << std::optional<TreatmentKind>();
    QTest::newRow("G-CSF yesterday") << QList<Treatment> { { today.addDays(-1), TreatmentKind::Filgrastim } }
                                     << std::optional<TreatmentKind>();
}

void TestReminderSchedule::gcsfDay()
{
    QFETCH(QList<Treatment>, treatments);
    QFETCH(std::optional<TreatmentKind>, named);
    ReminderInput in = input(kMorning, assessment(Level::Ok));
    in.treatments = treatments;
    const QList<Reminder> due = remindersDue(in);
    if (!named) {
        QVERIFY(due.isEmpty());
        return;
    }
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().key, QStringLiteral("gcsf:7:2026-03-10"));
    QCOMPARE(due.first().kind, ReminderKind::GcsfDay);
    QCOMPARE(due.first().title, QStringLiteral("G-CSF injection"));
    QCOMPARE(due.first().text,
        QStringLiteral("Your %1 injection is due today.").arg(treatments::displayName(*named)));
    in.shown.record(in, due);
    in.now = in.now.addSecs(3600);
    QVERIFY(remindersDue(in).isEmpty());
}

void TestReminderSchedule::noRecentReading_data()
{
    QTest::addColumn<bool>("lowCountDays");
    QTest::addColumn<bool>("note");
    QTest::addColumn<QDateTime>("latestReading"); // invalid: none ever
    QTest::addColumn<QString>("key"); // empty: none
    const QDateTime lastNight(QDate(2026, 3, 9), QTime(19, 0), Qt::OffsetFromUTC, 3600);
    QTest::newRow("low-count days, no reading for 12 hours")
        << true << true << lastNight << QStringLiteral("noreading:7:2026-03-09T19:00:00+01:00");
    QTest::newRow("low-count days, never a reading")
        << true << true << QDateTime() << QStringLiteral("noreading:7:none");
    QTest::newRow("low-count days, a recent reading")
        << true << false << lastNight.addSecs(6 * 3600) << QString();
    QTest::newRow("outside the low-count days") << false << true << lastNight << QString();
}

void TestReminderSchedule::noRecentReading()
{
    QFETCH(bool, lowCountDays);
    QFETCH(bool, note);
    QFETCH(QDateTime, latestReading);
    QFETCH(QString, key);
    // 10:00, after the morning check time, so that reminder is already behind the person.
    ReminderInput in = input(kMorning.addSecs(2 * 3600), assessment(Level::Ok, lowCountDays, note));
    in.shown.keys.insert(QStringLiteral("nadir:7:2026-03-10:0"));
    if (latestReading.isValid())
        in.latestReading = latestReading;
    QList<Reminder> due = remindersDue(in);
    if (key.isEmpty()) {
        QVERIFY(due.isEmpty());
        return;
    }
    QCOMPARE(keys(due), QStringList { key });
    QCOMPARE(due.first().kind, ReminderKind::NoRecentReading);
    QCOMPARE(due.first().title, QStringLiteral("Temperature check"));
    QCOMPARE(due.first().text, kNoReadingNote); // the words Today shows
    // One reminder per gap: not again while the gap goes on, again after a new reading and a new gap.
    in.shown.record(in, due);
    in.now = in.now.addSecs(3600);
    QVERIFY(remindersDue(in).isEmpty());
    in.latestReading = in.now;
    in.now = in.now.addSecs(13 * 3600);
    in.shown.keys.insert(QStringLiteral("nadir:7:2026-03-10:1"));
    due = remindersDue(in);
    QCOMPARE(keys(due), QStringList { QStringLiteral("noreading:7:2026-03-10T11:00:00+01:00") });
}

void TestReminderSchedule::twoProfiles()
{
    Assessment a = assessment(Level::Recheck);
    a.recheckBy = kMorning;
    ReminderInput ana = input(kMorning, a, 1);
    ReminderInput ben = input(kMorning, a, 2);
    ana.nameInTitle = ben.nameInTitle = true;
    ben.patientName = QStringLiteral("Ben");
    // What was shown to Ana does not silence Ben's reminder.
    const QList<Reminder> anaDue = remindersDue(ana);
    ben.shown.record(ana, anaDue);
    const QList<Reminder> benDue = remindersDue(ben);
    QCOMPARE(anaDue.size(), 1);
    QCOMPARE(benDue.size(), 1);
    QCOMPARE(anaDue.first().title, QStringLiteral("Ana: Temperature check"));
    QCOMPARE(benDue.first().title, QStringLiteral("Ben: Temperature check"));
    QCOMPARE(anaDue.first().patientId, 1);
    QCOMPARE(benDue.first().patientId, 2);
    QVERIFY(anaDue.first().key != benDue.first().key);

    ana.assessment = ben.assessment = assessment(Level::CallNow);
    const Reminder anaCall = remindersDue(ana).value(0);
    const Reminder benCall = remindersDue(ben).value(0);
    QCOMPARE(anaCall.title, QStringLiteral("Ana: ") + levels::title(Level::CallNow));
    QCOMPARE(benCall.title, QStringLiteral("Ben: ") + levels::title(Level::CallNow));
    QVERIFY(anaCall.key != benCall.key);
}

void TestReminderSchedule::callNowIsTheOnlyOne()
{
    // Call-now says what to do; a recheck or a low-count check beside it would only distract.
    ReminderInput in = input(kMorning, assessment(Level::CallNow, true, true));
    in.treatments = { { kMorning.date(), TreatmentKind::Filgrastim } };
    QCOMPARE(keys(remindersDue(in)), QStringList { QStringLiteral("callnow:7") });
}

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"

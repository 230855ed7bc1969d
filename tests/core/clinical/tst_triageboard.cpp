// The triage board's order (issue 18): the eight groups in the order the issue gives, the longest
// waiting first inside a group, an acknowledged call_now leaving the top group, a follow-up that
// becomes overdue moving up as time passes, and ties broken by name as people read it (Álvaro
// with the A's), then by id, so rows never swap.
#include "clinical/triageboard.h"

#include <QTest>

using namespace nc;
using namespace nc::triageboard;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-10T14:00:00+01:00"), Qt::ISODate);

Row row(qint64 id, const char *name, Level level)
{
    Row r;
    r.patientId = id;
    r.name = QString::fromUtf8(name);
    r.assessment.level = level;
    return r;
}

QStringList names(const QList<Row> &rows)
{
    QStringList list;
    for (const Row &r : rows)
        list << r.name;
    return list;
}

// No temperature within the reading gap, on day 9 of a nadir window.
Assessment quietInTheLowCountDays()
{
    Assessment a;
    a.level = Level::Ok;
    a.notes.append({ Finding::NoRecentReading, QStringLiteral("no reading") });
    a.nadirWindow = NadirWindow { QDate(2026, 3, 1), QDate(2026, 3, 8), QDate(2026, 3, 15), 9, true, false };
    return a;
}

} // namespace

class TestTriageBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The desk sorts in its own language; the machine running the tests may have none.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void everyGroupInOrder();
    void longestWaitingFirst();
    void acknowledgedCallNowLeavesTheTopGroup();
    void aFollowUpMovesUpWhenOverdue();
    void noRecentReadingCountsOnlyInTheLowCountDays();
    void tiesByNameThenId();
};

void TestTriageBoard::everyGroupInOrder()
{
    Row unacknowledged = row(1, "Ana", Level::CallNow);
    unacknowledged.unacknowledgedCallNowSince = kNow.addSecs(-600);
    Row followUp = row(2, "Ben", Level::Caution);
    followUp.followUpDue = kNow.addSecs(-60);
    Row amber = row(3, "Cai", Level::CallToday);
    Row overdueRecheck = row(4, "Dee", Level::Recheck);
    overdueRecheck.assessment.recheckOverdue = true;
    overdueRecheck.assessment.recheckBy = kNow.addSecs(-1800);
    Row quiet = row(5, "Eli", Level::Ok);
    quiet.assessment = quietInTheLowCountDays();
    Row recheck = row(6, "Fay", Level::Recheck);
    recheck.assessment.recheckBy = kNow.addSecs(1800);
    Row caution = row(7, "Gus", Level::Caution);
    Row ok = row(8, "Hal", Level::Ok);

    QList<Row> rows = { ok, caution, recheck, quiet, overdueRecheck, amber, followUp, unacknowledged };
    sortByNeed(rows, kNow);
    QCOMPARE(names(rows),
        QStringList({ QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cai"),
            QStringLiteral("Dee"), QStringLiteral("Eli"), QStringLiteral("Fay"), QStringLiteral("Gus"),
            QStringLiteral("Hal") }));
    const Group expected[] = { Group::UnacknowledgedCallNow, Group::OverdueFollowUp, Group::CallToday,
        Group::OverdueRecheck, Group::NoRecentReading, Group::Recheck, Group::Caution, Group::Ok };
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(group(rows.at(i), kNow), expected[i]);
}

void TestTriageBoard::longestWaitingFirst()
{
    Row recent = row(1, "Recent", Level::CallNow);
    recent.unacknowledgedCallNowSince = kNow.addSecs(-60);
    Row longest = row(2, "Longest", Level::CallNow);
    longest.unacknowledgedCallNowSince = kNow.addSecs(-3600);
    Row middle = row(3, "Middle", Level::CallNow);
    middle.unacknowledgedCallNowSince = kNow.addSecs(-1200);
    Row dueLong = row(4, "Due long ago", Level::Ok);
    dueLong.followUpDue = kNow.addDays(-1);
    Row dueJust = row(5, "Due just now", Level::Ok);
    dueJust.followUpDue = kNow.addSecs(-1);
    QList<Row> rows = { recent, dueJust, middle, dueLong, longest };
    sortByNeed(rows, kNow);
    QCOMPARE(names(rows),
        QStringList({ QStringLiteral("Longest"), QStringLiteral("Middle"), QStringLiteral("Recent"),
            QStringLiteral("Due long ago"), QStringLiteral("Due just now") }));
}

void TestTriageBoard::acknowledgedCallNowLeavesTheTopGroup()
{
    Row waiting = row(1, "Zoe", Level::CallNow);
    waiting.unacknowledgedCallNowSince = kNow.addSecs(-60);
    Row acknowledged = row(2, "Amy", Level::CallNow); // no unacknowledged alert: someone took it
    Row amber = row(3, "Abe", Level::CallToday);
    QList<Row> rows = { amber, acknowledged, waiting };
    sortByNeed(rows, kNow);
    QCOMPARE(
        names(rows), QStringList({ QStringLiteral("Zoe"), QStringLiteral("Amy"), QStringLiteral("Abe") }));
    QCOMPARE(group(acknowledged, kNow), Group::CallToday);
}

void TestTriageBoard::aFollowUpMovesUpWhenOverdue()
{
    Row followUp = row(1, "Ivo", Level::Caution);
    followUp.followUpDue = kNow.addSecs(24 * 3600);
    Row amber = row(2, "Jan", Level::CallToday);
    QList<Row> rows = { followUp, amber };
    sortByNeed(rows, kNow);
    QCOMPARE(names(rows), QStringList({ QStringLiteral("Jan"), QStringLiteral("Ivo") }));
    QCOMPARE(group(followUp, kNow.addSecs(24 * 3600)), Group::Caution); // due, not yet overdue
    const QDateTime later = kNow.addSecs(24 * 3600 + 1);
    sortByNeed(rows, later);
    QCOMPARE(names(rows), QStringList({ QStringLiteral("Ivo"), QStringLiteral("Jan") }));
    QCOMPARE(group(rows.first(), later), Group::OverdueFollowUp);
}

void TestTriageBoard::noRecentReadingCountsOnlyInTheLowCountDays()
{
    Row quiet = row(1, "Kim", Level::Ok);
    quiet.assessment = quietInTheLowCountDays();
    QCOMPARE(group(quiet, kNow), Group::NoRecentReading);
    quiet.assessment.nadirWindow->active = false;
    QCOMPARE(group(quiet, kNow), Group::Ok);
    quiet.assessment.nadirWindow.reset();
    QCOMPARE(group(quiet, kNow), Group::Ok);
    // A level above caution outranks the missing reading.
    Row amber = row(2, "Lea", Level::CallToday);
    amber.assessment.notes = quietInTheLowCountDays().notes;
    amber.assessment.nadirWindow = quietInTheLowCountDays().nadirWindow;
    QCOMPARE(group(amber, kNow), Group::CallToday);
}

void TestTriageBoard::tiesByNameThenId()
{
    QList<Row> rows = { row(3, "Maria", Level::Caution), row(2, "Maria", Level::Caution),
        row(1, "Álvaro", Level::Caution), row(4, "Ben", Level::Caution) };
    sortByNeed(rows, kNow);
    QStringList order;
    for (const Row &r : rows)
        order << QStringLiteral("%1#%2").arg(r.name).arg(r.patientId);
    QCOMPARE(order,
        QStringList({ QStringLiteral("Álvaro#1"), QStringLiteral("Ben#4"), QStringLiteral("Maria#2"),
            QStringLiteral("Maria#3") }));
}

QTEST_GUILESS_MAIN(TestTriageBoard)
#include "tst_triageboard.moc"

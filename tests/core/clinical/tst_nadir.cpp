// CLINICAL.md §5: nadir windows, the treatment window and G-CSF.
#include "clinical/nadir.h"

#include <QTest>

using namespace nc;

namespace {
const QDate kDose(2026, 3, 1);
Treatment chemo(const QDate &d, std::optional<int> start = {}, std::optional<int> end = {})
{
    return { d, TreatmentKind::Chemotherapy, start, end };
}
Treatment gcsf(const QDate &d, TreatmentKind kind = TreatmentKind::Pegfilgrastim)
{
    return { d, kind, std::nullopt, std::nullopt };
}
} // namespace

class TestNadir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void window_data();
    void window();
    void mostRecentContainingToday();
    void overrideAndGcsf();
};

void TestNadir::window_data()
{
    QTest::addColumn<int>("daysAfter");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("active");
    QTest::newRow("day 0 (dose day)") << 0 << true << false;
    QTest::newRow("day 6") << 6 << true << false;
    QTest::newRow("day 7 starts") << 7 << true << true;
    QTest::newRow("day 14 last") << 14 << true << true;
    QTest::newRow("day 15") << 15 << true << false;
    QTest::newRow("day 42 still in treatment window") << 42 << true << false;
    QTest::newRow("day 43 no window") << 43 << false << false;
    QTest::newRow("dose in the future") << -1 << false << false;
}

void TestNadir::window()
{
    QFETCH(int, daysAfter);
    QFETCH(bool, exists);
    QFETCH(bool, active);
    const QDate today = kDose.addDays(daysAfter);
    const auto w = nadir::currentWindow({ chemo(kDose) }, today, Protocol::defaultProtocol());
    QCOMPARE(w.has_value(), exists);
    if (w) {
        QCOMPARE(w->active, active);
        QCOMPARE(w->day, daysAfter);
        QCOMPARE(w->start, kDose.addDays(7));
        QCOMPARE(w->end, kDose.addDays(14));
        QCOMPARE(w->doseDate, kDose);
    }
}

void TestNadir::mostRecentContainingToday()
{
    const Protocol p = Protocol::defaultProtocol();
    // Doses on day 0 and day 5: on day 13 both windows contain today; the most recent wins.
    auto w = nadir::currentWindow({ chemo(kDose), chemo(kDose.addDays(5)) }, kDose.addDays(13), p);
    QCOMPARE(w->doseDate, kDose.addDays(5));
    QVERIFY(w->active);
    // On day 20 only the older dose's window... neither contains today: the most recent dose.
    w = nadir::currentWindow({ chemo(kDose), chemo(kDose.addDays(10)) }, kDose.addDays(16), p);
    QCOMPARE(w->doseDate, kDose.addDays(10));
    QVERIFY(!w->active);
    // Older dose's window contains today, newer dose's does not yet: the older wins.
    w = nadir::currentWindow({ chemo(kDose), chemo(kDose.addDays(10)) }, kDose.addDays(12), p);
    QCOMPARE(w->doseDate, kDose);
    QVERIFY(w->active);
    // G-CSF alone makes no window.
    QVERIFY(!nadir::currentWindow({ gcsf(kDose) }, kDose.addDays(8), p));
}

void TestNadir::overrideAndGcsf()
{
    const Protocol p = Protocol::defaultProtocol();
    auto w = nadir::currentWindow({ chemo(kDose, 10, 12) }, kDose.addDays(9), p);
    QCOMPARE(w->start, kDose.addDays(10));
    QCOMPARE(w->end, kDose.addDays(12));
    QVERIFY(!w->active);

    w = nadir::currentWindow({ chemo(kDose), gcsf(kDose.addDays(1)) }, kDose.addDays(8), p);
    QVERIFY(w->gcsf);
    w = nadir::currentWindow(
        { chemo(kDose), gcsf(kDose.addDays(14), TreatmentKind::Filgrastim) }, kDose.addDays(14), p);
    QVERIFY(w->gcsf); // D + end day, inclusive
    w = nadir::currentWindow({ chemo(kDose), gcsf(kDose.addDays(15)) }, kDose.addDays(16), p);
    QVERIFY(!w->gcsf);
    w = nadir::currentWindow({ chemo(kDose), gcsf(kDose.addDays(-1)) }, kDose.addDays(8), p);
    QVERIFY(!w->gcsf);
    // Events after now are ignored (CLINICAL.md §4): a G-CSF dose dated after today, even inside the
    // window, has not shortened anything yet; one dated today has.
    w = nadir::currentWindow({ chemo(kDose), gcsf(kDose.addDays(9)) }, kDose.addDays(8), p);
    QVERIFY(!w->gcsf);
    w = nadir::currentWindow(
        { chemo(kDose), gcsf(kDose.addDays(9), TreatmentKind::Filgrastim) }, kDose.addDays(8), p);
    QVERIFY(!w->gcsf);
    w = nadir::currentWindow({ chemo(kDose), gcsf(kDose.addDays(8)) }, kDose.addDays(8), p);
    QVERIFY(w->gcsf);
    QVERIFY(nadir::insideAnyWindow({ chemo(kDose) }, kDose.addDays(7), kDose.addDays(9), p));
    QVERIFY(!nadir::insideAnyWindow({ chemo(kDose) }, kDose.addDays(6), kDose.addDays(9), p));
}

QTEST_GUILESS_MAIN(TestNadir)
#include "tst_nadir.moc"

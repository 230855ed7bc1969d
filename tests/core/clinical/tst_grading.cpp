// CLINICAL.md §2: severity classes, CTCAE v5.0 and v6.0 grades, baseline ANC and staleness.
#include "clinical/assessment.h"
#include "clinical/grading.h"

#include <QTest>

using namespace nc;

class TestGrading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grades_data();
    void grades();
    void customLln();
    void baseline_data();
    void baseline();
    void staleness();
};

void TestGrading::grades_data()
{
    QTest::addColumn<double>("anc");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("v5");
    QTest::addColumn<int>("v6");
    QTest::newRow("2000 (LLN)") << 2000.0 << "normal" << 0 << 0;
    QTest::newRow("1999") << 1999.0 << "normal" << 1 << 0;
    QTest::newRow("1500") << 1500.0 << "normal" << 1 << 0;
    QTest::newRow("1499") << 1499.0 << "mild" << 2 << 1;
    QTest::newRow("1000") << 1000.0 << "mild" << 2 << 1;
    QTest::newRow("999") << 999.0 << "moderate" << 3 << 2;
    QTest::newRow("500") << 500.0 << "moderate" << 3 << 2;
    QTest::newRow("499") << 499.0 << "severe" << 4 << 3;
    QTest::newRow("100") << 100.0 << "severe" << 4 << 3;
    QTest::newRow("99") << 99.0 << "profound" << 4 << 4;
    QTest::newRow("0") << 0.0 << "profound" << 4 << 4;
    QTest::newRow("G-CSF 30000") << 30000.0 << "normal" << 0 << 0;
}

void TestGrading::grades()
{
    QFETCH(double, anc);
    QFETCH(QString, severity);
    QFETCH(int, v5);
    QFETCH(int, v6);
    QCOMPARE(grading::severityCode(grading::severity(anc)), severity);
    QCOMPARE(grading::ctcaeV5(anc), v5);
    QCOMPARE(grading::ctcaeV6(anc), v6);
    QCOMPARE(grading::ctcae(CtcaeVersion::V5, anc), v5);
    QCOMPARE(grading::ctcae(CtcaeVersion::V6, anc), v6);
}

void TestGrading::customLln()
{
    QCOMPARE(grading::ctcaeV5(1700, 1800), 1);
    QCOMPARE(grading::ctcaeV5(1800, 1800), 0);
    QCOMPARE(grading::ctcaeV5(1500, 1500), 0);
    QCOMPARE(grading::ctcaeV5(1499, 1500), 2);
}

void TestGrading::baseline_data()
{
    QTest::addColumn<double>("anc");
    QTest::addColumn<QVariant>("baseline");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<bool>("atBaseline");
    // The grades are those of the ANC alone, whatever the baseline (CLINICAL.md §2).
    QTest::addColumn<int>("v5");
    QTest::addColumn<int>("v6");
    QTest::newRow("mild at baseline") << 1200.0 << QVariant(1200.0) << "normal" << true << 2 << 1;
    QTest::newRow("mild above baseline") << 1300.0 << QVariant(1210.0) << "normal" << true << 2 << 1;
    QTest::newRow("mild below baseline") << 1100.0 << QVariant(1210.0) << "mild" << false << 2 << 1;
    QTest::newRow("moderate never at baseline") << 900.0 << QVariant(1000.0) << "moderate" << false << 3 << 2;
    QTest::newRow("no baseline") << 1200.0 << QVariant() << "mild" << false << 2 << 1;
    QTest::newRow("baseline below 1000 ignored") << 1200.0 << QVariant(900.0) << "mild" << false << 2 << 1;
    QTest::newRow("normal stays normal") << 1600.0 << QVariant(1200.0) << "normal" << false << 1 << 0;
}

void TestGrading::baseline()
{
    QFETCH(double, anc);
    QFETCH(QVariant, baseline);
    QFETCH(QString, severity);
    QFETCH(bool, atBaseline);
    QFETCH(int, v5);
    QFETCH(int, v6);
    const std::optional<double> baselineAnc
        = baseline.isValid() ? std::optional<double>(baseline.toDouble()) : std::nullopt;
    const auto r = grading::severityWithBaseline(anc, baselineAnc);
    QCOMPARE(grading::severityCode(r.severity), severity);
    QCOMPARE(r.atBaseline, atBaseline);
    // Grades ignore the baseline: the latest ANC's summary grades the same with and without it,
    // and as the bare ANC does, while its class takes the baseline.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    AssessmentInput in;
    in.now = now;
    in.counts = { *BloodCount::measured(now.addSecs(-3600), anc, CountUnit::CellsPerMicrolitre) };
    const Assessment without = assess(in);
    in.baselineAnc = baselineAnc;
    const Assessment with = assess(in);
    QVERIFY(without.anc && with.anc);
    QCOMPARE(grading::severityCode(with.anc->severity), severity);
    QCOMPARE(with.anc->atBaseline, atBaseline);
    QCOMPARE(with.anc->ctcaeV5, v5);
    QCOMPARE(with.anc->ctcaeV6, v6);
    QCOMPARE(with.anc->ctcaeV5, without.anc->ctcaeV5);
    QCOMPARE(with.anc->ctcaeV6, without.anc->ctcaeV6);
    QCOMPARE(grading::ctcaeV5(anc), v5);
    QCOMPARE(grading::ctcaeV6(anc), v6);
}

void TestGrading::staleness()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    QVERIFY(!grading::isStale(now.addDays(-7), now, 7));
    QVERIFY(grading::isStale(now.addDays(-7).addSecs(-1), now, 7));
    QVERIFY(!grading::isStale(now.addDays(-3), now, 3));
    QVERIFY(grading::isStale(now.addDays(-3).addMSecs(-1), now, 3));
    QCOMPARE(grading::ageHours(now.addSecs(-30 * 3600), now), 30.0);
    // Offsets do not change an age.
    QCOMPARE(grading::ageHours(now.toOffsetFromUtc(-5 * 3600).addSecs(-3600), now), 1.0);
}

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"

// The records behind the charts, read from storage: the period each preset shows ("This cycle"
// from the latest chemotherapy to the end of its predicted nadir window) and what a period loads,
// with the reading before it and the painkiller doses that can mask its first hours. (The charts
// drawn from it are tested in tests/ui/charts.)
#include "../../ui/charts/chartfixture.h"
#include "scratchdatabase.h"
#include "storage/chartdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::charts;
using namespace nc::testing;

class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void presetsShowTheirPeriod();
    void cycleWithoutChemotherapyIsThirtyDays();
    void loadsThePeriodWithTheReadingBefore();

private:
    QDateTime startOf(const QDate &date) const { return date.startOfDay(Qt::OffsetFromUTC, 3600); }
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    Database m_db;
    ChartFixture m_fixture;
};

void TestChartData::initTestCase()
{
    m_scratch = std::make_unique<test::ScratchDatabase>(m_dir.filePath(QStringLiteral("charts.sqlite")));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    QVERIFY2(m_db.open(m_scratch->where()), qPrintable(m_db.errorString()));
    m_fixture = buildChartFixture(m_db);
}

void TestChartData::cleanupTestCase()
{
    m_db.close();
    m_scratch.reset();
}

void TestChartData::presetsShowTheirPeriod()
{
    const QDateTime now = m_fixture.now;
    const QDateTime endOfToday = startOf(now.date().addDays(1));
    const auto range
        = [&](RangePreset preset) { return ChartRanges::range(preset, m_db, m_fixture.patientId, now); };
    QCOMPARE(range(RangePreset::Week), (TimeRange { endOfToday.addDays(-7), endOfToday }));
    QCOMPARE(range(RangePreset::Month), (TimeRange { endOfToday.addDays(-30), endOfToday }));
    // The latest dose, the day before it, to two days after its predicted nadir window (the
    // default protocol's day 14), later than today.
    const QDate dose = m_fixture.cycles.last();
    QCOMPARE(range(RangePreset::Cycle),
        (TimeRange { startOf(dose.addDays(-1)), startOf(dose.addDays(Protocol::kDefaultNadirEndDay + 2)) }));
    // From the first day of the oldest reading.
    QCOMPARE(
        range(RangePreset::All), (TimeRange { startOf(m_fixture.cycles.first().addDays(-3)), endOfToday }));
}

void TestChartData::cycleWithoutChemotherapyIsThirtyDays()
{
    const qint64 patient
        = *PatientRepository(m_db).add({ 0, QStringLiteral("No treatment yet"), std::nullopt });
    TreatmentRecord gcsf;
    gcsf.patientId = patient;
    gcsf.treatment = { m_fixture.now.date().addDays(-2), TreatmentKind::Filgrastim, {}, {} };
    QVERIFY(TreatmentRepository(m_db).add(gcsf).ok());
    const QDateTime endOfToday = startOf(m_fixture.now.date().addDays(1));
    QCOMPARE(ChartRanges::range(RangePreset::Cycle, m_db, patient, m_fixture.now),
        (TimeRange { endOfToday.addDays(-30), endOfToday }));
}

void TestChartData::loadsThePeriodWithTheReadingBefore()
{
    // The febrile day of cycle 1: four readings, the painkiller dose among them.
    const QDate day = m_fixture.cycles.first().addDays(10);
    const TimeRange period { startOf(day), startOf(day.addDays(1)) };
    const ChartData data = ChartData::load(m_db, m_fixture.patientId, period, m_fixture.now);
    QCOMPARE(data.loaded, period);
    QCOMPARE(data.now, m_fixture.now);
    QCOMPARE(data.temperatures.size(), 1 + 4);
    QVERIFY(data.temperatures.first().reading.time < period.from);
    for (qsizetype i = 1; i < data.temperatures.size(); ++i)
        QVERIFY(period.contains(data.temperatures.at(i).reading.time));
    QCOMPARE(data.antipyretics.size(), 1);
    QCOMPARE(data.antipyretics.first().drug, Antipyretic::Paracetamol);
    // The count before the period and the one on it; the dose whose nadir window reaches it.
    QCOMPARE(data.counts.size(), 2);
    QCOMPARE(data.treatments.size(), 1);
    QCOMPARE(data.treatments.first().treatment.date, m_fixture.cycles.first());
    QVERIFY(!data.isEmpty());
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"

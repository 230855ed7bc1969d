// What the caregiver/clinic report shows, read from storage for a date range: the records of the
// range, the checklist, the status at the range's last minute; nothing for an unknown patient.
// (The report drawn from it is read back from its PDF in tests/ui/print/tst_patientreport.)
#include "../../ui/print/sampledata.h"
#include "scratchdatabase.h"
#include "storage/reportdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestReportData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsTheRange();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    Database m_db;
    test::Sample m_sample;
    const QDateTime m_now = test::sampleTime(QDate(2026, 3, 20), 12);
};

void TestReportData::initTestCase()
{
    m_scratch = std::make_unique<test::ScratchDatabase>(m_dir.filePath(u"report.sqlite"_s));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    QVERIFY2(m_db.open(m_scratch->where()), qPrintable(m_db.errorString()));
    m_sample = test::addSample(m_db);
}

void TestReportData::cleanupTestCase()
{
    m_db.close();
    m_scratch.reset();
}

void TestReportData::loadsTheRange()
{
    const ReportData d
        = *ReportData::load(m_db, m_sample.patientId, m_sample.cycleStart, m_sample.last, m_now);
    QCOMPARE(d.temperatures.size(), 31);
    QCOMPARE(d.counts.size(), 4);
    QCOMPARE(d.symptoms.size(), 2);
    QCOMPARE(d.alerts.size(), 1);
    QCOMPARE(d.treatments.size(), 2);
    QCOMPARE(d.checklistTicks.size(), 15);
    QVERIFY(d.checklistItems > 0);
    // The range ended before "now": the status is that of its last minute.
    QCOMPARE(d.statusTime, QDateTime(m_sample.last.addDays(1), QTime(0, 0)).addMSecs(-1));
    // A shorter range leaves the rest out.
    const QDate day9 = m_sample.cycleStart.addDays(9);
    QCOMPARE(ReportData::load(m_db, m_sample.patientId, day9, day9, m_now)->temperatures.size(), 3);
    QVERIFY(!ReportData::load(m_db, 4242, m_sample.cycleStart, m_sample.last, m_now));
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"

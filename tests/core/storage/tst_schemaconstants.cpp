// The schema's CHECK constraints spell clinical limits as numbers, as v1 wrote them: this test
// fails when they disagree with the named constants of core/clinical, the one source of each.
#include "clinical/bloodcount.h"
#include "clinical/grading.h"
#include "clinical/temperature.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

class TestSchemaConstants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checksMatchTheConstants_data();
    void checksMatchTheConstants();

private:
    QTemporaryDir m_dir;
    QString m_schema;
};

void TestSchemaConstants::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database db;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("schema.sqlite"))), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'table'")));
    QVERIFY(q.next());
    m_schema = q.value(0).toString();
    QVERIFY(!m_schema.isEmpty());
}

void TestSchemaConstants::checksMatchTheConstants_data()
{
    // A pattern with one or two captured numbers, and the constants they must equal.
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("temperature range")
        << R"(celsius BETWEEN ([\d.]+) AND ([\d.]+))" << Temperature::kMinC << Temperature::kMaxC;
    QTest::newRow("ANC range") << R"(anc BETWEEN ([\d.]+) AND ([\d.]+))" << 0.0 << BloodCount::kMaxAnc;
    QTest::newRow("WBC range") << R"(wbc BETWEEN ([\d.]+) AND ([\d.]+))" << 0.0 << BloodCount::kMaxWbc;
    QTest::newRow("LLN floor") << R"(lln_anc >= ([\d.]+))" << grading::kMinimumLln << -1.0;
    QTest::newRow("baseline floor") << R"(baseline_anc >= ([\d.]+))" << grading::kMinimumBaselineAnc << -1.0;
}

void TestSchemaConstants::checksMatchTheConstants()
{
    QFETCH(QString, pattern);
    QFETCH(double, low);
    QFETCH(double, high);
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(m_schema);
    QVERIFY2(match.hasMatch(), qPrintable(pattern));
    QCOMPARE(match.captured(1).toDouble(), low);
    if (high >= 0)
        QCOMPARE(match.captured(2).toDouble(), high);
}

QTEST_GUILESS_MAIN(TestSchemaConstants)
#include "tst_schemaconstants.moc"

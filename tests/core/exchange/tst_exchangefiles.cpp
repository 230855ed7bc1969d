// The files that leave NeutroCare: saveFile(), the one QSaveFile writer of exports, PDFs and chart
// pictures, and exportToFile(), the export that File ▸ Export… and `neutrocare-cli export` share.

#include "../storage/scratchdatabase.h"
#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchange/importer.h"
#include "exchange/recordexport.h"
#include "exchange/savefile.h"
#include "sampledata.h"
#include "storage/repositories.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExchangeFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveFileWritesAndReplaces();
    void saveFileSaysWhyNot();
    void exportToFile_data();
    void exportToFile();
    void cancelledExportLeavesTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_patient = 0;
};

void TestExchangeFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::ScratchDatabase>(m_dir->filePath(QStringLiteral("x.sqlite")));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_scratch->where()), qPrintable(m_db->errorString()));
    const auto id = PatientRepository(*m_db).add({ 0, QStringLiteral("Ann"), std::nullopt });
    QVERIFY(id.ok());
    m_patient = *id;
    QVERIFY(storeImport(*m_db, m_patient, testdata::everyKind()).ok());
}

void TestExchangeFiles::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestExchangeFiles::saveFileWritesAndReplaces()
{
    const QString path = m_dir->filePath(QStringLiteral("a.txt"));
    QVERIFY(!saveFile(path, QByteArray(100000, 'x')));
    QCOMPARE(readFile(path).size(), 100000);
    QVERIFY(!saveFile(path, "short"));
    QCOMPARE(readFile(path), QByteArray("short"));
}

void TestExchangeFiles::saveFileSaysWhyNot()
{
    const auto error = saveFile(m_dir->filePath(QStringLiteral("missing/a.txt")), "data");
    QVERIFY(error);
    QVERIFY(!error->isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing"))));
}

void TestExchangeFiles::exportToFile_data()
{
    QTest::addColumn<ExchangeFormat>("format");
    QTest::newRow("csv") << ExchangeFormat::Csv;
    QTest::newRow("fhir") << ExchangeFormat::Fhir;
}

void TestExchangeFiles::exportToFile()
{
    QFETCH(ExchangeFormat, format);
    const QString path = m_dir->filePath(QStringLiteral("out"));
    const ExportOutcome outcome = nc::exportToFile(*m_db, m_patient, format, path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const QByteArray written = readFile(path);
    QCOMPARE(written, *exportRecords(*m_db, m_patient, format));
    // The file is the format's writer's, read back whole.
    const RecordSet records = collectRecords(*m_db, m_patient);
    if (format == ExchangeFormat::Csv) {
        QCOMPARE(written, *csv::write(records));
        QCOMPARE(csv::read(written).records.size(), records.size());
    } else {
        QCOMPARE(written, *fhir::write(records));
    }

    const ExportOutcome failed
        = nc::exportToFile(*m_db, m_patient, format, m_dir->filePath(QStringLiteral("missing/out")));
    QVERIFY(!failed.ok());
    QVERIFY(!failed.cancelled);
    QVERIFY(!failed.error.isEmpty());
}

void TestExchangeFiles::cancelledExportLeavesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("old.csv"));
    QVERIFY(!saveFile(path, "old"));
    const ExportOutcome outcome
        = nc::exportToFile(*m_db, m_patient, ExchangeFormat::Csv, path, [](qint64, qint64) { return false; });
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok());
    QCOMPARE(readFile(path), QByteArray("old"));
}

QTEST_GUILESS_MAIN(TestExchangeFiles)
#include "tst_exchangefiles.moc"

// neutrocare-cli import|export: CSV and FHIR through files and stdin/stdout, the summary,
// duplicates on a second import, and bad input: exit 2, one line naming the line or entry and
// the field, nothing written.
#include "clirun.h"
#include "scratchdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = nc::test::CliRun;
using nc::test::runCli;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kCsv = "kind,time,date,value,unit,code,anc,name,note\r\n"
                        "temperature,2026-03-10T08:00:00+01:00,,38.4,C,,,,\"=cmd, \"\"x\"\"\"\r\n"
                        "temperature,2026-03-10T09:00:00+01:00,,101.5,F,,,,\r\n"
                        "blood_count,2026-03-09T10:00:00+01:00,,,10^9/L,,0.4,,\r\n"
                        "symptom,2026-03-10T08:05:00+01:00,,,,sore_throat,,,\r\n"
                        "treatment,,2026-03-01,,,chemotherapy,,,\r\n"
                        "medicine,,,,,,,Filgrastim,-1 a day\r\n";

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpNamesTheCommands();
    void csvImportExportRoundTrip();
    void fhirImportExport();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void exportReplacesAFileWhole();

private:
    QStringList args(
        const char *command, const char *format, const QString &file, const char *patient = "1") const
    {
        return { QString::fromLatin1(command), QStringLiteral("--db"), m_db, QStringLiteral("--patient"),
            QString::fromLatin1(patient), QStringLiteral("--format"), QString::fromLatin1(format), file };
    }
    int count(const QString &patient = QStringLiteral("1"))
    {
        const Run run
            = runCli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--patient"),
                patient, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-") });
        return int(run.out.count("\r\n")) - 1;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<nc::test::ScratchDatabase> m_scratch;
    QString m_db;
};

void TestCliExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A file, or a database on the test server (tst_cli_exchange_postgresql): the same commands.
    m_scratch.reset();
    m_scratch = std::make_unique<nc::test::ScratchDatabase>(m_dir->filePath(QStringLiteral("x.sqlite")));
    m_db = m_scratch->where();
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_scratch->error()));
    QCOMPARE(runCli({ QStringLiteral("patients"), QStringLiteral("--db"), m_db, QStringLiteral("--add"),
                        QStringLiteral("Ann") })
                 .exitCode,
        0);
    QCOMPARE(runCli({ QStringLiteral("patients"), QStringLiteral("--db"), m_db, QStringLiteral("--add"),
                        QStringLiteral("Ben") })
                 .exitCode,
        0);
}

void TestCliExchange::helpNamesTheCommands()
{
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("import --db PATH --patient ID --format csv|fhir FILE"));
    QVERIFY(help.out.contains("export --db PATH --patient ID --format csv|fhir FILE"));
}

void TestCliExchange::csvImportExportRoundTrip()
{
    Run run = runCli(args("import", "csv", QStringLiteral("-")), kCsv);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith("stored: 6\n"), run.out.constData());
    QVERIFY(run.out.contains("  temperature: 2\n"));
    QVERIFY(run.out.contains("duplicates skipped: 0\n"));
    QVERIFY(run.out.contains("codes skipped: 0\n"));

    const QString file = m_dir->filePath(QStringLiteral("out.csv"));
    run = runCli(args("export", "csv", file));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray exported = readFile(file);
    QCOMPARE(exported.count("\r\n"), 7);
    QVERIFY(exported.contains("\"'=cmd, \"\"x\"\"\""));
    QVERIFY(exported.contains(",'-1 a day\r\n"));

    // Into the other profile and out again: byte for byte the same file.
    run = runCli(args("import", "csv", file, "2"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("stored: 6\n"));
    QCOMPARE(runCli(args("export", "csv", QStringLiteral("-"), "2")).out, exported);

    // The same file again: all duplicates, nothing stored twice.
    run = runCli(args("import", "csv", file));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("stored: 0\n"));
    QVERIFY(run.out.contains("duplicates skipped: 6\n"));
    QCOMPARE(count(), 6);
}

void TestCliExchange::fhirImportExport()
{
    Run run = runCli(args("import", "fhir", QStringLiteral(NC_TEST_DATA_DIR "/fhir/epic-cbc-bundle.json")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("stored: 1\n  blood_count: 1\n"), run.out.constData());
    QVERIFY(run.out.contains("codes skipped: 3\n  718-7 Hemoglobin [Mass/volume] in Blood: 1\n"));
    run = runCli(args("import", "fhir", QStringLiteral("-")),
        readFile(QStringLiteral(NC_TEST_DATA_DIR "/fhir/entered-in-error.json")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("entered-in-error or cancelled skipped: 2\n"));
    runCli(args("import", "csv", QStringLiteral("-")), kCsv);

    run = runCli(args("export", "fhir", QStringLiteral("-")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"resourceType\": \"Bundle\""));
    QVERIFY(run.out.contains("\"58410-2\""));
    // FHIR carries the temperatures and lab results only.
    run = runCli(args("import", "fhir", QStringLiteral("-"), "2"), run.out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("stored: 5\n  temperature: 2\n  blood_count: 3\n"), run.out.constData());
}

void TestCliExchange::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QString csv = QStringLiteral("csv");
    QTest::newRow("bad row") << QStringList { QStringLiteral("import"), csv }
                             << QByteArray(kCsv + "temperature,2026-03-10T10:00:00+01:00,,45.5,C,,,,\r\n")
                             << QStringLiteral("import: stdin: line 8, field value: ");
    QTest::newRow("two bad rows")
        << QStringList { QStringLiteral("import"), csv }
        << QByteArray(kCsv + "symptom,2026-03-10T10:00:00+01:00,,,,sneezing,,,\r\nsymptom,x,,,,cough,,,\r\n")
        << QStringLiteral("import: stdin: line 8, field code: ");
    QTest::newRow("derived ANC over 100,000")
        << QStringList { QStringLiteral("import"), csv }
        << QByteArray("kind,time,unit,wbc,neutrophils_pct\r\n"
                      "blood_count,2026-03-09T10:00:00+01:00,cells/uL,150000,90\r\n")
        << QStringLiteral("import: stdin: line 2, field wbc: A white cell count (WBC) of 150");
    QTest::newRow("note with a NUL byte")
        << QStringList { QStringLiteral("import"), csv }
        << QByteArray(kCsv + QByteArray("temperature,2026-03-10T10:00:00+01:00,,38.5,C,,,,shiv\0ers\r\n", 59))
        << QStringLiteral("import: stdin: line 8, field note: a control character (U+0000)");
    QTest::newRow("fhir impossible value")
        << QStringList { QStringLiteral("import"), QStringLiteral("fhir") }
        << readFile(QStringLiteral(NC_TEST_DATA_DIR "/fhir/impossible-value.json"))
        << QStringLiteral("import: stdin: entry 2 (Observation i2), field valueQuantity.value: ");
    QTest::newRow("bad format") << QStringList { QStringLiteral("import"), QStringLiteral("xml") } << kCsv
                                << QStringLiteral("import: --format: ");
}

void TestCliExchange::badInputWritesNothing()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Run run
        = runCli({ extra.at(0), QStringLiteral("--db"), m_db, QStringLiteral("--patient"),
                     QStringLiteral("1"), QStringLiteral("--format"), extra.at(1), QStringLiteral("-") },
            input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("neutrocare-cli: ") + message), qPrintable(err));
    QCOMPARE(count(), 0);
}

void TestCliExchange::exportReplacesAFileWhole()
{
    runCli(args("import", "csv", QStringLiteral("-")), kCsv);
    const QString file = m_dir->filePath(QStringLiteral("old.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
    }
    QCOMPARE(runCli(args("export", "csv", file)).exitCode, 0);
    QCOMPARE(readFile(file), runCli(args("export", "csv", QStringLiteral("-"))).out);
    // A folder that does not exist: exit 1, a reason, nothing half-written.
    const Run run = runCli(args("export", "fhir", m_dir->filePath(QStringLiteral("missing/out.json"))));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    // Missing options and unknown profiles are bad input.
    QCOMPARE(
        runCli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("-") }).exitCode, 2);
    QCOMPARE(runCli(args("export", "csv", QStringLiteral("-"), "99")).exitCode, 2);
    QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("--db"),
                        m_dir->filePath(QStringLiteral("none.sqlite")), QStringLiteral("--patient"),
                        QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("-") })
                 .exitCode,
        2);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"

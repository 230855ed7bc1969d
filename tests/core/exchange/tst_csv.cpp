// The CSV format (docs/csv-format.md): exact round trips of every kind, formula escaping,
// RFC 4180 quoting, errors that name the line and the field, all-or-nothing storage, duplicates
// counted, and a cancelled import that stores nothing.
#include "../storage/scratchdatabase.h"
#include "exchange/csv.h"
#include "exchange/importer.h"
#include "sampledata.h"
#include "storage/repositories.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstring>

using namespace nc;
using namespace nc::testdata;

namespace {
const QByteArray kHeader
    = "kind,time,date,value,unit,site,antipyretic_reported,code,anc,wbc,neutrophils_pct,segs_pct,"
      "bands_pct,entered_unit,lab,regimen,nadir_start_day,nadir_end_day,name,dose,started,stopped,"
      "level,reasons,protocol,acknowledged_at,outcome,note\r\n";
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void headerIsTheDocumentedOne();
    void roundTripEveryKind();
    void roundTripManyRows();
    void formulaEscaping_data();
    void formulaEscaping();
    void exportedCellsNeverStartAFormula();
    void quoting();
    void handWrittenFile();
    void errorsNameLineAndField_data();
    void errorsNameLineAndField();
    void negativeNumbersRefused();
    void derivedAncOverTheMaximumRefused();
    void typedTextLimits_data();
    void typedTextLimits();
    void thirtyMegabyteNoteStoresNothing();
    void allOrNothing();
    void failedStoreLeavesNothing();
    void duplicatesCounted();
    void cancelledImportStoresNothing();
    void cancelledReadAndWrite();
    void streamsAcrossChunkBoundaries();
    void errorsListedThenCounted();
    void importFileStreamsAllOrNothing();
    void timesReadAsQtReadsThem_data();
    void timesReadAsQtReadsThem();

private:
    qint64 addPatient(const QString &name)
    {
        return *PatientRepository(*m_db).add({ 0, name, std::nullopt });
    }
    int rows(const char *table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestCsv::init()
{
    static int n = 0;
    m_scratch
        = std::make_unique<test::ScratchDatabase>(m_dir.filePath(QStringLiteral("csv%1.sqlite").arg(++n)));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_scratch->where()), qPrintable(m_db->errorString()));
}

void TestCsv::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestCsv::headerIsTheDocumentedOne()
{
    const QByteArray file = *csv::write({});
    QCOMPARE(file, QByteArray("\xEF\xBB\xBF") + kHeader);
    const ParsedImport parsed = csv::read(file);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.records.isEmpty());
}

void TestCsv::roundTripEveryKind()
{
    const qint64 from = addPatient(QStringLiteral("Ann"));
    const RecordSet sample = everyKind();
    const ImportOutcome stored = storeImport(*m_db, from, sample);
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.counts.addedTotal(), int(sample.size()));

    const RecordSet original = collectRecords(*m_db, from);
    QCOMPARE(original.size(), sample.size());
    for (auto kind : recordkinds::all())
        QVERIFY(original.count(kind) > 0);
    const QByteArray file = *csv::write(original);
    const ParsedImport parsed = csv::read(file);
    QVERIFY2(
        parsed.ok(), parsed.errors.isEmpty() ? "cancelled" : qPrintable(parsed.errors.first().toString()));
    QVERIFY2(
        difference(original, parsed.records).isEmpty(), qPrintable(difference(original, parsed.records)));

    // Into another profile and out again: the very same data and the very same file.
    const qint64 to = addPatient(QStringLiteral("Ben"));
    const ImportOutcome again = storeImport(*m_db, to, parsed.records);
    QVERIFY(again.ok());
    QCOMPARE(again.counts.duplicateTotal(), 0);
    const RecordSet copy = collectRecords(*m_db, to);
    QVERIFY2(difference(original, copy).isEmpty(), qPrintable(difference(original, copy)));
    QCOMPARE(*csv::write(copy), file);
}

void TestCsv::roundTripManyRows()
{
    const qint64 from = addPatient(QStringLiteral("Ann"));
    const RecordSet sample = randomSet(20000, 42);
    QVERIFY(storeImport(*m_db, from, sample).ok());
    const RecordSet original = collectRecords(*m_db, from);
    QCOMPARE(original.size(), sample.size());
    const QByteArray file = *csv::write(original);
    const ParsedImport parsed = csv::read(file);
    QVERIFY(parsed.ok());
    const qint64 to = addPatient(QStringLiteral("Ben"));
    QVERIFY(storeImport(*m_db, to, parsed.records).ok());
    const RecordSet copy = collectRecords(*m_db, to);
    QVERIFY2(difference(original, copy).isEmpty(), qPrintable(difference(original, copy)));
    QCOMPARE(*csv::write(copy), file);
    qInfo("CSV rows round-tripped exactly: %lld", qlonglong(copy.size()));
}

void TestCsv::formulaEscaping_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-2 days") << QStringLiteral("'-2 days");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("apostrophe then formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("lone apostrophe") << QStringLiteral("'") << QStringLiteral("''");
    QTest::newRow("apostrophe text") << QStringLiteral("'quoted'") << QStringLiteral("''quoted'");
    QTest::newRow("plain") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::formulaEscaping()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(csv::escapeCell(cell), escaped);
    QCOMPARE(csv::unescapeCell(escaped), cell);
    // A hand-typed apostrophe that escapes nothing is kept as typed.
    QCOMPARE(csv::unescapeCell(QStringLiteral("'abc")), QStringLiteral("'abc"));
}

void TestCsv::exportedCellsNeverStartAFormula()
{
    RecordSet s;
    const QString hostile[] = { QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+SUM(1)"),
        QStringLiteral("-1"), QStringLiteral("@x"), QStringLiteral("\t=1"), QStringLiteral("\r=1") };
    for (const auto &text : hostile)
        s.medicines.append({ 0, 0, text, text, std::nullopt, std::nullopt, text });
    const ParsedImport back = csv::read(*csv::write(s));
    QVERIFY(back.ok());
    QVERIFY(difference(s, back.records).isEmpty());
    // Split the file as a spreadsheet would and look at the first character of every cell.
    const QString text = QString::fromUtf8(*csv::write(s));
    int cells = 0;
    bool quoted = false;
    bool cellStart = true;
    for (const QChar c : text) {
        if (cellStart && !quoted) {
            ++cells;
            QVERIFY2(
                !QStringLiteral("=+-@").contains(c), qPrintable(QStringLiteral("a cell starts with ") + c));
        }
        cellStart = false;
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            if (quoted)
                cellStart = true; // the cell's first character follows the opening quote
            continue;
        }
        if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char('\n')))
            cellStart = true;
    }
    QVERIFY(cells > 6 * 29);
}

void TestCsv::quoting()
{
    RecordSet s;
    const QStringList notes
        = { QStringLiteral("comma, inside"), QStringLiteral("\"quoted\""), QStringLiteral("two\r\nlines"),
              QStringLiteral("lf\nonly"), QStringLiteral("cr\ronly"), QStringLiteral(" spaces "),
              // Decoded into the strings of the row before (ASCII widened, the rest through UTF-8):
              // longer, shorter, and beyond the Basic Multilingual Plane.
              QStringLiteral("café au lait, tiède"), QStringLiteral("发烧了"), QStringLiteral("حمى"),
              QStringLiteral("🌡️ 38,5"), QStringLiteral("a") };
    for (int i = 0; i < notes.size(); ++i)
        s.symptoms.append(
            { 0, 0, { at("2026-03-02T09:30:00+01:00").addSecs(i), SymptomCode::Cough }, notes.at(i) });
    const QByteArray file = *csv::write(s);
    QVERIFY(file.contains("\"comma, inside\""));
    QVERIFY(file.contains("\"\"\"quoted\"\"\""));
    QVERIFY(file.contains("\"two\r\nlines\""));
    const ParsedImport back = csv::read(file);
    QVERIFY(back.ok());
    QVERIFY2(difference(s, back.records).isEmpty(), qPrintable(difference(s, back.records)));
}

void TestCsv::handWrittenFile()
{
    // Columns in another order, only those needed, LF line endings, no byte-order mark, a blank
    // line, and the units a person types.
    const QByteArray file
        = "time,kind,value,unit,anc,wbc,neutrophils_pct,note\n"
          "2026-03-10T08:00:00+01:00,temperature,38.4,C,,,,\n"
          "\n"
          "2026-03-10T09:00:00+01:00,blood_count,,10^9/L,0.4,,,\"from the \"\"portal\"\"\"\n"
          "2026-03-10T09:30:00+01:00,blood_count,,cells/uL,,2100,45,\n";
    const ParsedImport parsed = csv::read(file);
    QVERIFY2(
        parsed.ok(), parsed.errors.isEmpty() ? "cancelled" : qPrintable(parsed.errors.first().toString()));
    QCOMPARE(parsed.records.temperatures.size(), 1);
    QCOMPARE(parsed.records.temperatures.first().reading.temperature.site(), MeasurementSite::Oral);
    QCOMPARE(parsed.records.bloodCounts.size(), 2);
    QCOMPARE(parsed.records.bloodCounts.at(0).count.anc(), 400.0);
    QCOMPARE(parsed.records.bloodCounts.at(0).enteredUnit, CountUnit::GigaPerLitre);
    QCOMPARE(parsed.records.bloodCounts.at(0).note, QStringLiteral("from the \"portal\""));
    QCOMPARE(parsed.records.bloodCounts.at(1).count.anc(), 945.0);
    QCOMPARE(parsed.records.bloodCounts.at(1).count.provenance(), AncProvenance::Derived);
}

void TestCsv::errorsNameLineAndField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reasonContains");
    const QByteArray ok = "temperature,2026-03-10T08:00:00+01:00,38.4,C,,\r\n";
    auto add = [](const char *name, const QByteArray &body, const char *location, const char *field,
                   const char *reason) {
        QTest::newRow(name) << body << QString::fromLatin1(location) << QString::fromLatin1(field)
                            << QString::fromLatin1(reason);
    };
    add("implausible temperature", ok + "temperature,2026-03-10T09:00:00+01:00,101,C,,\r\n", "line 3",
        "value", "Did you mean");
    add("no offset", QByteArray("temperature,2026-03-10T09:00:00,38.4,C,,\r\n"), "line 2", "time", "offset");
    add("unknown kind", ok + ok + "tmperature,2026-03-10T09:00:00+01:00,38,C,,\r\n", "line 4", "kind",
        "not a known code");
    add("unknown unit", QByteArray("temperature,2026-03-10T09:00:00+01:00,38.4,K,,\r\n"), "line 2", "unit",
        "not a known code");
    add("unknown site", QByteArray("temperature,2026-03-10T09:00:00+01:00,38.4,C,armpit,\r\n"), "line 2",
        "site", "not a known code");
    add("not a number", QByteArray("temperature,2026-03-10T09:00:00+01:00,\"38,4\",C,,\r\n"), "line 2",
        "value", "not a number");
    add("count without anc", QByteArray("blood_count,2026-03-10T09:00:00+01:00,,cells/uL,,\r\n"), "line 2",
        "anc", "needs the anc");
    add("missing value", QByteArray("temperature,2026-03-10T09:00:00+01:00,,C,,\r\n"), "line 2", "value",
        "required");
    add("column of another kind", QByteArray("symptom,2026-03-10T09:00:00+01:00,38,,,\r\n"), "line 2",
        "value", "not used in symptom rows");
    add("cell count", QByteArray("temperature,2026-03-10T09:00:00+01:00,38\r\n"), "line 2", "",
        "has 3 cells but the header has 6");
    add("quote never closed", ok + "temperature,2026-03-10T09:00:00+01:00,38.4,C,,\"open\r\n", "line 3",
        "note", "never closed");
    add("stray quote", QByteArray("temperature,2026-03-10T09:00:00+01:00,38.4,C,,a\"b\r\n"), "line 2", "note",
        "quote inside");
    add("lines counted inside quotes",
        QByteArray("temperature,2026-03-10T08:00:00+01:00,38.4,C,,\"one\ntwo\nthree\"\r\n"
                   "temperature,2026-03-10T09:00:00+01:00,20,C,,\r\n"),
        "line 5", "value", "plausible");
    add("not utf-8", ok + "temperature,2026-03-10T09:00:00+01:00,38.4,C,,caf\xE9\r\n", "line 3", "", "UTF-8");
}

void TestCsv::errorsNameLineAndField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, location);
    QFETCH(QString, field);
    QFETCH(QString, reasonContains);
    const ParsedImport parsed = csv::read("kind,time,value,unit,site,note\r\n" + body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().location, location);
    QCOMPARE(parsed.errors.first().field, field);
    QVERIFY2(parsed.errors.first().reason.contains(reasonContains), qPrintable(parsed.errors.first().reason));
}

void TestCsv::negativeNumbersRefused()
{
    // No number in the format may be negative, escaped or not: each is refused with its reason.
    const ParsedImport parsed
        = csv::read("kind,time,date,unit,anc,wbc,neutrophils_pct,code,nadir_start_day,nadir_end_day\n"
                    "blood_count,2026-03-10T08:00:00+01:00,,cells/uL,-400,,,,,\n"
                    "blood_count,2026-03-10T09:00:00+01:00,,cells/uL,'-400,,,,,\n"
                    "blood_count,2026-03-10T10:00:00+01:00,,cells/uL,,2000,-5,,,\n"
                    "treatment,,2026-03-01,,,,,chemotherapy,-1,7\n");
    QCOMPARE(parsed.errors.size(), 4);
    QCOMPARE(parsed.errors.at(0).field, QStringLiteral("anc"));
    QVERIFY(parsed.errors.at(0).reason.contains(QStringLiteral("negative")));
    QCOMPARE(parsed.errors.at(1).location, QStringLiteral("line 3"));
    QCOMPARE(parsed.errors.at(1).field, QStringLiteral("anc"));
    QCOMPARE(parsed.errors.at(2).field, QStringLiteral("neutrophils_pct"));
    QCOMPARE(parsed.errors.at(3).field, QStringLiteral("nadir_start_day"));
}

void TestCsv::derivedAncOverTheMaximumRefused()
{
    // Issue 13: each number plausible, their product not; refused with the reason, not by SQL.
    const ParsedImport parsed = csv::read("kind,time,unit,wbc,neutrophils_pct\r\n"
                                          "blood_count,2026-03-09T10:00:00+01:00,cells/uL,150000,90\r\n"
                                          "blood_count,2026-03-09T11:00:00+01:00,cells/uL,125000,80\r\n");
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().location, QStringLiteral("line 2"));
    QCOMPARE(parsed.errors.first().field, QStringLiteral("wbc"));
    QVERIFY2(parsed.errors.first().reason.contains(QStringLiteral("neutrophil count (ANC)")),
        qPrintable(parsed.errors.first().reason));
    QCOMPARE(parsed.records.bloodCounts.size(), 1); // 100,000 exactly is accepted
    QCOMPARE(parsed.records.bloodCounts.first().count.anc(), BloodCount::kMaxAnc);
}

void TestCsv::typedTextLimits_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reasonContains"); // empty: accepted
    const QByteArray temperature = "temperature,2026-03-10T08:00:00+01:00,38.4,C,,,,,,";
    auto note = [&](const QByteArray &text) { return temperature + text + "\r\n"; };
    const QLocale locale;
    QTest::newRow("note with a NUL byte") << note(QByteArray("shiver\0s", 8)) << "note"
                                          << "U+0000";
    QTest::newRow("note with an escape") << note("\x1b[2Jgone") << "note"
                                         << "U+001B";
    QTest::newRow("note of 4,000") << note(QByteArray(4000, 'n')) << ""
                                   << "";
    QTest::newRow("note of 4,001") << note(QByteArray(4001, 'n')) << "note" << locale.toString(4001);
    QTest::newRow("tab and line breaks") << note("\"a\tb\nc\r\nd\"") << ""
                                         << "";
    QTest::newRow("medicine name of 200") << "medicine,,,,,," + QByteArray(200, 'm') + ",,,\r\n"
                                          << ""
                                          << "";
    QTest::newRow("medicine name of 201") << "medicine,,,,,," + QByteArray(201, 'm') + ",,,\r\n"
                                          << "name" << locale.toString(201);
    QTest::newRow("dose with a NUL byte") << "medicine,,,,,,Filgrastim,," + QByteArray("1\0", 2) + ",\r\n"
                                          << "dose"
                                          << "U+0000";
    QTest::newRow("lab of 201") << "blood_count,2026-03-10T08:00:00+01:00,,cells/uL,,900,,"
            + QByteArray(201, 'l') + ",,\r\n"
                                << "lab" << locale.toString(201);
}

void TestCsv::typedTextLimits()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, field);
    QFETCH(QString, reasonContains);
    const ParsedImport parsed = csv::read("kind,time,value,unit,site,anc,name,lab,dose,note\r\n" + row);
    if (field.isEmpty()) {
        QVERIFY2(parsed.ok(), parsed.errors.isEmpty() ? "" : qPrintable(parsed.errors.first().toString()));
        QCOMPARE(parsed.records.size(), 1);
        return;
    }
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().location, QStringLiteral("line 2"));
    QCOMPARE(parsed.errors.first().field, field);
    QVERIFY2(parsed.errors.first().reason.contains(reasonContains), qPrintable(parsed.errors.first().reason));
    QCOMPARE(parsed.records.size(), 0); // never kept cut short
}

void TestCsv::thirtyMegabyteNoteStoresNothing()
{
    // Issue 13: a 30 MB note was accepted and stored. Now the file is refused, naming the line and
    // the field, and the import stores nothing — not even the good rows around it.
    const qint64 patient = addPatient(QStringLiteral("Ann"));
    QByteArray file = "kind,time,value,unit,note\r\n"
                      "temperature,2026-03-10T08:00:00+01:00,38.4,C,fine\r\n"
                      "temperature,2026-03-10T09:00:00+01:00,38.5,C,";
    file += QByteArray(30 * 1000 * 1000, 'x');
    file += "\r\ntemperature,2026-03-10T10:00:00+01:00,38.6,C,fine\r\n";
    const ParsedImport parsed = csv::read(file);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().location, QStringLiteral("line 3"));
    QCOMPARE(parsed.errors.first().field, QStringLiteral("note"));
    QVERIFY2(parsed.errors.first().reason.contains(QLocale().toString(30 * 1000 * 1000)),
        qPrintable(parsed.errors.first().reason));
    // What the app and the CLI do: store only a file without errors.
    if (parsed.ok())
        storeImport(*m_db, patient, parsed.records);
    QCOMPARE(rows("temperatures"), 0);
}

void TestCsv::allOrNothing()
{
    const QByteArray file = "kind,time,value,unit\n"
                            "temperature,2026-03-10T08:00:00+01:00,38.4,C\n"
                            "temperature,2026-03-10T09:00:00+01:00,38.5,C\n"
                            "temperature,2026-03-10T10:00:00+01:00,-38.5,C\n"
                            "temperature,2026-03-10T11:00:00+01:00,38.6,X\n";
    const ParsedImport parsed = csv::read(file);
    QVERIFY(!parsed.ok());
    // Every bad row is listed, so the person fixes the file once.
    QCOMPARE(parsed.errors.size(), 2);
    QCOMPARE(parsed.errors.at(0).location, QStringLiteral("line 4"));
    QCOMPARE(parsed.errors.at(0).field, QStringLiteral("value"));
    QCOMPARE(parsed.errors.at(1).location, QStringLiteral("line 5"));
    QCOMPARE(parsed.errors.at(1).field, QStringLiteral("unit"));
    QVERIFY(parsed.errors.at(0).toString().startsWith(QStringLiteral("line 4, field value: ")));
}

void TestCsv::failedStoreLeavesNothing()
{
    const qint64 patient = addPatient(QStringLiteral("Ann"));
    // The symptoms come after the temperatures and counts: a failure there must take those back.
    QSqlQuery q(m_db->connection());
    for (const QString &sql : test::refuseWritesSql(QStringLiteral("symptoms")))
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    const ImportOutcome outcome = storeImport(*m_db, patient, everyKind());
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(outcome.counts.addedTotal(), 0);
    QCOMPARE(rows("temperatures"), 0);
    QCOMPARE(rows("blood_counts"), 0);
    QCOMPARE(storeImport(*m_db, patient + 100, everyKind()).ok(), false);
}

void TestCsv::duplicatesCounted()
{
    const qint64 patient = addPatient(QStringLiteral("Ann"));
    const RecordSet sample = everyKind();
    QVERIFY(storeImport(*m_db, patient, sample).ok());
    const QByteArray file = *csv::write(collectRecords(*m_db, patient));

    // The same file again: everything is already there.
    const ParsedImport parsed = csv::read(file);
    const ImportCounts plan = planImport(*m_db, patient, parsed.records);
    QCOMPARE(plan.addedTotal(), 0);
    QCOMPARE(plan.duplicateTotal(), int(sample.size()));
    const ImportOutcome again = storeImport(*m_db, patient, parsed.records);
    QVERIFY(again.ok());
    QCOMPARE(again.counts.addedTotal(), 0);
    QCOMPARE(again.counts.duplicates.value(RecordKind::Temperature), int(sample.temperatures.size()));
    QCOMPARE(collectRecords(*m_db, patient).size(), sample.size());

    // One new reading among known ones; and a reading logged twice stays twice in a new profile.
    RecordSet more;
    more.temperatures = { sample.temperatures.at(0), sample.temperatures.at(0),
        temperature("2026-04-01T08:00:00+01:00", 37.0, TemperatureUnit::Celsius) };
    const ImportCounts mixed = planImport(*m_db, patient, more);
    QCOMPARE(mixed.added.value(RecordKind::Temperature), 2);
    QCOMPARE(mixed.duplicates.value(RecordKind::Temperature), 1);
    const qint64 other = addPatient(QStringLiteral("Ben"));
    QCOMPARE(planImport(*m_db, other, more).added.value(RecordKind::Temperature), 3);
    // Same time but another value is no duplicate.
    RecordSet changed;
    changed.temperatures = { temperature("2026-03-01T08:00:00+01:00", 37.3, TemperatureUnit::Celsius) };
    QCOMPARE(planImport(*m_db, patient, changed).added.value(RecordKind::Temperature), 1);
}

void TestCsv::cancelledImportStoresNothing()
{
    const qint64 patient = addPatient(QStringLiteral("Ann"));
    const RecordSet sample = randomSet(3000, 7);
    int calls = 0;
    const ImportOutcome outcome = storeImport(*m_db, patient, sample, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok());
    QVERIFY(calls > 1);
    QCOMPARE(collectRecords(*m_db, patient).size(), 0);
    QCOMPARE(rows("temperatures"), 0);
    // Cancelled at the very end (after the last row) is still cancelled.
    const ImportOutcome late
        = storeImport(*m_db, patient, everyKind(), [](qint64 done, qint64 total) { return done < total; });
    QVERIFY(late.cancelled);
    QCOMPARE(collectRecords(*m_db, patient).size(), 0);
}

void TestCsv::cancelledReadAndWrite()
{
    const RecordSet sample = randomSet(5000, 3);
    QVERIFY(!csv::write(sample, [](qint64, qint64) { return false; }));
    const QByteArray file = *csv::write(sample);
    qint64 lastTotal = 0;
    const ParsedImport parsed = csv::read(file, [&](qint64, qint64 total) {
        lastTotal = total;
        return false;
    });
    QVERIFY(parsed.cancelled);
    QVERIFY(!parsed.ok());
    // Reading counts bytes: the file is never held as rows.
    QCOMPARE(lastTotal, file.size());
}

namespace {
// Hands out a file a few bytes at a time, as a pipe may: every record and quoted cell is cut somewhere.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>({ max, m_step++ % 13 + 1, m_data.size() - m_at });
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
    qint64 m_step = 0;
};
} // namespace

void TestCsv::streamsAcrossChunkBoundaries()
{
    // Notes with commas, quotes and line breaks: quoted cells that span lines, cut at every place.
    RecordSet sample = randomSet(30000, 11);
    for (qsizetype i = 0; i < sample.temperatures.size(); i += 7)
        sample.temperatures[i].note = QStringLiteral("fever, \"shivers\"\r\nthen better\n%1 µ").arg(i);
    const QByteArray file = *csv::write(sample);
    QVERIFY2(file.size() > 2 * 1024 * 1024, "the file must span more than two of the reader's chunks");
    const ParsedImport whole = csv::read(file);
    QVERIFY2(whole.ok(), whole.errors.isEmpty() ? "cancelled" : qPrintable(whole.errors.first().toString()));
    QVERIFY2(difference(sample, whole.records).isEmpty(), qPrintable(difference(sample, whole.records)));

    TrickleDevice trickle(file);
    RecordCollector collector;
    const ImportReport report = csv::read(trickle, collector);
    QVERIFY(report.ok());
    QVERIFY2(
        difference(sample, collector.records).isEmpty(), qPrintable(difference(sample, collector.records)));

    // An error after a cut still names its line.
    QByteArray bad = *csv::write(randomSet(200, 5));
    bad += "temperature,2026-03-10T08:00:00+01:00,,-1,C,oral,false,,,,,,,,,,,,,,,,,,,,,\r\n";
    const qint64 badLine = bad.count('\n');
    TrickleDevice badTrickle(bad);
    RecordCollector ignored;
    const ImportReport badReport = csv::read(badTrickle, ignored);
    QCOMPARE(badReport.errorCount, 1);
    QCOMPARE(badReport.errors.first().location, QStringLiteral("line %1").arg(badLine));
    QCOMPARE(badReport.errors.first().field, QStringLiteral("value"));
}

void TestCsv::errorsListedThenCounted()
{
    QByteArray file = "kind,time,value,unit\n";
    for (int i = 0; i < 250; ++i)
        file += "temperature,2026-03-10T08:00:00+01:00,-38.5,C\n";
    const ParsedImport parsed = csv::read(file);
    QVERIFY(!parsed.ok());
    // The first hundred with where and why, in file order; all of them counted.
    QCOMPARE(parsed.errors.size(), ImportReport::kListedErrors);
    QCOMPARE(parsed.errorCount, 250);
    QCOMPARE(parsed.errors.first().location, QStringLiteral("line 2"));
    QCOMPARE(parsed.errors.last().location, QStringLiteral("line 101"));
}

void TestCsv::importFileStreamsAllOrNothing()
{
    const qint64 patient = addPatient(QStringLiteral("Ann"));
    const RecordSet sample = everyKind();
    const QByteArray file = *csv::write(sample);
    auto reader = [](const QByteArray &data) {
        return [data](RecordSink &sink, const Progress &progress) {
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            return csv::read(buffer, sink, progress);
        };
    };

    // An error in the last row: the rows stored before it are taken back.
    QByteArray broken = file;
    broken += "temperature,2026-03-10T08:00:00+01:00,,38.5,X,oral,false,,,,,,,,,,,,,,,,,,,,,\r\n";
    const ImportOutcome refused = importFile(*m_db, patient, reader(broken));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.file.errorCount, 1);
    QCOMPARE(refused.file.errors.first().field, QStringLiteral("unit"));
    QCOMPARE(refused.counts.addedTotal(), 0);
    QCOMPARE(rows("temperatures"), 0);

    // Cancelled: nothing stored.
    const ImportOutcome cancelled
        = importFile(*m_db, patient, reader(file), [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(rows("temperatures"), 0);

    const ImportOutcome stored = importFile(*m_db, patient, reader(file));
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.counts.addedTotal(), int(sample.size()));
    // The very records storeImport() keeps for the same set.
    const qint64 other = addPatient(QStringLiteral("Ben"));
    QVERIFY(storeImport(*m_db, other, sample).ok());
    const RecordSet expected = collectRecords(*m_db, other);
    QVERIFY2(difference(expected, collectRecords(*m_db, patient)).isEmpty(),
        qPrintable(difference(expected, collectRecords(*m_db, patient))));
    // Again: every record is a duplicate, counted as a multiset, and nothing is stored twice.
    const ImportOutcome again = importFile(*m_db, patient, reader(file));
    QVERIFY(again.ok());
    QCOMPARE(again.counts.addedTotal(), 0);
    QCOMPARE(again.counts.duplicateTotal(), int(sample.size()));
    QCOMPARE(collectRecords(*m_db, patient).size(), sample.size());
}

void TestCsv::timesReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("time");
    // The app's own form goes a quick way; each must read exactly as QDateTime::fromString reads it,
    // and what it refuses must stay refused.
    for (const char *t : { "2026-03-10T08:00:00+01:00", "2026-03-10T08:00:00Z", "2026-03-10T08:00:00.123Z",
             "2026-03-10T08:00:00.999-05:30", "2026-03-10T08:00:00+00:00", "2026-03-10T08:00:00-00:00",
             "2026-03-10T23:59:59+14:00", "2026-03-10T08:00:00+23:59", "2024-02-29T12:00:00+01:00",
             "2026-03-10T08:00+01:00", "2026-03-10T08:00:00.5+01:00", "2026-03-10T08:00:00+0100",
             "2025-02-29T12:00:00+01:00", "2026-13-10T08:00:00+01:00", "2026-03-10T25:00:00+01:00",
             "2026-03-10T08:60:00+01:00", "2026-03-10T08:00:60+01:00", "2026-03-10T24:00:00+01:00",
             "2026-03-10T08:00:00+24:00", "2026-03-10T08:00:00+01:60", "2026-03-10 08:00:00+01:00",
             "2026-03-10T08:00:00", "2026-03-1OT08:00:00+01:00", "+2026-03-10T08:00:00Z" })
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestCsv::timesReadAsQtReadsThem()
{
    QFETCH(QString, time);
    const QByteArray file = "kind,time,value,unit\ntemperature," + time.toLatin1() + ",37.5,C\n";
    const ParsedImport parsed = csv::read(file);
    const QDateTime qt = QDateTime::fromString(time, Qt::ISODateWithMs);
    const bool hasOffset = time.endsWith(QLatin1Char('Z'))
        || (time.size() > 6
            && (time[time.size() - 6] == QLatin1Char('+') || time[time.size() - 6] == QLatin1Char('-')));
    if (!qt.isValid() || !hasOffset || !time.contains(QLatin1Char('T'))) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errors.first().field, QStringLiteral("time"));
        return;
    }
    QVERIFY2(parsed.ok(), parsed.errors.isEmpty() ? "" : qPrintable(parsed.errors.first().toString()));
    const QDateTime read = parsed.records.temperatures.first().reading.time;
    QCOMPARE(read, qt);
    QCOMPARE(read.timeSpec(), qt.timeSpec());
    QCOMPARE(read.offsetFromUtc(), qt.offsetFromUtc());
    QCOMPARE(read.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

// neutrocare-cli sheet, card and report, run as a clinic would in a batch: exit codes of DESIGN.md's
// CLI contract (0 done, 2 bad input with one line naming the field and nothing written, 1 other
// failures), and the PDFs they write.

#include "../../cli/clirun.h"
#include "../languagerows.h"
#include "clinical/bidi.h"
#include "content/contentcatalogue.h"
#include "language.h"
#include "pdftext.h"
#include "print/patientreport.h"
#include "print/walletcard.h"
#include "sampledata.h"
#include "scratchdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QProcessEnvironment &env = nc::test::cliEnvironment())
{
    const auto run = nc::test::runCli(args, {}, env);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

} // namespace

class TestPrintCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandHelp();
    void sheetList();
    void sheetWhenToCall();
    void sheetArticle();
    void sheetFromPatientAndProtocolFile();
    void card();
    void cardInThePatientsLanguage();
    void sheetInThePatientsLanguageAndName();
    void cardLanguagesAndName();
    void sheetAndCardInEveryLanguage_data();
    void sheetAndCardInEveryLanguage();
    void report();
    void badInput_data();
    void badInput();
    void unwritableOutputIsAFailure();
    void printsWithoutADisplay();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString addFamilyProfile();
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    QString m_db;
    QString m_patient;
};

void TestPrintCli::initTestCase()
{
    // A file, or a database on the test server (tst_printcli_postgresql): the same documents.
    m_scratch = std::make_unique<test::ScratchDatabase>(path(u"patients.sqlite"_s));
    m_db = m_scratch->where();
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_scratch->error()));
    Database db;
    QVERIFY2(db.open(m_db), qPrintable(db.errorString()));
    m_patient = QString::number(test::addSample(db).patientId);
}

void TestPrintCli::sheetList()
{
    const Run r = runCli({ u"sheet"_s, u"--list"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"when-to-call\t"_s));
    QStringList ids;
    for (const QString &line : lines)
        ids << line.section(u'\t', 0, 0);
    for (const Article &a : ContentCatalogue::shipped().articles(u"en"_s))
        QVERIFY2(ids.contains(a.id), qPrintable(a.id));
    QCOMPARE(ids.size(), QSet<QString>(ids.begin(), ids.end()).size());
}

void TestPrintCli::commandHelp()
{
    for (const QString &command : { u"sheet"_s, u"card"_s, u"report"_s }) {
        const Run r = runCli({ command, u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"--paper"_s) && r.out.contains(u"-o"_s), qPrintable(r.out));
    }
    QVERIFY(runCli({ u"report"_s, u"--help"_s }).out.contains(u"--include-notes"_s));
    QVERIFY(runCli({ u"--help"_s }).out.contains(u"sheet --topic"_s));
}

void TestPrintCli::sheetWhenToCall()
{
    const QString out = path(u"when-to-call.pdf"_s);
    const Run r = runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--lang"_s, u"en"_s, u"--unit"_s,
        u"F"_s, u"--clinic"_s, u"Riverside Cancer Centre"_s, u"--in-hours"_s, u"(555) 201-4400"_s,
        u"--out-of-hours"_s, u"(555) 201-4999"_s, u"--paper"_s, u"letter"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty() || !r.err.contains(u"neutrocare-cli:"_s));
    QCOMPARE(test::pdfPages(out), 1);
    QCOMPARE(test::pdfPageSize(out), QSize(612, 792));
    const QString text = test::pdfText(out);
    for (const QString &s : { u"101.0 °F"_s, u"100.4 °F"_s, u"(555) 201-4400"_s, u"(555) 201-4999"_s,
             u"Riverside Cancer Centre"_s })
        QVERIFY2(text.contains(s), qPrintable(s));
    test::keepForDocs(out, u"when-to-call.pdf"_s);

    const QString uk = path(u"uk.pdf"_s);
    QCOMPARE(
        runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--protocol"_s, u"uk-37.5"_s, u"-o"_s, uk })
            .exitCode,
        0);
    QVERIFY(test::pdfText(uk).contains(u"37.5 °C"_s));
    QCOMPARE(test::pdfPageSize(uk), QSize(595, 842));
}

void TestPrintCli::sheetArticle()
{
    const QString out = path(u"fever.pdf"_s);
    const Run r = runCli({ u"sheet"_s, u"--topic"_s, u"fever-emergency"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    const QString title = ContentCatalogue::shipped().article(u"fever-emergency"_s, u"en"_s)->title;
    QVERIFY(test::pdfText(out).contains(title));
}

void TestPrintCli::sheetFromPatientAndProtocolFile()
{
    // The patient's settings fill the header and numbers; a clinic's protocol file overrides the preset.
    QFile protocol(path(u"clinic.json"_s));
    QVERIFY(protocol.open(QIODevice::WriteOnly));
    protocol.write(R"({"id": "riverside-2026", "name": "Riverside Oncology",
                       "single": {"threshold_c": 38.1, "inclusive": true}, "low": {"threshold_c": 35.5}})");
    protocol.close();
    const QString out = path(u"patient-sheet.pdf"_s);
    const Run r = runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--db"_s, m_db, u"--patient"_s,
        m_patient, u"--protocol"_s, protocol.fileName(), u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    const QString text = test::pdfText(out);
    for (const QString &s : { u"38.1 °C"_s, u"35.4 °C or lower"_s, u"0161 446 3000"_s,
             u"Riverside Cancer Centre"_s, u"Riverside Oncology"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u": "_s + text));
}

void TestPrintCli::card()
{
    const QString out = path(u"card.pdf"_s);
    const Run r = runCli({ u"card"_s, u"--db"_s, m_db, u"--patient"_s, m_patient, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    const QString text = test::pdfText(out, test::TextMode::Raw);
    for (const QString &s : { u"Margaret O'Connor"_s, u"2 Mar 2026"_s, u"FOR EMERGENCY STAFF"_s,
             u"38.3 °C or higher"_s, u"antibiotics within one hour"_s })
        QVERIFY2(text.contains(s), qPrintable(s));
}

void TestPrintCli::cardInThePatientsLanguage()
{
    // A second profile whose language is Spanish: the card speaks Spanish, numbers included.
    QString spanishPatient;
    {
        Database db;
        QVERIFY(db.open(m_db));
        const auto id = PatientRepository(db).add({ 0, u"Lucía Fernández"_s, std::nullopt });
        QVERIFY(id.ok());
        PatientSettings settings;
        settings.language = u"es"_s;
        QVERIFY(!PatientSettingsRepository(db).save(*id, settings));
        spanishPatient = QString::number(*id);
    }
    const QString out = path(u"card-es.pdf"_s);
    const Run r = runCli({ u"card"_s, u"--db"_s, m_db, u"--patient"_s, spanishPatient, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    const QString text = test::pdfText(out, test::TextMode::Raw);
    for (const QString &s : { u"Lucía Fernández"_s, u"URGENCIAS"_s, u"38,3 °C"_s })
        QVERIFY2(text.contains(s), qPrintable(text));
}

// "Papá" to the family, José García Ruiz on documents; reads Spanish; °F and the UK preset.
QString TestPrintCli::addFamilyProfile()
{
    Database db;
    if (!db.open(m_db))
        return {};
    const auto id = PatientRepository(db).add({ 0, u"Papá"_s, std::nullopt });
    if (!id.ok())
        return {};
    PatientSettings settings;
    settings.language = u"es"_s;
    settings.displayUnit = TemperatureUnit::Fahrenheit;
    settings.protocol = *Protocol::preset(u"uk-37.5"_s);
    settings.inHoursNumber = u"555 0100"_s;
    PatientSettingsRepository repo(db);
    if (repo.save(*id, settings)
        || repo.setPreference(*id, WalletCardData::kDocumentNameKey, u"José García Ruiz"_s))
        return {};
    return QString::number(*id);
}

void TestPrintCli::sheetInThePatientsLanguageAndName()
{
    const QString papa = addFamilyProfile();
    QVERIFY(!papa.isEmpty());
    // No --lang: the patient's language, their protocol, unit and numbers, and the name on documents
    // in the caregiver's script.
    const QString sheet = path(u"papa-sheet.pdf"_s);
    Run r = runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--db"_s, m_db, u"--patient"_s, papa,
        u"--paper"_s, u"letter"_s, u"-o"_s, sheet });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::pdfPages(sheet), 1);
    QString text = test::pdfText(sheet).simplified();
    for (const QString &s : { u"Cuándo llamar"_s, u"99,5 °F"_s, u"555 0100"_s, u"José García Ruiz"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u": "_s + text));
    QVERIFY2(!text.contains(u"Papá"_s), qPrintable(text));

    // A handout's content too, not only its frame.
    const QString handout = path(u"papa-handout.pdf"_s);
    r = runCli({ u"sheet"_s, u"--topic"_s, u"fever-emergency"_s, u"--db"_s, m_db, u"--patient"_s, papa,
        u"-o"_s, handout });
    QCOMPARE(r.exitCode, 0);
    const QString spanishTitle = ContentCatalogue::shipped().article(u"fever-emergency"_s, u"es"_s)->title;
    QVERIFY2(test::pdfText(handout).simplified().contains(spanishTitle), qPrintable(spanishTitle));

    // --lang wins: the same profile's sheet for a relative who reads English.
    r = runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--db"_s, m_db, u"--patient"_s, papa,
        u"--lang"_s, u"en"_s, u"-o"_s, sheet });
    QCOMPARE(r.exitCode, 0);
    text = test::pdfText(sheet).simplified();
    for (const QString &s :
        { u"When to call your care team"_s, u"99.5 °F"_s, u"My ______, José García Ruiz, is"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u": "_s + text));
}

void TestPrintCli::cardLanguagesAndName()
{
    const QString papa = addFamilyProfile();
    QVERIFY(!papa.isEmpty());
    // The front in Spanish for him, the back in English for the hospital, with the Spanish below.
    const QString out = path(u"papa-card.pdf"_s);
    Run r = runCli(
        { u"card"_s, u"--db"_s, m_db, u"--patient"_s, papa, u"--staff-lang"_s, u"en"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    QString text = test::pdfText(out, test::TextMode::Raw);
    for (const QString &s : { u"ALERTA: QUIMIOTERAPIA"_s, u"José García Ruiz"_s, u"FOR EMERGENCY STAFF"_s,
             u"99.5 °F or higher"_s, u"PARA EL PERSONAL DE URGENCIAS"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u": "_s + text));
    QVERIFY2(!text.contains(u"Papá"_s), qPrintable(text));

    // --name and --lang: one language on both sides.
    r = runCli({ u"card"_s, u"--db"_s, m_db, u"--patient"_s, papa, u"--lang"_s, u"en"_s, u"--staff-lang"_s,
        u"en"_s, u"--name"_s, u"J. García"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    text = test::pdfText(out, test::TextMode::Raw);
    for (const QString &s : { u"CHEMOTHERAPY ALERT"_s, u"J. García"_s, u"FOR EMERGENCY STAFF"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u": "_s + text));
    QVERIFY2(!text.contains(u"URGENCIAS"_s), qPrintable(text));
}

void TestPrintCli::sheetAndCardInEveryLanguage_data()
{
    test::addLanguageRows();
}

// A patient reading each shipped language gets a handout, a when-to-call sheet, a wallet card and
// a report in it, and the PDF's own text has the words (so no glyph was left out as a box): the article's
// title, the card's alert, the fever threshold in the language's number format, and the clinic's
// number. NC_PRINT_DIR keeps the PDFs (docs/print).
void TestPrintCli::sheetAndCardInEveryLanguage()
{
    QFETCH(QString, code);
    QString patient;
    {
        Database db;
        QVERIFY(db.open(m_db));
        const auto id = PatientRepository(db).add({ 0, u"Amal "_s + code, std::nullopt });
        QVERIFY(id.ok());
        PatientSettings settings;
        settings.language = code;
        settings.clinicName = u"Riverside"_s;
        settings.inHoursNumber = u"+1 555 0100"_s;
        QVERIFY(!PatientSettingsRepository(db).save(*id, settings));
        patient = QString::number(*id);
    }
    QString title;
    QString alert;
    QString threshold;
    QString reportTitle;
    {
        const language::Scope scope(code);
        title = ContentCatalogue::shipped().article(u"fever-emergency"_s, code)->title;
        alert = WalletCard::tr("⚠ CHEMOTHERAPY ALERT").remove(u"⚠"_s).trimmed();
        threshold = bidi::plain(Temperature::format(38.3, TemperatureUnit::Celsius));
        reportTitle = PatientReport::tr("Report for %1").arg(u"Amal "_s + code);
    }
    const QString keep = qEnvironmentVariable("NC_PRINT_DIR");
    const auto output = [&](const QString &name) {
        return keep.isEmpty() ? path(name + u"-"_s + code + u".pdf"_s)
                              : keep + u"/"_s + name + u"-"_s + code + u".pdf"_s;
    };
    const QString handout = output(u"fever-emergency"_s);
    const QString sheet = output(u"when-to-call"_s);
    const QString card = output(u"wallet-card"_s);
    const QString report = output(u"report"_s);
    QCOMPARE(runCli({ u"sheet"_s, u"--topic"_s, u"fever-emergency"_s, u"--db"_s, m_db, u"--patient"_s,
                        patient, u"-o"_s, handout })
                 .exitCode,
        0);
    QCOMPARE(runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--db"_s, m_db, u"--patient"_s, patient,
                        u"-o"_s, sheet })
                 .exitCode,
        0);
    QCOMPARE(runCli({ u"card"_s, u"--db"_s, m_db, u"--patient"_s, patient, u"--staff-lang"_s, code, u"-o"_s,
                        card })
                 .exitCode,
        0);
    QCOMPARE(runCli({ u"report"_s, u"--db"_s, m_db, u"--patient"_s, patient, u"--from"_s, u"2026-03-01"_s,
                        u"--to"_s, u"2026-03-16"_s, u"-o"_s, report })
                 .exitCode,
        0);
    // pdfText() folds what pdftotext gives back for Chinese and Arabic (pdftext.h).
    const auto words = [](const QString &pdf) { return test::pdfText(pdf, test::TextMode::Raw); };
    const auto has = test::pdfSays;
    const QString handoutText = words(handout);
    QVERIFY2(has(handoutText, title), qPrintable(title + u": "_s + handoutText.left(400)));
    const QString sheetText = words(sheet);
    for (const QString &part : { threshold, u"+1 555 0100"_s })
        QVERIFY2(has(sheetText, part), qPrintable(part + u": "_s + sheetText.left(600)));
    QVERIFY2(has(words(report), reportTitle), qPrintable(reportTitle));
    const QString cardText = words(card);
    for (const QString &part : { alert, threshold, u"+1 555 0100"_s })
        QVERIFY2(has(cardText, part), qPrintable(part + u": "_s + cardText.left(600)));
}

void TestPrintCli::report()
{
    const QString out = path(u"report.pdf"_s);
    Run r = runCli({ u"report"_s, u"--db"_s, m_db, u"--patient"_s, m_patient, u"--from"_s, u"2026-03-02"_s,
        u"--to"_s, u"2026-03-16"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    QString text = test::pdfText(out);
    QVERIFY(text.contains(u"38.9 °C"_s));
    QVERIFY(text.contains(u"Told to go to hospital"_s));
    QVERIFY(!text.contains(u"shivery"_s));
    // The chart's markers are shapes, not pictures: sharp at any zoom, and no image plugin loaded.
    QCOMPARE(test::pdfImageCount(out), 0);

    const QString withNotes = path(u"report-notes.pdf"_s);
    r = runCli({ u"report"_s, u"--db"_s, m_db, u"--patient"_s, m_patient, u"--from"_s, u"2026-03-02"_s,
        u"--to"_s, u"2026-03-16"_s, u"--include-notes"_s, u"--paper"_s, u"letter"_s, u"-o"_s, withNotes });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(test::pdfText(withNotes).contains(u"shivery"_s));
    QCOMPARE(test::pdfPageSize(withNotes), QSize(612, 792));
}

void TestPrintCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QString out = path(u"never.pdf"_s);
    const QString db = m_db;
    const QString p = m_patient;
    QTest::newRow("sheet without -o")
        << QStringList { u"sheet"_s, u"--topic"_s, u"when-to-call"_s } << u"-o"_s;
    QTest::newRow("sheet without topic") << QStringList { u"sheet"_s, u"-o"_s, out } << u"--topic"_s;
    QTest::newRow("unknown topic") << QStringList { u"sheet"_s, u"--topic"_s, u"nope"_s, u"-o"_s, out }
                                   << u"--topic"_s;
    QTest::newRow("unknown language") << QStringList { u"sheet"_s, u"--topic"_s, u"faq"_s, u"--lang"_s,
        u"xx"_s, u"-o"_s, out } << u"--lang"_s;
    QTest::newRow("bad paper") << QStringList { u"sheet"_s, u"--topic"_s, u"faq"_s, u"--paper"_s, u"a5"_s,
        u"-o"_s, out } << u"--paper"_s;
    QTest::newRow("bad unit") << QStringList { u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"--unit"_s,
        u"K"_s, u"-o"_s, out } << u"--unit"_s;
    QTest::newRow("bad protocol") << QStringList { u"sheet"_s, u"--topic"_s, u"when-to-call"_s,
        u"--protocol"_s, path(u"missing.json"_s), u"-o"_s, out }
                                  << u"--protocol"_s;
    QTest::newRow("unknown option") << QStringList { u"card"_s, u"--colour"_s, u"-o"_s, out } << u"colour"_s;
    QTest::newRow("card without db") << QStringList { u"card"_s, u"--patient"_s, p, u"-o"_s, out }
                                     << u"--db"_s;
    QTest::newRow("card missing db file") << QStringList { u"card"_s, u"--db"_s, path(u"nope.sqlite"_s),
        u"--patient"_s, p, u"-o"_s, out } << u"--db"_s;
    QTest::newRow("card bad patient")
        << QStringList { u"card"_s, u"--db"_s, db, u"--patient"_s, u"abc"_s, u"-o"_s, out } << u"--patient"_s;
    QTest::newRow("card unknown staff language") << QStringList { u"card"_s, u"--db"_s, db, u"--patient"_s, p,
        u"--staff-lang"_s, u"xx"_s, u"-o"_s, out }
                                                 << u"--staff-lang"_s;
    QTest::newRow("card empty name") << QStringList { u"card"_s, u"--db"_s, db, u"--patient"_s, p,
        u"--name"_s, u" "_s, u"-o"_s, out }
                                     << u"--name"_s;
    QTest::newRow("card unknown patient")
        << QStringList { u"card"_s, u"--db"_s, db, u"--patient"_s, u"999"_s, u"-o"_s, out } << u"--patient"_s;
    const QStringList report { u"report"_s, u"--db"_s, db, u"--patient"_s, p, u"-o"_s, out };
    QTest::newRow("report without --from")
        << report + QStringList { u"--to"_s, u"2026-03-16"_s } << u"--from"_s;
    QTest::newRow("report bad date") << report
            + QStringList { u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-03-16"_s }
                                     << u"--from"_s;
    QTest::newRow("report reversed range")
        << report + QStringList { u"--from"_s, u"2026-03-16"_s, u"--to"_s, u"2026-03-02"_s } << u"--to"_s;
}

void TestPrintCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts).filter(u"neutrocare-cli:"_s);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(field), qPrintable(lines.first()));
    QVERIFY(!QFile::exists(path(u"never.pdf"_s)));
    QVERIFY(!QFile::exists(path(u"nope.sqlite"_s)));
}

void TestPrintCli::unwritableOutputIsAFailure()
{
    const Run r = runCli(
        { u"card"_s, u"--db"_s, m_db, u"--patient"_s, m_patient, u"-o"_s, path(u"no/such/dir/card.pdf"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"no/such/dir/card.pdf"_s));
}

void TestPrintCli::printsWithoutADisplay()
{
    // No display and no platform chosen: the CLI picks the offscreen platform itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        env.remove(key);
    const QString out = path(u"headless.pdf"_s);
    const Run r = runCli({ u"sheet"_s, u"--topic"_s, u"when-to-call"_s, u"-o"_s, out }, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::pdfPages(out), 1);
    // assess stays on QCoreApplication: it runs with no platform at all.
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NC_CLI_PATH), { u"assess"_s });
    p.write(R"({"now": "2026-03-10T08:00:00+01:00"})");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("\"level\""));
}

QTEST_MAIN(TestPrintCli)
#include "tst_printcli.moc"

// Runs the real neutrocare-cli on sample documents and checks its output, exit codes and the
// one-line error naming the field (DESIGN.md, "The CLI contract"). The inProcess* functions call
// the commands' library directly, on buffers, the way a test of one command needs no process.

#include "assesscommand.h"
#include "clirun.h"
#include "databasecommands.h"
#include "exchangecommands.h"
#include "language.h"
#include "program.h"
#include "scratchdatabase.h"
#include "servercommands.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = nc::test::CliRun;
using nc::test::runCli;

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NC_TEST_DATA_DIR "/cli/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList codes(const QJsonArray &array)
{
    QStringList list;
    for (const auto &v : array)
        list << v.toObject().value(QStringLiteral("code")).toString();
    return list;
}

using Command = int (*)(const nc::cli::Console &, const QStringList &);

// Calls a command in-process: `input` is its stdin; its stdout and stderr are read back.
Run call(Command command, const QStringList &args, const QByteArray &input = {})
{
    QBuffer in;
    in.setData(input);
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int exitCode = command(nc::cli::Console(in, out, err), args);
    return { exitCode, out.data(), err.data() };
}

// A database with one profile, made in-process: a file in `dir`, or a scratch database on the
// test server (tst_cli_postgresql).
QString databaseWithAProfile(const nc::test::ScratchDatabase &scratch)
{
    call(nc::cli::patients,
        { QStringLiteral("--db"), scratch.where(), QStringLiteral("--add"), QStringLiteral("A") });
    return scratch.where();
}

const char *kNow = R"("now": "2026-03-10T08:00:00+01:00")";

QByteArray doc(const char *body)
{
    return QByteArray("{") + kNow + (body[0] ? ", " : "") + body + "}";
}

} // namespace

Q_DECLARE_METATYPE(Command)

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void printingAndLinkRunInTheFullProgram();
    void withoutTheFullProgramOneLine();
    void speaksTheSystemsLanguage_data();
    void speaksTheSystemsLanguage();
    void assessValid_data();
    void assessValid();
    void assessNewNotes();
    void assessFixtures();
    void badInput_data();
    void badInput();
    void score_data();
    void score();
    void scoreBadInput_data();
    void scoreBadInput();
    void patients();
    void inProcessAssess();
    void inProcessPatients();
    void inProcessCheck();
    void inProcessExport();
    void inProcessBadArguments_data();
    void inProcessBadArguments();
};

void TestCli::helpAndVersion()
{
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("assess"));
    QVERIFY(help.out.contains("patients"));
    const Run version = runCli({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("neutrocare-cli " NEUTROCARE_VERSION));
    // Every command is listed in the help.
    for (const char *command :
        { "backup", "restore", "check", "import", "export", "sheet", "card", "report" })
        QVERIFY2(help.out.contains(command), command);
    // An unknown option before the command is bad input too: exit 2 with one line.
    const Run bogus = runCli({ QStringLiteral("--bogus"), QStringLiteral("assess") });
    QCOMPARE(bogus.exitCode, 2);
    QCOMPARE(bogus.err.count('\n'), 1);
    QVERIFY(bogus.err.contains("bogus"));
}

// neutrocare-cli links QtCore and QtSql only (program.h); the commands that print or use the keyring
// run in neutrocare-cli-full, which it executes in its place: same arguments, output and exit code.
void TestCli::printingAndLinkRunInTheFullProgram()
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(NC_CLI_PATH) });
    QVERIFY(readelf.waitForFinished());
    const QByteArray dynamic = readelf.readAllStandardOutput();
    QVERIFY(dynamic.contains("libQt6Core.so") && dynamic.contains("libQt6Sql.so"));
    for (const char *library :
        { "libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "keychain", "libQt6DBus" })
        QVERIFY2(!dynamic.contains(library), library);

    // Each of them is there: its help, through neutrocare-cli.
    for (const char *command : nc::cli::fullProgramCommands()) {
        const Run help = runCli({ QLatin1String(command), QStringLiteral("--help") });
        QVERIFY2(help.exitCode == 0 && help.out.contains("Usage:"), command);
    }
    const Run sheets = runCli({ QStringLiteral("sheet"), QStringLiteral("--list") });
    QCOMPARE(sheets.exitCode, 0);
    QVERIFY(sheets.out.contains("when-to-call"));
    const Run usage = runCli({ QStringLiteral("report"), QStringLiteral("--help") });
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.contains("--include-notes"));
    // The program's name in what it says is the one the person typed.
    QVERIFY(usage.out.contains(QFileInfo(QStringLiteral(NC_CLI_PATH)).fileName().toUtf8()));
    QVERIFY(!usage.out.contains("neutrocare-cli-full"));
    const Run refused
        = runCli({ QStringLiteral("sync"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.sqlite") });
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY(refused.err.startsWith("neutrocare-cli: sync: "));
}

// A CLI copied somewhere without its other half says so in one line, and exits 1.
void TestCli::withoutTheFullProgramOneLine()
{
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("neutrocare-cli"));
    QVERIFY(QFile::copy(QStringLiteral(NC_CLI_PATH), alone));
    QProcess p;
    p.setProcessEnvironment(nc::test::cliEnvironment());
    p.start(alone, { QStringLiteral("card"), QStringLiteral("--help") });
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("neutrocare-cli: cannot run ") && err.contains("neutrocare-cli-full"),
        err.constData());
    // Its own commands still work.
    p.start(alone, { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
}

// In-process commands speak English, as the built CLI does on a machine set to English
// (runCli's environment): main() installs the language's translator, plural forms included.
void TestCli::initTestCase()
{
    nc::language::apply(QStringLiteral("en"));
}

void TestCli::speaksTheSystemsLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("locale");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es_ES.UTF-8");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_FR.UTF-8");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN.UTF-8");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("ar_AE.UTF-8");
}

// The help and the refusals are in the system's language, like the screens; the exit codes and
// the option named first stay what a script reads.
void TestCli::speaksTheSystemsLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, locale);
    QString refusal;
    QString help;
    {
        const nc::language::Scope scope(code);
        refusal = nc::cli::Words::tr("--unit: \"%1\" is not C or F").arg(QStringLiteral("K"));
        help = nc::cli::Words::tr("List the topics, one id and title a line.");
    }
    QVERIFY(refusal != QStringLiteral("--unit: \"K\" is not C or F")); // translated
    QProcessEnvironment env = nc::test::cliEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), code);
    env.insert(QStringLiteral("LC_ALL"), locale);
    const auto bad = nc::test::runCli(
        { QStringLiteral("sheet"), QStringLiteral("--topic"), QStringLiteral("fever-emergency"),
            QStringLiteral("--unit"), QStringLiteral("K"), QStringLiteral("-o"),
            QStringLiteral("/tmp/never-written.pdf") },
        {}, env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(QString::fromUtf8(bad.err).contains(refusal), bad.err.constData());
    const auto usage = nc::test::runCli({ QStringLiteral("sheet"), QStringLiteral("--help") }, {}, env);
    // The help wraps long descriptions: compared with spaces made single.
    QVERIFY2(QString::fromUtf8(usage.out).simplified().contains(help.simplified()), usage.out.constData());
}

void TestCli::assessValid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("reason");

    QTest::newRow("38.4 C oral, us-idsa: call now") << doc(
        R"("temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 38.4, "unit": "C", "site": "oral"}])")
                                                    << "call_now"
                                                    << "fever_single";
    QTest::newRow("100.9 F: borderline, recheck")
        << doc(R"("temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 100.9, "unit": "F"}])")
        << "recheck"
        << "borderline_temperature";
    QTest::newRow("uk-37.5 with 35.9: low temperature") << doc(
        R"("protocol": "uk-37.5", "temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 35.9, "unit": "C"}])")
                                                        << "call_now"
                                                        << "low_temperature";
    QTest::newRow("ANC 400 + chills: two ambers")
        << doc(R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "anc": 400, "unit": "cells/uL"}],
                  "symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": "chills"}])")
        << "call_now"
        << "multiple_amber";
    QTest::newRow("red flag") << doc(
        R"("symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": "rigors"}])")
                              << "call_now"
                              << "red_flag_symptom";
    QTest::newRow("nothing: ok") << doc("") << "ok"
                                 << "";
    QTest::newRow("custom protocol object")
        << doc(R"("protocol": {"id": "clinic", "single": {"threshold_c": 37.8}},
                  "temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 37.8, "unit": "C"}])")
        << "call_now"
        << "fever_single";
    for (const char *code : { "anal_sores", "urinary_urgency", "abscess", "slow_healing_wound",
             "abdominal_pain", "unusual_tiredness" }) {
        QTest::addRow("new sign %s: call today", code) << doc((
            QByteArray(R"("symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": ")") + code
            + R"("}], "temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 36.8, "unit": "C"}])")
                                                                  .constData())
                                                       << "call_today"
                                                       << "infection_symptom";
    }
    QTest::newRow("masked newest reading: recheck")
        << doc(R"("temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 36.8, "unit": "C"}],
                  "antipyretics": [{"time": "2026-03-10T02:45:00+01:00", "name": "paracetamol"}])")
        << "recheck"
        << "may_be_masked";
}

void TestCli::assessValid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, level);
    QFETCH(QString, reason);
    const Run run = runCli({ QStringLiteral("assess") }, input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("level")).toString(), level);
    if (!reason.isEmpty())
        QVERIFY(codes(out.value(QStringLiteral("reasons")).toArray()).contains(reason));
    for (const char *key : { "protocol", "reasons", "notes", "febrile_neutropenia", "anc", "nadir_window" })
        QVERIFY2(out.contains(QString::fromLatin1(key)), key);
    QCOMPARE(out.contains(QStringLiteral("recheck_by")), level == QLatin1String("recheck"));
    if (level == QLatin1String("recheck"))
        QCOMPARE(
            out.value(QStringLiteral("recheck_by")).toString(), QStringLiteral("2026-03-10T08:45:00+01:00"));
}

void TestCli::assessNewNotes()
{
    // A clinic file's reading_gap_hours: 5 h without a reading adds no_recent_reading at 4, not at 6.
    const auto input = [](int gapHours) {
        return doc(QByteArray(
            R"("protocol": {"id": "clinic", "single": {"threshold_c": 38.0}, "reading_gap_hours": )"
            + QByteArray::number(gapHours) + R"(},
                  "temperatures": [{"time": "2026-03-10T03:00:00+01:00", "value": 36.8, "unit": "C"}],
                  "treatments": [{"date": "2026-03-05", "kind": "chemotherapy"},
                                 {"date": "2026-03-05", "kind": "pegfilgrastim"}])")
                       .constData());
    };
    Run run = runCli({ QStringLiteral("assess") }, input(4));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList notes
        = codes(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("notes")).toArray());
    QVERIFY(notes.contains(QStringLiteral("no_recent_reading")));
    QVERIFY(notes.contains(QStringLiteral("gcsf_timing")));
    run = runCli({ QStringLiteral("assess") }, input(6));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    notes = codes(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("notes")).toArray());
    QVERIFY(!notes.contains(QStringLiteral("no_recent_reading")));
}

void TestCli::assessFixtures()
{
    Run run = runCli({ QStringLiteral("assess") }, fixture("fever-on-treatment.json"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("level")).toString(), QStringLiteral("call_now"));
    QCOMPARE(codes(out.value(QStringLiteral("reasons")).toArray()),
        (QStringList { QStringLiteral("fever_single"), QStringLiteral("infection_symptom"),
            QStringLiteral("nadir_window") }));
    // 101.2 °F on day 9, ANC 3100 × 45 % = 1395 (< 1000? no): chemo in the window → possible.
    QCOMPARE(out.value(QStringLiteral("febrile_neutropenia")).toString(), QStringLiteral("possible"));
    const QJsonObject anc = out.value(QStringLiteral("anc")).toObject();
    QCOMPARE(anc.value(QStringLiteral("value")).toDouble(), 1395.0);
    QCOMPARE(anc.value(QStringLiteral("provenance")).toString(), QStringLiteral("derived"));
    QCOMPARE(anc.value(QStringLiteral("severity")).toString(), QStringLiteral("mild"));
    QCOMPARE(anc.value(QStringLiteral("ctcae_v5")).toInt(), 2);
    QCOMPARE(anc.value(QStringLiteral("ctcae_v6")).toInt(), 1);
    QCOMPARE(anc.value(QStringLiteral("age_hours")).toDouble(), 47.0);
    const QJsonObject window = out.value(QStringLiteral("nadir_window")).toObject();
    QCOMPARE(window.value(QStringLiteral("day")).toInt(), 9);
    QCOMPARE(window.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-08"));
    QCOMPARE(window.value(QStringLiteral("gcsf")).toBool(), true);
    QVERIFY(codes(out.value(QStringLiteral("notes")).toArray()).contains(QStringLiteral("gcsf_window")));

    run = runCli({ QStringLiteral("assess") }, fixture("clinic-protocol.json"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("protocol")).toString(), QStringLiteral("riverside-2026"));
    QCOMPARE(out.value(QStringLiteral("level")).toString(), QStringLiteral("recheck"));
    QCOMPARE(out.value(QStringLiteral("recheck_by")).toString(), QStringLiteral("2026-03-10T07:30:00-05:00"));
    QCOMPARE(out.value(QStringLiteral("recheck_overdue")).toBool(), true);
    QVERIFY(
        codes(out.value(QStringLiteral("notes")).toArray()).contains(QStringLiteral("site_may_read_low")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");

    const auto temp = [](const char *value, const char *unit, const char *extra = "") {
        return doc((QByteArray(R"("temperatures": [{"time": "2026-03-10T07:00:00+01:00", "value": )") + value
            + R"(, "unit": ")" + unit + "\"" + extra + "}]")
                       .constData());
    };
    QTest::newRow("implausible temperature") << temp("47", "C") << "temperatures[0].value";
    QTest::newRow("unit slip: 101 C") << temp("101", "C") << "temperatures[0].value";
    QTest::newRow("unit slip: 38.4 F") << temp("38.4", "F") << "temperatures[0].value";
    QTest::newRow("unknown unit") << temp("38.4", "K") << "temperatures[0].unit";
    QTest::newRow("unknown site") << temp("38.4", "C", R"(, "site": "armpit")") << "temperatures[0].site";
    QTest::newRow("unknown key in a reading")
        << temp("38.4", "C", R"(, "sitee": "oral")") << "temperatures[0].sitee";
    QTest::newRow("unknown top-level key") << doc(R"("temperature": [])") << "temperature";
    QTest::newRow("percent over 100") << doc(
        R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 3.0, "unit": "10^9/L", "neutrophils_pct": 120}])")
                                      << "counts[0].neutrophils_pct";
    QTest::newRow("segs + bands over 100") << doc(
        R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 3.0, "unit": "10^9/L", "segs_pct": 80, "bands_pct": 30}])")
                                           << "counts[0].bands_pct";
    QTest::newRow("negative count") << doc(
        R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "anc": -1, "unit": "cells/uL"}])")
                                    << "counts[0].anc";
    QTest::newRow("WBC without differential")
        << doc(R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 3.0, "unit": "10^9/L"}])")
        << "counts[0]";
    QTest::newRow("total and segs together") << doc(
        R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 3.0, "unit": "10^9/L", "neutrophils_pct": 50, "segs_pct": 40}])")
                                             << "counts[0]";
    QTest::newRow("unknown count unit")
        << doc(R"("counts": [{"time": "2026-03-09T08:00:00+01:00", "anc": 1.2, "unit": "G/L"}])")
        << "counts[0].unit";
    QTest::newRow("unknown symptom code")
        << doc(R"("symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": "sore_throath"}])")
        << "symptoms[0].code";
    QTest::newRow("unknown treatment kind")
        << doc(R"("treatments": [{"date": "2026-03-01", "kind": "radiotherapy"}])") << "treatments[0].kind";
    QTest::newRow("unknown antipyretic")
        << doc(R"("antipyretics": [{"time": "2026-03-10T07:00:00+01:00", "name": "tylenol"}])")
        << "antipyretics[0].name";
    QTest::newRow("malformed JSON") << QByteArray(R"({"temperatures": [)") << "(json)";
    QTest::newRow("timestamp without offset")
        << doc(R"("symptoms": [{"time": "2026-03-10T07:00:00", "code": "cough"}])") << "symptoms[0].time";
    QTest::newRow("malformed timestamp")
        << doc(R"("symptoms": [{"time": "yesterday", "code": "cough"}])") << "symptoms[0].time";
    QTest::newRow("unknown preset") << doc(R"("protocol": "us-idsa-2099")") << "protocol";
    QTest::newRow("incomplete protocol") << doc(R"("protocol": {"id": "clinic"})") << "protocol.single";
    QTest::newRow("protocol missing threshold")
        << doc(R"("protocol": {"id": "clinic", "single": {"inclusive": true}})")
        << "protocol.single.threshold_c";
    QTest::newRow("protocol LLN below 1500")
        << doc(R"("protocol": {"id": "clinic", "single": {"threshold_c": 38.0}, "lln_anc": 1000})")
        << "protocol.lln_anc";
    QTest::newRow("baseline below 1000") << doc(R"("baseline_anc": 800)") << "baseline_anc";
    // The new codes and key, misspelt: a typo must never silently drop a sign.
    for (const char *typo : { "anal_sore", "urinary_urgencey", "abcess", "slow_healing_wounds",
             "abdominal_pains", "unusual_tiredeness" }) {
        QTest::addRow("misspelt %s", typo) << doc(
            (QByteArray(R"("symptoms": [{"time": "2026-03-10T07:00:00+01:00", "code": ")") + typo + "\"}]")
                .constData()) << "symptoms[0].code";
    }
    QTest::newRow("reading_gap_hour misspelt")
        << doc(R"("protocol": {"id": "clinic", "single": {"threshold_c": 38.0}, "reading_gap_hour": 8})")
        << "protocol.reading_gap_hour";
    QTest::newRow("reading gap 0") << doc(
        R"("protocol": {"id": "clinic", "single": {"threshold_c": 38.0}, "reading_gap_hours": 0})")
                                   << "protocol.reading_gap_hours";
    QTest::newRow("reading gap not a number") << doc(
        R"("protocol": {"id": "clinic", "single": {"threshold_c": 38.0}, "reading_gap_hours": "twelve"})")
                                              << "protocol.reading_gap_hours";
}

void TestCli::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    const Run run = runCli({ QStringLiteral("assess") }, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("neutrocare-cli: stdin: ") + field + QStringLiteral(": ")),
        qPrintable(err));
}

namespace {
const char *kMasccBest = R"("mascc": {"burden": "none_mild", "hypotension": false, "copd": false,
    "haematological_with_prior_fungal": false, "dehydration": false, "outpatient": true, "age": 45})";
const char *kCisneNone = R"("cisne": {"ecog_2_or_more": false, "stress_hyperglycaemia": false, "copd": false,
    "cardiovascular": false, "mucositis_grade_2_or_more": false, "monocytes_below_200": false})";

QByteArray scoreDocument(std::initializer_list<QByteArray> parts)
{
    QByteArrayList list(parts);
    return "{" + list.join(", ") + "}";
}
} // namespace

// The JSON of CLINICAL.md §8 through the binary: the parts given, each with its score and band, at
// the band edges (MASCC 20/21 and the age of 60; CISNE 0/1/2/3).
void TestCli::score_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // compact JSON
    const QByteArray best(kMasccBest);
    const QByteArray none(kCisneNone);
    QTest::newRow("MASCC 26") << scoreDocument({ best })
                              << QByteArray(R"({"mascc":{"risk":"low","score":26}})");
    QByteArray at21 = best;
    at21.replace(R"("hypotension": false)", R"("hypotension": true)");
    QTest::newRow("MASCC 21: low") << scoreDocument({ at21 })
                                   << QByteArray(R"({"mascc":{"risk":"low","score":21}})");
    QByteArray age59 = at21;
    age59.replace(R"("age": 45)", R"("age": 59)");
    QTest::newRow("age 59") << scoreDocument({ age59 })
                            << QByteArray(R"({"mascc":{"risk":"low","score":21}})");
    QByteArray age60 = at21;
    age60.replace(R"("age": 45)", R"("age": 60)");
    QTest::newRow("age 60: 19") << scoreDocument({ age60 })
                                << QByteArray(R"({"mascc":{"risk":"not_low","score":19}})");
    QByteArray at20 = best;
    at20.replace(R"("copd": false)", R"("copd": true)");
    at20.replace(R"("age": 45)", R"("age": 60)");
    QTest::newRow("MASCC 20: not low")
        << scoreDocument({ at20 }) << QByteArray(R"({"mascc":{"risk":"not_low","score":20}})");
    QTest::newRow("CISNE 0") << scoreDocument({ none })
                             << QByteArray(R"({"cisne":{"class":"low","score":0}})");
    QByteArray one = none;
    one.replace(R"("copd": false)", R"("copd": true)");
    QTest::newRow("CISNE 1") << scoreDocument({ one })
                             << QByteArray(R"({"cisne":{"class":"intermediate","score":1}})");
    QByteArray two = none;
    two.replace(R"("ecog_2_or_more": false)", R"("ecog_2_or_more": true)");
    QTest::newRow("CISNE 2") << scoreDocument({ two })
                             << QByteArray(R"({"cisne":{"class":"intermediate","score":2}})");
    QByteArray three = two;
    three.replace(R"("monocytes_below_200": false)", R"("monocytes_below_200": true)");
    QTest::newRow("CISNE 3") << scoreDocument({ three })
                             << QByteArray(R"({"cisne":{"class":"high","score":3}})");
    QTest::newRow("both")
        << scoreDocument({ at20, three })
        << QByteArray(R"({"cisne":{"class":"high","score":3},"mascc":{"risk":"not_low","score":20}})");
}

void TestCli::score()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Run run = runCli({ QStringLiteral("score") }, input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(run.out).toJson(QJsonDocument::Compact), expected);
    // The same bytes in-process: one implementation behind both.
    QCOMPARE(call(nc::cli::score, {}, input).out, run.out);
}

void TestCli::scoreBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");
    const QByteArray best(kMasccBest);
    const QByteArray none(kCisneNone);
    QTest::newRow("neither part") << QByteArray("{}") << "(json)";
    QTest::newRow("not JSON") << QByteArray("{\"mascc\":") << "(json)";
    QTest::newRow("unknown part") << QByteArray(R"({"qsofa": {}})") << "qsofa";
    QByteArray missing = best;
    missing.replace(R"("copd": false,)", "");
    QTest::newRow("MASCC item left out") << scoreDocument({ missing }) << "mascc.copd";
    QByteArray typo = best;
    typo.replace("outpatient", "out_patient");
    QTest::newRow("MASCC key misspelt") << scoreDocument({ typo }) << "mascc.out_patient";
    QByteArray burden = best;
    burden.replace("none_mild", "mild");
    QTest::newRow("unknown burden") << scoreDocument({ burden }) << "mascc.burden";
    QByteArray age = best;
    age.replace(R"("age": 45)", R"("age": 45.5)");
    QTest::newRow("age not whole") << scoreDocument({ age }) << "mascc.age";
    age = best;
    age.replace(R"("age": 45)", R"("age": "45")");
    QTest::newRow("age as text") << scoreDocument({ age }) << "mascc.age";
    QByteArray word = none;
    word.replace(R"("copd": false)", R"("copd": "no")");
    QTest::newRow("CISNE item not true or false") << scoreDocument({ word }) << "cisne.copd";
    QByteArray left = none;
    left.replace(R"(, "monocytes_below_200": false)", "");
    QTest::newRow("CISNE item left out") << scoreDocument({ left }) << "cisne.monocytes_below_200";
    QTest::newRow("a part not an object") << QByteArray(R"({"cisne": true})") << "cisne";
}

void TestCli::scoreBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    const Run run = runCli({ QStringLiteral("score") }, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("neutrocare-cli: stdin: ") + field + QStringLiteral(": ")),
        qPrintable(err));
}

void TestCli::patients()
{
    QTemporaryDir dir;
    const nc::test::ScratchDatabase scratch(dir.filePath(QStringLiteral("p.sqlite")));
    const QString db = scratch.where();
    QVERIFY2(!db.isEmpty(), qPrintable(scratch.error()));
    Run run = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), db, QStringLiteral("--add"),
        QStringLiteral("Maria") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("1"));
    runCli({ QStringLiteral("patients"), QStringLiteral("--db"), db, QStringLiteral("--add"),
        QStringLiteral("José") });
    run = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), db });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("1\tMaria\n2\tJosé\n"));
    run = runCli({ QStringLiteral("patients") });
    QCOMPARE(run.exitCode, 2);
    run = runCli({ QStringLiteral("frobnicate") });
    QCOMPARE(run.exitCode, 2);
}

void TestCli::inProcessAssess()
{
    const QByteArray input = doc(
        R"("temperatures": [{"time": "2026-03-10T07:45:00+01:00", "value": 38.4, "unit": "C", "site": "oral"}])");
    const Run run = call(nc::cli::assess, {}, input);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("level")).toString(), QStringLiteral("call_now"));
    QVERIFY(codes(out.value(QStringLiteral("reasons")).toArray()).contains(QStringLiteral("fever_single")));
    // The same bytes as the binary prints: one implementation behind both.
    QCOMPARE(run.out, runCli({ QStringLiteral("assess") }, input).out);
}

void TestCli::inProcessPatients()
{
    QTemporaryDir dir;
    // Listing names a database that exists: a typo in a file's name must not leave an empty one
    // behind. (A server's database is made by its administrator, never by a command.)
    QString db = dir.filePath(QStringLiteral("p.sqlite"));
    Run run = call(nc::cli::patients, { QStringLiteral("--db"), db });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
        QStringLiteral("neutrocare-cli: patients: --db: %1: no such database\n").arg(db));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(db));
    // A refused name creates nothing either.
    run = call(
        nc::cli::patients, { QStringLiteral("--db"), db, QStringLiteral("--add"), QStringLiteral(" ") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("neutrocare-cli: patients: --add: the name is empty\n"));
    QVERIFY(!QFile::exists(db));
    // --add makes a file, or adds to the server's database.
    const nc::test::ScratchDatabase scratch(db);
    db = scratch.where();
    QVERIFY2(!db.isEmpty(), qPrintable(scratch.error()));
    run = call(
        nc::cli::patients, { QStringLiteral("--db"), db, QStringLiteral("--add"), QStringLiteral("Maria") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("1\n"));
    run = call(
        nc::cli::patients, { QStringLiteral("--db"), db, QStringLiteral("--add"), QStringLiteral("José") });
    QCOMPARE(run.out, QByteArray("2\n"));
    run = call(nc::cli::patients, { QStringLiteral("--db"), db });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("1\tMaria\n2\tJosé\n"));
    // A command's --help is its help, not an error.
    run = call(nc::cli::patients, { QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("--add <name>"), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCli::inProcessCheck()
{
    // check reads NeutroCare's own files; given a server it names amcheck (badInput's rows).
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("one.sqlite"));
    call(nc::cli::patients, { QStringLiteral("--db"), db, QStringLiteral("--add"), QStringLiteral("A") });
    Run run = call(nc::cli::check, { QStringLiteral("--db"), db });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("ok\n"));
    QVERIFY(run.err.isEmpty());
    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    run = call(nc::cli::check, { QStringLiteral("--db"), missing });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
        QStringLiteral("neutrocare-cli: check: --db: %1: no such database\n").arg(missing));
    QVERIFY(!QFile::exists(missing));
    // A file that is not a database is named as such: exit 1.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    run = call(nc::cli::check, { QStringLiteral("--db"), text });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::inProcessExport()
{
    QTemporaryDir dir;
    const nc::test::ScratchDatabase scratch(dir.filePath(QStringLiteral("one.sqlite")));
    QVERIFY2(!scratch.where().isEmpty(), qPrintable(scratch.error()));
    const QString db = databaseWithAProfile(scratch);
    const QByteArray csv = "kind,time,value,unit\r\ntemperature,2026-03-10T07:45:00+01:00,38.4,C\r\n";
    const QStringList common { QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("csv") };
    Run run = call(nc::cli::importRecords, common + QStringList { QStringLiteral("-") }, csv);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("stored: 1\n  temperature: 1\n"), run.out.constData());

    run = call(nc::cli::exportRecords, common + QStringList { QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith("\xEF\xBB\xBFkind,"), run.out.constData()); // UTF-8 BOM, for spreadsheets
    QCOMPARE(run.out.count("\r\n"), 2);
    QVERIFY(run.out.contains("temperature,2026-03-10T07:45:00+01:00,"));
    // To a file: the same bytes, through the core's export that File ▸ Export… uses too.
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    const Run toFile = call(nc::cli::exportRecords, common + QStringList { file });
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), run.out);
    // A folder that does not exist: exit 1, the file named.
    const QString nowhere = dir.filePath(QStringLiteral("missing/out.csv"));
    run = call(nc::cli::exportRecords, common + QStringList { nowhere });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("neutrocare-cli: export: %1: ").arg(nowhere).toUtf8()),
        run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::inProcessBadArguments_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("/nonexistent/none.sqlite");
    QTest::newRow("assess with an argument")
        << Command(nc::cli::assess) << QStringList { QStringLiteral("x") }
        << QStringLiteral("assess: takes no arguments; it reads stdin");
    QTest::newRow("patients without --db")
        << Command(nc::cli::patients) << QStringList() << QStringLiteral("patients: --db: is required");
    QTest::newRow("patients with a file")
        << Command(nc::cli::patients) << QStringList { QStringLiteral("--db"), db, QStringLiteral("x") }
        << QStringLiteral("patients: unexpected argument \"x\"");
    QTest::newRow("check with a file")
        << Command(nc::cli::check) << QStringList { QStringLiteral("--db"), db, QStringLiteral("x") }
        << QStringLiteral("check: takes no FILE argument");
    // A clinic server is backed up, restored and checked by PostgreSQL's own tools, never by a copy
    // that pretends (issue 17): each refuses in one line naming the right one.
    const QString server = QStringLiteral("postgresql://clinic.example/neutrocare");
    const QString serverSays = QStringLiteral(
        "--db names a PostgreSQL server; this command is for NeutroCare's own database files. Use %1 "
        "(docs/clinic-server.md).");
    QTest::newRow("backup of a server")
        << Command(nc::cli::backup) << QStringList { QStringLiteral("--db"), server }
        << QStringLiteral("backup: ") + serverSays.arg(QStringLiteral("pg_dump"));
    QTest::newRow("restore of a server")
        << Command(nc::cli::restore)
        << QStringList { QStringLiteral("--db"), server, QStringLiteral("b.sqlite") }
        << QStringLiteral("restore: ") + serverSays.arg(QStringLiteral("pg_restore"));
    QTest::newRow("check of a server")
        << Command(nc::cli::check)
        << QStringList { QStringLiteral("--db"), QStringLiteral("host=h dbname=d") }
        << QStringLiteral("check: ") + serverSays.arg(QStringLiteral("PostgreSQL's amcheck extension"));
    QTest::newRow("backup, unknown option")
        << Command(nc::cli::backup) << QStringList { QStringLiteral("--bogus") }
        << QStringLiteral("backup: Unknown option 'bogus'.");
    QTest::newRow("restore without file")
        << Command(nc::cli::restore) << QStringList { QStringLiteral("--db"), db }
        << QStringLiteral("restore: expects one backup FILE");
    QTest::newRow("export without --format")
        << Command(nc::cli::exportRecords)
        << QStringList { QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("1"),
               QStringLiteral("-") }
        << QStringLiteral("export: --format: is required");
    QTest::newRow("export, bad profile id")
        << Command(nc::cli::exportRecords)
        << QStringList { QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("one"),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-") }
        << QStringLiteral("export: --patient: \"one\" is not a profile id");
    // The server's patients are not the file's profiles: each refusal names its own (a whole sentence
    // per noun, so a language can make the words agree).
    QTest::newRow("server link, bad patient id")
        << Command(nc::cli::server)
        << QStringList { QStringLiteral("link"), QStringLiteral("--db"), server,
               QStringLiteral("--caregiver"), QStringLiteral("carla"), QStringLiteral("--patient"),
               QStringLiteral("0") }
        << QStringLiteral("server link: --patient: \"0\" is not a patient id");
    QTest::newRow("export of a missing database")
        << Command(nc::cli::exportRecords)
        << QStringList { QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("-") }
        << QStringLiteral("export: --db: %1: no such database").arg(db);
    QTest::newRow("import without FILE")
        << Command(nc::cli::importRecords)
        << QStringList { QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("csv") }
        << QStringLiteral("import: give one FILE, or - for stdin");
}

void TestCli::inProcessBadArguments()
{
    QFETCH(Command, command);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = call(command, args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("neutrocare-cli: ") + message + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

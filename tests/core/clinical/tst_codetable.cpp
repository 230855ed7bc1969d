// Every code list is one CodeTable: each row round-trips, each code is unique and stable-looking,
// every value of its enum has a row, shown lists have a label for every row, and nothing but an
// exact code is accepted.
#include "clinical/assessment.h"
#include "clinical/codetable.h"
#include "clinical/symptom.h"
#include "clinical/temperature.h"
#include "clinical/treatment.h"
#include "exchange/recordset.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace nc;

namespace {

// What the checks need to know of one table, whatever its enum.
struct TableFacts
{
    int enumCount = 0; // values in the enum, from the first (0) to the last
    QList<int> values; // in row order
    QStringList codes;
    QList<int> codeToValue; // fromCode(code(value)), -1 when refused
    QStringList labels; // empty string for a row without a label
    bool labelled = false;
    QStringList acceptedImpostors; // near-misses of real codes that fromCode() accepted
};

template<class Enum, class Info>
TableFacts factsOf(const CodeTable<Enum, Info> &table, Enum last, bool labelled)
{
    TableFacts facts;
    facts.enumCount = int(last) + 1;
    facts.labelled = labelled;
    for (const auto &row : table.rows()) {
        const QString code = table.code(row.value);
        const auto back = table.fromCode(code);
        facts.values.append(int(row.value));
        facts.codes.append(code);
        facts.codeToValue.append(back ? int(*back) : -1);
        facts.labels.append(table.label(row.value));
        for (const QString &impostor : { code.toUpper(), code + QLatin1Char(' '), QLatin1Char(' ') + code,
                 code + QLatin1Char('s'), code.left(code.size() - 1) }) {
            if (table.fromCode(impostor))
                facts.acceptedImpostors.append(impostor);
        }
    }
    for (const QString &unknown : { QString(), QStringLiteral("unknown"), QStringLiteral("0") }) {
        if (table.fromCode(unknown))
            facts.acceptedImpostors.append(unknown);
    }
    return facts;
}

enum class Colour { Red, Green, Blue };

} // namespace

Q_DECLARE_METATYPE(TableFacts)

class TestCodeTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRow_data();
    void everyRow();
    void templateLookups();
    void infoOfEachRow();
    void labelsKeepTheirTranslationContext();
};

void TestCodeTable::everyRow_data()
{
    QTest::addColumn<TableFacts>("facts");
    QTest::newRow("temperature sites") << factsOf(sites::table(), MeasurementSite::Rectal, true);
    QTest::newRow("treatment kinds") << factsOf(treatments::table(), TreatmentKind::Pegfilgrastim, true);
    QTest::newRow("antipyretics") << factsOf(antipyretics::table(), Antipyretic::OtherNsaid, true);
    QTest::newRow("symptoms") << factsOf(symptoms::table(), SymptomCode::UnusualTiredness, true);
    QTest::newRow("record kinds") << factsOf(recordkinds::table(), RecordKind::Alert, true);
    QTest::newRow("levels") << factsOf(levels::table(), Level::CallNow, true);
    QTest::newRow("reasons and notes") << factsOf(findings::table(), Finding::GcsfTiming, false);
    QTest::newRow("febrile neutropenia")
        << factsOf(kFebrileNeutropeniaCodes, FebrileNeutropenia::Likely, false);
}

void TestCodeTable::everyRow()
{
    QFETCH(TableFacts, facts);

    // Every value of the enum has exactly one row.
    QCOMPARE(facts.values.size(), facts.enumCount);
    QCOMPARE(QSet<int>(facts.values.begin(), facts.values.end()).size(), facts.enumCount);

    static const QRegularExpression stable(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (int i = 0; i < facts.codes.size(); ++i) {
        const QString &code = facts.codes[i];
        QVERIFY2(stable.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(facts.codeToValue[i], facts.values[i]); // enum → code → enum
        QCOMPARE(facts.codes.count(code), 1); // unique
        if (facts.labelled)
            QVERIFY2(!facts.labels[i].trimmed().isEmpty(), qPrintable(code));
        else
            QVERIFY2(facts.labels[i].isEmpty(), qPrintable(code));
    }
    QVERIFY2(facts.acceptedImpostors.isEmpty(), qPrintable(facts.acceptedImpostors.join(u'|')));
}

void TestCodeTable::templateLookups()
{
    // Blue has no row: a table answers for it with nothing rather than another row's code.
    static constexpr CodeRow<Colour, int> rows[] = {
        { Colour::Red, "red", QT_TRANSLATE_NOOP("nc::test", "Red"), 7 },
        { Colour::Green, "green" },
    };
    static constexpr CodeTable<Colour, int> table("nc::test", rows);
    QCOMPARE(table.values(), (QList<Colour> { Colour::Red, Colour::Green }));
    QCOMPARE(table.code(Colour::Green), QStringLiteral("green"));
    QCOMPARE(table.fromCode(u"red"), Colour::Red);
    QCOMPARE(table.label(Colour::Red), QStringLiteral("Red"));
    QCOMPARE(table.label(Colour::Green), QString()); // a row without a label
    QCOMPARE(table.info(Colour::Red), 7);
    QCOMPARE(table.info(Colour::Green), 0);
    QCOMPARE(table.code(Colour::Blue), QString());
    QCOMPARE(table.label(Colour::Blue), QString());
    QCOMPARE(table.info(Colour::Blue), 0);
    QVERIFY(!table.fromCode(u"blue"));
    QVERIFY(!table.fromCode(u"Red"));
    QVERIFY(!table.fromCode(u""));
    QCOMPARE(QString::fromLatin1(table.context()), QStringLiteral("nc::test"));
}

void TestCodeTable::infoOfEachRow()
{
    // The groups of CLINICAL.md §4: nine red flags, the rest infection symptoms.
    const QStringList redFlags { QStringLiteral("rigors"), QStringLiteral("breathing_difficulty"),
        QStringLiteral("chest_pain"), QStringLiteral("confusion"), QStringLiteral("fainting"),
        QStringLiteral("feeling_very_unwell"), QStringLiteral("bleeding"), QStringLiteral("no_urine_12h"),
        QStringLiteral("cannot_keep_fluids") };
    // The infection symptoms of rule 5, exactly: a code missing from the table is caught too.
    const QStringList infection { QStringLiteral("sore_throat"), QStringLiteral("mouth_sores"),
        QStringLiteral("cough"), QStringLiteral("burning_urination"), QStringLiteral("diarrhoea"),
        QStringLiteral("vomiting"), QStringLiteral("new_rash"), QStringLiteral("wound_or_line_redness"),
        QStringLiteral("swollen_lymph_nodes"), QStringLiteral("chills"), QStringLiteral("anal_sores"),
        QStringLiteral("urinary_urgency"), QStringLiteral("abscess"), QStringLiteral("slow_healing_wound"),
        QStringLiteral("abdominal_pain"), QStringLiteral("unusual_tiredness") };
    QStringList redFound;
    QStringList infectionFound;
    for (const auto symptom : symptoms::all()) {
        const bool red = redFlags.contains(symptoms::code(symptom));
        QCOMPARE(symptoms::isRedFlag(symptom), red);
        QCOMPARE(symptoms::isInfectionSymptom(symptom), !red);
        (red ? redFound : infectionFound).append(symptoms::code(symptom));
    }
    const auto sortedList = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(sortedList(infectionFound), sortedList(infection));
    QCOMPARE(sortedList(redFound), sortedList(redFlags));
    const QStringList notes { QStringLiteral("site_may_read_low"), QStringLiteral("rectal_site"),
        QStringLiteral("at_usual_level"), QStringLiteral("gcsf_window"), QStringLiteral("no_recent_reading"),
        QStringLiteral("gcsf_timing") };
    for (const auto finding : findings::table().values())
        QCOMPARE(findings::isNote(finding), notes.contains(findings::code(finding)));
}

void TestCodeTable::labelsKeepTheirTranslationContext()
{
    // The contexts the shipped translations were made in: a label moved to another context would
    // silently show in English.
    QCOMPARE(QString::fromLatin1(sites::table().context()), QStringLiteral("nc::sites"));
    QCOMPARE(QString::fromLatin1(treatments::table().context()), QStringLiteral("nc::treatments"));
    QCOMPARE(QString::fromLatin1(antipyretics::table().context()), QStringLiteral("nc::antipyretics"));
    QCOMPARE(QString::fromLatin1(symptoms::table().context()), QStringLiteral("nc::symptoms"));
    QCOMPARE(QString::fromLatin1(recordkinds::table().context()), QStringLiteral("nc::recordkinds"));
    QCOMPARE(QString::fromLatin1(levels::table().context()), QStringLiteral("nc::Assessment"));
    QCOMPARE(
        levels::title(Level::CallNow), QStringLiteral("Fever or warning sign — call your care team now"));
    QCOMPARE(sites::displayName(MeasurementSite::Oral), QStringLiteral("By mouth (oral)"));
}

QTEST_GUILESS_MAIN(TestCodeTable)
#include "tst_codetable.moc"

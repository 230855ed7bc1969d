// MASCC and CISNE as CLINICAL.md §8 gives them: every item's points one at a time, every band edge
// (MASCC 20/21, age 59/60; CISNE 0/1/2/3), the maximum, and the items kept for the form.
#include "clinical/riskscores.h"
#include "clinical/scorejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace nc::riskscores;

Q_DECLARE_METATYPE(MasccInput)
Q_DECLARE_METATYPE(CisneInput)

namespace {

// The best case: every item at its most points (26).
MasccInput bestMascc()
{
    MasccInput in;
    in.burden = IllnessBurden::NoneOrMild;
    in.outpatient = true;
    in.age = 45;
    return in;
}

} // namespace

class TestRiskScores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masccEachItem_data();
    void masccEachItem();
    void masccBandEdges_data();
    void masccBandEdges();
    void masccKeepsEveryItem();
    void cisneEachItem_data();
    void cisneEachItem();
    void cisneBandEdges_data();
    void cisneBandEdges();
    void codes();
    void itemsRoundTripThroughTheirJson_data();
    void itemsRoundTripThroughTheirJson();
};

void TestRiskScores::masccEachItem_data()
{
    QTest::addColumn<MasccInput>("input");
    QTest::addColumn<QString>("item");
    QTest::addColumn<int>("lost"); // points below the maximum of 26
    const MasccInput best = bestMascc();
    QTest::newRow("none") << best << QString() << 0;
    MasccInput in = best;
    in.burden = IllnessBurden::Moderate;
    QTest::newRow("moderate burden") << in << QStringLiteral("burden") << 2;
    in.burden = IllnessBurden::Severe;
    QTest::newRow("severe burden") << in << QStringLiteral("burden") << 5;
    in = best;
    in.hypotension = true;
    QTest::newRow("hypotension") << in << QStringLiteral("hypotension") << 5;
    in = best;
    in.copd = true;
    QTest::newRow("COPD") << in << QStringLiteral("copd") << 4;
    in = best;
    in.haematologicalWithPriorFungal = true;
    QTest::newRow("haematological with prior fungal")
        << in << QStringLiteral("haematological_with_prior_fungal") << 4;
    in = best;
    in.dehydration = true;
    QTest::newRow("dehydration") << in << QStringLiteral("dehydration") << 3;
    in = best;
    in.outpatient = false;
    QTest::newRow("inpatient") << in << QStringLiteral("outpatient") << 3;
    in = best;
    in.age = 60;
    QTest::newRow("age 60") << in << QStringLiteral("age") << 2;
}

void TestRiskScores::masccEachItem()
{
    QFETCH(MasccInput, input);
    QFETCH(QString, item);
    QFETCH(int, lost);
    const MasccScore s = mascc(input);
    QCOMPARE(s.score, kMasccMaximum - lost);
    for (const ScoreItem &i : s.items)
        QCOMPARE(i.maximum - i.points, i.code == item ? lost : 0);
}

void TestRiskScores::masccBandEdges_data()
{
    QTest::addColumn<MasccInput>("input");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("low");
    MasccInput in = bestMascc();
    in.hypotension = true; // 21
    QTest::newRow("21: low risk") << in << 21 << true;
    in.age = 59;
    QTest::newRow("age 59 still scores") << in << 21 << true;
    in.age = 60; // 19
    QTest::newRow("age 60: 19, not low") << in << 19 << false;
    in = bestMascc();
    in.burden = IllnessBurden::Moderate;
    in.outpatient = false; // 26 - 2 - 3
    QTest::newRow("21 another way") << in << 21 << true;
    in.age = 60;
    QTest::newRow("19: not low") << in << 19 << false;
    in = bestMascc();
    in.copd = true;
    in.age = 60; // 26 - 4 - 2
    QTest::newRow("20 exactly: not low") << in << 20 << false;
    in.age = 59;
    QTest::newRow("22") << in << 22 << true;
    MasccInput worst;
    worst.burden = IllnessBurden::Severe;
    worst.hypotension = worst.copd = worst.haematologicalWithPriorFungal = worst.dehydration = true;
    worst.age = 80;
    QTest::newRow("worst: 0") << worst << 0 << false;
    QTest::newRow("best: 26") << bestMascc() << 26 << true;
}

void TestRiskScores::masccBandEdges()
{
    QFETCH(MasccInput, input);
    QFETCH(int, score);
    QFETCH(bool, low);
    const MasccScore s = mascc(input);
    QCOMPARE(s.score, score);
    QCOMPARE(s.lowRisk, low);
}

void TestRiskScores::masccKeepsEveryItem()
{
    const MasccScore s = mascc(bestMascc());
    QStringList codes;
    int maximum = 0;
    for (const ScoreItem &i : s.items) {
        codes << i.code;
        maximum += i.maximum;
    }
    QCOMPARE(codes,
        QStringList({ QStringLiteral("burden"), QStringLiteral("hypotension"), QStringLiteral("copd"),
            QStringLiteral("haematological_with_prior_fungal"), QStringLiteral("dehydration"),
            QStringLiteral("outpatient"), QStringLiteral("age") }));
    QCOMPARE(maximum, kMasccMaximum);
}

void TestRiskScores::cisneEachItem_data()
{
    QTest::addColumn<CisneInput>("input");
    QTest::addColumn<QString>("item");
    QTest::addColumn<int>("points");
    CisneInput in;
    in.ecog2OrMore = true;
    QTest::newRow("ECOG ≥ 2") << in << QStringLiteral("ecog_2_or_more") << 2;
    in = {};
    in.stressHyperglycaemia = true;
    QTest::newRow("stress hyperglycaemia") << in << QStringLiteral("stress_hyperglycaemia") << 2;
    in = {};
    in.copd = true;
    QTest::newRow("COPD") << in << QStringLiteral("copd") << 1;
    in = {};
    in.cardiovascular = true;
    QTest::newRow("cardiovascular") << in << QStringLiteral("cardiovascular") << 1;
    in = {};
    in.mucositisGrade2OrMore = true;
    QTest::newRow("mucositis ≥ 2") << in << QStringLiteral("mucositis_grade_2_or_more") << 1;
    in = {};
    in.monocytesBelow200 = true;
    QTest::newRow("monocytes < 200") << in << QStringLiteral("monocytes_below_200") << 1;
}

void TestRiskScores::cisneEachItem()
{
    QFETCH(CisneInput, input);
    QFETCH(QString, item);
    QFETCH(int, points);
    const CisneScore s = cisne(input);
    QCOMPARE(s.score, points);
    QCOMPARE(s.items.size(), 6);
    for (const ScoreItem &i : s.items)
        QCOMPARE(i.points, i.code == item ? points : 0);
}

void TestRiskScores::cisneBandEdges_data()
{
    QTest::addColumn<CisneInput>("input");
    QTest::addColumn<int>("score");
    QTest::addColumn<CisneClass>("riskClass");
    CisneInput in;
    QTest::newRow("0: low") << in << 0 << CisneClass::Low;
    in.copd = true;
    QTest::newRow("1: intermediate") << in << 1 << CisneClass::Intermediate;
    in.cardiovascular = true;
    QTest::newRow("2: intermediate") << in << 2 << CisneClass::Intermediate;
    in.monocytesBelow200 = true;
    QTest::newRow("3: high") << in << 3 << CisneClass::High;
    in = {};
    in.ecog2OrMore = true;
    QTest::newRow("2 from one item") << in << 2 << CisneClass::Intermediate;
    in.copd = true;
    QTest::newRow("3 from two") << in << 3 << CisneClass::High;
    in = { true, true, true, true, true, true };
    QTest::newRow("all: 8") << in << 8 << CisneClass::High;
}

void TestRiskScores::cisneBandEdges()
{
    QFETCH(CisneInput, input);
    QFETCH(int, score);
    QFETCH(CisneClass, riskClass);
    const CisneScore s = cisne(input);
    QCOMPARE(s.score, score);
    QCOMPARE(s.riskClass, riskClass);
}

void TestRiskScores::codes()
{
    QCOMPARE(masccRiskCode(true), QStringLiteral("low"));
    QCOMPARE(masccRiskCode(false), QStringLiteral("not_low"));
    QCOMPARE(cisneClassCode(CisneClass::Low), QStringLiteral("low"));
    QCOMPARE(cisneClassCode(CisneClass::Intermediate), QStringLiteral("intermediate"));
    QCOMPARE(cisneClassCode(CisneClass::High), QStringLiteral("high"));
    QCOMPARE(illnessBurdenFromCode(QStringLiteral("none_mild")), IllnessBurden::NoneOrMild);
    QCOMPARE(illnessBurdenFromCode(QStringLiteral("moderate")), IllnessBurden::Moderate);
    QCOMPARE(illnessBurdenFromCode(QStringLiteral("severe")), IllnessBurden::Severe);
    QCOMPARE(illnessBurdenFromCode(QStringLiteral("mild")), std::nullopt);
}

// A triage call keeps the items ticked as the JSON the CLI reads: written and read back, every item
// of every burden and any yes/no survives, and the scores are the same.
void TestRiskScores::itemsRoundTripThroughTheirJson_data()
{
    QTest::addColumn<int>("burden");
    QTest::addColumn<bool>("yes");
    for (int burden = 0; burden < 3; ++burden) {
        for (const bool yes : { false, true })
            QTest::addRow("burden %d, %s", burden, yes ? "every yes" : "every no") << burden << yes;
    }
}

void TestRiskScores::itemsRoundTripThroughTheirJson()
{
    QFETCH(int, burden);
    QFETCH(bool, yes);
    nc::scorejson::Request request;
    request.mascc = MasccInput { IllnessBurden(burden), yes, yes, yes, yes, yes, yes ? 59 : 60 };
    request.cisne = CisneInput { yes, yes, yes, yes, yes, yes };
    const QJsonObject json = nc::scorejson::requestToJson(request);
    const auto back = nc::scorejson::parse(QJsonDocument(json).toJson());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(nc::scorejson::requestToJson(*back), json);
    QCOMPARE(mascc(*back->mascc).score, mascc(*request.mascc).score);
    QCOMPARE(cisne(*back->cisne).score, cisne(*request.cisne).score);
    QCOMPARE(back->mascc->burden, IllnessBurden(burden));
    QCOMPARE(back->cisne->copd, yes);
}

QTEST_GUILESS_MAIN(TestRiskScores)
#include "tst_riskscores.moc"

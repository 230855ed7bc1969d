// The MASCC and CISNE form of the triage desk, driven through its widgets: the total and band it
// shows agree with core's riskscores at the band edges (MASCC 20/21, age 59/60; CISNE 0/1/2/3);
// every item shows core's points; scores round-trip; an unticked score is absent; the title says
// it is decision support for clinicians and not for the patient; every control has a name, a
// mnemonic of its own, and Tab goes top to bottom.
#include "../guitest.h"
#include "desk/scores/riskscoresform.h"
#include "widgets/theme.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;
using nc::guitest::child;

namespace {

const char *const kMasccChecks[]
    = { "masccHypotension", "masccCopd", "masccHaematologicalFungal", "masccDehydration", "masccOutpatient" };
const char *const kCisneChecks[] = { "cisneEcog", "cisneHyperglycaemia", "cisneCopd", "cisneCardiovascular",
    "cisneMucositis", "cisneMonocytes" };

// Ticks a box the way a person does, with the space bar.
void tick(QCheckBox *box, bool on)
{
    if (box->isChecked() != on)
        QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(box->isChecked(), on);
}

// Types an age over the one shown.
void typeAge(QSpinBox *age, int years)
{
    age->selectAll();
    QTest::keyClicks(age, QString::number(years));
    QCOMPARE(age->value(), years);
}

// The mnemonic of a control's or label's text: the letter after a single '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

bool isFocusable(QWidget *w, QWidget *root)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root))
        return false;
    return !qobject_cast<QAbstractSpinBox *>(w->parentWidget()); // a spin box's own editor
}

} // namespace

class TestRiskScoresForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decisionSupportShown();
    void masccBandEdges_data();
    void masccBandEdges();
    void cisneBandEdges_data();
    void cisneBandEdges();
    void roundTrip();
    void uncheckedGroupIsAbsent();
    void everyControlNamed();
    void tabGoesTopToBottom();
};

void TestRiskScoresForm::initTestCase()
{
    guitest::useOwnSettings(u"tst_riskscoresform"_s);
    Theme::apply(*qApp, false);
}

void TestRiskScoresForm::decisionSupportShown()
{
    RiskScoresForm form;
    form.resize(640, 900);
    form.show();
    auto *title = child<QLabel>(&form, "decisionSupport");
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), u"Decision support for clinicians"_s);
    QVERIFY(child<QLabel>(&form, "notForPatient")->isVisible());
    QVERIFY(child<QLabel>(&form, "notForPatient")->text().contains(u"never shown to the patient"_s));
    // Each score says whom it is for.
    QVERIFY(child<QLabel>(&form, "masccEligibility")->text().contains(u"febrile neutropenia"_s));
    QVERIFY(child<QLabel>(&form, "masccEligibility")->text().contains(u"stem-cell"_s));
    QVERIFY(child<QLabel>(&form, "cisneEligibility")->text().contains(u"solid tumour"_s));
    // A new call uses neither score, and says so in words.
    QVERIFY(!form.scores().mascc && !form.scores().cisne);
    QCOMPARE(child<QLabel>(&form, "masccTotal")->text(), u"MASCC not used"_s);
    QCOMPARE(child<QLabel>(&form, "cisneTotal")->text(), u"CISNE not used"_s);

    riskscores::MasccInput mascc;
    mascc.age = 64;
    mascc.burden = riskscores::IllnessBurden::Moderate;
    riskscores::CisneInput cisne;
    cisne.copd = true;
    form.setScores({ mascc, cisne });
    QVERIFY(title->isVisible()); // still, with both scores in use
    guitest::saveShot(&form, "riskscoresform");
}

void TestRiskScoresForm::masccBandEdges_data()
{
    QTest::addColumn<int>("burdenSteps"); // Down presses from "none or mild"
    QTest::addColumn<QList<bool>>("checks"); // kMasccChecks in order
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("lowRisk");
    const QList<bool> allGood { false, false, false, false, true };
    // 5 + 5 + 4 + 4 + 0 (dehydrated) + 0 (in hospital) + 2 (under 60) = 20.
    QTest::newRow("20: not low risk")
        << 0 << QList<bool> { false, false, false, true, false } << 40 << 20 << false;
    // 3 (moderate) + 5 + 4 + 4 + 3 + 0 + 2 = 21.
    QTest::newRow("21 at 59: low risk")
        << 1 << QList<bool> { false, false, false, false, false } << 59 << 21 << true;
    QTest::newRow("19 at 60: not low risk")
        << 1 << QList<bool> { false, false, false, false, false } << 60 << 19 << false;
    QTest::newRow("all 26") << 0 << allGood << 18 << 26 << true;
    QTest::newRow("none 0") << 2 << QList<bool> { true, true, true, true, false } << 120 << 0 << false;
}

void TestRiskScoresForm::masccBandEdges()
{
    QFETCH(int, burdenSteps);
    QFETCH(QList<bool>, checks);
    QFETCH(int, age);
    QFETCH(int, score);
    QFETCH(bool, lowRisk);
    RiskScoresForm form;
    form.show();
    QSignalSpy changed(&form, &RiskScoresForm::changed);
    auto *group = child<QGroupBox>(&form, "mascc");
    group->setChecked(true);
    QCOMPARE(changed.count(), 1);
    auto *burden = child<QComboBox>(&form, "masccBurden");
    for (int i = 0; i < burdenSteps; ++i)
        QTest::keyClick(burden, Qt::Key_Down);
    QCOMPARE(burden->currentIndex(), burdenSteps);
    for (qsizetype i = 0; i < checks.size(); ++i)
        tick(child<QCheckBox>(&form, kMasccChecks[i]), checks.at(i));
    typeAge(child<QSpinBox>(&form, "masccAge"), age);
    QVERIFY(changed.count() > 1);

    const CallScores scores = form.scores();
    QVERIFY(scores.mascc);
    QVERIFY(!scores.cisne);
    const riskscores::MasccScore core = riskscores::mascc(*scores.mascc);
    QCOMPARE(core.score, score);
    QCOMPARE(core.lowRisk, lowRisk);
    QCOMPARE(child<QLabel>(&form, "masccTotal")->text(), u"MASCC %1 of 26"_s.arg(score));
    QCOMPARE(child<QLabel>(&form, "masccBand")->text(), lowRisk ? u"Low risk (≥ 21)"_s : u"Not low risk"_s);
    // Every item shows the points core gives it.
    QCOMPARE(core.items.size(), 7);
    for (const riskscores::ScoreItem &item : core.items) {
        const QString shown = child<QLabel>(&form, qPrintable(u"masccPoints_"_s + item.code))->text();
        QVERIFY2(shown.startsWith(QString::number(item.points) + QLatin1Char(' ')),
            qPrintable(item.code + u": "_s + shown));
    }
}

void TestRiskScoresForm::cisneBandEdges_data()
{
    QTest::addColumn<QList<bool>>("checks"); // kCisneChecks in order
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("band");
    QTest::newRow("0") << QList<bool> { false, false, false, false, false, false } << 0
                       << u"Class I — low risk"_s;
    QTest::newRow("1") << QList<bool> { false, false, false, false, false, true } << 1
                       << u"Class II — intermediate"_s;
    QTest::newRow("2, ECOG") << QList<bool> { true, false, false, false, false, false } << 2
                             << u"Class II — intermediate"_s;
    QTest::newRow("3") << QList<bool> { false, false, true, true, true, false } << 3 << u"Class III — high"_s;
    QTest::newRow("all 8") << QList<bool> { true, true, true, true, true, true } << 8
                           << u"Class III — high"_s;
}

void TestRiskScoresForm::cisneBandEdges()
{
    QFETCH(QList<bool>, checks);
    QFETCH(int, score);
    QFETCH(QString, band);
    RiskScoresForm form;
    form.show();
    child<QGroupBox>(&form, "cisne")->setChecked(true);
    for (qsizetype i = 0; i < checks.size(); ++i)
        tick(child<QCheckBox>(&form, kCisneChecks[i]), checks.at(i));

    const CallScores scores = form.scores();
    QVERIFY(scores.cisne);
    QVERIFY(!scores.mascc);
    const riskscores::CisneScore core = riskscores::cisne(*scores.cisne);
    QCOMPARE(core.score, score);
    QCOMPARE(child<QLabel>(&form, "cisneTotal")->text(), u"CISNE %1 of 8"_s.arg(score));
    QCOMPARE(child<QLabel>(&form, "cisneBand")->text(), band);
    for (const riskscores::ScoreItem &item : core.items) {
        const QString shown = child<QLabel>(&form, qPrintable(u"cisnePoints_"_s + item.code))->text();
        QVERIFY2(shown.startsWith(QString::number(item.points) + QLatin1Char(' ')),
            qPrintable(item.code + u": "_s + shown));
    }
}

void TestRiskScoresForm::roundTrip()
{
    RiskScoresForm form;
    QSignalSpy changed(&form, &RiskScoresForm::changed);
    riskscores::MasccInput mascc;
    mascc.burden = riskscores::IllnessBurden::Severe;
    mascc.hypotension = true;
    mascc.copd = false;
    mascc.haematologicalWithPriorFungal = true;
    mascc.dehydration = false;
    mascc.outpatient = true;
    mascc.age = 77;
    riskscores::CisneInput cisne;
    cisne.ecog2OrMore = true;
    cisne.cardiovascular = true;
    cisne.monocytesBelow200 = true;
    form.setScores({ mascc, cisne });
    QCOMPARE(changed.count(), 1); // once for the whole form

    const CallScores back = form.scores();
    QVERIFY(back.mascc && back.cisne);
    QCOMPARE(back.mascc->burden, mascc.burden);
    QCOMPARE(back.mascc->hypotension, mascc.hypotension);
    QCOMPARE(back.mascc->copd, mascc.copd);
    QCOMPARE(back.mascc->haematologicalWithPriorFungal, mascc.haematologicalWithPriorFungal);
    QCOMPARE(back.mascc->dehydration, mascc.dehydration);
    QCOMPARE(back.mascc->outpatient, mascc.outpatient);
    QCOMPARE(back.mascc->age, mascc.age);
    QCOMPARE(back.cisne->ecog2OrMore, cisne.ecog2OrMore);
    QCOMPARE(back.cisne->stressHyperglycaemia, cisne.stressHyperglycaemia);
    QCOMPARE(back.cisne->copd, cisne.copd);
    QCOMPARE(back.cisne->cardiovascular, cisne.cardiovascular);
    QCOMPARE(back.cisne->mucositisGrade2OrMore, cisne.mucositisGrade2OrMore);
    QCOMPARE(back.cisne->monocytesBelow200, cisne.monocytesBelow200);
    // The widgets show it too.
    QCOMPARE(child<QComboBox>(&form, "masccBurden")->currentIndex(), 2);
    QVERIFY(child<QCheckBox>(&form, "masccHypotension")->isChecked());
    QCOMPARE(child<QSpinBox>(&form, "masccAge")->value(), 77);
    QCOMPARE(
        child<QLabel>(&form, "masccTotal")->text(), u"MASCC %1 of 26"_s.arg(riskscores::mascc(mascc).score));
    QCOMPARE(child<QLabel>(&form, "cisneTotal")->text(), u"CISNE 4 of 8"_s);

    // A call without scores empties the form again: nothing of the last call is carried over.
    form.setScores({});
    QCOMPARE(changed.count(), 2);
    QVERIFY(!form.scores().mascc && !form.scores().cisne);
    QVERIFY(!child<QCheckBox>(&form, "masccHypotension")->isChecked());
    QVERIFY(!child<QCheckBox>(&form, "cisneEcog")->isChecked());
    QCOMPARE(child<QComboBox>(&form, "masccBurden")->currentIndex(), 0);
}

void TestRiskScoresForm::uncheckedGroupIsAbsent()
{
    RiskScoresForm form;
    form.show();
    riskscores::CisneInput cisne;
    cisne.copd = true;
    form.setScores({ riskscores::MasccInput { .age = 50 }, cisne });
    QVERIFY(form.scores().mascc && form.scores().cisne);

    QSignalSpy changed(&form, &RiskScoresForm::changed);
    child<QGroupBox>(&form, "mascc")->setChecked(false);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!form.scores().mascc);
    QVERIFY(form.scores().cisne);
    QCOMPARE(child<QLabel>(&form, "masccTotal")->text(), u"MASCC not used"_s);
    QVERIFY(child<QLabel>(&form, "masccBand")->text().isEmpty());
    QVERIFY(!child<QSpinBox>(&form, "masccAge")->isEnabled()); // its items cannot be edited unused

    child<QGroupBox>(&form, "cisne")->setChecked(false);
    QVERIFY(!form.scores().mascc && !form.scores().cisne);
    QCOMPARE(child<QLabel>(&form, "cisneTotal")->text(), u"CISNE not used"_s);
}

void TestRiskScoresForm::everyControlNamed()
{
    RiskScoresForm form;
    form.show();
    form.setScores({ riskscores::MasccInput {}, riskscores::CisneInput {} });
    QStringList problems;
    QMap<QChar, QString> mnemonics;
    int controls = 0;
    for (QWidget *w : form.findChildren<QWidget *>()) {
        if (!isFocusable(w, &form))
            continue;
        ++controls;
        if (w->accessibleName().trimmed().isEmpty())
            problems << u"no accessible name: "_s + w->objectName();
    }
    QCOMPARE(controls, 15); // 2 groups, 7 MASCC items, 6 CISNE items
    // And the walk every window of the app and the desk gets (the groups are not buttons to it).
    QCOMPARE(guitest::accessibilityProblems(&form, u"risk scores"_s, &problems), 13);
    // A mnemonic on every group, box and field label, none used twice; the field labels lead to
    // their fields.
    QStringList texts;
    for (auto *box : form.findChildren<QGroupBox *>())
        texts << box->title();
    for (auto *box : form.findChildren<QCheckBox *>())
        texts << box->text();
    for (auto *label : form.findChildren<QLabel *>()) {
        if (label->buddy()) {
            texts << label->text();
            QVERIFY(qobject_cast<QComboBox *>(label->buddy()) || qobject_cast<QSpinBox *>(label->buddy()));
        }
    }
    QCOMPARE(texts.size(), 15);
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            problems << u"no mnemonic: "_s + text;
        else if (mnemonics.contains(key))
            problems << u"mnemonic %1 twice: %2 and %3"_s.arg(key).arg(mnemonics.value(key), text);
        mnemonics.insert(key, text);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestRiskScoresForm::tabGoesTopToBottom()
{
    RiskScoresForm form;
    form.resize(640, 900);
    form.setScores({ riskscores::MasccInput {}, riskscores::CisneInput {} });
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *first = child<QGroupBox>(&form, "mascc");
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QStringList order { first->objectName() };
    int lastY = first->mapTo(&form, QPoint()).y();
    for (int i = 0; i < 14; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (qobject_cast<QAbstractSpinBox *>(now->parentWidget()))
            now = now->parentWidget();
        const int y = now->mapTo(&form, QPoint()).y();
        QVERIFY2(y > lastY, qPrintable(now->objectName() + u" is above the control before it"_s));
        lastY = y;
        order << now->objectName();
    }
    const QStringList expected { u"mascc"_s, u"masccBurden"_s, u"masccHypotension"_s, u"masccCopd"_s,
        u"masccHaematologicalFungal"_s, u"masccDehydration"_s, u"masccOutpatient"_s, u"masccAge"_s,
        u"cisne"_s, u"cisneEcog"_s, u"cisneHyperglycaemia"_s, u"cisneCopd"_s, u"cisneCardiovascular"_s,
        u"cisneMucositis"_s, u"cisneMonocytes"_s };
    QCOMPARE(order, expected);
}

QTEST_MAIN(TestRiskScoresForm)
#include "tst_riskscoresform.moc"

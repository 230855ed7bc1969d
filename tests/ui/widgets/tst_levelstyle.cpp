// The look never tells a level by colour alone, and every text meets WCAG AA contrast.

#include "widgets/contrast.h"
#include "widgets/levelstyle.h"
#include "widgets/theme.h"

#include <QSet>
#include <QTest>

using namespace nc;

class TestLevelStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula();
    void levelsMeetAa_data();
    void levelsMeetAa();
    void levelsHaveOwnWordsAndIcon();
    void overdueRecheckLooksDifferent();
    void themeTextMeetsAa();
};

void TestLevelStyle::contrastFormula()
{
    // The two ends of the scale and a published reference pair (#767676 on white is 4.54:1).
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(contrastRatio(Qt::red, Qt::blue), contrastRatio(Qt::blue, Qt::red));
}

void TestLevelStyle::levelsMeetAa_data()
{
    QTest::addColumn<int>("level");
    for (Level level : { Level::Ok, Level::Caution, Level::Recheck, Level::CallToday, Level::CallNow })
        QTest::newRow(qPrintable(levels::code(level))) << int(level);
}

void TestLevelStyle::levelsMeetAa()
{
    QFETCH(int, level);
    const LevelStyle style = LevelStyle::of(Level(level));
    const double text = contrastRatio(style.text, style.background);
    QVERIFY2(text >= 4.5, qPrintable(QStringLiteral("text %1:1").arg(text, 0, 'f', 2)));
    // Icons and borders are UI parts: 3:1 against the card.
    const double accent = contrastRatio(style.accent, style.background);
    QVERIFY2(accent >= 3.0, qPrintable(QStringLiteral("accent %1:1").arg(accent, 0, 'f', 2)));
}

void TestLevelStyle::levelsHaveOwnWordsAndIcon()
{
    QSet<QString> icons;
    QSet<QString> titles;
    for (Level level : { Level::Ok, Level::Caution, Level::Recheck, Level::CallToday, Level::CallNow }) {
        icons.insert(LevelStyle::of(level).iconName);
        QVERIFY(!levels::title(level).trimmed().isEmpty());
        titles.insert(levels::title(level));
    }
    QCOMPARE(icons.size(), 5);
    QCOMPARE(titles.size(), 5);
}

void TestLevelStyle::overdueRecheckLooksDifferent()
{
    // An overdue recheck changes colour and icon, not only its countdown, and still meets AA.
    Assessment a;
    a.level = Level::Recheck;
    const LevelStyle soon = LevelStyle::of(a);
    a.recheckOverdue = true;
    const LevelStyle now = LevelStyle::of(a);
    QVERIFY(now.background != soon.background);
    QVERIFY(now.iconName != soon.iconName);
    QVERIFY(contrastRatio(now.text, now.background) >= 4.5);
    QVERIFY(contrastRatio(now.accent, now.background) >= 3.0);
}

void TestLevelStyle::themeTextMeetsAa()
{
    const auto pairs = Theme::textPairs();
    QVERIFY(pairs.size() >= 15);
    QStringList failures;
    for (const auto &pair : pairs) {
        const double ratio = contrastRatio(pair.text, pair.background);
        if (ratio < 4.5) {
            failures << QStringLiteral("%1: %2 on %3 is %4:1")
                            .arg(QLatin1String(pair.where), pair.text.name(), pair.background.name())
                            .arg(ratio, 0, 'f', 2);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLevelStyle)
#include "tst_levelstyle.moc"

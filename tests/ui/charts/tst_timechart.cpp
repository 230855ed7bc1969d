// What TimeChart draws beside its plot: margin labels keep their words when a translation is long.
#include "timechart.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QTest>

using namespace nc::charts;

class TestTimeChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortTextStaysOnOneLine();
    void longTextTakesASecondLine();
    void tooLongForTwoLinesIsShortened();
    void oneLineAllowedIsShortened();
    void longWordIsShortenedNotSplit();
    void emptyTextHasNoLine();

private:
    QFontMetricsF fm() const { return QFontMetricsF(QFont(QStringLiteral("DejaVu Sans"), 9)); }
    static const QChar kEllipsis;
};

const QChar TestTimeChart::kEllipsis = QChar(0x2026);

void TestTimeChart::shortTextStaysOnOneLine()
{
    const QString text = QStringLiteral("1500/µL o más");
    QCOMPARE(wrapToLines(text, fm(), fm().horizontalAdvance(text) + 1, 2), QStringList { text });
}

void TestTimeChart::longTextTakesASecondLine()
{
    const QString text = QStringLiteral("de 1000 a menos de 1500/µL");
    const double width = fm().horizontalAdvance(QStringLiteral("de 1000 a menos de")) + 2;
    const QStringList lines = wrapToLines(text, fm(), width, 2);
    QCOMPARE(lines, (QStringList { QStringLiteral("de 1000 a menos de"), QStringLiteral("1500/µL") }));
    for (const QString &line : lines)
        QVERIFY(fm().horizontalAdvance(line) <= width);
}

void TestTimeChart::tooLongForTwoLinesIsShortened()
{
    const QString text = QStringLiteral("one two three four five six seven eight nine ten");
    const double width = fm().horizontalAdvance(QStringLiteral("one two three")) + 2;
    const QStringList lines = wrapToLines(text, fm(), width, 2);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QStringLiteral("one two three"));
    QVERIFY2(lines.last().endsWith(kEllipsis), qPrintable(lines.last()));
    QVERIFY(fm().horizontalAdvance(lines.last()) <= width);
}

void TestTimeChart::oneLineAllowedIsShortened()
{
    const QString text = QStringLiteral("de 1000 a menos de 1500/µL");
    const QStringList lines = wrapToLines(text, fm(), fm().horizontalAdvance(text) / 2, 1);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().endsWith(kEllipsis));
}

void TestTimeChart::longWordIsShortenedNotSplit()
{
    const QString text = QStringLiteral("Neutropeniaprofundísima extra");
    const double width = fm().horizontalAdvance(QStringLiteral("Neutropenia"));
    const QStringList lines = wrapToLines(text, fm(), width, 2);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Neutrop")));
    QVERIFY(lines.first().endsWith(kEllipsis));
}

void TestTimeChart::emptyTextHasNoLine()
{
    QVERIFY(wrapToLines(QString(), fm(), 100, 2).isEmpty());
}

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"

// WrappedLabel answers heightForWidth() from its cache only while nothing it depends on changed:
// every answer equals QLabel's own, laid out afresh, through text, font, margin and style sheet
// changes, and over more widths than the cache keeps.

#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QTest>

using namespace nc;

namespace {

const QString kShort = QStringLiteral("Call your care team now.");
const QString kLong = QStringLiteral(
    "Your temperature is 38.3 °C or more. Call the number your care team gave you now, day or night, "
    "and say that you are on chemotherapy and have a fever. Do not take a painkiller first.");

// What QLabel itself answers for the label as it is now, laying the text out afresh: what the
// cache must always agree with.
int freshHeight(const WrappedLabel &label, int width)
{
    return label.QLabel::heightForWidth(width);
}

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapsAndHasHeightForWidth();
    void followsEveryChange();
    void manyWidthsStayCorrect();
    void selectableFromTheFirstPress();
};

void TestWrappedLabel::wrapsAndHasHeightForWidth()
{
    WrappedLabel label(kLong);
    QVERIFY(label.wordWrap());
    QVERIFY(label.hasHeightForWidth());
    QVERIFY(label.heightForWidth(150) > label.heightForWidth(600));
}

void TestWrappedLabel::followsEveryChange()
{
    WrappedLabel label(kShort);
    label.ensurePolished();
    const int width = 220;
    const int shortHeight = label.heightForWidth(width);
    QCOMPARE(shortHeight, freshHeight(label, width));
    QCOMPARE(label.heightForWidth(width), shortHeight); // asked again: the same

    label.setText(kLong);
    QVERIFY(label.heightForWidth(width) > shortHeight);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));

    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    const int before = label.heightForWidth(width);
    label.setFont(big);
    QVERIFY(label.heightForWidth(width) > before);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));

    label.setMargin(20);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));
    label.setContentsMargins(4, 30, 4, 30);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));

    // A style sheet changes the metrics without touching font(): the StyleChange clears the cache.
    const int unstyled = label.heightForWidth(width);
    label.setStyleSheet(QStringLiteral("QLabel { font-size: 40px; padding: 12px; }"));
    label.ensurePolished();
    QVERIFY(label.heightForWidth(width) != unstyled);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));

    label.setText(kShort);
    QCOMPARE(label.heightForWidth(width), freshHeight(label, width));
}

void TestWrappedLabel::manyWidthsStayCorrect()
{
    // More widths than the cache keeps (a window dragged for a while): every answer still right.
    WrappedLabel label(kLong);
    label.ensurePolished();
    for (int width = 80; width < 800; width += 7)
        QCOMPARE(label.heightForWidth(width), freshHeight(label, width));
    for (int width = 793; width >= 80; width -= 7)
        QCOMPARE(label.heightForWidth(width), freshHeight(label, width));
}

void TestWrappedLabel::selectableFromTheFirstPress()
{
    WrappedLabel label(kLong);
    label.setSelectableOnPress();
    label.resize(320, 200);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    // Nothing of a text editor's until it is wanted, but the cursor says the text can be selected.
    QVERIFY(!(label.textInteractionFlags() & Qt::TextSelectableByMouse));
    QCOMPARE(label.cursor().shape(), Qt::IBeamCursor);
    // The first press, a double click on the first word, selects it.
    const QPoint firstWord(label.contentsRect().left() + 8, label.contentsRect().top() + 8);
    QTest::mouseDClick(&label, Qt::LeftButton, {}, firstWord);
    QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(label.selectedText(), QStringLiteral("Your"));
}

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"

// The tinted line icons: drawn in the colour asked for, at the size a view asks for, and greyed
// out by the style when disabled.
#include "widgets/icons.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace nc;

namespace {

// The colour of the most common opaque pixel: the icon's strokes.
QColor strokeColour(const QPixmap &pm)
{
    const QImage image = pm.toImage().convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most)
            best = it.key(), most = it.value();
    return QColor::fromRgba(best);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawnInTheColourAsked();
    void drawnAtTheSizeAsked();
    void disabledIsGreyedOut();
    void unknownNameDrawsNothing();
    void appIconKeepsItsColours();
};

void TestIcons::drawnInTheColourAsked()
{
    const QIcon icon = icons::icon(QStringLiteral("today"), QColor(0xC0, 0x10, 0x20));
    QVERIFY(!icon.isNull());
    QCOMPARE(strokeColour(icon.pixmap(48)), QColor(0xC0, 0x10, 0x20));
    QCOMPARE(strokeColour(icons::pixmap(QStringLiteral("today"), Qt::blue, 48)), QColor(Qt::blue));
}

void TestIcons::drawnAtTheSizeAsked()
{
    const QIcon icon = icons::icon(QStringLiteral("history"), Qt::black);
    for (int size : { 16, 22, 37, 64 })
        QCOMPARE(icon.pixmap(QSize(size, size), 1.0).size(), QSize(size, size));
    const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0);
    QCOMPARE(sharp.size(), QSize(40, 40));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QVERIFY(icon.availableSizes().contains(QSize(24, 24)));
    // The same request twice gives the same pixels (drawn once, then cached).
    QCOMPARE(icon.pixmap(32).cacheKey(), icon.pixmap(32).cacheKey());
}

void TestIcons::disabledIsGreyedOut()
{
    const QIcon icon = icons::icon(QStringLiteral("settings"), QColor(0xC0, 0x10, 0x20));
    const QColor normal = strokeColour(icon.pixmap(48, QIcon::Normal));
    const QImage disabled = icon.pixmap(48, QIcon::Disabled).toImage();
    QVERIFY(!disabled.isNull());
    // Greyed out: no pixel keeps the strong red of the normal icon.
    for (int y = 0; y < disabled.height(); ++y)
        for (int x = 0; x < disabled.width(); ++x)
            QVERIFY(QColor::fromRgba(disabled.pixel(x, y)).rgb() != normal.rgb()
                || qAlpha(disabled.pixel(x, y)) == 0);
}

void TestIcons::unknownNameDrawsNothing()
{
    const QImage image = icons::icon(QStringLiteral("no-such-icon"), Qt::black).pixmap(24).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(qAlpha(image.pixel(x, y)), 0);
}

void TestIcons::appIconKeepsItsColours()
{
    const QIcon icon = icons::appIcon();
    QVERIFY(icon.availableSizes().contains(QSize(128, 128)));
    // Not tinted: the app icon has more than one colour of its own.
    const QImage image = icon.pixmap(128).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (qAlpha(image.pixel(x, y)) == 255)
                colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() >= 2, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

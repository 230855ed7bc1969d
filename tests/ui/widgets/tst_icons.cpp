// The tinted line icons: drawn in the colour asked for, at the size a view asks for, and greyed
// out by the style when disabled.
#include "app/session.h"
#include "storage/repositories.h"
#include "today/todayscreen.h"
#include "widgets/contrast.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    void logButtonIconsShowOnTheirButtons();
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

// Today's log buttons: each icon stands out from its own button (WCAG's 3:1 for a UI part), the
// primary, teal "Temperature" button's as much as the white ones' (it was drawn teal on teal).
void TestIcons::logButtonIconsShowOnTheirButtons()
{
    Theme::apply(*qApp, false);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("icons.sqlite"))));
    const qint64 patient = *PatientRepository(db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    Session session(db);
    session.setPatient(patient);
    TodayScreen today(session);
    QColor primaryBackground;
    QColor background;
    for (const auto &pair : Theme::textPairs()) {
        if (qstrcmp(pair.where, "primary buttons") == 0)
            primaryBackground = pair.background;
        if (qstrcmp(pair.where, "buttons") == 0)
            background = pair.background;
    }
    QVERIFY(primaryBackground.isValid() && background.isValid());
    const auto buttons = today.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^log_")));
    QCOMPARE(buttons.size(), 6);
    for (QPushButton *button : buttons) {
        const bool primary = button->property("primary").toBool();
        QCOMPARE(primary, button->objectName() == QLatin1String("log_temperature"));
        const QColor ink = strokeColour(button->icon().pixmap(48));
        const QColor under = primary ? primaryBackground : background;
        QVERIFY2(contrastRatio(ink, under) >= 3.0,
            qPrintable(
                QStringLiteral("%1: icon %2 on %3").arg(button->objectName(), ink.name(), under.name())));
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

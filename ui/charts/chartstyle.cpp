#include "chartstyle.h"

#include <QPalette>
#include <QWidget>

namespace nc::charts {

namespace {

constexpr double kBasePoints = 10.5; // the app's normal text size (ui/widgets/theme.cpp)

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

// One hue per meaning; deep on a light background, lighter on a dark one so contrast holds.
QColor tone(int hue, int saturation, bool dark)
{
    return QColor::fromHsl(hue, saturation, dark ? 175 : 85);
}

} // namespace

QColor ChartStyle::band(Severity severity) const
{
    int hue = 130;
    switch (severity) {
    case Severity::Normal:
        hue = 130;
        break;
    case Severity::Mild:
        hue = 55;
        break;
    case Severity::Moderate:
        hue = 35;
        break;
    case Severity::Severe:
        hue = 12;
        break;
    case Severity::Profound:
        hue = 350;
        break;
    }
    QColor c = QColor::fromHsl(hue, 150, dark ? 120 : 150);
    const int depth = int(severity); // deeper classes a little stronger
    c.setAlpha((dark ? 38 : 30) + depth * (dark ? 10 : 12));
    return c;
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = s.background.lightness() < s.text.lightness();
    s.subtleText = mix(s.text, s.background, 0.3);
    s.grid = mix(s.text, s.background, 0.86);
    s.reading = tone(200, 160, s.dark);
    s.alert = tone(2, 170, s.dark);
    s.sustained = tone(22, 190, s.dark);
    s.watch = tone(42, 200, s.dark);
    s.cold = tone(225, 170, s.dark);
    s.masked = tone(290, 110, s.dark);
    s.count = tone(205, 150, s.dark);
    s.baseline = tone(160, 120, s.dark);
    s.chemo = tone(265, 120, s.dark);
    s.gcsf = tone(140, 150, s.dark);
    s.nadir = tone(265, 60, s.dark);
    s.nadirFill = mix(s.nadir, s.background, 1 - (s.dark ? 40 : 28) / 255.0);
    s.font = font;
    s.scale = font.pointSizeF() > 0 ? font.pointSizeF() / kBasePoints : 1.0;
    s.smallFont = font;
    if (font.pointSizeF() > 0)
        s.smallFont.setPointSizeF(font.pointSizeF() * 0.92);
    s.titleFont = font;
    if (font.pointSizeF() > 0)
        s.titleFont.setPointSizeF(font.pointSizeF() * 1.2);
    s.titleFont.setWeight(QFont::DemiBold);
    return s;
}

ChartStyle ChartStyle::forWidget(const QWidget *widget)
{
    return fromPalette(widget->palette(), widget->font());
}

} // namespace nc::charts

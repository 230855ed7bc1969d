#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QApplication;

namespace nc {

// The app's look: a calm light palette, one stylesheet, and the large-text setting, which scales
// every font (and the stylesheet's sizes with it) so the whole interface grows together.
class Theme
{
public:
    static constexpr double kLargeTextScale = 1.35;

    static void apply(QApplication &app, bool largeText);
    static bool largeText();
    static double scale();
    // A point size scaled by the large-text factor, for widgets that set their own font size.
    static int points(double basePoints);

    // Every text colour the theme puts on a background, so a test can hold each pair to WCAG AA.
    struct TextPair
    {
        const char *where;
        QColor text;
        QColor background;
    };
    static QList<TextPair> textPairs();

    // The colour of the app's line icons beside text: the theme's teal, or, on a primary (teal) button,
    // that button's own text colour, so its icon shows rather than vanishing into the teal.
    enum class IconOn { Surface, PrimaryButton };
    static QColor iconColor(IconOn on = IconOn::Surface);

private:
    static QString styleSheet(double scale);
};

} // namespace nc

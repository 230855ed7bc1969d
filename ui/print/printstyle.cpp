#include "printstyle.h"

#include <QPaintDevice>

namespace nc::printstyle {

QString family()
{
    // The family the app's theme uses, shipped with every Debian desktop (fonts-dejavu-core).
    return QStringLiteral("DejaVu Sans");
}

QFont font(double points, QFont::Weight weight)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

double mm(const QPaintDevice &device, double millimetres)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace nc::printstyle

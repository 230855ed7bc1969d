#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

// The app's own line icons (resources/icons), drawn in any colour so an icon can follow the text
// colour of the palette or of a status card.
namespace nc::icons {

QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio = 1.0);
QIcon icon(const QString &name, const QColor &color);
// The app's own icon in its own colours, for window title bars and task bars.
QIcon appIcon();

} // namespace nc::icons

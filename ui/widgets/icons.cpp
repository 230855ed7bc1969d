#include "icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace nc::icons {

namespace {
QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *it;
}
} // namespace

QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    QByteArray svg = svgSource(name);
    svg.replace("#000000", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    renderer.render(&painter);
    painter.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon icon(const QString &name, const QColor &color)
{
    QIcon result;
    for (int size : {16, 24, 32, 48, 64})
        result.addPixmap(pixmap(name, color, size));
    return result;
}

} // namespace nc::icons

#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
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

// Icons that point along the reading direction: in a right-to-left window "back" points right.
// Everything else (a phone handset, a thermometer) keeps its shape.
bool mirrored(const QString &name)
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft
        && (name == QLatin1String("back") || name == QLatin1String("forward"));
}

// Draws an icon with its black strokes in `color`; an invalid colour keeps the icon's own colours.
QPixmap render(const QString &name, const QColor &color, const QSize &pixels)
{
    QByteArray svg = svgSource(name);
    if (color.isValid())
        svg.replace("#000000", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QPixmap pm(pixels);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    renderer.render(&painter);
    painter.end();
    if (mirrored(name))
        return QPixmap::fromImage(pm.toImage().mirrored(true, false));
    return pm;
}

// Draws a tinted icon at the size a view asks for, when it asks. Rendering every size up front
// cost start-up about 20 ms for the navigation list and Today alone (docs/performance.md); most
// icons are only ever shown at one size, and some never.
class TintedIconEngine : public QIconEngine
{
public:
    TintedIconEngine(const QString &name, const QColor &color)
        : m_name(name)
        , m_color(color)
    { }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const QString key = QStringLiteral("nc-icon:%1:%2:%3x%4:%5:%6")
                                .arg(m_name, m_color.name(QColor::HexArgb))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(mirrored(m_name));
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = render(m_name, m_color, size);
        if (mode == QIcon::Disabled || mode == QIcon::Selected) {
            // As QIcon does for pixmaps it was given: the style greys out or highlights them.
            QStyleOption option;
            option.palette = QApplication::palette();
            pm = QApplication::style()->generatedIconPixmap(mode, pm, &option);
        }
        QPixmapCache::insert(key, pm);
        return pm;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return { { 16, 16 }, { 24, 24 }, { 32, 32 }, { 48, 48 }, { 64, 64 } };
    }

    QString key() const override { return QStringLiteral("nc-tinted-svg"); }
    QIconEngine *clone() const override { return new TintedIconEngine(m_name, m_color); }

private:
    QString m_name;
    QColor m_color;
};
} // namespace

QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pm = render(name, color, QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon icon(const QString &name, const QColor &color)
{
    return QIcon(new TintedIconEngine(name, color));
}

QIcon appIcon()
{
    // Drawn here rather than by QIcon(":/icons/app.svg"), which loads the SVG icon-engine plug-in
    // during start-up; the two sizes cover title bars and task bars, and Qt scales between them.
    QIcon result;
    for (int size : { 32, 128 })
        result.addPixmap(render(QStringLiteral("app"), QColor(), QSize(size, size)));
    return result;
}

} // namespace nc::icons

#include "chartrenderer.h"

#include "ancchart.h"
#include "exchange/savefile.h"
#include "temperaturechart.h"

#include <QBuffer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgGenerator>

namespace nc::charts {

namespace {

// Lays a chart out at `rect` in its own scene and paints it: explanations under, the chart
// library's axes and series, explanations over.
void paintChart(QPainter *painter, TimeChart *chart, const QRectF &rect,
    std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setVectorMarkers(painter->paintEngine()->type() != QPaintEngine::Raster);
    chart->setChartStyle(style);
    chart->setChartData(std::move(data));
    chart->setTimeRange(range);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    chart->layout()->activate();

    painter->save();
    painter->translate(rect.topLeft());
    chart->paintUnder(painter);
    const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, chart->smoothLines());
    scene.render(painter, QRectF(QPointF(0, 0), rect.size()), QRectF(QPointF(0, 0), rect.size()));
    painter->setRenderHint(QPainter::Antialiasing, smooth);
    chart->paintOver(painter);
    painter->restore();
}

} // namespace

void ChartRenderer::render(QPainter *painter, const QRectF &target, std::shared_ptr<const ChartData> data,
    const TimeRange &range, const ChartStyle &style)
{
    const double split = std::round(target.height() * kTemperatureShare);
    paintChart(painter, new TemperatureChart, QRectF(target.topLeft(), QSizeF(target.width(), split)), data,
        range, style);
    paintChart(painter, new AncChart,
        QRectF(target.left(), target.top() + split, target.width(), target.height() - split), data, range,
        style);
}

void ChartRenderer::renderTemperature(QPainter *painter, const QRectF &target,
    std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style)
{
    paintChart(painter, new TemperatureChart, target, std::move(data), range, style);
}

void ChartRenderer::renderAnc(QPainter *painter, const QRectF &target, std::shared_ptr<const ChartData> data,
    const TimeRange &range, const ChartStyle &style)
{
    paintChart(painter, new AncChart, target, std::move(data), range, style);
}

QImage ChartRenderer::image(
    const QSize &size, std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), size), std::move(data), range, style);
    return image;
}

std::optional<QString> ChartRenderer::savePng(const QString &path, const QSize &size,
    std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style)
{
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image(size, std::move(data), range, style).save(&png, "PNG"))
        return tr("Could not write the picture to %1.").arg(path);
    if (const auto error = saveFile(path, png.data()))
        return tr("Could not write %1: %2").arg(path, *error);
    return std::nullopt;
}

std::optional<QString> ChartRenderer::saveSvg(const QString &path, const QSize &size,
    std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("NeutroCare charts"));
        svg.setDescription(
            tr("Temperature and blood count from %1 to %2")
                .arg(range.from.date().toString(Qt::ISODate), range.to.date().toString(Qt::ISODate)));
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), size), style.background);
        render(&painter, QRectF(QPointF(0, 0), size), std::move(data), range, style);
    }
    if (const auto error = saveFile(path, buffer.data()))
        return tr("Could not write %1: %2").arg(path, *error);
    return std::nullopt;
}

} // namespace nc::charts

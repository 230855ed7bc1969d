#include "reportcharts.h"

#include "charts/chartrenderer.h"
#include "printstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace nc {

namespace {

// Charts lay themselves out in screen pixels: draw them at this resolution, scaled to the page.
constexpr double kChartDpi = 96;
constexpr double kChartPoints = 7.5;

// Fonts in pixels of the chart's own 96 dpi: a point size would be resolved against the printer's
// resolution and then scaled up again with the chart.
QFont chartFont(double points, QFont::Weight weight = QFont::Normal)
{
    QFont f = printstyle::font(points, weight);
    f.setPixelSize(qRound(points * kChartDpi / 72));
    return f;
}

charts::ChartStyle printStyle()
{
    // Paper is white whatever the desktop's theme.
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, printstyle::kInk);
    palette.setColor(QPalette::WindowText, printstyle::kInk);
    charts::ChartStyle style = charts::ChartStyle::fromPalette(palette, printstyle::font(kChartPoints));
    style.font = chartFont(kChartPoints);
    style.smallFont = chartFont(kChartPoints * 0.92);
    style.titleFont = chartFont(kChartPoints * 1.2, QFont::DemiBold);
    return style;
}

constexpr int kPartProperty = QTextFormat::UserProperty + 1;

ReportCharts::Part partOf(const QTextFormat &format)
{
    return ReportCharts::Part(format.intProperty(kPartProperty));
}

double deviceDpi(const QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() : kChartDpi;
}

} // namespace

ReportCharts::ReportCharts(
    std::shared_ptr<const charts::ChartData> data, charts::TimeRange range, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_range(std::move(range))
{ }

void ReportCharts::insert(QTextCursor &cursor, Part part)
{
    cursor.document()->documentLayout()->registerHandler(kObjectType, this);
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kPartProperty, int(part));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const double width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    const double heightMm = partOf(format) == Part::Temperature ? kTemperatureHeightMm : kAncHeightMm;
    return QSizeF(width, heightMm * deviceDpi(doc) / 25.4);
}

void ReportCharts::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format)
{
    // A chart moves whole to the next page, so it belongs to the page its top is on: drawn on no
    // other. Its top can sit exactly on the boundary of the page before, where rounding makes
    // the rectangles touch; and the chart library replaces the clip while it paints, so a chart
    // drawn there would run over that page's footer.
    if (painter->hasClipping()) {
        const QRectF page = painter->clipBoundingRect();
        if (rect.top() < page.top() - 1 || rect.top() >= page.bottom() - 1)
            return;
    }
    const double scale = deviceDpi(doc) / kChartDpi;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    const QRectF target(0, 0, rect.width() / scale, rect.height() / scale);
    if (partOf(format) == Part::Temperature)
        charts::ChartRenderer::renderTemperature(painter, target, m_data, m_range, printStyle());
    else
        charts::ChartRenderer::renderAnc(painter, target, m_data, m_range, printStyle());
    painter->restore();
}

} // namespace nc

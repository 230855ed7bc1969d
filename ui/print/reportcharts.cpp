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

void ReportCharts::insert(QTextCursor &cursor)
{
    cursor.document()->documentLayout()->registerHandler(kObjectType, this);
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    const double width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    return QSizeF(width, kHeightMm * deviceDpi(doc) / 25.4);
}

void ReportCharts::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &)
{
    // The chart library sets its own clip while it paints: draw only on the page that shows the
    // object, never over another page's footer.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const double scale = deviceDpi(doc) / kChartDpi;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    charts::ChartRenderer::render(
        painter, QRectF(0, 0, rect.width() / scale, rect.height() / scale), m_data, m_range, printStyle());
    painter->restore();
}

} // namespace nc

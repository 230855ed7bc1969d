#include "reportcharts.h"

#include "charts/chartrenderer.h"
#include "printstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

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
constexpr int kHeightProperty = QTextFormat::UserProperty + 2; // in device units, when fitted

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
    if (format.hasProperty(kHeightProperty))
        return QSizeF(width, format.doubleProperty(kHeightProperty));
    const double heightMm = partOf(format) == Part::Temperature ? kTemperatureHeightMm : kAncHeightMm;
    return QSizeF(width, heightMm * deviceDpi(doc) / 25.4);
}

bool ReportCharts::fitTemperatureChart(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](double y) { return int(std::floor(y / pageHeight)); };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (format.objectType() != kObjectType || partOf(format) != Part::Temperature
                || !block.previous().isValid())
                continue;
            const double textEnd = layout->blockBoundingRect(block.previous()).bottom();
            const int page = pageOf(textEnd);
            if (pageOf(layout->blockBoundingRect(block).bottom() - 1) == page)
                return false; // it stands where the text before it ends
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            // Measured on the laid-out document and corrected: the space left, less the block's
            // margins and the table's below the text before it.
            const double unit = deviceDpi(&document) / 25.4;
            for (double height = (page + 1) * pageHeight - textEnd - 6 * unit;
                 height >= kMinTemperatureHeightMm * unit; height -= 3 * unit) {
                format.setProperty(kHeightProperty, height);
                cursor.setCharFormat(format);
                // The incremental relayout of a paginated document with tables leaves later
                // blocks at stale positions: lay it all out again.
                document.markContentsDirty(0, document.characterCount());
                if (pageOf(layout->blockBoundingRect(block).bottom() - 1) == page)
                    return true;
            }
            format.clearProperty(kHeightProperty);
            cursor.setCharFormat(format);
            document.markContentsDirty(0, document.characterCount());
            return false;
        }
    }
    return false;
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

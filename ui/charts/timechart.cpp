#include "timechart.h"

#include "clinical/bidi.h"

#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QHash>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <algorithm>
#include <cmath>

namespace nc::charts {

namespace {

QDateTime startOf(const QDate &date, const QDateTime &like)
{
    return date.startOfDay(Qt::OffsetFromUTC, like.offsetFromUtc());
}

struct TimeTicks
{
    QList<QDateTime> ticks;
    QString format;
};

// Ticks on whole hours, days, weeks or months, spaced so their labels never touch.
TimeTicks timeTicks(const TimeRange &range, double width, double minSpacing)
{
    TimeTicks result;
    if (!range.isValid() || width <= 0)
        return result;
    const double msPerPixel = double(range.toMs() - range.fromMs()) / width;
    const qint64 hour = 3600 * 1000;
    const qint64 steps[] = { 3 * hour, 6 * hour, 12 * hour, 24 * hour, 48 * hour, 7 * 24 * hour,
        14 * 24 * hour, 28 * 24 * hour };
    qint64 step = 0;
    for (qint64 s : steps) {
        if (double(s) / msPerPixel >= minSpacing) {
            step = s;
            break;
        }
    }
    const QDateTime dayStart = startOf(range.from.date(), range.from);
    if (step == 0) {
        // Months: the first of each month.
        const int monthsPerTick = std::max(1, int(std::ceil(minSpacing * msPerPixel / (30.4 * 24 * hour))));
        QDate d(range.from.date().year(), range.from.date().month(), 1);
        for (; startOf(d, range.from) <= range.to; d = d.addMonths(monthsPerTick)) {
            if (startOf(d, range.from) >= range.from)
                result.ticks.append(startOf(d, range.from));
        }
        result.format = QStringLiteral("MMM yyyy");
        return result;
    }
    for (QDateTime t = dayStart; t <= range.to; t = t.addMSecs(step)) {
        if (t >= range.from)
            result.ticks.append(t);
    }
    result.format = step < 24 * hour ? QStringLiteral("HH:mm")
        : step < 7 * 24 * hour       ? QStringLiteral("ddd d MMM")
                                     : QStringLiteral("d MMM");
    return result;
}

// Diagonal hatching drawn as lines (pattern brushes do not survive SVG export), cut to the
// rectangle by arithmetic rather than clipping, in one call: a long history has many windows.
void hatch(QPainter *painter, const QRectF &rect, const QColor &color, double spacing)
{
    if (rect.width() < spacing)
        return; // too narrow for the pattern to be seen; the fill says it
    const double h = rect.height();
    QList<QLineF> lines;
    for (double x0 = rect.left() - h; x0 < rect.right(); x0 += spacing) {
        const double from = std::max(0.0, rect.left() - x0);
        const double to = std::min(h, rect.right() - x0);
        if (from < to)
            lines.append(QLineF(x0 + from, rect.bottom() - from, x0 + to, rect.bottom() - to));
    }
    painter->save();
    painter->setPen(QPen(color, 1));
    painter->drawLines(lines);
    painter->restore();
}

} // namespace

QStringList wrapToLines(const QString &text, const QFontMetricsF &fm, double width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QString rest = text.simplified();
    while (lines.size() < maxLines - 1 && fm.horizontalAdvance(rest) > width) {
        // The longest run of whole words that fits; a single word too long stays whole.
        qsizetype cut = -1;
        for (qsizetype at = rest.indexOf(QLatin1Char(' ')); at > 0;
             at = rest.indexOf(QLatin1Char(' '), at + 1)) {
            if (fm.horizontalAdvance(rest.left(at)) > width)
                break;
            cut = at;
        }
        if (cut <= 0)
            break;
        lines.append(rest.left(cut));
        rest = rest.mid(cut + 1);
    }
    lines.append(fm.elidedText(rest, Qt::ElideRight, width));
    return lines;
}

TimeChart::TimeChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setBackgroundVisible(false);
    setPlotAreaBackgroundVisible(false);
    setDropShadowEnabled(false);
    setAnimationOptions(QChart::NoAnimation);
    legend()->setVisible(false);
    setMargins(QMargins(0, 0, 0, 0));
    setBackgroundRoundness(0);

    // The library's time axis only maps values; ticks and labels on whole days are drawn here.
    m_timeAxis = new QDateTimeAxis(this);
    m_timeAxis->setLabelsVisible(false);
    m_timeAxis->setGridLineVisible(false);
    m_timeAxis->setLineVisible(false);
    m_timeAxis->setMinorGridLineVisible(false);
    m_timeAxis->setTitleVisible(false);
    addAxis(m_timeAxis, Qt::AlignBottom);
}

void TimeChart::setChartData(std::shared_ptr<const ChartData> data)
{
    m_data = std::move(data);
    refresh();
}

void TimeChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    refresh();
}

void TimeChart::setVectorMarkers(bool vector)
{
    if (vector == m_vectorMarkers)
        return;
    m_vectorMarkers = vector;
    refresh();
}

void TimeChart::setTimeRange(const TimeRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    refresh();
}

void TimeChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    refresh();
}

namespace {
constexpr double kAxisMargin = 86;
constexpr double kLabelMargin = 220;
} // namespace

Qt::Alignment TimeChart::valueAxisSide()
{
    return bidi::rightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
}

double TimeChart::leftMargin() const
{
    return (bidi::rightToLeft() ? kLabelMargin : kAxisMargin) * m_style.scale;
}

double TimeChart::rightMargin() const
{
    return (bidi::rightToLeft() ? kAxisMargin : kLabelMargin) * m_style.scale;
}

void TimeChart::refresh()
{
    const QSizeF area = size();
    if (!m_data || !m_range.isValid() || area.width() < 50 || area.height() < 50)
        return;
    const double plotWidth = std::max(10.0, area.width() - leftMargin() - rightMargin());
    // Empty the series first: each axis or plot-area change makes the library recompute every
    // series' geometry, which is cheap only while they hold no points.
    for (QAbstractSeries *s : series())
        static_cast<QXYSeries *>(s)->clear();
    m_timeAxis->setRange(m_range.from, m_range.to);
    rebuild(plotWidth);
    legendLayout(area.width(), &m_headerHeight);
    const double bottom = QFontMetricsF(m_style.font).height() * 1.8 + 6 * m_style.scale;
    m_laneHeight = QFontMetricsF(m_style.smallFont).height() + 10 * m_style.scale;
    const double top = m_headerHeight + m_laneHeight;
    m_plot = QRectF(leftMargin(), top, plotWidth, std::max(10.0, area.height() - top - bottom));
    setPlotArea(m_plot);
    showAxes(!isEmpty());
    if (layout())
        layout()->activate();
    fillSeries(plotWidth);
    update();
}

bool TimeChart::smoothLines() const
{
    // A line denser than the pixels is an envelope of each column: antialiasing adds nothing
    // there but costs the most of the drawing.
    return drawnPointCount() <= m_plot.width();
}

void TimeChart::attach(QXYSeries *series, QAbstractAxis *valueAxis)
{
    addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(valueAxis);
}

void TimeChart::showAxes(bool visible)
{
    if (!m_valueAxis)
        return;
    m_valueAxis->setLabelsVisible(visible);
    m_valueAxis->setGridLineVisible(visible);
    m_valueAxis->setTitleVisible(visible);
    m_valueAxis->setLineVisible(false);
    m_valueAxis->setLabelsColor(m_style.text);
    m_valueAxis->setLabelsFont(m_style.font);
    m_valueAxis->setTitleFont(m_style.font);
    m_valueAxis->setTitleBrush(m_style.subtleText);
    m_valueAxis->setGridLineColor(m_style.grid);
    m_valueAxis->setMinorGridLineVisible(false);
    for (QAbstractSeries *s : series())
        s->setVisible(visible);
}

double TimeChart::xFor(const QDateTime &time) const
{
    const double span = double(m_range.toMs() - m_range.fromMs());
    return m_plot.left() + double(time.toMSecsSinceEpoch() - m_range.fromMs()) / span * m_plot.width();
}

QDateTime TimeChart::timeAt(double x) const
{
    const double span = double(m_range.toMs() - m_range.fromMs());
    return m_range.from.addMSecs(qint64((x - m_plot.left()) / m_plot.width() * span));
}

void TimeChart::setMarker(
    QScatterSeries *series, const QColor &fill, const QColor &border, double size, bool hollow) const
{
    // The same circle either way: its outline a tenth of the marker wide, a sixth when hollow.
    const double outlineShare = hollow ? 0.16 : 0.1;
    const QBrush inside = hollow ? QBrush(Qt::NoBrush) : QBrush(fill);
    if (m_vectorMarkers) {
        const double outline = size * outlineShare;
        series->setLightMarker(QImage());
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setPen(QPen(border, outline));
        series->setBrush(inside);
        series->setMarkerSize(size - outline - 1);
        return;
    }
    // Light markers are painted as images by the series itself: no graphics item per point. The
    // picture has twice the marker's pixels, so it stays sharp on a high-density screen.
    const int px = int(std::ceil(size * 2));
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double pen = px * outlineShare;
    p.setPen(QPen(border, pen));
    p.setBrush(inside);
    p.drawEllipse(QRectF(pen / 2 + 1, pen / 2 + 1, px - pen - 2, px - pen - 2));
    p.end();
    series->setLightMarker(image);
    series->setMarkerSize(size);
    series->setColor(fill);
}

QList<LegendEntry> TimeChart::overlayLegend() const
{
    QList<LegendEntry> entries;
    if (!m_overlay.chemotherapy.isEmpty())
        entries.append({ LegendEntry::Glyph::Line, m_style.chemo, tr("Chemotherapy dose") });
    if (!m_overlay.gcsf.isEmpty())
        entries.append({ LegendEntry::Glyph::Triangle, m_style.gcsf, tr("G-CSF injection") });
    if (!m_overlay.nadirWindows.isEmpty())
        entries.append(
            { LegendEntry::Glyph::Hatch, m_style.nadir, tr("Predicted low-count days (not a blood count)") });
    return entries;
}

QList<QRectF> TimeChart::legendLayout(double width, double *height) const
{
    const QFontMetricsF title(m_style.titleFont);
    const QFontMetricsF fm(m_style.font);
    const double pad = 10 * m_style.scale;
    const double gap = 22 * m_style.scale;
    const double glyph = fm.height();
    QList<QRectF> rects;
    double x = pad;
    double y = pad;
    const double lineHeight = std::max(title.height(), fm.height()) + 6 * m_style.scale;
    rects.append(QRectF(x, y, title.horizontalAdvance(this->title()), lineHeight));
    x += rects.last().width() + gap * 1.5;
    if (!isEmpty()) {
        for (const auto &entry : legendEntries()) {
            const double w = glyph + 6 * m_style.scale + fm.horizontalAdvance(entry.text);
            if (x + w > width - pad && x > pad) {
                x = kAxisMargin * m_style.scale;
                y += lineHeight;
            }
            rects.append(QRectF(x, y, w, lineHeight));
            x += w + gap;
        }
    }
    if (height)
        *height = y + lineHeight + pad;
    if (bidi::rightToLeft()) {
        for (QRectF &r : rects)
            r.moveLeft(width - r.right());
    }
    return rects;
}

void TimeChart::drawGlyph(QPainter *painter, const QRectF &box, const LegendEntry &entry) const
{
    painter->save();
    const QRectF r
        = box.adjusted(box.width() * 0.15, box.height() * 0.15, -box.width() * 0.15, -box.height() * 0.15);
    const double w = 2 * m_style.scale;
    switch (entry.glyph) {
    case LegendEntry::Glyph::Dot:
        painter->setPen(QPen(m_style.background, 1));
        painter->setBrush(entry.color);
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case LegendEntry::Glyph::Ring:
        painter->setPen(QPen(entry.color, w));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r.adjusted(w, w, -w, -w));
        break;
    case LegendEntry::Glyph::Line:
    case LegendEntry::Glyph::DashedLine: {
        QPen pen(entry.color, w);
        if (entry.glyph == LegendEntry::Glyph::DashedLine)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        if (entry.glyph == LegendEntry::Glyph::DashedLine)
            painter->drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        else
            painter->drawLine(
                QPointF(box.center().x(), box.top() + 1), QPointF(box.center().x(), box.bottom() - 1));
        break;
    }
    case LegendEntry::Glyph::Square:
        painter->setPen(QPen(entry.color.darker(120), 1));
        painter->setBrush(entry.color);
        painter->drawRect(r);
        break;
    case LegendEntry::Glyph::Hatch: {
        QColor fill = entry.color;
        fill.setAlpha(60);
        painter->setPen(QPen(entry.color, 1));
        painter->setBrush(fill);
        painter->drawRect(r);
        hatch(painter, r, entry.color, 4 * m_style.scale);
        break;
    }
    case LegendEntry::Glyph::Triangle: {
        QPainterPath path;
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(entry.color);
        painter->drawPath(path);
        break;
    }
    }
    painter->restore();
}

QRectF TimeChart::drawTag(QPainter *painter, const QPointF &anchor, Qt::Alignment align, const QString &text,
    const QColor &color, const QFont &font, QList<QRectF> *taken) const
{
    const QFontMetricsF fm(font);
    const double pad = 4 * m_style.scale;
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, 10000, 10000), Qt::AlignLeft | Qt::AlignTop, text);
    QRectF box(0, 0, textRect.width() + 2 * pad, textRect.height() + pad);
    if (align & Qt::AlignRight)
        box.moveRight(anchor.x());
    else if (align & Qt::AlignHCenter)
        box.moveLeft(anchor.x() - box.width() / 2);
    else
        box.moveLeft(anchor.x());
    if (align & Qt::AlignBottom)
        box.moveBottom(anchor.y());
    else if (align & Qt::AlignVCenter)
        box.moveTop(anchor.y() - box.height() / 2);
    else
        box.moveTop(anchor.y());
    if (taken) {
        for (const QRectF &other : std::as_const(*taken)) {
            if (other.intersects(box))
                return {};
        }
        taken->append(box);
    }
    painter->save();
    QColor fill = m_style.background;
    fill.setAlpha(225);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 3 * m_style.scale, 3 * m_style.scale);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box.adjusted(pad, pad / 2, -pad, 0), Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
    return box;
}

void TimeChart::paintUnder(QPainter *painter) const
{
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), size()), m_style.background);
    if (m_plot.isEmpty() || isEmpty()) {
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(m_plot);
    paintOverlayUnder(painter);
    paintPlotUnder(painter);
    paintTimeAxis(painter, false);
    // Treatment labels go under the series: a reading is never hidden behind a label.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    QList<QRectF> taken;
    paintOverlayLabels(painter, taken);
    painter->setClipping(false);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(m_style.grid, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_plot);
    painter->restore();
}

void TimeChart::paintOver(QPainter *painter) const
{
    if (m_plot.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Header: the title, then the legend in words.
    const QList<QRectF> rects = legendLayout(size().width(), nullptr);
    painter->setFont(m_style.titleFont);
    painter->setPen(m_style.text);
    const bool rtl = bidi::rightToLeft();
    const Qt::Alignment start = rtl ? Qt::AlignRight : Qt::AlignLeft;
    painter->drawText(rects.first(), start | Qt::AlignVCenter, title());
    if (isEmpty()) {
        QRectF box = m_plot.adjusted(0, 0, 0, 0);
        painter->setPen(QPen(m_style.grid, 1.5 * m_style.scale, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 8 * m_style.scale, 8 * m_style.scale);
        QFont font = m_style.font;
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter->setFont(font);
        painter->setPen(m_style.subtleText);
        painter->drawText(box.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        painter->restore();
        return;
    }
    const QList<LegendEntry> entries = legendEntries();
    const QFontMetricsF fm(m_style.font);
    painter->setFont(m_style.font);
    for (int i = 0; i < entries.size() && i + 1 < rects.size(); ++i) {
        const QRectF r = rects[i + 1];
        const double g = fm.height();
        const double glyphLeft = rtl ? r.right() - g : r.left();
        drawGlyph(painter, QRectF(glyphLeft, r.center().y() - g / 2, g, g), entries[i]);
        painter->setPen(m_style.text);
        const double textLeft = rtl ? r.left() : r.left() + g + 6 * m_style.scale;
        painter->drawText(QRectF(textLeft, r.top(), r.width() - g - 6 * m_style.scale, r.height()),
            start | Qt::AlignVCenter, entries[i].text);
    }

    paintTimeAxis(painter, true);
    paintLane(painter);
    painter->save();
    painter->setClipRect(
        m_plot.adjusted(-12 * m_style.scale, -12 * m_style.scale, 12 * m_style.scale, 12 * m_style.scale));
    paintPlotOver(painter);
    painter->restore();
    paintMarginLabels(painter);
    painter->restore();
}

void TimeChart::paintTimeAxis(QPainter *painter, bool labels) const
{
    const QFontMetricsF fm(m_style.font);
    const double minSpacing = fm.horizontalAdvance(QStringLiteral("Wed 28 Sep")) + 28 * m_style.scale;
    const TimeTicks ticks = timeTicks(m_range, m_plot.width(), minSpacing);
    if (!labels) {
        painter->setPen(QPen(m_style.grid, 1));
        for (const QDateTime &t : ticks.ticks) {
            const double x = std::round(xFor(t)) + 0.5;
            painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        }
        return;
    }
    painter->setFont(m_style.font);
    painter->setPen(m_style.text);
    for (const QDateTime &t : ticks.ticks) {
        const double x = xFor(t);
        QString text = QLocale().toString(t, ticks.format);
        if (ticks.format == QLatin1String("HH:mm") && t.time() == QTime(0, 0))
            text = QLocale().toString(t, QStringLiteral("ddd d MMM"));
        const double w = fm.horizontalAdvance(text);
        painter->drawLine(QPointF(x, m_plot.bottom()), QPointF(x, m_plot.bottom() + 4 * m_style.scale));
        painter->drawText(QRectF(x - w / 2 - 2, m_plot.bottom() + 6 * m_style.scale, w + 4, fm.height()),
            Qt::AlignCenter, text);
    }
}

void TimeChart::paintOverlayUnder(QPainter *painter) const
{
    // Opaque shading straight on the plot's background: the raster engine's fast path, which
    // matters with the hundred-odd windows of a ten-year history.
    for (const auto &shade : m_overlay.nadirWindows) {
        const double x1 = xFor(startOf(shade.start, m_range.from));
        const double x2 = xFor(startOf(shade.end.addDays(1), m_range.from));
        const QRectF r(QPointF(x1, m_plot.top()), QPointF(x2, m_plot.bottom()));
        painter->fillRect(r, m_style.nadirFill);
        QColor lines = m_style.nadir;
        lines.setAlpha(m_style.dark ? 70 : 60);
        hatch(painter, r, lines, 9 * m_style.scale);
    }
    painter->setPen(QPen(m_style.chemo, 2 * m_style.scale));
    for (const auto &dose : m_overlay.chemotherapy) {
        const double x = xFor(startOf(dose.date, m_range.from));
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    }
}

void TimeChart::paintLane(QPainter *painter) const
{
    // A lane of its own above the plot: treatment labels never cover a reading.
    const QFontMetricsF fm(m_style.smallFont);
    const double pad = 4 * m_style.scale;
    const double top = m_plot.top() - m_laneHeight;
    const double baseline = m_plot.top() - 2 * m_style.scale;
    QList<QRectF> taken;
    QHash<QString, double> widths;
    // The first candidate text that fits at x, or just after a label already there.
    auto place = [&](double x, const QStringList &candidates,
                     double right) -> std::optional<std::pair<QRectF, QString>> {
        for (const QString &text : candidates) {
            auto width = widths.find(text);
            if (width == widths.end()) // a long history repeats the same few labels
                width = widths.insert(text, fm.horizontalAdvance(text));
            QRectF box(x, top, *width + 2 * pad, m_laneHeight - 3 * m_style.scale);
            for (int attempt = 0; attempt < 2 && box.right() <= right; ++attempt) {
                auto blocker = std::find_if(
                    taken.begin(), taken.end(), [&](const QRectF &o) { return o.intersects(box); });
                if (blocker == taken.end()) {
                    taken.append(box);
                    return std::make_pair(box, text);
                }
                box.moveLeft(blocker->right() + pad);
            }
        }
        return std::nullopt;
    };
    painter->setFont(m_style.smallFont);
    const double right = m_plot.right();
    for (const auto &dose : m_overlay.chemotherapy) {
        const double x = xFor(startOf(dose.date, m_range.from));
        if (x < m_plot.left() - 1 || x > m_plot.right())
            continue;
        painter->setPen(QPen(m_style.chemo, 2 * m_style.scale));
        painter->drawLine(QPointF(x, top + pad), QPointF(x, m_plot.top()));
        const QStringList texts = dose.label.isEmpty()
            ? QStringList { tr("Chemo") }
            : QStringList { tr("Chemo: %1").arg(dose.label), tr("Chemo") };
        if (auto placed = place(x, texts, right)) {
            painter->setPen(m_style.chemo);
            painter->drawText(
                placed->first.adjusted(pad, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, placed->second);
        }
    }
    for (const auto &shade : m_overlay.nadirWindows) {
        const double x1 = std::max(m_plot.left(), xFor(startOf(shade.start, m_range.from)));
        const double x2 = std::min(m_plot.right(), xFor(startOf(shade.end.addDays(1), m_range.from)));
        if (x2 - x1 < 2)
            continue;
        auto placed = place(x1, { shade.label, shade.shortLabel }, right);
        if (!placed)
            continue;
        // A bracket ties the label to the days it names.
        QColor bracket = m_style.nadir;
        painter->setPen(QPen(bracket, 2 * m_style.scale));
        painter->drawLine(QPointF(x1, baseline), QPointF(x2, baseline));
        painter->drawLine(QPointF(x1, baseline), QPointF(x1, baseline - 4 * m_style.scale));
        painter->drawLine(QPointF(x2, baseline), QPointF(x2, baseline - 4 * m_style.scale));
        painter->setPen(m_style.chemo);
        painter->drawText(placed->first.adjusted(pad, 0, 0, -3 * m_style.scale),
            Qt::AlignLeft | Qt::AlignVCenter, placed->second);
    }
}

void TimeChart::paintOverlayLabels(QPainter *painter, QList<QRectF> &taken) const
{
    const double t = 11 * m_style.scale;
    for (const auto &dose : m_overlay.gcsf) {
        const double x = xFor(startOf(dose.date, m_range.from).addSecs(12 * 3600));
        if (x < m_plot.left() || x > m_plot.right())
            continue;
        QPainterPath path;
        path.moveTo(x, m_plot.bottom() - t - 2);
        path.lineTo(x + t * 0.6, m_plot.bottom() - 2);
        path.lineTo(x - t * 0.6, m_plot.bottom() - 2);
        path.closeSubpath();
        painter->setPen(QPen(m_style.background, 1));
        painter->setBrush(m_style.gcsf);
        painter->drawPath(path);
        drawTag(painter, QPointF(x, m_plot.bottom() - t - 4), Qt::AlignHCenter | Qt::AlignBottom, dose.label,
            m_style.gcsf, m_style.smallFont, &taken);
    }
}

void TimeChart::paintMarginLabels(QPainter *painter) const
{
    QList<MarginLabel> labels = marginLabels();
    std::sort(
        labels.begin(), labels.end(), [](const MarginLabel &a, const MarginLabel &b) { return a.y < b.y; });
    const QFontMetricsF fm(m_style.font);
    const QFontMetricsF small(m_style.smallFont);
    const double gap = 4 * m_style.scale;
    const double glyph = fm.height();
    // The margin beside the plot: on its right, or on its left in a right-to-left language, with
    // each label's glyph next to the plot and its words beyond.
    const bool rtl = bidi::rightToLeft();
    const Qt::Alignment start = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const double edge = rtl ? m_plot.left() : m_plot.right();
    const double left = rtl ? edge - 14 * m_style.scale - glyph : edge + 14 * m_style.scale;
    const double textWidth = (rtl ? m_plot.left() : size().width() - m_plot.right()) - 14 * m_style.scale
        - glyph - 12 * m_style.scale;
    const double textLeft = rtl ? left - 6 * m_style.scale - textWidth : left + glyph + 6 * m_style.scale;

    // A detail too long for the margin ("de 1000 a menos de 1500/µL") takes a second line while the
    // labels still fit the plot's height; only beyond that is it shortened.
    QList<QStringList> details;
    for (const auto &l : labels)
        details.append(wrapToLines(l.detail, small, textWidth, 2));
    auto heightOf = [&](qsizetype i) { return fm.height() + details[i].size() * small.height() + gap; };
    double needed = 0;
    for (qsizetype i = 0; i < labels.size(); ++i)
        needed += heightOf(i) + gap;
    if (needed > m_plot.height()) {
        for (qsizetype i = 0; i < labels.size(); ++i)
            details[i] = wrapToLines(labels[i].detail, small, textWidth, 1);
    }

    // Stack the labels so none overlaps, as near as possible to the height they name.
    QList<double> tops;
    double next = m_plot.top();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const double top = std::max(next, labels[i].y - fm.height() / 2);
        tops.append(top);
        next = top + heightOf(i) + gap;
    }
    double limit = m_plot.bottom();
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        tops[i] = std::min(tops[i], limit - heightOf(i));
        limit = tops[i] - gap;
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto &l = labels[i];
        const double centre = tops[i] + fm.height() / 2;
        painter->setPen(QPen(l.key.color, 1.5 * m_style.scale));
        if (std::abs(centre - l.y) > 2 && l.y >= m_plot.top() && l.y <= m_plot.bottom()) {
            painter->setPen(QPen(m_style.subtleText, 1));
            painter->drawLine(QPointF(edge, l.y), QPointF(rtl ? left + glyph + 2 : left - 2, centre));
        }
        drawGlyph(painter, QRectF(left, centre - glyph / 2, glyph, glyph), l.key);
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        painter->drawText(QRectF(textLeft, tops[i], textWidth, fm.height()), start | Qt::AlignVCenter,
            fm.elidedText(l.title, Qt::ElideRight, textWidth));
        painter->setFont(m_style.smallFont);
        painter->setPen(m_style.subtleText);
        double y = tops[i] + fm.height();
        for (const QString &line : std::as_const(details[i])) {
            painter->drawText(QRectF(textLeft, y, textWidth, small.height()), start | Qt::AlignVCenter, line);
            y += small.height();
        }
    }
}

} // namespace nc::charts

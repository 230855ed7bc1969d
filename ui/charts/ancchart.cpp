#include "ancchart.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <algorithm>
#include <cmath>

namespace nc::charts {

AncChart::AncChart(QGraphicsItem *parent)
    : TimeChart(parent)
    , m_axis(new QLogValueAxis(this))
    , m_line(new QLineSeries(this))
    , m_measured(new QScatterSeries(this))
    , m_derived(new QScatterSeries(this))
{
    m_valueAxis = m_axis;
    m_axis->setBase(10);
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_axis, valueAxisSide());
    attach(m_line, m_axis);
    attach(m_measured, m_axis);
    attach(m_derived, m_axis);
}

QString AncChart::title() const
{
    return tr("Blood count: neutrophils (ANC)");
}

double AncChart::plotted(double anc) const
{
    return std::max(anc, m_model.yMin);
}

void AncChart::rebuild(double plotWidth)
{
    m_model = AncChartModel::build(m_data->counts, m_data->settings, m_data->now, m_range, int(plotWidth));
    m_overlay = TreatmentOverlay::build(m_data->treatments, m_data->settings.protocol, m_range);
    m_axis->setRange(m_model.yMin, m_model.yMax);
    m_axis->setTitleText(AncChartModel::axisTitle());
}

void AncChart::fillSeries(double)
{
    QList<QPointF> line, measured, derived;
    for (const auto &p : std::as_const(m_model.points)) {
        const QPointF xy(double(p.time.toMSecsSinceEpoch()), plotted(p.anc));
        line.append(xy);
        (p.provenance == AncProvenance::Measured ? measured : derived).append(xy);
    }
    const double s = m_style.scale;
    m_line->setPen(QPen(m_style.count, 2 * s));
    m_line->replace(line);
    m_measured->replace(measured);
    m_derived->replace(derived);
    setMarker(m_measured, m_style.count, m_style.background, 11 * s, false);
    setMarker(m_derived, m_style.count, m_style.count, 12 * s, true);
}

double AncChart::yFor(double value) const
{
    const QRectF plot = plotRect();
    const double lo = std::log10(m_model.yMin);
    const double hi = std::log10(m_model.yMax);
    return plot.bottom() - (std::log10(plotted(value)) - lo) / (hi - lo) * plot.height();
}

QList<LegendEntry> AncChart::legendEntries() const
{
    QList<LegendEntry> entries;
    const bool anyDerived = std::any_of(m_model.points.begin(), m_model.points.end(),
        [](const AncPoint &p) { return p.provenance == AncProvenance::Derived; });
    entries.append({ LegendEntry::Glyph::Dot, m_style.count, tr("ANC measured by the lab") });
    if (anyDerived)
        entries.append(
            { LegendEntry::Glyph::Ring, m_style.count, tr("ANC worked out from the white count") });
    // In the legend row, not the margin, where the severity bands and the usual level need the room.
    if (m_model.lln)
        entries.append({ LegendEntry::Glyph::DashedLine, m_style.subtleText, m_model.llnLabel });
    // The treatment marks are those of the temperature chart above, whose legend names them.
    return entries;
}

QList<MarginLabel> AncChart::marginLabels() const
{
    QList<MarginLabel> labels;
    for (const auto &band : m_model.bands) {
        const double lower = std::max(band.lower, m_model.yMin);
        const double upper = std::min(band.upper.value_or(m_model.yMax), m_model.yMax);
        if (upper <= lower)
            continue;
        QColor key = m_style.band(band.severity);
        key.setAlpha(std::min(255, key.alpha() * 3));
        labels.append({ (yFor(lower) + yFor(upper)) / 2, { LegendEntry::Glyph::Square, key, {} }, band.title,
            band.detail });
    }
    if (m_model.baseline) {
        labels.append({ yFor(*m_model.baseline), { LegendEntry::Glyph::DashedLine, m_style.baseline, {} },
            tr("Usual level (set by clinic)"),
            tr("%1/µL").arg(AncChartModel::formatAnc(*m_model.baseline)) });
    }
    return labels;
}

void AncChart::paintPlotUnder(QPainter *painter) const
{
    const QRectF plot = plotRect();
    for (const auto &band : m_model.bands) {
        const double top = yFor(band.upper.value_or(m_model.yMax));
        const double bottom = band.lower <= m_model.yMin ? plot.bottom() : yFor(band.lower);
        painter->fillRect(
            QRectF(QPointF(plot.left(), top), QPointF(plot.right(), bottom)), m_style.band(band.severity));
    }
    if (m_model.baseline) {
        QPen pen(m_style.baseline, 2 * m_style.scale, Qt::DashLine);
        painter->setPen(pen);
        const double y = yFor(*m_model.baseline);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    if (m_model.lln) {
        painter->setPen(QPen(m_style.subtleText, 1.5 * m_style.scale, Qt::DashLine));
        const double y = yFor(*m_model.lln);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
}

void AncChart::paintPlotOver(QPainter *painter) const
{
    if (!m_model.staleLatest)
        return;
    const QRectF plot = plotRect();
    const double x = xFor(m_model.staleLatest->time);
    const double y = yFor(m_model.staleLatest->anc);
    const double nowX = std::min(plot.right(), xFor(m_data->now));
    // From the last count to today there is no blood count: say so, do not draw a value.
    QPen gapPen(m_style.subtleText, 1.5 * m_style.scale, Qt::DotLine);
    painter->setPen(gapPen);
    painter->drawLine(QPointF(x, y), QPointF(nowX, y));
    const double r = 11 * m_style.scale;
    painter->setPen(QPen(m_style.alert, 2 * m_style.scale, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(x, y), r, r);
    const bool roomRight = nowX - x > 260 * m_style.scale;
    drawTag(painter, QPointF(roomRight ? x + r + 4 : x - r - 4, y - r - 2),
        (roomRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom, m_model.staleLabel, m_style.alert,
        m_style.smallFont);
}

QString AncChart::tooltipAt(const QPointF &pos) const
{
    const QRectF plot = plotRect();
    if (isEmpty() || !plot.adjusted(-10, -10, 10, 10).contains(pos))
        return {};
    const double reach = 14 * m_style.scale;
    const AncPoint *best = nullptr;
    double bestDistance = reach * reach;
    for (const auto &p : m_model.points) {
        const double dx = xFor(p.time) - pos.x();
        const double dy = yFor(p.anc) - pos.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = &p;
        }
    }
    return best ? m_model.tooltip(*best) : QString();
}

} // namespace nc::charts

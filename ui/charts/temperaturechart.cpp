#include "temperaturechart.h"

#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace nc::charts {

TemperatureChart::TemperatureChart(QGraphicsItem *parent)
    : TimeChart(parent)
    , m_axis(new QValueAxis(this))
    , m_line(new QLineSeries(this))
    , m_plain(new QScatterSeries(this))
    , m_alert(new QScatterSeries(this))
    , m_masked(new QScatterSeries(this))
    , m_maskedAlert(new QScatterSeries(this))
{
    m_valueAxis = m_axis;
    m_axis->setTickType(QValueAxis::TicksDynamic);
    addAxis(m_axis, valueAxisSide());
    for (QXYSeries *s : { static_cast<QXYSeries *>(m_line), static_cast<QXYSeries *>(m_plain),
             static_cast<QXYSeries *>(m_masked), static_cast<QXYSeries *>(m_alert),
             static_cast<QXYSeries *>(m_maskedAlert) })
        attach(s, m_axis);
}

QString TemperatureChart::title() const
{
    return tr("Temperature");
}

QColor TemperatureChart::lineColor(ThresholdKind kind) const
{
    switch (kind) {
    case ThresholdKind::Single:
        return m_style.alert;
    case ThresholdKind::Sustained:
        return m_style.sustained;
    case ThresholdKind::Watch:
        return m_style.watch;
    case ThresholdKind::Low:
        return m_style.cold;
    }
    return m_style.text;
}

void TemperatureChart::rebuild(double plotWidth)
{
    const PatientSettings &settings = m_data->settings;
    m_model = TemperatureChartModel::build(m_data->temperatures, m_data->antipyretics, settings.protocol,
        settings.displayUnit, m_range, int(plotWidth));
    m_overlay = TreatmentOverlay::build(m_data->treatments, settings.protocol, m_range);

    m_axis->setRange(m_model.yMin, m_model.yMax);
    m_axis->setTickAnchor(m_model.yMin);
    m_axis->setTickInterval(settings.displayUnit == TemperatureUnit::Celsius ? 0.5 : 1.0);
    m_axis->setLabelFormat(
        settings.displayUnit == TemperatureUnit::Celsius ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_axis->setTitleText(m_model.axisTitle());
}

void TemperatureChart::fillSeries(double plotWidth)
{
    QList<QPointF> line, plain, alert, masked, maskedAlert;
    line.reserve(m_model.points.size());
    for (const auto &p : std::as_const(m_model.points)) {
        const QPointF xy(double(p.time.toMSecsSinceEpoch()), p.value);
        line.append(xy);
        const bool call = p.fever || p.low;
        if (p.masked)
            (call ? maskedAlert : masked).append(xy);
        else if (call)
            alert.append(xy);
        else
            plain.append(xy);
    }
    // Markers on ordinary readings only while they stay apart; the line shows the rest. A dense
    // line is an envelope of each pixel column: a one-pixel cosmetic pen draws it exactly and
    // takes the raster engine's fast path.
    const double s = m_style.scale;
    const bool sparse = double(line.size()) * 9 * s < plotWidth;
    QPen pen(m_style.reading, line.size() > plotWidth ? 1 : 2 * s);
    pen.setCosmetic(line.size() > plotWidth);
    // Pens and markers first, while the series are empty: each change makes the library redo
    // the series' geometry, over every point it holds.
    m_line->setPen(pen);
    setMarker(m_plain, m_style.reading, m_style.background, 8 * s, false);
    setMarker(m_alert, m_style.alert, m_style.background, 13 * s, false);
    setMarker(m_masked, m_style.masked, m_style.masked, 13 * s, true);
    setMarker(m_maskedAlert, m_style.alert, m_style.alert, 14 * s, true);
    m_line->replace(line);
    m_plain->replace(sparse ? plain : QList<QPointF>());
    m_alert->replace(alert);
    m_masked->replace(masked);
    m_maskedAlert->replace(maskedAlert);
}

double TemperatureChart::yFor(double value) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - (value - m_model.yMin) / (m_model.yMax - m_model.yMin) * plot.height();
}

QList<LegendEntry> TemperatureChart::legendEntries() const
{
    QList<LegendEntry> entries { { LegendEntry::Glyph::Dot, m_style.reading, tr("Reading") } };
    const bool anyAlert = std::any_of(m_model.points.begin(), m_model.points.end(),
        [](const TemperaturePoint &p) { return p.fever || p.low; });
    const bool anyMasked = std::any_of(
        m_model.points.begin(), m_model.points.end(), [](const TemperaturePoint &p) { return p.masked; });
    if (anyAlert)
        entries.append({ LegendEntry::Glyph::Dot, m_style.alert, tr("Fever or too low: call now") });
    if (anyMasked)
        entries.append({ LegendEntry::Glyph::Ring, m_style.masked, tr("May be masked by a fever medicine") });
    entries.append(overlayLegend());
    return entries;
}

QList<MarginLabel> TemperatureChart::marginLabels() const
{
    QList<MarginLabel> labels;
    for (const auto &t : m_model.thresholds)
        labels.append(
            { yFor(t.value), { LegendEntry::Glyph::DashedLine, lineColor(t.kind), {} }, t.title, t.detail });
    return labels;
}

void TemperatureChart::paintPlotUnder(QPainter *painter) const
{
    const QRectF plot = plotRect();
    for (const auto &t : m_model.thresholds) {
        QPen pen(lineColor(t.kind), (t.kind == ThresholdKind::Single ? 2.0 : 1.6) * m_style.scale);
        pen.setStyle(t.kind == ThresholdKind::Watch ? Qt::DotLine : Qt::DashLine);
        painter->setPen(pen);
        const double y = yFor(t.value);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
}

QString TemperatureChart::tooltipAt(const QPointF &pos) const
{
    const QRectF plot = plotRect();
    if (isEmpty() || !plot.adjusted(-10, -10, 10, 10).contains(pos))
        return {};
    const double reach = 14 * m_style.scale;
    const TemperaturePoint *best = nullptr;
    double bestDistance = reach * reach;
    // Points are sorted by time: look only at those within reach horizontally.
    const QDateTime from = timeAt(pos.x() - reach);
    auto it = std::lower_bound(m_model.points.begin(), m_model.points.end(), from,
        [](const TemperaturePoint &p, const QDateTime &t) { return p.time < t; });
    for (; it != m_model.points.end() && xFor(it->time) <= pos.x() + reach; ++it) {
        const double dx = xFor(it->time) - pos.x();
        const double dy = yFor(it->value) - pos.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = &*it;
        }
    }
    return best ? m_model.tooltip(*best) : QString();
}

} // namespace nc::charts

#pragma once

#include "timechart.h"

class QLineSeries;
class QValueAxis;

namespace nc::charts {

// Temperatures in the display unit with the protocol's lines, call-now readings highlighted and
// "may be masked" readings hollow, over the treatment overlay.
class TemperatureChart : public TimeChart
{
    Q_OBJECT
public:
    explicit TemperatureChart(QGraphicsItem *parent = nullptr);

    const TemperatureChartModel &model() const { return m_model; }
    QValueAxis *valueAxis() const { return m_axis; }

    bool isEmpty() const override { return m_model.isEmpty(); }
    QString emptyText() const override { return TemperatureChartModel::emptyMessage(); }
    QString tooltipAt(const QPointF &pos) const override;
    qsizetype drawnPointCount() const override { return m_model.points.size(); }

protected:
    void rebuild(double plotWidth) override;
    void fillSeries(double plotWidth) override;
    double yFor(double value) const override;
    QString title() const override;
    QList<LegendEntry> legendEntries() const override;
    QList<MarginLabel> marginLabels() const override;
    void paintPlotUnder(QPainter *painter) const override;

private:
    QColor lineColor(ThresholdKind kind) const;

    TemperatureChartModel m_model;
    QValueAxis *m_axis;
    QLineSeries *m_line;
    QScatterSeries *m_plain;
    QScatterSeries *m_alert;
    QScatterSeries *m_masked;
    QScatterSeries *m_maskedAlert;
};

} // namespace nc::charts

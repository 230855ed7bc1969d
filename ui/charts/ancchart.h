#pragma once

#include "timechart.h"

class QLineSeries;
class QLogValueAxis;

namespace nc::charts {

// The ANC over the severity bands of CLINICAL.md §2, measured (filled) and derived (hollow)
// counts told apart, the patient's usual level, an out-of-date latest count marked, over the
// treatment overlay.
class AncChart : public TimeChart
{
    Q_OBJECT
public:
    explicit AncChart(QGraphicsItem *parent = nullptr);

    const AncChartModel &model() const { return m_model; }
    QLogValueAxis *valueAxis() const { return m_axis; }

    bool isEmpty() const override { return m_model.isEmpty(); }
    QString emptyText() const override { return AncChartModel::emptyMessage(); }
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
    void paintPlotOver(QPainter *painter) const override;

private:
    double plotted(double anc) const; // clamped to the log axis' floor

    AncChartModel m_model;
    QLogValueAxis *m_axis;
    QLineSeries *m_line;
    QScatterSeries *m_measured;
    QScatterSeries *m_derived;
};

} // namespace nc::charts

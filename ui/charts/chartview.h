#pragma once

#include <QChartView>
#include <QDateTime>
#include <optional>

namespace nc::charts {

class TimeChart;
class TimeWindow;

// Shows one chart and moves the shared time window: drag to pan, wheel to zoom, and keys —
// arrows pan, + and − zoom, Home resets. Hovering a reading shows what it was.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    ChartView(TimeChart *chart, TimeWindow *window, QWidget *parent = nullptr);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    double fractionAt(double x) const;
    void restyle();

    TimeChart *m_chart;
    TimeWindow *m_window;
    std::optional<QPointF> m_dragStart;
    QDateTime m_dragFrom;
    QDateTime m_dragTo;
};

} // namespace nc::charts

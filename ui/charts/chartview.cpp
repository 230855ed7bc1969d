#include "chartview.h"

#include "timechart.h"
#include "timewindow.h"

#include <QKeyEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace nc::charts {

namespace {
constexpr double kPanStep = 0.1;
constexpr double kZoomStep = 0.8;
} // namespace

ChartView::ChartView(TimeChart *chart, TimeWindow *window, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
    , m_window(window)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    // The explanations drawn under and over the series depend on the whole chart.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    restyle();
}

void ChartView::restyle()
{
    m_chart->setChartStyle(ChartStyle::forWidget(this));
    viewport()->update();
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update(); // the focus ring
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void ChartView::drawBackground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->translate(m_chart->pos());
    m_chart->paintUnder(painter);
    painter->restore();
    // The series are drawn next, by the scene.
    painter->setRenderHint(QPainter::Antialiasing, m_chart->smoothLines());
}

void ChartView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->save();
    painter->translate(m_chart->pos());
    m_chart->paintOver(painter);
    painter->restore();
    if (hasFocus()) {
        // A visible focus ring: keyboard users must see which chart the keys move.
        painter->save();
        painter->setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter->drawRect(mapToScene(viewport()->rect()).boundingRect().adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

double ChartView::fractionAt(double x) const
{
    const QRectF plot = m_chart->plotRect();
    return plot.width() > 0 ? (mapToScene(QPoint(int(x), 0)).x() - plot.left()) / plot.width() : 0.5;
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_window->pan(-kPanStep);
        break;
    case Qt::Key_Right:
        m_window->pan(kPanStep);
        break;
    case Qt::Key_PageUp:
        m_window->pan(-1);
        break;
    case Qt::Key_PageDown:
        m_window->pan(1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_window->zoom(kZoomStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        m_window->zoom(1 / kZoomStep);
        break;
    case Qt::Key_Home:
        m_window->reset();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    m_window->zoom(delta > 0 ? kZoomStep : 1 / kZoomStep, fractionAt(event->position().x()));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_dragStart = event->position();
        m_dragFrom = m_window->range().from;
        m_dragTo = m_window->range().to;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStart && (event->buttons() & Qt::LeftButton)) {
        const double width = m_chart->plotRect().width();
        if (width > 0) {
            const double fraction = (m_dragStart->x() - event->position().x()) / width;
            const qint64 shift = qint64(fraction * double(m_dragFrom.msecsTo(m_dragTo)));
            m_window->setRange({ m_dragFrom.addMSecs(shift), m_dragTo.addMSecs(shift) });
        }
        event->accept();
        return;
    }
    const QString tip = m_chart->tooltipAt(mapToScene(event->position().toPoint()) - m_chart->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart && event->button() == Qt::LeftButton) {
        m_dragStart.reset();
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace nc::charts

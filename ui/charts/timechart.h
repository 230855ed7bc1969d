#pragma once

#include "chartmodels.h"
#include "chartstyle.h"

#include <QChart>
#include <memory>

class QDateTimeAxis;
class QFontMetricsF;
class QScatterSeries;
class QXYSeries;

namespace nc::charts {

// What a symbol on a chart means, in words (colour is never alone).
struct LegendEntry
{
    enum class Glyph { Dot, Ring, Line, DashedLine, Square, Hatch, Triangle };
    Glyph glyph;
    QColor color;
    QString text;
};

// A label in the right margin beside the plot, at the height of what it names.
struct MarginLabel
{
    double y; // desired centre, in chart coordinates
    LegendEntry key;
    QString title;
    QString detail;
};

// `text` broken at spaces into at most `maxLines` lines no wider than `width`, the last elided if
// it still does not fit; a word too long for a line is elided rather than split. Empty text gives
// no line. The margin labels use it so a long translation keeps its words.
QStringList wrapToLines(const QString &text, const QFontMetricsF &fm, double width, int maxLines);

// A chart over time: Qt Charts draws the axes and the series; this class draws everything that
// explains them — bands, protocol lines, treatment overlay, labels, legend, time axis and the
// empty message — under and over the series, the same way on screen, on paper and in files.
// Both charts of a screen use the same margins, so given one width their time axes line up.
class TimeChart : public QChart
{
    Q_OBJECT
public:
    explicit TimeChart(QGraphicsItem *parent = nullptr);

    void setChartData(std::shared_ptr<const ChartData> data);
    void setChartStyle(const ChartStyle &style);
    void setTimeRange(const TimeRange &range);
    // Markers drawn as shapes rather than pictures, for a PDF, a printer or an SVG file: a picture
    // marker would go into the document as a bitmap, blurred when zoomed, and make Qt's PDF writer
    // load every image-format plugin to choose a compression for it.
    void setVectorMarkers(bool vector);
    const ChartStyle &chartStyle() const { return m_style; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QRectF plotRect() const { return m_plot; }

    virtual bool isEmpty() const = 0;
    virtual QString emptyText() const = 0;
    virtual QString tooltipAt(const QPointF &pos) const = 0;
    // Points handed to the chart library after downsampling (tests and benchmarks look).
    virtual qsizetype drawnPointCount() const = 0;

    // Whether the library's part should be drawn antialiased.
    bool smoothLines() const;

    // Drawn by the view (or the renderer) before and after the scene.
    void paintUnder(QPainter *painter) const;
    void paintOver(QPainter *painter) const;

    double xFor(const QDateTime &time) const;
    QDateTime timeAt(double x) const;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

    // Rebuilds the model for the data, range and plot width and sets the value axis.
    virtual void rebuild(double plotWidth) = 0;
    // Hands the model's points to the series (after the axes and the plot area are final: the
    // library recomputes a series' geometry on every change).
    virtual void fillSeries(double plotWidth) = 0;
    virtual double yFor(double value) const = 0;
    virtual QString title() const = 0;
    virtual QList<LegendEntry> legendEntries() const = 0;
    virtual QList<MarginLabel> marginLabels() const = 0;
    virtual void paintPlotUnder(QPainter *) const { }
    virtual void paintPlotOver(QPainter *) const { }

    void attach(QXYSeries *series, QAbstractAxis *valueAxis);
    void showAxes(bool visible);
    QList<LegendEntry> overlayLegend() const;
    void setMarker(
        QScatterSeries *series, const QColor &fill, const QColor &border, double size, bool hollow) const;
    void drawGlyph(QPainter *painter, const QRectF &box, const LegendEntry &entry) const;
    // Draws text in a soft box so it stays readable over lines and shading; returns its rect.
    QRectF drawTag(QPainter *painter, const QPointF &anchor, Qt::Alignment align, const QString &text,
        const QColor &color, const QFont &font, QList<QRectF> *taken = nullptr) const;

    // In a right-to-left language the value axis is on the right and the labels of the lines and
    // bands in the left margin, and the header reads from the right; time still runs left to right,
    // the convention for time axes in right-to-left languages too.
    static Qt::Alignment valueAxisSide();

    std::shared_ptr<const ChartData> m_data;
    ChartStyle m_style;
    bool m_vectorMarkers = false;
    TimeRange m_range;
    TreatmentOverlay m_overlay;
    QDateTimeAxis *m_timeAxis;
    QAbstractAxis *m_valueAxis = nullptr;

private:
    void refresh();
    double leftMargin() const;
    double rightMargin() const;
    QList<QRectF> legendLayout(double width, double *height) const;
    void paintTimeAxis(QPainter *painter, bool labels) const;
    void paintOverlayUnder(QPainter *painter) const;
    void paintOverlayLabels(QPainter *painter, QList<QRectF> &taken) const;
    void paintLane(QPainter *painter) const;
    void paintMarginLabels(QPainter *painter) const;

    QRectF m_plot;
    double m_headerHeight = 0;
    double m_laneHeight = 0;
};

} // namespace nc::charts

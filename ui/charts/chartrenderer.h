#pragma once

#include "chartstyle.h"
#include "storage/chartdata.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>
#include <optional>

class QPainter;

namespace nc::charts {

// Draws the charts without a window: for files, the clipboard and the printed report (ui/print).
// The temperature chart takes the upper part of the target, the blood count chart the rest.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(nc::charts::ChartRenderer)
public:
    static constexpr double kTemperatureShare = 0.55;

    static void render(QPainter *painter, const QRectF &target, std::shared_ptr<const ChartData> data,
        const TimeRange &range, const ChartStyle &style);
    // Only the temperature chart (the benchmark measures this one alone; the report places each
    // chart on its own).
    static void renderTemperature(QPainter *painter, const QRectF &target,
        std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style);
    // Only the blood count chart.
    static void renderAnc(QPainter *painter, const QRectF &target, std::shared_ptr<const ChartData> data,
        const TimeRange &range, const ChartStyle &style);

    static QImage image(const QSize &size, std::shared_ptr<const ChartData> data, const TimeRange &range,
        const ChartStyle &style);
    // Files go through QSaveFile: nothing half-written is ever left. Returns the error, if any.
    static std::optional<QString> savePng(const QString &path, const QSize &size,
        std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style);
    static std::optional<QString> saveSvg(const QString &path, const QSize &size,
        std::shared_ptr<const ChartData> data, const TimeRange &range, const ChartStyle &style);
};

} // namespace nc::charts

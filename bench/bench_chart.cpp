// Builds and renders the temperature chart for 100,000 readings at 1920×1080 offscreen, several
// times, and prints the median (DESIGN.md budget: 50 ms). Not a unit test: run
//   cmake --preset release && cmake --build --preset release --target bench_chart
//   build/release/bench/bench_chart

#include "chartrenderer.h"
#include "temperaturechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace nc;
using namespace nc::charts;

namespace {

constexpr int kReadings = 100000;
constexpr int kRuns = 25;
constexpr double kBudgetMs = 50;

// A heavy user's history: a reading every 30 minutes (about 5.7 years), calm with a daily rhythm,
// a fever spike every 9 days and a painkiller dose before some of them.
std::shared_ptr<ChartData> history(const QDateTime &start)
{
    auto data = std::make_shared<ChartData>();
    quint32 seed = 42;
    data->temperatures.reserve(kReadings);
    for (int i = 0; i < kReadings; ++i) {
        seed = seed * 1664525u + 1013904223u;
        double c = 36.5 + 0.3 * ((i % 48) / 48.0) + double(seed >> 28) / 40.0;
        if (i % 432 == 200)
            c = 38.4;
        TemperatureRecord r;
        r.reading.time = start.addSecs(qint64(i) * 1800);
        r.reading.temperature = Temperature::fromInput(c, TemperatureUnit::Celsius).value();
        data->temperatures.append(r);
        if (i % 864 == 190)
            data->antipyretics.append({ r.reading.time, Antipyretic::Paracetamol });
    }
    for (int d = 0; d < kReadings / 48; d += 21) {
        TreatmentRecord chemo;
        chemo.treatment = { start.date().addDays(d), TreatmentKind::Chemotherapy, {}, {} };
        data->treatments.append(chemo);
    }
    data->now = data->temperatures.last().reading.time;
    data->loaded = { start, data->now };
    return data;
}

// CPU time of the process (all threads): on a shared, busy machine the wall clock also counts
// time spent waiting for a core, so both are printed.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    const std::shared_ptr<const ChartData> data = history(start);
    const TimeRange range { start, data->now.addSecs(1800) };
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    const ChartStyle style = ChartStyle::fromPalette(QPalette(), font);
    const QSize size(1920, 1080);

    QList<double> times;
    QList<double> cpuTimes;
    qsizetype drawn = 0;
    for (int run = 0; run <= kRuns; ++run) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        ChartRenderer::renderTemperature(&painter, QRectF(QPointF(0, 0), size), data, range, style);
        painter.end();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) { // the first run warms caches (fonts, glyphs)
            times.append(ms);
            cpuTimes.append(cpuMs() - cpuStart);
        }
        if (run == kRuns && argc > 1)
            image.save(QString::fromLocal8Bit(argv[1]));
    }
    {
        // How many points reached the chart library after downsampling.
        TemperatureChart chart;
        chart.setChartStyle(style);
        chart.setChartData(data);
        chart.setTimeRange(range);
        chart.resize(size);
        drawn = chart.drawnPointCount();
    }
    const double wall = median(times);
    const double cpu = median(cpuTimes);
    std::sort(times.begin(), times.end());
    std::printf("bench_chart: temperature chart, %d readings, %dx%d offscreen, %d runs\n", kReadings,
        size.width(), size.height(), int(times.size()));
    std::printf("  points drawn after downsampling: %lld\n", static_cast<long long>(drawn));
    std::printf("  build + render, wall clock: median %.1f ms (min %.1f, max %.1f); budget %.0f ms: %s\n",
        wall, times.first(), times.last(), kBudgetMs, wall <= kBudgetMs ? "within" : "OVER");
    std::printf("  build + render, CPU time:   median %.1f ms\n", cpu);
    std::printf(
        "FIGURE|Temperature chart, 100,000 readings, 1920x1080 offscreen|≤ 50 ms|%.1f ms (CPU %.1f ms)|%s\n",
        wall, cpu, wall <= kBudgetMs ? "PASS" : "FAIL");
    return 0;
}

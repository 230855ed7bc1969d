// One assessment over a heavy user's whole history (DESIGN.md: 100,000 temperature readings,
// 5,000 lab results, 10,000 symptoms, 200 treatments; budget 5 ms). Prints the median of 50 runs.
#include "clinical/assessment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace nc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(20260310); // deterministic
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    const QDateTime start = now.addYears(-10);
    const qint64 spanSecs = start.secsTo(now);

    AssessmentInput in;
    in.now = now;
    for (int i = 0; i < 100000; ++i) {
        const double c = 36.2 + rng.bounded(2.6);
        in.temperatures.append(
            { start.addSecs(spanSecs * i / 100000), *Temperature::fromInput(c, TemperatureUnit::Celsius) });
    }
    for (int i = 0; i < 5000; ++i) {
        in.counts.append(*BloodCount::measured(
            start.addSecs(spanSecs * i / 5000), 200 + rng.bounded(6000), CountUnit::CellsPerMicrolitre));
    }
    for (int i = 0; i < 10000; ++i) {
        const auto &all = symptoms::all();
        in.symptoms.append({ start.addSecs(spanSecs * i / 10000), all[int(rng.bounded(int(all.size())))] });
    }
    for (int i = 0; i < 200; ++i)
        in.treatments.append(
            { start.date().addDays(i * 18), TreatmentKind::Chemotherapy, std::nullopt, std::nullopt });
    in.antipyretics.append({ now.addSecs(-3600), Antipyretic::Paracetamol });

    QList<double> ms;
    Level level = Level::Ok;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        level = assess(in).level;
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << "assessment over the whole history: median "
                        << QString::number(ms[ms.size() / 2], 'f', 2) << " ms (budget 5 ms; level "
                        << levels::code(level) << ")\n";
    const double median = ms[ms.size() / 2];
    QTextStream(stdout) << "FIGURE|One assessment over the whole history|≤ 5 ms|"
                        << QString::number(median, 'f', 2) << " ms|" << (median <= 5 ? "PASS" : "FAIL")
                        << '\n';
    return 0;
}

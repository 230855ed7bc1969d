#include "downsampler.h"

#include "clinical/protocol.h"
#include "clinical/units.h"

#include <algorithm>

namespace nc::charts {

QList<Threshold> temperatureThresholds(const Protocol &protocol)
{
    const double eps = units::kTemperatureEpsilonC;
    auto atLeast = [eps](double value, bool inclusive) {
        return Threshold { value, inclusive ? Threshold::Direction::AtOrAbove : Threshold::Direction::Above,
            eps };
    };
    QList<Threshold> list { atLeast(protocol.single.thresholdC, protocol.single.inclusive) };
    if (protocol.sustained)
        list.append(atLeast(protocol.sustained->thresholdC, protocol.sustained->inclusive));
    if (protocol.watchApplies())
        list.append(atLeast(protocol.watchC, true));
    if (protocol.low)
        list.append(Threshold { protocol.low->thresholdC, Threshold::Direction::Below, eps });
    return list;
}

QList<qsizetype> Downsampler::select(
    std::span<const Sample> samples, qint64 from, qint64 to, int columns, const QList<Threshold> &thresholds)
{
    const qsizetype n = qsizetype(samples.size());
    columns = std::max(columns, 1);
    QList<qsizetype> kept;
    if (n <= qsizetype(columns) * maxPointsPerColumn(thresholds.size()) || to <= from) {
        kept.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            kept.append(i);
        return kept;
    }

    const double width = double(to - from);
    auto bucketOf = [&](qint64 x) {
        if (x <= from)
            return 0;
        if (x >= to)
            return columns - 1;
        return std::min(columns - 1, int(double(x - from) / width * columns));
    };

    const qsizetype thresholdCount = thresholds.size();
    QList<qsizetype> picks;
    picks.reserve(kFixedPointsPerColumn + thresholdCount);
    QList<bool> thresholdSeen(thresholdCount, false);
    kept.reserve(qsizetype(columns) * maxPointsPerColumn(thresholdCount));

    // One pass; each sample's column is computed once.
    qsizetype first = 0, last = 0, lowest = 0, highest = 0;
    int bucket = bucketOf(samples[0].x);
    auto flush = [&] {
        picks.append({ first, last, lowest, highest });
        std::sort(picks.begin(), picks.end());
        picks.erase(std::unique(picks.begin(), picks.end()), picks.end());
        kept.append(picks);
        picks.clear();
        std::fill(thresholdSeen.begin(), thresholdSeen.end(), false);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const int b = bucketOf(samples[i].x);
        if (b != bucket) {
            flush();
            bucket = b;
            first = lowest = highest = i;
        }
        const double y = samples[i].y;
        last = i;
        if (y < samples[lowest].y)
            lowest = i;
        if (y > samples[highest].y)
            highest = i;
        for (qsizetype t = 0; t < thresholdCount; ++t) {
            if (!thresholdSeen[t] && thresholds[t].meets(y)) {
                thresholdSeen[t] = true;
                picks.append(i);
            }
        }
    }
    flush();
    return kept;
}

} // namespace nc::charts

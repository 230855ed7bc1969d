#pragma once

#include <QList>
#include <span>

// Downsampling for long chart ranges. Plain values only (no chart types), so it is tested on its
// own and survives a change of chart library.
namespace nc {

struct Protocol;

namespace charts {

// One reading: time in ms since the epoch, value in the unit its thresholds use.
struct Sample
{
    qint64 x = 0;
    double y = 0;
};

// A clinical threshold the downsampler must never hide: in each pixel column, the first reading
// that meets it survives. `epsilon` is the comparison tolerance of the quantity (CLINICAL.md §1).
struct Threshold
{
    enum class Direction { AtOrAbove, Above, Below };
    double value = 0;
    Direction direction = Direction::AtOrAbove;
    double epsilon = 0;

    bool meets(double y) const
    {
        switch (direction) {
        case Direction::AtOrAbove:
            return y >= value - epsilon;
        case Direction::Above:
            return y > value + epsilon;
        case Direction::Below:
            return y < value - epsilon;
        }
        return false;
    }
    bool operator==(const Threshold &) const = default;
};

// The fever protocol's thresholds in °C: single, sustained (if any), watch (when it applies) and
// low (if any), with the temperature tolerance.
QList<Threshold> temperatureThresholds(const Protocol &protocol);

class Downsampler
{
public:
    // Per pixel column at most first, last, lowest, highest and one reading per threshold.
    static constexpr int kFixedPointsPerColumn = 4;
    static int maxPointsPerColumn(qsizetype thresholdCount)
    {
        return kFixedPointsPerColumn + int(thresholdCount);
    }

    // Indices (ascending) of the samples to draw. `samples` must be sorted by x. The range
    // [from, to] is split into `columns` buckets of equal width (samples outside it fall in the
    // first or last bucket); each bucket keeps its first, last, minimum and maximum samples and
    // the first sample meeting each threshold, so every spike and every threshold crossing
    // survives. When every sample fits (no more than the output bound), all are kept unchanged.
    static QList<qsizetype> select(std::span<const Sample> samples, qint64 from, qint64 to, int columns,
        const QList<Threshold> &thresholds);
};

} // namespace charts
} // namespace nc

// The downsampler: every spike, every threshold crossing and every column's extremes survive;
// the output is bounded by the pixel width; small data passes unchanged.

#include "clinical/protocol.h"
#include "clinical/units.h"
#include "downsampler.h"

#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace nc;
using namespace nc::charts;

namespace {

constexpr qint64 kHalfHour = 30 * 60 * 1000;

std::vector<Sample> calm(int n, double value = 36.8)
{
    std::vector<Sample> samples;
    for (int i = 0; i < n; ++i)
        samples.push_back({ i * kHalfHour, value + (i % 5) * 0.05 });
    return samples;
}

std::vector<Sample> noisy(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Sample> samples;
    for (int i = 0; i < n; ++i)
        samples.push_back({ i * kHalfHour, 35.0 + random.bounded(45) / 10.0 }); // 35.0 … 39.4 °C
    return samples;
}

int bucketOf(qint64 x, qint64 from, qint64 to, int columns)
{
    if (x <= from)
        return 0;
    if (x >= to)
        return columns - 1;
    return std::min(columns - 1, int(double(x - from) / double(to - from) * columns));
}

} // namespace

class TestDownsampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAndOnePoint();
    void exactWhenItFits();
    void boundedByPixelWidth_data();
    void boundedByPixelWidth();
    void keepsEveryColumnsExtremesAndCrossings();
    void keepsALoneFeverSpike();
    void keepsReadingsOnTheBoundary();
    void samplesOutsideTheRangeStayAtTheEdges();
    void thresholdsComeFromTheProtocol();
    void thresholdsCompareLikeTheClinicalCode();
};

void TestDownsampler::emptyAndOnePoint()
{
    const auto thresholds = temperatureThresholds(Protocol::defaultProtocol());
    QVERIFY(Downsampler::select({}, 0, 1000, 100, thresholds).isEmpty());
    const std::vector<Sample> one { { 500, 38.4 } };
    QCOMPARE(Downsampler::select(one, 0, 1000, 100, thresholds), QList<qsizetype>({ 0 }));
    // Even a zero-width plot keeps the one reading.
    QCOMPARE(Downsampler::select(one, 0, 1000, 0, thresholds), QList<qsizetype>({ 0 }));
}

void TestDownsampler::exactWhenItFits()
{
    const auto thresholds = temperatureThresholds(Protocol::defaultProtocol());
    const int columns = 200;
    const int fits = columns * Downsampler::maxPointsPerColumn(thresholds.size());
    const auto samples = noisy(fits, 7);
    const auto kept = Downsampler::select(samples, samples.front().x, samples.back().x, columns, thresholds);
    QCOMPARE(kept.size(), qsizetype(fits));
    for (qsizetype i = 0; i < kept.size(); ++i)
        QCOMPARE(kept[i], i);
}

void TestDownsampler::boundedByPixelWidth_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("100k over 1920 px") << 100000 << 1920;
    QTest::newRow("100k over 300 px") << 100000 << 300;
    QTest::newRow("20k over 1 px") << 20000 << 1;
    QTest::newRow("just too many") << 2 * 8 * 100 + 1 << 100;
}

void TestDownsampler::boundedByPixelWidth()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    const auto thresholds = temperatureThresholds(Protocol::defaultProtocol());
    const auto samples = noisy(count, 11);
    const auto kept = Downsampler::select(samples, samples.front().x, samples.back().x, columns, thresholds);
    QVERIFY(kept.size() <= qsizetype(columns) * Downsampler::maxPointsPerColumn(thresholds.size()));
    QVERIFY(kept.size() < qsizetype(samples.size()));
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));
    QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());
    QCOMPARE(kept.front(), qsizetype(0));
    QCOMPARE(kept.back(), qsizetype(count - 1));
}

void TestDownsampler::keepsEveryColumnsExtremesAndCrossings()
{
    const auto thresholds
        = temperatureThresholds(*Protocol::preset(QStringLiteral("uk-37.5"))) // has a low threshold
        + temperatureThresholds(Protocol::defaultProtocol());
    const auto samples = noisy(50000, 3);
    const int columns = 640;
    const qint64 from = samples.front().x;
    const qint64 to = samples.back().x;
    const auto kept = Downsampler::select(samples, from, to, columns, thresholds);
    const QSet<qsizetype> keptSet(kept.begin(), kept.end());

    // Brute force: in every column the first, last, lowest and highest readings, and the first
    // reading meeting each threshold, are kept.
    struct Column
    {
        qsizetype first = -1, last = -1, lowest = -1, highest = -1;
        QList<qsizetype> firstMeeting;
    };
    std::vector<Column> expected(static_cast<size_t>(columns));
    for (auto &c : expected)
        c.firstMeeting = QList<qsizetype>(thresholds.size(), -1);
    for (qsizetype i = 0; i < qsizetype(samples.size()); ++i) {
        Column &c = expected[size_t(bucketOf(samples[size_t(i)].x, from, to, columns))];
        if (c.first < 0)
            c.first = c.lowest = c.highest = i;
        c.last = i;
        if (samples[size_t(i)].y < samples[size_t(c.lowest)].y)
            c.lowest = i;
        if (samples[size_t(i)].y > samples[size_t(c.highest)].y)
            c.highest = i;
        for (qsizetype t = 0; t < thresholds.size(); ++t) {
            if (c.firstMeeting[t] < 0 && thresholds[t].meets(samples[size_t(i)].y))
                c.firstMeeting[t] = i;
        }
    }
    for (const auto &c : expected) {
        if (c.first < 0)
            continue;
        QVERIFY(keptSet.contains(c.first));
        QVERIFY(keptSet.contains(c.last));
        QVERIFY(keptSet.contains(c.lowest));
        QVERIFY(keptSet.contains(c.highest));
        for (qsizetype i : c.firstMeeting)
            QVERIFY(i < 0 || keptSet.contains(i));
    }
}

void TestDownsampler::keepsALoneFeverSpike()
{
    auto samples = calm(100000);
    samples[54321].y = 38.4;
    samples[77777].y = 35.2; // and a dip
    const auto kept = Downsampler::select(samples, samples.front().x, samples.back().x, 1920,
        temperatureThresholds(Protocol::defaultProtocol()));
    QVERIFY(kept.contains(54321));
    QVERIFY(kept.contains(77777));
    QVERIFY(kept.size() <= 1920 * 4 + 10);
}

void TestDownsampler::keepsReadingsOnTheBoundary()
{
    // In one column: a reading exactly on the sustained threshold comes before a higher one; the
    // higher is the maximum, the boundary reading is the first to meet the sustained rule.
    const Protocol protocol = Protocol::defaultProtocol();
    std::vector<Sample> samples = calm(40000);
    samples[1000].y = protocol.sustained->thresholdC;
    samples[1010].y = protocol.single.thresholdC + 0.5;
    const int columns = 10; // 4000 readings per column
    const auto kept = Downsampler::select(
        samples, samples.front().x, samples.back().x, columns, temperatureThresholds(protocol));
    QVERIFY(kept.contains(1000));
    QVERIFY(kept.contains(1010));
    // The watch threshold's first reading too, though it is neither extreme nor first.
    samples = calm(40000, 36.5);
    samples[2000].y = protocol.watchC;
    samples[2001].y = 37.9;
    const auto keptWatch = Downsampler::select(
        samples, samples.front().x, samples.back().x, columns, temperatureThresholds(protocol));
    QVERIFY(keptWatch.contains(2000));
    QVERIFY(keptWatch.contains(2001));
}

void TestDownsampler::samplesOutsideTheRangeStayAtTheEdges()
{
    auto samples = calm(30000);
    const qint64 from = samples[1000].x;
    const qint64 to = samples[29000].x;
    samples[10].y = 39.0; // before the range: falls into the first column
    const auto kept
        = Downsampler::select(samples, from, to, 100, temperatureThresholds(Protocol::defaultProtocol()));
    QVERIFY(kept.contains(10));
    QVERIFY(kept.contains(0));
    QVERIFY(kept.contains(29999));
    QVERIFY(kept.size() <= 100 * 8);
}

void TestDownsampler::thresholdsComeFromTheProtocol()
{
    Protocol p = Protocol::defaultProtocol();
    auto list = temperatureThresholds(p);
    QCOMPARE(list.size(), 3); // single, sustained, watch
    QCOMPARE(list[0].value, p.single.thresholdC);
    QCOMPARE(list[0].direction, Threshold::Direction::AtOrAbove);
    QCOMPARE(list[1].value, p.sustained->thresholdC);
    QCOMPARE(list[2].value, p.watchC);

    // A clinic's own protocol moves them.
    p.single = { 38.5, false };
    p.sustained.reset();
    p.low = Protocol::Low { 35.5 };
    list = temperatureThresholds(p);
    QCOMPARE(list.size(), 3); // single, watch, low
    QCOMPARE(list[0], (Threshold { 38.5, Threshold::Direction::Above, units::kTemperatureEpsilonC }));
    QCOMPARE(list[2], (Threshold { 35.5, Threshold::Direction::Below, units::kTemperatureEpsilonC }));

    // uk-37.5: the watch threshold does not apply at or above the single threshold.
    const auto uk = temperatureThresholds(*Protocol::preset(QStringLiteral("uk-37.5")));
    QCOMPARE(uk.size(), 2);
    QCOMPARE(uk[1].direction, Threshold::Direction::Below);
}

void TestDownsampler::thresholdsCompareLikeTheClinicalCode()
{
    for (const Protocol &p : Protocol::presets()) {
        const auto list = temperatureThresholds(p);
        for (double c = 35.5; c <= 39.0; c += 0.001) {
            QCOMPARE(list[0].meets(c), units::meetsThreshold(c, p.single.thresholdC, p.single.inclusive));
            if (p.low)
                QCOMPARE(list.last().meets(c), units::belowThreshold(c, p.low->thresholdC));
        }
    }
}

QTEST_APPLESS_MAIN(TestDownsampler)
#include "tst_downsampler.moc"

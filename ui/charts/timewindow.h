#pragma once

#include "chartmodels.h"

#include <QObject>

namespace nc::charts {

// The period both charts of a screen show. One object for both, so they always pan and zoom
// together; "home" is the period the chosen range started with.
class TimeWindow : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMinSpanMs = 6LL * 3600 * 1000;
    static constexpr qint64 kMaxSpanMs = 20LL * 366 * 24 * 3600 * 1000;

    explicit TimeWindow(QObject *parent = nullptr)
        : QObject(parent)
    { }

    TimeRange range() const { return m_range; }
    TimeRange home() const { return m_home; }
    void setHome(const TimeRange &range);
    void setRange(const TimeRange &range);
    // Moves by a fraction of the visible span (positive: later).
    void pan(double fraction);
    // Scales the span by `factor` (< 1 zooms in), keeping the time at `anchor` (0 = left edge,
    // 1 = right edge) where it is.
    void zoom(double factor, double anchor = 0.5);
    void reset() { setRange(m_home); }

Q_SIGNALS:
    void rangeChanged(const nc::charts::TimeRange &range);

private:
    TimeRange m_range;
    TimeRange m_home;
};

} // namespace nc::charts

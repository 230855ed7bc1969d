#include "timewindow.h"

#include <algorithm>
#include <cmath>

namespace nc::charts {

void TimeWindow::setHome(const TimeRange &range)
{
    m_home = range;
    setRange(range);
}

void TimeWindow::setRange(const TimeRange &range)
{
    if (!range.from.isValid() || !range.to.isValid())
        return;
    TimeRange r = range;
    const qint64 span = r.from.msecsTo(r.to);
    if (span < kMinSpanMs) {
        const QDateTime centre = r.from.addMSecs(span / 2);
        r = { centre.addMSecs(-kMinSpanMs / 2), centre.addMSecs(kMinSpanMs / 2) };
    } else if (span > kMaxSpanMs) {
        r.from = r.to.addMSecs(-kMaxSpanMs);
    }
    if (r == m_range)
        return;
    m_range = r;
    Q_EMIT rangeChanged(m_range);
}

void TimeWindow::pan(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_range.from.msecsTo(m_range.to)) * fraction));
    setRange({ m_range.from.addMSecs(shift), m_range.to.addMSecs(shift) });
}

void TimeWindow::zoom(double factor, double anchor)
{
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double span = double(m_range.from.msecsTo(m_range.to));
    const QDateTime pivot = m_range.from.addMSecs(qint64(span * anchor));
    const double newSpan = std::clamp(span * factor, double(kMinSpanMs), double(kMaxSpanMs));
    const QDateTime from = pivot.addMSecs(-qint64(newSpan * anchor));
    setRange({ from, from.addMSecs(qint64(newSpan)) });
}

} // namespace nc::charts

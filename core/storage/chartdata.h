#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace nc {
class Database;
}

namespace nc::charts {

// A period of the charts: from and to, both included.
struct TimeRange
{
    QDateTime from;
    QDateTime to;

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    qint64 fromMs() const { return from.toMSecsSinceEpoch(); }
    qint64 toMs() const { return to.toMSecsSinceEpoch(); }
    bool contains(const QDateTime &t) const { return t >= from && t <= to; }
    bool operator==(const TimeRange &) const = default;
};

// The records behind the charts for one period, loaded with indexed range queries only (never
// the whole table for a short range).
struct ChartData
{
    TimeRange loaded;
    QDateTime now;
    PatientSettings settings;
    QList<TemperatureRecord> temperatures; // oldest first, with the one before the period
    QList<AntipyreticDose> antipyretics; // including the hours before the period that can mask
    QList<BloodCountRecord> counts; // oldest first, with the one before the period
    QList<TreatmentRecord> treatments; // including doses whose nadir window reaches the period

    static ChartData load(Database &db, qint64 patientId, const TimeRange &range, const QDateTime &now);
    bool isEmpty() const { return temperatures.isEmpty() && counts.isEmpty() && treatments.isEmpty(); }
};

enum class RangePreset { Week, Month, Cycle, All, Custom };

class ChartRanges
{
    Q_DECLARE_TR_FUNCTIONS(nc::charts::ChartRanges)
public:
    static QString name(RangePreset preset);
    // The period a preset shows at `now`. "This cycle" runs from the latest chemotherapy dose to
    // the end of its predicted nadir window (or today, if later); without a dose it is 30 days.
    // "All" starts at the oldest temperature, count or treatment.
    static TimeRange range(RangePreset preset, Database &db, qint64 patientId, const QDateTime &now);
};

} // namespace nc::charts

#pragma once

#include "chartdata.h"
#include "records.h"

#include <QMap>
#include <memory>

namespace nc {

class Database;

// Everything a caregiver/clinic report shows for one patient and a date range, read once.
struct ReportData
{
    Patient patient;
    PatientSettings settings;
    QDate from;
    QDate to;
    QDateTime statusTime; // the end of the range, or now when the range reaches today
    Assessment status;
    QList<TemperatureRecord> temperatures;
    QList<AntipyreticRecord> antipyretics; // from 6 h before the range, to flag masked readings
    QList<BloodCountRecord> counts;
    QList<SymptomRecord> symptoms;
    QList<TreatmentRecord> treatments; // in the range and the treatment window before it
    QList<AlertRecord> alerts;
    QMap<QDate, int> checklistTicks; // items ticked per day
    int checklistItems = 0; // items on the daily checklist
    charts::TimeRange chartRange;
    std::shared_ptr<const charts::ChartData> chartData;

    // Nullopt when there is no such patient. Dates are calendar days in local time, both included.
    static std::optional<ReportData> load(
        Database &db, qint64 patientId, const QDate &from, const QDate &to, const QDateTime &now);
};

} // namespace nc

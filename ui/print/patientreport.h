#pragma once

#include "charts/chartdata.h"
#include "printdocument.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QMap>

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

// The caregiver/clinic report: the status, the charts, and tables of readings (with fever
// flags), labs (with grades), symptoms, treatments, painkiller doses, alerts (every episode, with
// its protocol and outcome) and checklist adherence. Long tables break across pages with their header row
// repeated. Private notes are left out unless the patient chooses to include them.
class PatientReport : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::PatientReport)
public:
    PatientReport(ReportData data, bool includeNotes)
        : m_data(std::move(data))
        , m_includeNotes(includeNotes)
    { }

    QString title() const override;
    bool print(QPagedPaintDevice &device) const override;

private:
    bool hasCharts() const;
    QString html() const;
    QString statusHtml() const;
    QString summaryHtml() const;
    QString temperaturesHtml() const;
    QString countsHtml() const;
    QString symptomsHtml() const;
    QString treatmentsHtml() const;
    QString alertsHtml() const;
    QString antipyreticsHtml() const;
    QString checklistHtml() const;

    ReportData m_data;
    bool m_includeNotes;
};

} // namespace nc

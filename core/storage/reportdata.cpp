#include "reportdata.h"

#include "content/contentcatalogue.h"
#include "patienthistory.h"
#include "repositories.h"

#include <algorithm>

namespace nc {

std::optional<ReportData> ReportData::load(
    Database &db, qint64 patientId, const QDate &from, const QDate &to, const QDateTime &now)
{
    const auto patient = PatientRepository(db).get(patientId);
    if (!patient)
        return std::nullopt;
    ReportData d;
    d.patient = *patient;
    d.from = from;
    d.to = to;
    const PatientHistory history(db, patientId);
    d.settings = history.settings();
    const QDateTime start(from, QTime(0, 0));
    const QDateTime end(to.addDays(1), QTime(0, 0));
    d.statusTime = std::min(now, end.addMSecs(-1));
    d.status = assess(history.assessmentInput(d.statusTime));

    d.temperatures = TemperatureRepository(db).between(patientId, start, end);
    d.antipyretics = AntipyreticRepository(db).between(patientId, start.addSecs(-kMaskingHours * 3600), end);
    d.counts = BloodCountRepository(db).between(patientId, start, end);
    d.symptoms = SymptomRepository(db).between(patientId, start, end);
    d.treatments = TreatmentRepository(db).between(
        patientId, start.addDays(-d.settings.protocol.treatmentWindowDays), end);
    d.alerts = AlertRepository(db).between(patientId, start, end);
    d.checklistTicks = ChecklistRepository(db).tickCounts(patientId, from, to);
    d.checklistItems = int(ContentCatalogue::shipped().checklist(d.settings.language).size());
    d.chartRange = { start, end };
    d.chartData = std::make_shared<const charts::ChartData>(
        charts::ChartData::load(db, patientId, d.chartRange, now));
    return d;
}

} // namespace nc

#include "patienthistory.h"

#include <algorithm>

namespace nc {

namespace {
// Enough lab rows to settle ties within the latest minute (measured beats derived, lowest wins).
constexpr int kLatestLabRows = 8;
} // namespace

PatientSettings PatientHistory::settings() const
{
    return PatientSettingsRepository(m_db).get(m_patientId);
}

AssessmentInput PatientHistory::assessmentInput(const QDateTime &now) const
{
    const PatientSettings s = settings();
    AssessmentInput in;
    in.now = now;
    in.protocol = s.protocolInForce();
    in.baselineAnc = s.baselineAnc;
    in.displayUnit = s.displayUnit;

    // Readings and symptoms count only inside the lookback window; doses up to 6 h before it can
    // still mask a reading at its start. The end bound is exclusive, so one millisecond past now.
    // Readings reach back far enough for the note `no_recent_reading` too.
    const QDateTime windowStart = now.addSecs(-qint64(in.protocol.lookbackHours) * 3600);
    const QDateTime end = now.addMSecs(1);
    const QDateTime readingsStart
        = std::min(windowStart, now.addSecs(-qint64(in.protocol.readingGapHours) * 3600));
    for (const auto &r : TemperatureRepository(m_db).between(m_patientId, readingsStart, end))
        in.temperatures.append(r.reading);
    for (const auto &r : SymptomRepository(m_db).between(m_patientId, windowStart, end))
        in.symptoms.append(r.entry);
    for (const auto &r :
        AntipyreticRepository(m_db).between(m_patientId, windowStart.addSecs(-kMaskingHours * 3600), end))
        in.antipyretics.append(r.dose);

    // The newest rows are enough for "the latest result"; rows after now are ignored by the engine.
    for (const auto &r : BloodCountRepository(m_db).latestBefore(m_patientId, end, kLatestLabRows))
        in.counts.append(r.count);

    const QDate today = now.date();
    // A pegfilgrastim dose up to 13 days before the oldest chemotherapy dose in the window still
    // matters (note `gcsf_timing`).
    const QDateTime firstDay(today.addDays(-in.protocol.treatmentWindowDays - kPegfilgrastimGapDays),
        QTime(0, 0), Qt::OffsetFromUTC, now.offsetFromUtc());
    for (const auto &r : TreatmentRepository(m_db).between(m_patientId, firstDay, now.addDays(1)))
        in.treatments.append(r.treatment);

    in.acknowledgedAt = latestAcknowledgement(m_db, m_patientId);
    return in;
}

} // namespace nc

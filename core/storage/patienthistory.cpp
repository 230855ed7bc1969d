#include "patienthistory.h"

#include <algorithm>

namespace nc {

namespace {

// Enough lab rows to settle ties within the latest minute (measured beats derived, lowest wins).
constexpr int kLatestLabRows = 8;

// The rows of one patient, as read for a window at least as wide as theirs.
struct HistoryRows
{
    QList<TemperatureRecord> temperatures;
    QList<SymptomRecord> symptoms;
    QList<AntipyreticRecord> doses;
    QList<BloodCountRecord> counts; // newest first, at most kLatestLabRows
    QList<TreatmentRecord> treatments;
    std::optional<QDateTime> acknowledgedAt;
};

bool within(const QDateTime &time, const QDateTime &from, const QDateTime &to)
{
    return time >= from && time < to;
}

// The engine's input from a patient's settings and rows: the one place both the single patient's
// queries and the board's shared ones end, so both give the engine the same history. Rows outside
// this patient's own window (read for a wider one) are left out.
AssessmentInput inputFrom(const PatientSettings &s, const QDateTime &now, const HistoryRows &rows)
{
    AssessmentInput in;
    in.now = now;
    in.protocol = s.protocolInForce();
    in.baselineAnc = s.baselineAnc;
    in.displayUnit = s.displayUnit;
    const HistoryWindow w = HistoryWindow::of(in.protocol, now);
    for (const auto &r : rows.temperatures) {
        if (within(r.reading.time, w.readingsStart, w.end))
            in.temperatures.append(r.reading);
    }
    for (const auto &r : rows.symptoms) {
        if (within(r.entry.time, w.symptomsStart, w.end))
            in.symptoms.append(r.entry);
    }
    for (const auto &r : rows.doses) {
        if (within(r.dose.time, w.dosesStart, w.end))
            in.antipyretics.append(r.dose);
    }
    // The newest rows are enough for "the latest result"; rows after now are ignored by the engine.
    for (const auto &r : rows.counts)
        in.counts.append(r.count);
    for (const auto &r : rows.treatments) {
        if (r.treatment.date >= w.treatmentsStart.date() && r.treatment.date < w.treatmentsEnd.date())
            in.treatments.append(r.treatment);
    }
    in.acknowledgedAt = rows.acknowledgedAt;
    return in;
}

} // namespace

HistoryWindow HistoryWindow::of(const Protocol &protocol, const QDateTime &now)
{
    HistoryWindow w;
    w.symptomsStart = now.addSecs(-qint64(protocol.lookbackHours) * 3600);
    w.end = now.addMSecs(1);
    w.readingsStart = std::min(w.symptomsStart, now.addSecs(-qint64(protocol.readingGapHours) * 3600));
    // Doses up to 6 h before the window can still mask a reading at its start.
    w.dosesStart = w.symptomsStart.addSecs(-kMaskingHours * 3600);
    // A pegfilgrastim dose up to 13 days before the oldest chemotherapy dose in the window still
    // matters (note `gcsf_timing`).
    const QDate today = now.date();
    w.treatmentsStart = QDateTime(today.addDays(-protocol.treatmentWindowDays - kPegfilgrastimGapDays),
        QTime(0, 0), Qt::OffsetFromUTC, now.offsetFromUtc());
    w.treatmentsEnd = now.addDays(1);
    return w;
}

HistoryWindow HistoryWindow::united(const HistoryWindow &o) const
{
    return { std::min(readingsStart, o.readingsStart), std::min(symptomsStart, o.symptomsStart),
        std::min(dosesStart, o.dosesStart), std::min(treatmentsStart, o.treatmentsStart),
        std::max(treatmentsEnd, o.treatmentsEnd), std::max(end, o.end) };
}

PatientSettings PatientHistory::settings() const
{
    return PatientSettingsRepository(m_db).get(m_patientId);
}

AssessmentInput PatientHistory::assessmentInput(const QDateTime &now) const
{
    const PatientSettings s = settings();
    const HistoryWindow w = HistoryWindow::of(s.protocolInForce(), now);
    HistoryRows rows;
    rows.temperatures = TemperatureRepository(m_db).between(m_patientId, w.readingsStart, w.end);
    rows.symptoms = SymptomRepository(m_db).between(m_patientId, w.symptomsStart, w.end);
    rows.doses = AntipyreticRepository(m_db).between(m_patientId, w.dosesStart, w.end);
    rows.counts = BloodCountRepository(m_db).latestBefore(m_patientId, w.end, kLatestLabRows);
    rows.treatments = TreatmentRepository(m_db).between(m_patientId, w.treatmentsStart, w.treatmentsEnd);
    rows.acknowledgedAt = latestAcknowledgement(m_db, m_patientId);
    return inputFrom(s, now, rows);
}

QHash<qint64, AssessmentInput> PatientHistory::assessmentInputs(Database &db, const QDateTime &now)
{
    const QHash<qint64, PatientSettings> settings = PatientSettingsRepository(db).all();
    QHash<qint64, HistoryRows> rows;
    HistoryWindow w = HistoryWindow::of(PatientSettings {}.protocolInForce(), now);
    for (const PatientSettings &s : settings)
        w = w.united(HistoryWindow::of(s.protocolInForce(), now));
    for (auto &r : TemperatureRepository(db).betweenForAll(w.readingsStart, w.end))
        rows[r.patientId].temperatures.append(std::move(r));
    for (auto &r : SymptomRepository(db).betweenForAll(w.symptomsStart, w.end))
        rows[r.patientId].symptoms.append(std::move(r));
    for (auto &r : AntipyreticRepository(db).betweenForAll(w.dosesStart, w.end))
        rows[r.patientId].doses.append(std::move(r));
    for (auto &r : BloodCountRepository(db).latestBeforeForAll(w.end, kLatestLabRows))
        rows[r.patientId].counts.append(std::move(r));
    for (auto &r : TreatmentRepository(db).betweenForAll(w.treatmentsStart, w.treatmentsEnd))
        rows[r.patientId].treatments.append(std::move(r));
    const QHash<qint64, QDateTime> acknowledged = latestAcknowledgements(db);
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        rows[it.key()].acknowledgedAt = it.value();

    QHash<qint64, AssessmentInput> inputs;
    for (const Patient &patient : PatientRepository(db).all()) {
        inputs.insert(patient.id,
            inputFrom(settings.value(patient.id, PatientSettings {}), now, rows.value(patient.id)));
    }
    return inputs;
}

} // namespace nc

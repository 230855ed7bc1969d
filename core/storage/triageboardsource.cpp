#include "triageboardsource.h"

#include "patienthistory.h"
#include "triagestore.h"

namespace nc {

namespace {

triageboard::Row rowOf(const Patient &patient, const AssessmentInput &input, const ClinicState &state)
{
    triageboard::Row row;
    row.patientId = patient.id;
    row.name = patient.name;
    row.assessment = assess(input);
    row.latestTemperature = triageboard::latestTemperature(input.temperatures);
    row.callNowSince = triageboard::callNowSince(row.assessment, input, state.newestCallNowAlert);
    if (const auto &ack = state.latestAcknowledgement) {
        row.acknowledgedBy = ack->login;
        row.acknowledgedAt = ack->at;
    }
    if (row.callNowSince && !triageboard::acknowledged(*row.callNowSince, row.acknowledgedAt))
        row.unacknowledgedCallNowSince = row.callNowSince;
    row.followUpDue = state.followUpDue;
    row.followUpCallId = state.followUpCallId;
    row.followUpOwner = state.followUpOwner;
    return row;
}

} // namespace

QList<triageboard::Row> TriageBoardSource::all(const QDateTime &now) const
{
    const QHash<qint64, AssessmentInput> inputs = PatientHistory::assessmentInputs(m_db, now);
    const QHash<qint64, ClinicState> states = TriageStore(m_db).states(now.addDays(-kStateDays));
    QList<triageboard::Row> rows;
    for (const Patient &patient : PatientRepository(m_db).all()) {
        if (inputs.contains(patient.id))
            rows.append(rowOf(patient, inputs.value(patient.id), states.value(patient.id)));
    }
    return rows;
}

std::optional<triageboard::Row> TriageBoardSource::one(qint64 patientId, const QDateTime &now) const
{
    const std::optional<Patient> patient = PatientRepository(m_db).get(patientId);
    if (!patient)
        return std::nullopt;
    return rowOf(*patient, PatientHistory(m_db, patientId).assessmentInput(now),
        TriageStore(m_db).state(patientId, now.addDays(-kStateDays)));
}

} // namespace nc

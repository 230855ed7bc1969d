#pragma once

#include "repositories.h"

namespace nc {

// Builds the engine's input for one patient from indexed range queries only: the lookback window
// of readings and symptoms (and the antipyretic doses that can mask them), the latest lab
// results, and the treatments that can still matter — never the whole history.
class PatientHistory
{
public:
    PatientHistory(Database &db, qint64 patientId)
        : m_db(db)
        , m_patientId(patientId)
    { }

    AssessmentInput assessmentInput(const QDateTime &now) const;
    PatientSettings settings() const;

private:
    Database &m_db;
    qint64 m_patientId;
};

} // namespace nc

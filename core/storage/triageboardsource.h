#pragma once

#include "clinical/triageboard.h"
#include "database.h"

#include <QList>
#include <optional>

namespace nc {

// The rows of the triage desk's board from the clinic server: every patient's stored history run
// through the core engine (PatientHistory, the same input as the patient's own app) and the
// clinic's own state of that patient (TriageStore). Read for the whole clinic at sign-in, and for
// one patient when a notification says that patient changed.
class TriageBoardSource
{
public:
    explicit TriageBoardSource(Database &db)
        : m_db(db)
    { }

    // In no particular order (triageboard::sortByNeed() orders them).
    QList<triageboard::Row> all(const QDateTime &now) const;
    // None when this login cannot see the patient (or it is gone).
    std::optional<triageboard::Row> one(qint64 patientId, const QDateTime &now) const;

    // How far back the clinic's acknowledgements and the app's alerts are read: wider than any
    // protocol's lookback.
    static constexpr int kStateDays = 8;

private:
    Database &m_db;
};

} // namespace nc

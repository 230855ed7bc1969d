#pragma once

#include "repositories.h"

#include <QHash>

namespace nc {

// The stretch of a patient's history the engine reads at `now` under a protocol: the readings and
// symptoms of the lookback window (readings far enough back for `no_recent_reading`), the
// antipyretic doses that can mask them, and the treatments that can still matter. The end bound is
// exclusive, one millisecond past now. One function says it, for one patient and for the board.
struct HistoryWindow
{
    QDateTime readingsStart;
    QDateTime symptomsStart;
    QDateTime dosesStart;
    QDateTime treatmentsStart;
    QDateTime treatmentsEnd;
    QDateTime end;

    static HistoryWindow of(const Protocol &protocol, const QDateTime &now);
    // The window that holds both (the board reads every patient's at once).
    HistoryWindow united(const HistoryWindow &other) const;
};

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

    // The input of every patient this login may read, by patient id, from one query per record
    // kind (the triage desk's board of a whole clinic). Each equals what assessmentInput() gives
    // for that patient at `now`.
    static QHash<qint64, AssessmentInput> assessmentInputs(Database &db, const QDateTime &now);

private:
    Database &m_db;
    qint64 m_patientId;
};

} // namespace nc

#pragma once

#include "clinical/assessment.h"
#include "clinical/codetable.h"
#include "clinical/riskscores.h"
#include "clinical/scorejson.h"
#include "clinical/triage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The records only a clinic writes (CLINICAL.md §8, issue 18): telephone-triage calls and the
// clinic's acknowledgement of a patient's alert. They live on the clinic server alone; the patient's
// own acknowledgement ("I contacted my care team") is theirs, in `alerts`.
namespace nc {

enum class CallerKind { Patient, Caregiver, Other };
extern const CodeTable<CallerKind> kCallerKinds; // "patient", "caregiver", "other"; labels shown
struct callerKinds : CodeList<kCallerKinds>
{
};

// What the caller reports on the telephone, assessed on the stored history plus these.
struct CallReport
{
    QList<TemperatureReading> temperatures;
    QList<SymptomEntry> symptoms;
    QList<AntipyreticDose> antipyretics;
};

// MASCC and CISNE as the clinician filled them in during the call: decision support kept with it,
// as the items ticked (the totals and bands are always the core functions' on them).
using CallScores = scorejson::Request;

struct TriageCall
{
    qint64 id = 0;
    QString uuid;
    qint64 patientId = 0;
    QDateTime at; // when the call was taken
    QString takenBy; // the staff login, stamped by the server (session_user), never typed

    CallerKind callerKind = CallerKind::Patient;
    QString callerName;
    QString callerRelationship; // for a caregiver or another caller
    QString callbackNumber;

    CallReport report;
    // The engine's assessment on the stored history plus the report, as it stood during the call:
    // its level, protocol and reasons in the words shown then.
    Level level = Level::Ok;
    QString protocolId;
    QList<FindingMessage> reasons;

    triage::Disposition suggested = triage::Disposition::SelfCare;
    triage::Disposition disposition = triage::Disposition::SelfCare;
    QString reason; // required when the disposition is less urgent than suggested
    QString advice;

    std::optional<QDateTime> followUpDue;
    std::optional<QDateTime> followUpDoneAt;
    QString followUpDoneBy; // stamped by the server

    CallScores scores;
};

// The clinic's "seen" on a patient's alert: which alert (by the time it began), who, when.
struct ClinicAcknowledgement
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime alertSince; // the start of the call_now it answers
    QDateTime at;
    QString login; // stamped by the server
};

} // namespace nc

#pragma once

#include "repositories.h"

// Alert episodes: one row of the `alerts` table from the moment the assessment reaches a call
// level (call_today or call_now), whether or not the person ever presses "I contacted my care
// team". The acknowledgement fills in that row's time and outcome later; acknowledged_at NULL
// means "not acknowledged". So a report or the alert log shows every alert there was, not only
// those somebody answered.
namespace nc::alertepisodes {

// Whether an assessment at a call level continues `latest` (the patient's newest stored episode):
// it is unacknowledged, at least as high a level, and raised within the last `lookbackHours`.
// Anything else — acknowledged (with any outcome), a rise from call_today to call_now, or older
// than the engine looks back — ends it.
bool isOpen(const AlertRecord &latest, Level level, const QDateTime &now, int lookbackHours);

// Whether the assessment `level` at `now` begins a new episode after `latest`: a call level that
// does not continue an open episode. Pure, so the rule is tested without a window.
bool begins(Level level, const QDateTime &now, const std::optional<AlertRecord> &latest, int lookbackHours);

// The episode `assessment` begins at `now`: its level, reasons and protocol, not yet acknowledged.
AlertRecord episodeOf(qint64 patientId, const Assessment &assessment, const QDateTime &now);

// Stores the episode `assessment` begins, if it begins one, reading the newest episode and the
// protocol's lookback and writing in one transaction. The new row's id, 0 when no episode began,
// or why it could not be stored.
Expected<qint64> record(Database &db, qint64 patientId, const Assessment &assessment, const QDateTime &now);

// The episode an acknowledgement at `now` fills in: the newest, when it is unacknowledged and was
// raised within the protocol's lookback. None when there is no such episode (an acknowledgement
// then stores a row of its own).
std::optional<AlertRecord> openEpisode(Database &db, qint64 patientId, const QDateTime &now);

// The words for an episode's outcome, the same in the report and the alert log: "Not
// acknowledged" when the person never said what happened.
QString outcomeText(const std::optional<AlertOutcome> &outcome);

// The name of the protocol an episode was raised under: `current`'s when the ids match (a clinic's
// own file), else the preset's, else the stored id.
QString protocolName(const QString &protocolId, const Protocol &current);

} // namespace nc::alertepisodes

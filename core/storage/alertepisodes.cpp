#include "alertepisodes.h"

#include "patienthistory.h"

#include <QCoreApplication>

namespace nc::alertepisodes {

namespace {

// A class's tr(), so lupdate files the texts under one context (see repositories.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::AlertEpisodes)
};

bool isCallLevel(Level level)
{
    return level == Level::CallNow || level == Level::CallToday;
}

int lookbackOf(Database &db, qint64 patientId)
{
    return PatientHistory(db, patientId).settings().protocolInForce().lookbackHours;
}

std::optional<AlertRecord> newestBefore(Database &db, qint64 patientId, const QDateTime &now)
{
    // Rows stamped after `now` (a clock set back, an import) are not this episode.
    const QList<AlertRecord> newest = AlertRepository(db).latestBefore(patientId, now.addMSecs(1), 1);
    return newest.isEmpty() ? std::nullopt : std::optional(newest.constFirst());
}

} // namespace

bool isOpen(const AlertRecord &latest, Level level, const QDateTime &now, int lookbackHours)
{
    return !latest.acknowledgedAt && latest.level >= level
        && latest.raisedAt >= now.addSecs(-qint64(lookbackHours) * 3600);
}

bool begins(Level level, const QDateTime &now, const std::optional<AlertRecord> &latest, int lookbackHours)
{
    return isCallLevel(level) && !(latest && isOpen(*latest, level, now, lookbackHours));
}

AlertRecord episodeOf(qint64 patientId, const Assessment &assessment, const QDateTime &now)
{
    AlertRecord r;
    r.patientId = patientId;
    r.raisedAt = now;
    r.level = assessment.level;
    for (const FindingMessage &reason : assessment.reasons)
        r.reasonCodes << findings::code(reason.code);
    r.protocolId = assessment.protocolId;
    return r;
}

Expected<qint64> record(Database &db, qint64 patientId, const Assessment &assessment, const QDateTime &now)
{
    if (!isCallLevel(assessment.level))
        return qint64(0);
    // Read and write in one transaction, so two windows on the same file cannot both begin it.
    Transaction tx(db);
    if (!begins(assessment.level, now, newestBefore(db, patientId, now), lookbackOf(db, patientId)))
        return qint64(0);
    const Expected<qint64> id = AlertRepository(db).add(episodeOf(patientId, assessment, now));
    if (!id)
        return id;
    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return id;
}

std::optional<AlertRecord> openEpisode(Database &db, qint64 patientId, const QDateTime &now)
{
    const std::optional<AlertRecord> latest = newestBefore(db, patientId, now);
    // Any level counts here: the acknowledgement answers whichever call the episode was.
    if (latest && isOpen(*latest, Level::Ok, now, lookbackOf(db, patientId)))
        return latest;
    return std::nullopt;
}

QString outcomeText(const std::optional<AlertOutcome> &outcome)
{
    if (!outcome)
        return Text::tr("Not acknowledged");
    switch (*outcome) {
    case AlertOutcome::WentToHospital:
        return Text::tr("Told to go to hospital");
    case AlertOutcome::StayHomeMonitor:
        return Text::tr("Told to stay at home and keep checking");
    case AlertOutcome::CouldNotReach:
        return Text::tr("Could not reach the care team");
    }
    return {};
}

QString protocolName(const QString &protocolId, const Protocol &current)
{
    if (protocolId == current.id)
        return current.displayName();
    if (const std::optional<Protocol> preset = Protocol::preset(protocolId))
        return preset->displayName();
    return protocolId;
}

} // namespace nc::alertepisodes

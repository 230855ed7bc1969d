#include "session.h"

#include "storage/alertepisodes.h"

#include <algorithm>

namespace nc {

Session::Session(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock([] {
        return QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc());
    })
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &Session::notifyChanged);
    // Connected first, so every screen that refreshes on a change already reads the episode.
    connect(this, &Session::dataChanged, this, &Session::recordAlertEpisode);
}

bool Session::setPatient(qint64 patientId)
{
    if (patientId == m_patientId)
        return false;
    m_patientId = patientId;
    // Undoing another person's edit from this profile would mix their data.
    m_undo.clear();
    Q_EMIT patientChanged();
    Q_EMIT dataChanged();
    return true;
}

QList<Patient> Session::patients() const
{
    return PatientRepository(m_db).all();
}

QString Session::patientName() const
{
    const auto patient = PatientRepository(m_db).get(m_patientId);
    return patient ? patient->name : QString();
}

PatientSettings Session::settings() const
{
    return PatientSettingsRepository(m_db).get(m_patientId);
}

std::optional<QString> Session::saveSettings(const PatientSettings &settings)
{
    auto error = PatientSettingsRepository(m_db).save(m_patientId, settings);
    if (!error)
        notifyChanged();
    return error;
}

Assessment Session::assessAt(const QDateTime &at) const
{
    // On a clinic server, a connection dropped since the last assessment must not read as an empty
    // history, which would assess as "all well".
    m_db.reconnectIfLost();
    return nc::assess(PatientHistory(m_db, m_patientId).assessmentInput(at));
}

void Session::recordAlertEpisode()
{
    // The patient's own app records its alerts; a read-only view (the desk) writes none.
    if (!m_patientId || m_readOnly)
        return;
    const QDateTime at = now();
    const Expected<qint64> stored = alertepisodes::record(m_db, m_patientId, assessAt(at), at);
    if (!stored)
        reportSaveError(stored.error().message);
}

void Session::reload()
{
    m_undo.clear();
    const auto all = patients();
    const bool kept
        = std::any_of(all.cbegin(), all.cend(), [this](const Patient &p) { return p.id == m_patientId; });
    m_patientId = kept ? m_patientId : (all.isEmpty() ? 0 : all.first().id);
    Q_EMIT patientChanged();
    Q_EMIT dataChanged();
}

void Session::notifyChanged()
{
    Q_EMIT dataChanged();
}

} // namespace nc

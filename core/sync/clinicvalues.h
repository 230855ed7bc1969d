#pragma once

#include "clinical/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// Clinic → home (DESIGN.md "The home link", issue 19): what the clinic sets for a patient on its
// server — the fever protocol, the clinic's name and numbers, the usual level (baseline ANC) and the
// lower limit of normal — comes home and applies, and so does the nurse's advice of the latest
// telephone-triage call. These values belong to the clinic as the records belong to the patient's
// app, so nothing is written on both sides: the app only reads them from the server.
namespace nc {

// One value as the app had it and as the clinic set it (text, as the person will read it compared).
struct ClinicChange
{
    enum class Field { Protocol, ClinicName, InHoursNumber, OutOfHoursNumber, LlnAnc, BaselineAnc, Advice };
    Field field = Field::Protocol;
    QString before;
    QString after;

    bool operator==(const ClinicChange &) const = default;
};

// The last time the clinic's values changed what the app uses, and what changed then. Kept in the
// profile's preferences (so the clinic sees, through the link, what reached the app).
struct ClinicUpdate
{
    QDateTime at;
    QList<ClinicChange> changes;
    qint64 serverUpdatedMs = 0; // the server's row as last applied
    qint64 adviceCallMs = 0; // the call whose advice was last taken
    // A protocol from the clinic that was refused, in words, until one is taken again.
    QString refused;
};

class ClinicValuesReceiver
{
public:
    ClinicValuesReceiver(Database &local, Database &server)
        : m_local(local)
        , m_server(server)
    { }

    // Reads the clinic's values of `serverPatientId` and applies to `localPatientId` those the clinic
    // set that differ, in one transaction; returns them (none: nothing new). A protocol that fails
    // the checks a protocol file gets is refused, with the reason, and nothing at all is applied.
    Expected<QList<ClinicChange>> receive(qint64 localPatientId, qint64 serverPatientId, const QDateTime &at);

    // The last update that changed something, if any.
    static std::optional<ClinicUpdate> lastUpdate(Database &local, qint64 patientId);

private:
    Database &m_local;
    Database &m_server;
};

} // namespace nc

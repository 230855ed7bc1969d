#pragma once

#include "clinical/assessment.h"
#include "cliniccontact.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// What the database stores for each record kind: a clinical value plus what a person adds to it.
// id 0 means "not stored yet"; a record with an id, added again, is restored with that id (undo).
namespace nc {

struct Patient
{
    qint64 id = 0;
    QString name;
    std::optional<int> birthYear;
};

// With the clinic's name and numbers as the person typed them (ClinicContact).
struct PatientSettings : ClinicContact
{
    Protocol protocol = Protocol::defaultProtocol(); // as chosen: a preset or a clinic's protocol file
    TemperatureUnit displayUnit = TemperatureUnit::Celsius;
    QString language = QStringLiteral("en");
    // Set in Settings as the clinic says; empty when not set. The lower limit of normal is a
    // protocol number, applied by protocolInForce(). The usual level (Duffy-null baseline) is the
    // patient's own and no protocol key: the engine takes it as AssessmentInput::baselineAnc.
    std::optional<double> clinicLlnAnc;
    std::optional<double> baselineAnc;

    // True when the protocol is a clinic's own file, not a preset as shipped (names aside: a
    // preset's name follows the language it was saved in).
    bool protocolFromClinicFile() const
    {
        const std::optional<Protocol> preset = Protocol::preset(protocol.id);
        if (!preset)
            return true;
        Protocol sameRules = protocol;
        sameRules.name = preset->name;
        return sameRules != *preset;
    }

    // The protocol whose numbers apply everywhere: what the engine decides with (PatientHistory,
    // so Today), the charts, the printed documents and the CLI's printing commands, which load the
    // same settings. The one precedence rule (CLINICAL.md §3, the protocol is the one source of
    // its numbers): a clinic's protocol file applies as it is, its lln_anc included (the default
    // when the file has none), and the LLN set in Settings does not; with a preset, the LLN set in
    // Settings, if any, replaces the preset's default.
    Protocol protocolInForce() const
    {
        Protocol p = protocol;
        if (clinicLlnAnc && !protocolFromClinicFile())
            p.llnAnc = *clinicLlnAnc;
        return p;
    }
};

struct TemperatureRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    TemperatureReading reading;
    QString note;
};

struct BloodCountRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    BloodCount count;
    CountUnit enteredUnit = CountUnit::CellsPerMicrolitre;
    QString lab;
    QString note;
};

struct SymptomRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    SymptomEntry entry;
    QString note;
};

struct TreatmentRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    Treatment treatment;
    QString regimen;
    QString note;
};

struct MedicineRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString name;
    QString dose;
    std::optional<QDate> started;
    std::optional<QDate> stopped;
    QString note;
};

struct AntipyreticRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    AntipyreticDose dose;
    QString note;
};

enum class AlertOutcome { WentToHospital, StayHomeMonitor, CouldNotReach };
QString alertOutcomeCode(AlertOutcome outcome);
std::optional<AlertOutcome> alertOutcomeFromCode(const QString &code);

struct AlertRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime raisedAt;
    Level level = Level::CallNow;
    QStringList reasonCodes;
    QString protocolId;
    std::optional<QDateTime> acknowledgedAt;
    std::optional<AlertOutcome> outcome;
    QString note;
};

} // namespace nc

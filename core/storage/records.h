#pragma once

#include "clinical/assessment.h"

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

struct PatientSettings
{
    Protocol protocol = Protocol::defaultProtocol();
    QString clinicName;
    QString inHoursNumber;
    QString outOfHoursNumber;
    TemperatureUnit displayUnit = TemperatureUnit::Celsius;
    QString language = QStringLiteral("en");
    double llnAnc = grading::kDefaultLln;
    std::optional<double> baselineAnc;
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

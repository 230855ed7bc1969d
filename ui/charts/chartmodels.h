#pragma once

#include "storage/chartdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// What the charts show, as plain values built from records, the protocol and the grading code:
// tested without rendering, and drawn by whatever chart library ui/charts uses.
namespace nc::charts {

enum class ThresholdKind { Single, Sustained, Watch, Low };

// A protocol threshold as a labelled horizontal line, in the display unit.
struct ThresholdLine
{
    ThresholdKind kind;
    double value = 0;
    QString title; // what it means, in the protocol's words: "Fever, call now"
    QString detail; // the rule: "38.3 °C or higher"
    QString label() const { return title + QStringLiteral(": ") + detail; }
};

struct TemperaturePoint
{
    QDateTime time;
    double value = 0; // display unit
    double celsius = 0;
    MeasurementSite site = MeasurementSite::Oral;
    QString note;
    bool fever = false; // met the single threshold, or belongs to a run meeting the sustained rule
    bool low = false; // below the protocol's low threshold
    bool masked = false; // within 6 h of an antipyretic: "may be masked"
};

class TemperatureChartModel
{
    Q_DECLARE_TR_FUNCTIONS(nc::charts::TemperatureChartModel)
public:
    // `records` sorted by time; `columns` is the plot's width in pixels, which bounds the points.
    static TemperatureChartModel build(const QList<TemperatureRecord> &records,
        const QList<AntipyreticDose> &antipyretics, const Protocol &protocol, TemperatureUnit unit,
        const TimeRange &range, int columns);

    TemperatureUnit unit = TemperatureUnit::Celsius;
    QString protocolName;
    QList<ThresholdLine> thresholds;
    QList<TemperaturePoint> points; // in the range (plus one neighbour each side), downsampled
    qsizetype readingsInRange = 0; // before downsampling
    double yMin = 0;
    double yMax = 0;

    bool isEmpty() const { return readingsInRange == 0; }
    QString axisTitle() const;
    static QString emptyMessage();
    QString tooltip(const TemperaturePoint &point) const;
};

// A severity class of CLINICAL.md §2 as a horizontal band, bounds from core/clinical/grading.h.
struct SeverityBand
{
    Severity severity;
    double lower = 0; // cells/µL, inclusive
    std::optional<double> upper; // exclusive; none for "normal"
    QString title; // "Severe neutropenia"
    QString detail; // "100 to under 500/µL"
    QString label() const { return title + QStringLiteral(": ") + detail; }
};

struct AncPoint
{
    QDateTime time;
    double anc = 0; // cells/µL
    AncProvenance provenance = AncProvenance::Measured;
    QString lab;
    QString note;
};

class AncChartModel
{
    Q_DECLARE_TR_FUNCTIONS(nc::charts::AncChartModel)
public:
    static QList<SeverityBand> severityBands();

    static AncChartModel build(const QList<BloodCountRecord> &records, const PatientSettings &settings,
        const QDateTime &now, const TimeRange &range, int columns);

    QList<SeverityBand> bands;
    QList<AncPoint> points; // in the range (plus one neighbour each side), downsampled
    qsizetype countsInRange = 0;
    std::optional<double> baseline; // cells/µL, clinic-set
    QString baselineLabel;
    std::optional<double> lln; // cells/µL: the protocol's lower limit of normal, when the clinic set one
    QString llnLabel;
    std::optional<AncPoint> staleLatest; // the latest count, when it is out of date
    QString staleLabel;
    double yMin = 0; // the chart uses a log scale: the severity classes span 100…1500
    double yMax = 0;

    bool isEmpty() const { return countsInRange == 0; }
    static QString axisTitle();
    static QString emptyMessage();
    static QString formatAnc(double anc);
    QString tooltip(const AncPoint &point) const;
};

struct DoseMarker
{
    QDate date;
    TreatmentKind kind = TreatmentKind::Chemotherapy;
    QString label; // the regimen, if the person named it
};

struct NadirShade
{
    QDate doseDate;
    QDate start;
    QDate end; // inclusive
    bool gcsf = false;
    QString label; // "Low-count days: predicted, not a blood count"
    QString shortLabel; // where the long one does not fit
};

// Chemotherapy and G-CSF doses and the predicted nadir windows (core/clinical/nadir.h).
class TreatmentOverlay
{
    Q_DECLARE_TR_FUNCTIONS(nc::charts::TreatmentOverlay)
public:
    static TreatmentOverlay build(
        const QList<TreatmentRecord> &records, const Protocol &protocol, const TimeRange &range);

    QList<DoseMarker> chemotherapy;
    QList<DoseMarker> gcsf;
    QList<NadirShade> nadirWindows;
};

} // namespace nc::charts

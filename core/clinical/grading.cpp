#include "grading.h"

#include <QCoreApplication>

namespace nc::grading {

Severity severity(double anc)
{
    if (anc >= kNormalFloor)
        return Severity::Normal;
    if (anc >= kMildFloor)
        return Severity::Mild;
    if (anc >= kModerateFloor)
        return Severity::Moderate;
    if (anc >= kSevereFloor)
        return Severity::Severe;
    return Severity::Profound;
}

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QStringLiteral("normal");
    case Severity::Mild:
        return QStringLiteral("mild");
    case Severity::Moderate:
        return QStringLiteral("moderate");
    case Severity::Severe:
        return QStringLiteral("severe");
    case Severity::Profound:
        return QStringLiteral("profound");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QCoreApplication::translate("nc::grading", "Normal");
    case Severity::Mild:
        return QCoreApplication::translate("nc::grading", "Mild neutropenia");
    case Severity::Moderate:
        return QCoreApplication::translate("nc::grading", "Moderate neutropenia");
    case Severity::Severe:
        return QCoreApplication::translate("nc::grading", "Severe neutropenia");
    case Severity::Profound:
        return QCoreApplication::translate("nc::grading", "Profound neutropenia");
    }
    return {};
}

int ctcaeV5(double anc, double lln)
{
    if (anc >= lln)
        return 0;
    if (anc >= kNormalFloor)
        return 1;
    if (anc >= kMildFloor)
        return 2;
    if (anc >= kModerateFloor)
        return 3;
    return 4;
}

int ctcaeV6(double anc)
{
    // v6.0 (2025) moved every boundary one class down and anchored grade 0 at 1500/µL: its grades
    // line up with the severity classes.
    switch (severity(anc)) {
    case Severity::Normal:
        return 0;
    case Severity::Mild:
        return 1;
    case Severity::Moderate:
        return 2;
    case Severity::Severe:
        return 3;
    case Severity::Profound:
        return 4;
    }
    return 0;
}

int ctcae(CtcaeVersion version, double anc, double lln)
{
    return version == CtcaeVersion::V5 ? ctcaeV5(anc, lln) : ctcaeV6(anc);
}

QString ctcaeLabel(CtcaeVersion version)
{
    return version == CtcaeVersion::V5 ? QStringLiteral("CTCAE v5.0") : QStringLiteral("CTCAE v6.0");
}

BaselineReading severityWithBaseline(double anc, std::optional<double> baselineAnc)
{
    const Severity raw = severity(anc);
    if (raw == Severity::Mild && baselineAnc && *baselineAnc >= kMinimumBaselineAnc && anc >= *baselineAnc)
        return { Severity::Normal, true };
    return { raw, false };
}

double ageHours(const QDateTime &resultTime, const QDateTime &now)
{
    return resultTime.msecsTo(now) / 3'600'000.0;
}

bool isStale(const QDateTime &resultTime, const QDateTime &now, int staleDays)
{
    return resultTime.msecsTo(now) > qint64(staleDays) * 24 * 3'600'000;
}

} // namespace nc::grading

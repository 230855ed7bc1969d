#include "thresholdtext.h"

#include "clinical/temperature.h"

#include <cmath>
#include <functional>

namespace nc {

namespace {

// One decimal, as thermometers show and people type.
double tenthsToValue(int tenths)
{
    return tenths / 10.0;
}

bool fires(int tenths, TemperatureUnit unit, const std::function<bool(double)> &rule)
{
    return rule(units::toCelsius(tenthsToValue(tenths), unit));
}

// A few tenths either side of the rounded threshold always contain the boundary.
constexpr int kSearchTenths = 4;

} // namespace

TemperatureTrigger TemperatureTrigger::high(double thresholdC, bool inclusive, TemperatureUnit unit)
{
    const auto rule = [&](double c) { return units::meetsThreshold(c, thresholdC, inclusive); };
    const int centre = int(std::lround(units::fromCelsius(thresholdC, unit) * 10));
    TemperatureTrigger t;
    t.unit = unit;
    if (inclusive) {
        // The lowest reading that fires.
        t.kind = Kind::AtOrAbove;
        int tenths = centre - kSearchTenths;
        while (!fires(tenths, unit, rule))
            ++tenths;
        t.displayValue = tenthsToValue(tenths);
    } else {
        // The highest reading that does not fire: "above" it fires.
        t.kind = Kind::Above;
        int tenths = centre + kSearchTenths;
        while (fires(tenths, unit, rule))
            --tenths;
        t.displayValue = tenthsToValue(tenths);
    }
    return t;
}

TemperatureTrigger TemperatureTrigger::low(double thresholdC, TemperatureUnit unit)
{
    const auto rule = [&](double c) { return units::belowThreshold(c, thresholdC); };
    const int centre = int(std::lround(units::fromCelsius(thresholdC, unit) * 10));
    TemperatureTrigger t;
    t.unit = unit;
    t.kind = Kind::Below;
    // The lowest reading that does not fire: "below" it fires.
    int tenths = centre - kSearchTenths;
    while (fires(tenths, unit, rule))
        ++tenths;
    t.displayValue = tenthsToValue(tenths);
    return t;
}

QString TemperatureTrigger::value() const
{
    return Temperature::format(units::toCelsius(displayValue, unit), unit);
}

QString TemperatureTrigger::qualifier() const
{
    switch (kind) {
    case Kind::AtOrAbove:
        return tr("or higher");
    case Kind::Above:
        return tr("above");
    case Kind::Below:
        return tr("below");
    }
    return {};
}

QString TemperatureTrigger::phrase() const
{
    switch (kind) {
    case Kind::AtOrAbove:
        return tr("%1 or higher").arg(value());
    case Kind::Above:
        return tr("above %1").arg(value());
    case Kind::Below:
        return tr("below %1").arg(value());
    }
    return {};
}

namespace triggers {

QString duration(int minutes)
{
    // Singular and plural spelled out: without a translation file Qt's %n leaves "(s)" in English.
    if (minutes == 60)
        return TemperatureTrigger::tr("1 hour");
    if (minutes % 60 == 0)
        return TemperatureTrigger::tr("%1 hours").arg(minutes / 60);
    return minutes == 1 ? TemperatureTrigger::tr("1 minute")
                        : TemperatureTrigger::tr("%1 minutes").arg(minutes);
}

QString sustainedPhrase(const Protocol::Sustained &sustained, TemperatureUnit unit)
{
    const auto trigger = TemperatureTrigger::high(sustained.thresholdC, sustained.inclusive, unit);
    return TemperatureTrigger::tr("%1 for %2 or longer").arg(trigger.phrase(), duration(sustained.minutes));
}

} // namespace triggers

} // namespace nc

#include "thresholdtext.h"

#include "temperature.h"

#include <cmath>

namespace nc {

namespace {

// One decimal, as thermometers show and people type.
double tenthsToValue(int tenths)
{
    return tenths / 10.0;
}

// A few tenths either side of the rounded threshold always contain the boundary.
constexpr int kSearchTenths = 4;

int centreTenths(double thresholdC, TemperatureUnit unit)
{
    return int(std::lround(units::fromCelsius(thresholdC, unit) * 10));
}

template<typename Rule> bool fires(int tenths, TemperatureUnit unit, const Rule &rule)
{
    return rule(units::toCelsius(tenthsToValue(tenths), unit));
}

} // namespace

TemperatureTrigger TemperatureTrigger::high(double thresholdC, bool inclusive, TemperatureUnit unit)
{
    const auto rule = [&](double c) { return units::meetsThreshold(c, thresholdC, inclusive); };
    // The lowest reading that fires.
    int tenths = centreTenths(thresholdC, unit) - kSearchTenths;
    while (!fires(tenths, unit, rule))
        ++tenths;
    return { Kind::AtOrAbove, tenthsToValue(tenths), unit };
}

TemperatureTrigger TemperatureTrigger::low(double thresholdC, TemperatureUnit unit)
{
    const auto rule = [&](double c) { return units::belowThreshold(c, thresholdC); };
    // The highest reading that fires.
    int tenths = centreTenths(thresholdC, unit) + kSearchTenths;
    while (!fires(tenths, unit, rule))
        --tenths;
    return { Kind::AtOrBelow, tenthsToValue(tenths), unit };
}

QString TemperatureTrigger::value() const
{
    return Temperature::format(units::toCelsius(displayValue, unit), unit);
}

QString TemperatureTrigger::qualifier() const
{
    return kind == Kind::AtOrAbove ? tr("or higher") : tr("or lower");
}

QString TemperatureTrigger::phrase() const
{
    return kind == Kind::AtOrAbove ? tr("%1 or higher").arg(value()) : tr("%1 or lower").arg(value());
}

namespace triggers {

QString duration(int minutes)
{
    // One spelled out, the rest as plural messages written in English's plural: without a translation
    // file Qt's "%n" reads right for any other count, and a language with more forms (Arabic has six)
    // makes each number agree.
    if (minutes == 60)
        return TemperatureTrigger::tr("1 hour");
    if (minutes % 60 == 0)
        return TemperatureTrigger::tr("%n hours", nullptr, minutes / 60);
    return minutes == 1 ? TemperatureTrigger::tr("1 minute")
                        : TemperatureTrigger::tr("%n minutes", nullptr, minutes);
}

QString sustainedPhrase(const Protocol::Sustained &sustained, TemperatureUnit unit)
{
    const auto trigger = TemperatureTrigger::high(sustained.thresholdC, sustained.inclusive, unit);
    return TemperatureTrigger::tr("%1 for %2 or longer").arg(trigger.phrase(), duration(sustained.minutes));
}

} // namespace triggers

} // namespace nc

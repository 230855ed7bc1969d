#pragma once

#include "protocol.h"
#include "units.h"

#include <QCoreApplication>
#include <QString>

namespace nc {

// A protocol's temperature trigger as a person reads it off a thermometer: the first one-decimal
// value in the display unit that fires the rule, found with the engine's own comparison
// (units::meetsThreshold / belowThreshold). Every screen, chart, document and notification words a
// threshold through this one type, so the number shown is the number that, typed, triggers:
// us-idsa's ≥ 38.3 °C reads "101.0 °F or higher" (100.9 °F does not fire), an exclusive
// "> 38.0 °C" reads "38.1 °C or higher" / "100.5 °F or higher", uk-37.5's "< 36.0 °C" reads
// "35.9 °C or lower".
struct TemperatureTrigger
{
    Q_DECLARE_TR_FUNCTIONS(nc::TemperatureTrigger)
public:
    enum class Kind { AtOrAbove, AtOrBelow };

    Kind kind = Kind::AtOrAbove;
    double displayValue = 0; // one decimal, in `unit`: the first value that fires
    TemperatureUnit unit = TemperatureUnit::Celsius;

    static TemperatureTrigger high(double thresholdC, bool inclusive, TemperatureUnit unit);
    static TemperatureTrigger low(double thresholdC, TemperatureUnit unit);

    QString value() const; // "38.3 °C"
    QString phrase() const; // "38.3 °C or higher", "35.9 °C or lower"
    QString qualifier() const; // "or higher", "or lower": printed beside a big value
};

// The rules of a protocol in words, for screens and documents.
namespace triggers {
// "38.0 °C or higher for 1 hour or longer"
QString sustainedPhrase(const Protocol::Sustained &sustained, TemperatureUnit unit);
// "1 hour", "2 hours", "90 minutes"
QString duration(int minutes);
} // namespace triggers

} // namespace nc

#pragma once

#include "clinical/protocol.h"
#include "clinical/units.h"

#include <QCoreApplication>
#include <QString>

namespace nc {

// A protocol's temperature trigger as a person reads it off a thermometer: the one-decimal value
// in the display unit from which the rule fires, found with the engine's own comparison
// (units::meetsThreshold / belowThreshold), so a printed number can never disagree with an alert.
// us-idsa's ≥ 38.3 °C prints as "101.0 °F or higher" (100.9 °F does not fire); an exclusive
// "> 38.0 °C" prints as "above 38.0 °C".
struct TemperatureTrigger
{
    Q_DECLARE_TR_FUNCTIONS(nc::TemperatureTrigger)
public:
    enum class Kind { AtOrAbove, Above, Below };

    Kind kind = Kind::AtOrAbove;
    double displayValue = 0; // one decimal, in `unit`
    TemperatureUnit unit = TemperatureUnit::Celsius;

    static TemperatureTrigger high(double thresholdC, bool inclusive, TemperatureUnit unit);
    static TemperatureTrigger low(double thresholdC, TemperatureUnit unit);

    QString value() const; // "38.3 °C"
    QString phrase() const; // "38.3 °C or higher", "above 38.0 °C", "below 36.0 °C"
    QString qualifier() const; // "or higher", "above", "below": printed beside a big value
    bool qualifierFirst() const { return kind != Kind::AtOrAbove; }
};

// The rules of a protocol in words, for documents.
namespace triggers {
// "38.0 °C or higher for 60 minutes or more"
QString sustainedPhrase(const Protocol::Sustained &sustained, TemperatureUnit unit);
// "60 minutes", "2 hours"
QString duration(int minutes);
} // namespace triggers

} // namespace nc

#pragma once

#include "codetable.h"
#include "result.h"
#include "units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace nc {

// Where the thermometer was. Thresholds are defined on oral readings and no site offset is
// evidence-based (Sund-Levander 2012), so the site only adds notes; it never shifts a value.
enum class MeasurementSite { Oral, Tympanic, Temporal, Axillary, Rectal };

// Codes "oral", "tympanic", "temporal", "axillary", "rectal"; labels in the context "nc::sites".
extern const CodeTable<MeasurementSite> kMeasurementSites;
struct sites : CodeList<kMeasurementSites>
{
    static bool mayReadLow(MeasurementSite site); // axillary, temporal, tympanic
};

// A temperature as a person entered it, with its canonical value in °C.
class Temperature
{
    Q_DECLARE_TR_FUNCTIONS(nc::Temperature)
public:
    // Plausible range of CLINICAL.md §1.
    static constexpr double kMinC = 30.0;
    static constexpr double kMaxC = 45.0;

    // Validates the value in its unit: out of range → refused, with "did you mean °F/°C?" when it
    // is plausible only in the other unit (101 typed as °C, 38.4 typed as °F).
    // An empty value (0 °C, never plausible) for containers; real values come from fromInput().
    Temperature() = default;

    static Expected<Temperature> fromInput(
        double value, TemperatureUnit unit, MeasurementSite site = MeasurementSite::Oral);

    double celsius() const { return m_celsius; }
    double enteredValue() const { return m_entered; }
    TemperatureUnit enteredUnit() const { return m_unit; }
    MeasurementSite site() const { return m_site; }
    double in(TemperatureUnit unit) const { return units::fromCelsius(m_celsius, unit); }

    // "38.4 °C" / "101.1 °F", one decimal, reading left to right in right-to-left text too.
    static QString format(double celsius, TemperatureUnit unit);

    bool operator==(const Temperature &) const = default;

private:
    Temperature(double celsius, double entered, TemperatureUnit unit, MeasurementSite site);
    double m_celsius = 0;
    double m_entered = 0;
    TemperatureUnit m_unit = TemperatureUnit::Celsius;
    MeasurementSite m_site = MeasurementSite::Oral;
};

struct TemperatureReading
{
    QDateTime time;
    Temperature temperature;
    // The person ticked "I took paracetamol or ibuprofen in the last 6 hours" without logging
    // the dose itself: the reading is masked just as if a dose had been logged.
    bool antipyreticReported = false;
};

} // namespace nc

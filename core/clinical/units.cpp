#include "units.h"

#include "bidi.h"

namespace nc::units {

double fahrenheitToCelsius(double fahrenheit)
{
    return (fahrenheit - 32.0) * 5.0 / 9.0;
}

double celsiusToFahrenheit(double celsius)
{
    return celsius * 9.0 / 5.0 + 32.0;
}

double toCelsius(double value, TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? value : fahrenheitToCelsius(value);
}

double fromCelsius(double celsius, TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? celsius : celsiusToFahrenheit(celsius);
}

double cellsPerMicrolitreFactor(CountUnit unit)
{
    switch (unit) {
    case CountUnit::CellsPerMicrolitre:
        return 1.0;
    case CountUnit::GigaPerLitre:
    case CountUnit::KiloPerMicrolitre:
        return 1000.0;
    }
    return 1.0;
}

double toCellsPerMicrolitre(double value, CountUnit unit)
{
    return value * cellsPerMicrolitreFactor(unit);
}

bool meetsThreshold(double celsius, double thresholdC, bool inclusive)
{
    return inclusive ? celsius >= thresholdC - kTemperatureEpsilonC
                     : celsius > thresholdC + kTemperatureEpsilonC;
}

bool belowThreshold(double celsius, double thresholdC)
{
    return celsius < thresholdC - kTemperatureEpsilonC;
}

QString temperatureUnitCode(TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? QStringLiteral("C") : QStringLiteral("F");
}

std::optional<TemperatureUnit> temperatureUnitFromCode(const QString &code)
{
    if (code == QLatin1String("C"))
        return TemperatureUnit::Celsius;
    if (code == QLatin1String("F"))
        return TemperatureUnit::Fahrenheit;
    return std::nullopt;
}

QString countUnitCode(CountUnit unit)
{
    switch (unit) {
    case CountUnit::CellsPerMicrolitre:
        return QStringLiteral("cells/uL");
    case CountUnit::GigaPerLitre:
        return QStringLiteral("10^9/L");
    case CountUnit::KiloPerMicrolitre:
        return QStringLiteral("10^3/uL");
    }
    return {};
}

std::optional<CountUnit> countUnitFromCode(const QString &code)
{
    for (auto unit :
        { CountUnit::CellsPerMicrolitre, CountUnit::GigaPerLitre, CountUnit::KiloPerMicrolitre }) {
        if (countUnitCode(unit) == code)
            return unit;
    }
    return std::nullopt;
}

QString temperatureUnitSymbol(TemperatureUnit unit)
{
    return bidi::leftToRight(unit == TemperatureUnit::Celsius ? QStringLiteral("°C") : QStringLiteral("°F"));
}

QString countUnitSymbol(CountUnit unit)
{
    switch (unit) {
    case CountUnit::CellsPerMicrolitre:
        return bidi::leftToRight(QStringLiteral("cells/µL"));
    case CountUnit::GigaPerLitre:
        return bidi::leftToRight(QStringLiteral("×10⁹/L"));
    case CountUnit::KiloPerMicrolitre:
        return bidi::leftToRight(QStringLiteral("×10³/µL"));
    }
    return {};
}

} // namespace nc::units

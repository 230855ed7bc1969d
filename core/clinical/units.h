#pragma once

#include <QString>
#include <optional>

// Units, unit conversion and the boundary tolerance of CLINICAL.md §1.
namespace nc {

enum class TemperatureUnit { Celsius, Fahrenheit };

// Blood count units. 1.0 ×10⁹/L = 1.0 ×10³/µL = 1,000 cells/µL.
enum class CountUnit { CellsPerMicrolitre, GigaPerLitre, KiloPerMicrolitre };

namespace units {

// Tolerance for comparing temperatures with a threshold, in °C (CLINICAL.md §1): it makes the
// rounded Fahrenheit thresholds (100.4 °F, 101 °F) land on the Celsius ones (38.0 °C, 38.3 °C).
inline constexpr double kTemperatureEpsilonC = 0.005;

double fahrenheitToCelsius(double fahrenheit);
double celsiusToFahrenheit(double celsius);
double toCelsius(double value, TemperatureUnit unit);
double fromCelsius(double celsius, TemperatureUnit unit);

// The factor that turns a value in `unit` into cells/µL.
double cellsPerMicrolitreFactor(CountUnit unit);
double toCellsPerMicrolitre(double value, CountUnit unit);

// "≥ T": v ≥ T − ε; "> T": v > T + ε; "< L": v < L − ε (all in °C).
bool meetsThreshold(double celsius, double thresholdC, bool inclusive);
bool belowThreshold(double celsius, double thresholdC);

// Stable codes used in files and the CLI ("C", "F"; "cells/uL", "10^9/L", "10^3/uL").
QString temperatureUnitCode(TemperatureUnit unit);
std::optional<TemperatureUnit> temperatureUnitFromCode(const QString &code);
QString countUnitCode(CountUnit unit);
std::optional<CountUnit> countUnitFromCode(const QString &code);

// Symbols for people ("°C", "°F", "cells/µL", "×10⁹/L", "×10³/µL").
QString temperatureUnitSymbol(TemperatureUnit unit);
QString countUnitSymbol(CountUnit unit);

} // namespace units
} // namespace nc

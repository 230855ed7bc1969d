#include "temperature.h"

#include "bidi.h"

#include <QLocale>
#include <cmath>

namespace nc {

namespace {
// Display names are marked for translation here and translated by the table.
constexpr CodeRow<MeasurementSite> kSiteRows[] = {
    { MeasurementSite::Oral, "oral", QT_TRANSLATE_NOOP("nc::sites", "By mouth (oral)") },
    { MeasurementSite::Tympanic, "tympanic", QT_TRANSLATE_NOOP("nc::sites", "In the ear (tympanic)") },
    { MeasurementSite::Temporal, "temporal", QT_TRANSLATE_NOOP("nc::sites", "Forehead (temporal)") },
    { MeasurementSite::Axillary, "axillary", QT_TRANSLATE_NOOP("nc::sites", "Under the arm (axillary)") },
    { MeasurementSite::Rectal, "rectal", QT_TRANSLATE_NOOP("nc::sites", "Rectal (not advised)") },
};
} // namespace

const CodeTable<MeasurementSite> kMeasurementSites("nc::sites", kSiteRows);

bool sites::mayReadLow(MeasurementSite site)
{
    return site == MeasurementSite::Axillary || site == MeasurementSite::Temporal
        || site == MeasurementSite::Tympanic;
}

Temperature::Temperature(double celsius, double entered, TemperatureUnit unit, MeasurementSite site)
    : m_celsius(celsius)
    , m_entered(entered)
    , m_unit(unit)
    , m_site(site)
{ }

namespace {
bool plausibleCelsius(double celsius)
{
    return celsius >= Temperature::kMinC && celsius <= Temperature::kMaxC;
}
} // namespace

Expected<Temperature> Temperature::fromInput(double value, TemperatureUnit unit, MeasurementSite site)
{
    const QString field = QStringLiteral("value");
    if (!std::isfinite(value))
        return InputError { field, tr("Please enter the temperature as a number.") };

    const double celsius = units::toCelsius(value, unit);
    if (plausibleCelsius(celsius))
        return Temperature(celsius, value, unit, site);

    // The unit comes from the unit field, never from the size of the number: a slip is refused
    // and the person is asked, so a fever is never silently misread.
    const QLocale locale;
    const auto other
        = unit == TemperatureUnit::Celsius ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius;
    if (plausibleCelsius(units::toCelsius(value, other))) {
        return InputError { field,
            tr("%1 %2 is not a plausible body temperature. Did you mean %1 %3?")
                .arg(locale.toString(value, 'f', 1), units::temperatureUnitSymbol(unit),
                    units::temperatureUnitSymbol(other)) };
    }
    const double low = units::fromCelsius(kMinC, unit);
    const double high = units::fromCelsius(kMaxC, unit);
    return InputError { field,
        tr("%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.")
            .arg(locale.toString(value, 'f', 1), units::temperatureUnitSymbol(unit),
                locale.toString(low, 'f', 1), locale.toString(high, 'f', 1)) };
}

QString Temperature::format(double celsius, TemperatureUnit unit)
{
    return bidi::leftToRight(QStringLiteral("%1 %2").arg(
        QLocale().toString(units::fromCelsius(celsius, unit), 'f', 1), units::temperatureUnitSymbol(unit)));
}

} // namespace nc

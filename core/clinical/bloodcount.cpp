#include "bloodcount.h"

#include <QLocale>
#include <cmath>

namespace nc {

namespace {

std::optional<InputError> checkCount(
    const QString &field, double value, CountUnit unit, double maxCells, const QString &what)
{
    const QLocale locale;
    if (!std::isfinite(value))
        return InputError { field, BloodCount::tr("Please enter the %1 as a number.").arg(what) };
    if (value < 0)
        return InputError { field, BloodCount::tr("The %1 cannot be negative.").arg(what) };
    if (units::toCellsPerMicrolitre(value, unit) > maxCells) {
        return InputError { field,
            BloodCount::tr("%1 %2 is too high for a %3: check the number and its unit "
                           "(the highest accepted is %4 cells/µL).")
                .arg(locale.toString(value), units::countUnitSymbol(unit), what,
                    locale.toString(maxCells, 'f', 0)) };
    }
    return std::nullopt;
}

std::optional<InputError> checkPercent(const QString &field, std::optional<double> pct, const QString &what)
{
    if (!pct)
        return std::nullopt;
    if (!std::isfinite(*pct) || *pct < 0 || *pct > 100)
        return InputError { field, BloodCount::tr("The %1 must be a percentage from 0 to 100.").arg(what) };
    return std::nullopt;
}

} // namespace

Expected<BloodCount> BloodCount::measured(const QDateTime &time, double anc, CountUnit unit)
{
    if (auto error = checkCount(QStringLiteral("anc"), anc, unit, kMaxAnc, tr("neutrophil count (ANC)")))
        return *error;
    BloodCount count;
    count.m_time = time;
    count.m_anc = units::toCellsPerMicrolitre(anc, unit);
    count.m_provenance = AncProvenance::Measured;
    return count;
}

Expected<BloodCount> BloodCount::derived(
    const QDateTime &time, double wbc, CountUnit unit, const Differential &differential)
{
    if (auto error = checkCount(QStringLiteral("wbc"), wbc, unit, kMaxWbc, tr("white cell count (WBC)")))
        return *error;

    const bool hasTotal = differential.neutrophilsPct.has_value();
    const bool hasManual = differential.segsPct.has_value() || differential.bandsPct.has_value();
    if (!hasTotal && !hasManual) {
        return InputError { QStringLiteral("differential"),
            tr("A white cell count needs its differential (neutrophils %) to give an ANC.") };
    }
    if (hasTotal && hasManual) {
        // A total already contains the bands; adding them again would overstate the ANC.
        return InputError { QStringLiteral("differential"),
            tr("Enter either the total neutrophils % or the segmented and band %, not both.") };
    }
    if (hasManual && !differential.segsPct) {
        return InputError { QStringLiteral("segs_pct"),
            tr("Band neutrophils need the segmented neutrophils % as well.") };
    }
    if (auto error = checkPercent(
            QStringLiteral("neutrophils_pct"), differential.neutrophilsPct, tr("neutrophils percentage")))
        return *error;
    if (auto error = checkPercent(
            QStringLiteral("segs_pct"), differential.segsPct, tr("segmented neutrophils percentage")))
        return *error;
    if (auto error = checkPercent(QStringLiteral("bands_pct"), differential.bandsPct, tr("bands percentage")))
        return *error;

    const double fractionPct = hasTotal ? *differential.neutrophilsPct
                                        : *differential.segsPct + differential.bandsPct.value_or(0.0);
    if (fractionPct > 100) {
        return InputError { QStringLiteral("bands_pct"),
            tr("Segmented and band neutrophils together cannot be more than 100%.") };
    }

    const double wbcCells = units::toCellsPerMicrolitre(wbc, unit);
    const double anc = wbcCells * fractionPct / 100.0;
    if (anc > kMaxAnc) {
        // Each number is plausible alone, their product is not (WBC 150,000 × 90 %): said here, with
        // the numbers, rather than left to the database's CHECK.
        const QLocale locale;
        return InputError { QStringLiteral("wbc"),
            tr("A white cell count (WBC) of %1 %2 with %3% neutrophils gives a neutrophil count "
               "(ANC) of %4 cells/µL, above the highest accepted %5 cells/µL: check the numbers "
               "and their unit.")
                .arg(locale.toString(wbc), units::countUnitSymbol(unit), locale.toString(fractionPct),
                    locale.toString(anc, 'f', 0), locale.toString(kMaxAnc, 'f', 0)) };
    }

    BloodCount count;
    count.m_time = time;
    count.m_wbc = wbcCells;
    count.m_anc = anc;
    count.m_provenance = AncProvenance::Derived;
    count.m_differential = differential;
    return count;
}

QString provenanceCode(AncProvenance provenance)
{
    return provenance == AncProvenance::Measured ? QStringLiteral("measured") : QStringLiteral("derived");
}

} // namespace nc

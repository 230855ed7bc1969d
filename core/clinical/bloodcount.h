#pragma once

#include "result.h"
#include "units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace nc {

enum class AncProvenance { Measured, Derived };

// The differential as the lab prints it. Either the total neutrophil % (automated counts, LOINC
// 770-8, bands already inside it) or segmented % and bands % (manual differential, 769-0 / 764-1).
struct Differential
{
    std::optional<double> neutrophilsPct; // total
    std::optional<double> segsPct;
    std::optional<double> bandsPct;

    static Differential total(double pct) { return { pct, std::nullopt, std::nullopt }; }
    static Differential manual(double segs, std::optional<double> bands = std::nullopt)
    {
        return { std::nullopt, segs, bands };
    }

    // Declared here, before BloodCount's defaulted ==, which clang otherwise deletes.
    bool operator==(const Differential &) const = default;
};

// One lab result: an ANC, measured or derived from the WBC and its differential.
class BloodCount
{
    Q_DECLARE_TR_FUNCTIONS(nc::BloodCount)
public:
    static constexpr double kMaxAnc = 100000; // G-CSF can push ANC over 10,000: never an error
    static constexpr double kMaxWbc = 500000;

    // An empty result for containers; real ones come from the factories.
    BloodCount() = default;

    static Expected<BloodCount> measured(const QDateTime &time, double anc, CountUnit unit);
    // ANC = WBC × fraction; fraction = total %, or segmented % + bands % (bands absent = 0).
    // A differential with neither shape, or with both, is refused: never add bands to a total.
    static Expected<BloodCount> derived(
        const QDateTime &time, double wbc, CountUnit unit, const Differential &differential);

    QDateTime time() const { return m_time; }
    double anc() const { return m_anc; } // cells/µL
    AncProvenance provenance() const { return m_provenance; }
    std::optional<double> wbc() const { return m_wbc; } // cells/µL
    const Differential &differential() const { return m_differential; }

    bool operator==(const BloodCount &) const = default;

private:
    QDateTime m_time;
    double m_anc = 0;
    AncProvenance m_provenance = AncProvenance::Measured;
    std::optional<double> m_wbc;
    Differential m_differential;
};

QString provenanceCode(AncProvenance provenance); // "measured" / "derived"

} // namespace nc

#pragma once

#include "storage/repositories.h"

#include <QDateTime>

namespace nc::sample {

// The heavy user of DESIGN.md, made deterministically from a seed: ten years of chemotherapy
// courses (21-day cycles with G-CSF support in some), a temperature every ~53 minutes with
// febrile episodes in some nadir windows and a few paracetamol-masked readings, blood counts that
// fall to a nadir and recover each cycle, and symptoms that cluster in the low-count days.
struct HeavyHistorySpec
{
    quint32 seed = 20261125;
    QDateTime end; // the last entry is a little before this
    int years = 10;
    int temperatures = 100000;
    int labs = 5000;
    int symptoms = 10000;
    int treatments = 200;
};

struct HeavyHistoryCounts
{
    int temperatures = 0;
    int labs = 0;
    int symptoms = 0;
    int treatments = 0;
    int antipyretics = 0;
    int febrileEpisodes = 0;
};

// Writes the history for `patientId` in one transaction; returns what it wrote, or the error.
Expected<HeavyHistoryCounts> writeHeavyHistory(Database &db, qint64 patientId, const HeavyHistorySpec &spec);

} // namespace nc::sample

#pragma once

#include "protocol.h"
#include "treatment.h"

#include <QDate>
#include <QList>
#include <optional>

// Predicted nadir windows (CLINICAL.md §5). A prediction, never a substitute for a blood count.
namespace nc {

struct NadirWindow
{
    QDate doseDate; // the chemotherapy dose it belongs to
    QDate start; // dose + start day
    QDate end; // dose + end day, inclusive
    int day = 0; // days since the dose, today
    bool active = false; // today lies in [start, end]
    bool gcsf = false; // a G-CSF dose dated dose … dose + end day: "may be shorter"

    bool operator==(const NadirWindow &) const = default;
};

namespace nadir {

// Days from the chemotherapy dose for a treatment, honouring its own override.
int startDay(const Treatment &dose, const Protocol &protocol);
int endDay(const Treatment &dose, const Protocol &protocol);

// Chemotherapy doses with 0 ≤ today − date ≤ treatment window days, most recent first.
QList<Treatment> dosesInTreatmentWindow(
    const QList<Treatment> &treatments, const QDate &today, const Protocol &protocol);

// The most recent dose whose window contains today, else the most recent dose in the treatment
// window; none without a dose in the treatment window. G-CSF doses alone make no window.
std::optional<NadirWindow> currentWindow(
    const QList<Treatment> &treatments, const QDate &today, const Protocol &protocol);

// True when `date` lies in the nadir window of a chemotherapy dose in the treatment window.
bool insideAnyWindow(
    const QList<Treatment> &treatments, const QDate &date, const QDate &today, const Protocol &protocol);

} // namespace nadir
} // namespace nc

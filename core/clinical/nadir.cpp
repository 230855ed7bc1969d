#include "nadir.h"

#include <algorithm>

namespace nc::nadir {

int startDay(const Treatment &dose, const Protocol &protocol)
{
    return dose.nadirStartDay.value_or(protocol.nadirStartDay);
}

int endDay(const Treatment &dose, const Protocol &protocol)
{
    return std::max(dose.nadirEndDay.value_or(protocol.nadirEndDay), startDay(dose, protocol));
}

QList<Treatment> dosesInTreatmentWindow(
    const QList<Treatment> &treatments, const QDate &today, const Protocol &protocol)
{
    QList<Treatment> doses;
    for (const auto &t : treatments) {
        if (t.kind != TreatmentKind::Chemotherapy || !t.date.isValid())
            continue;
        const qint64 days = t.date.daysTo(today);
        if (days >= 0 && days <= protocol.treatmentWindowDays)
            doses.append(t);
    }
    std::stable_sort(
        doses.begin(), doses.end(), [](const Treatment &a, const Treatment &b) { return a.date > b.date; });
    return doses;
}

namespace {

NadirWindow windowFor(
    const Treatment &dose, const QList<Treatment> &treatments, const QDate &today, const Protocol &protocol)
{
    NadirWindow w;
    w.doseDate = dose.date;
    w.start = dose.date.addDays(startDay(dose, protocol));
    w.end = dose.date.addDays(endDay(dose, protocol));
    w.day = int(dose.date.daysTo(today));
    w.active = today >= w.start && today <= w.end;
    // Only doses up to today count: a planned future injection has not shortened anything yet.
    w.gcsf = std::any_of(treatments.begin(), treatments.end(), [&](const Treatment &t) {
        return treatments::isGcsf(t.kind) && t.date >= dose.date && t.date <= w.end && t.date <= today;
    });
    return w;
}

} // namespace

std::optional<NadirWindow> currentWindow(
    const QList<Treatment> &treatments, const QDate &today, const Protocol &protocol)
{
    const QList<Treatment> doses = dosesInTreatmentWindow(treatments, today, protocol);
    if (doses.isEmpty())
        return std::nullopt;
    for (const auto &dose : doses) {
        NadirWindow w = windowFor(dose, treatments, today, protocol);
        if (w.active)
            return w;
    }
    return windowFor(doses.first(), treatments, today, protocol);
}

bool insideAnyWindow(
    const QList<Treatment> &treatments, const QDate &date, const QDate &today, const Protocol &protocol)
{
    const QList<Treatment> doses = dosesInTreatmentWindow(treatments, today, protocol);
    return std::any_of(doses.begin(), doses.end(), [&](const Treatment &dose) {
        return date >= dose.date.addDays(startDay(dose, protocol))
            && date <= dose.date.addDays(endDay(dose, protocol));
    });
}

} // namespace nc::nadir

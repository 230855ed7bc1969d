#include "heavyhistory.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace nc::sample {

namespace {

constexpr int kCycleDays = 21;
constexpr int kCyclesPerCourse = 8;
constexpr int kDaysBetweenCourses = 56; // a rest between courses

// The neutrophil curve of one cycle: normal before the dose, a fall to the nadir around day 10,
// recovery by day 18 (shorter and shallower with G-CSF). Cells/µL.
double ancOnCycleDay(double day, double nadir, bool gcsf)
{
    const double baseline = 4200;
    const double centre = gcsf ? 8.5 : 10.0;
    const double width = gcsf ? 2.2 : 3.2;
    const double dip = std::exp(-std::pow((day - centre) / width, 2));
    double anc = baseline - (baseline - nadir) * dip;
    if (gcsf && day > 11)
        anc += 6000 * std::exp(-std::pow((day - 13) / 2.5, 2)); // the G-CSF overshoot
    return anc;
}

struct Cycle
{
    QDate dose;
    bool gcsf = false;
    bool febrile = false;
    double nadir = 500;
};

} // namespace

Expected<HeavyHistoryCounts> writeHeavyHistory(Database &db, qint64 patientId, const HeavyHistorySpec &spec)
{
    QRandomGenerator rng(spec.seed);
    const QDateTime end = spec.end.isValid() ? spec.end : QDateTime::currentDateTime();
    const QDateTime start = end.addYears(-spec.years);
    const qint64 span = start.secsTo(end);
    auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };

    // Courses of six 21-day cycles, until the treatments are spent; the last course ends near `end`
    // so that the newest data sits inside a cycle, as for a patient in treatment today.
    QList<Cycle> cycles;
    int treatmentsLeft = spec.treatments;
    QDate courseStart = end.date().addDays(-(kCyclesPerCourse - 1) * kCycleDays - 9);
    QList<QList<Cycle>> courses;
    while (treatmentsLeft > 0 && courseStart > start.date()) {
        QList<Cycle> course;
        for (int c = 0; c < kCyclesPerCourse && treatmentsLeft > 0; ++c) {
            Cycle cycle;
            cycle.dose = courseStart.addDays(c * kCycleDays);
            cycle.gcsf = c > 0 && rng.bounded(3) != 0; // G-CSF added after the first cycle, mostly
            cycle.febrile = rng.bounded(c == 0 ? 3 : 6) == 0; // cycle 1 carries most of the risk
            cycle.nadir = cycle.gcsf ? uniform(400, 1100) : uniform(80, 700);
            treatmentsLeft -= cycle.gcsf ? 2 : 1;
            course.append(cycle);
        }
        courses.prepend(course);
        courseStart = courseStart.addDays(-(kCyclesPerCourse * kCycleDays + kDaysBetweenCourses));
    }
    for (const auto &course : courses)
        cycles += course;

    auto cycleAt = [&cycles](const QDate &date) -> const Cycle * {
        auto it = std::upper_bound(
            cycles.begin(), cycles.end(), date, [](const QDate &d, const Cycle &c) { return d < c.dose; });
        if (it == cycles.begin())
            return nullptr;
        const Cycle *c = &*std::prev(it);
        return c->dose.daysTo(date) < kCycleDays ? c : nullptr;
    };

    HeavyHistoryCounts counts;
    Transaction tx(db);
    auto fail = [](const InputError &e) { return Expected<HeavyHistoryCounts>(e); };

    TreatmentRepository treatments(db);
    for (const auto &cycle : cycles) {
        TreatmentRecord t;
        t.patientId = patientId;
        t.treatment = { cycle.dose, TreatmentKind::Chemotherapy, std::nullopt, std::nullopt };
        t.regimen = QStringLiteral("FEC-T");
        if (auto r = treatments.add(t); !r)
            return fail(r.error());
        ++counts.treatments;
        if (cycle.gcsf) {
            t.treatment = { cycle.dose.addDays(1), TreatmentKind::Pegfilgrastim, std::nullopt, std::nullopt };
            t.regimen.clear();
            if (auto r = treatments.add(t); !r)
                return fail(r.error());
            ++counts.treatments;
        }
    }

    TemperatureRepository temperatures(db);
    AntipyreticRepository antipyretics(db);
    const QList<MeasurementSite> usualSites { MeasurementSite::Oral, MeasurementSite::Oral,
        MeasurementSite::Oral, MeasurementSite::Tympanic, MeasurementSite::Axillary };
    for (int i = 0; i < spec.temperatures; ++i) {
        const QDateTime time = start.addSecs(span * (i + 1) / (spec.temperatures + 1) + rng.bounded(600));
        const Cycle *cycle = cycleAt(time.date());
        const int day = cycle ? int(cycle->dose.daysTo(time.date())) : -1;
        double celsius = uniform(36.1, 37.2);
        bool masked = false;
        if (cycle && cycle->febrile && day >= 9 && day <= 10) {
            celsius = uniform(37.9, 39.2); // the febrile episode
            if (time.time().hour() == 3) {
                masked = true; // a reading after paracetamol taken for the fever
                celsius -= 0.8;
            }
        }
        TemperatureRecord r;
        r.patientId = patientId;
        r.reading = { time,
            *Temperature::fromInput(std::round(celsius * 10) / 10, TemperatureUnit::Celsius,
                usualSites[int(rng.bounded(int(usualSites.size())))]),
            masked };
        if (auto id = temperatures.add(r); !id)
            return fail(id.error());
        ++counts.temperatures;
        if (masked) {
            AntipyreticRecord dose;
            dose.patientId = patientId;
            dose.dose = { time.addSecs(-2 * 3600), Antipyretic::Paracetamol };
            if (auto id = antipyretics.add(dose); !id)
                return fail(id.error());
            ++counts.antipyretics;
        }
    }
    for (const auto &cycle : cycles)
        counts.febrileEpisodes += cycle.febrile ? 1 : 0;

    BloodCountRepository labs(db);
    for (int i = 0; i < spec.labs; ++i) {
        const QDateTime time = start.addSecs(span * (i + 1) / (spec.labs + 1));
        const Cycle *cycle = cycleAt(time.date());
        const double day = cycle ? cycle->dose.daysTo(time.date()) + time.time().hour() / 24.0 : -1;
        const double anc = std::max(
            30.0, (cycle ? ancOnCycleDay(day, cycle->nadir, cycle->gcsf) : 4200) * uniform(0.85, 1.15));
        BloodCountRecord r;
        r.patientId = patientId;
        r.lab = QStringLiteral("Day unit");
        if (i % 3 == 0) {
            // Some labs print the WBC and differential; the ANC is derived from them.
            const double pct = 55;
            r.count = *BloodCount::derived(time, std::round(anc / 0.55 / 10) * 10,
                CountUnit::CellsPerMicrolitre, Differential::total(pct));
        } else {
            r.count = *BloodCount::measured(time, std::round(anc / 10) / 100, CountUnit::GigaPerLitre);
            r.enteredUnit = CountUnit::GigaPerLitre;
        }
        if (auto id = labs.add(r); !id)
            return fail(id.error());
        ++counts.labs;
    }

    SymptomRepository symptoms(db);
    const QList<SymptomCode> common { SymptomCode::MouthSores, SymptomCode::SoreThroat,
        SymptomCode::Diarrhoea, SymptomCode::Cough, SymptomCode::Chills, SymptomCode::Vomiting };
    for (int i = 0; i < spec.symptoms; ++i) {
        const QDateTime time = start.addSecs(span * (i + 1) / (spec.symptoms + 1) + rng.bounded(3600));
        const Cycle *cycle = cycleAt(time.date());
        const bool lowDays
            = cycle && cycle->dose.daysTo(time.date()) >= 7 && cycle->dose.daysTo(time.date()) <= 14;
        SymptomRecord r;
        r.patientId = patientId;
        const auto &all = symptoms::all();
        r.entry = { time,
            lowDays || rng.bounded(4) != 0 ? common[int(rng.bounded(int(common.size())))]
                                           : all[int(rng.bounded(int(all.size())))] };
        if (auto id = symptoms.add(r); !id)
            return fail(id.error());
        ++counts.symptoms;
    }

    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return counts;
}

} // namespace nc::sample

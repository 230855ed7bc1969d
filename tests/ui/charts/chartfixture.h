#pragma once

// A realistic, deterministic history for the chart tests and screenshots: three chemotherapy
// cycles 21 days apart, temperatures twice a day, the ANC falling to a nadir around day 10 and
// recovering, one febrile episode (38.4 °C) in cycle 1 with a reading taken after paracetamol,
// and pegfilgrastim added in cycles 2 and 3.

#include "storage/repositories.h"

#include <QTest>

namespace nc::testing {

struct ChartFixture
{
    QDateTime now;
    qint64 patientId = 0;
    QList<QDate> cycles;
    QDateTime feverTime;
    QDateTime maskedTime;
    int temperatureCount = 0;
};

inline QDateTime at(const QDate &date, int hour, int minute, const QDateTime &like)
{
    return QDateTime(date, QTime(hour, minute), Qt::OffsetFromUTC, like.offsetFromUtc());
}

inline ChartFixture buildChartFixture(Database &db, const QString &name = QStringLiteral("Maria Lopez"))
{
    ChartFixture f;
    f.now = QDateTime(QDate(2026, 3, 20), QTime(20, 30), Qt::OffsetFromUTC, 3600);
    f.patientId = PatientRepository(db).add(Patient { 0, name, 1968 }).value();
    const QDate today = f.now.date();
    f.cycles = { today.addDays(-50), today.addDays(-29), today.addDays(-8) };

    TreatmentRepository treatments(db);
    for (int c = 0; c < f.cycles.size(); ++c) {
        TreatmentRecord chemo;
        chemo.patientId = f.patientId;
        chemo.treatment = { f.cycles[c], TreatmentKind::Chemotherapy, {}, {} };
        chemo.regimen = QStringLiteral("EC cycle %1").arg(c + 1);
        treatments.add(chemo);
        if (c > 0) {
            TreatmentRecord peg;
            peg.patientId = f.patientId;
            peg.treatment = { f.cycles[c].addDays(1), TreatmentKind::Pegfilgrastim, {}, {} };
            treatments.add(peg);
        }
    }

    // Temperatures: a calm 36.5–37.1 °C, with the febrile episode on day 10 of cycle 1.
    TemperatureRepository temperatures(db);
    quint32 seed = 12345;
    auto jitter = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return double((seed >> 16) % 7) / 10.0; // 0.0 … 0.6
    };
    const QDate feverDay = f.cycles[0].addDays(10);
    f.feverTime = at(feverDay, 15, 10, f.now);
    f.maskedTime = at(feverDay, 20, 0, f.now);
    auto addReading = [&](const QDateTime &t, double c, const QString &note = {}) {
        TemperatureRecord r;
        r.patientId = f.patientId;
        r.reading.time = t;
        r.reading.temperature = Temperature::fromInput(c, TemperatureUnit::Celsius).value();
        r.note = note;
        temperatures.add(r);
        ++f.temperatureCount;
    };
    for (QDate d = f.cycles[0].addDays(-3); d <= today; d = d.addDays(1)) {
        if (d == feverDay) {
            addReading(at(d, 8, 0, f.now), 37.4);
            addReading(at(d, 14, 0, f.now), 38.1, QStringLiteral("Shivery, tired"));
            addReading(f.feverTime, 38.4, QStringLiteral("Called the hotline"));
            addReading(f.maskedTime, 37.3, QStringLiteral("After paracetamol"));
            continue;
        }
        const bool nadir = d >= f.cycles[0].addDays(9) && d <= f.cycles[0].addDays(12);
        addReading(at(d, 8, 0, f.now), 36.5 + jitter() + (nadir ? 0.4 : 0));
        if (d < today || f.now.time() >= QTime(20, 0))
            addReading(at(d, 20, 0, f.now), 36.6 + jitter() + (nadir ? 0.4 : 0));
    }
    AntipyreticRecord paracetamol;
    paracetamol.patientId = f.patientId;
    paracetamol.dose = { at(feverDay, 16, 30, f.now), Antipyretic::Paracetamol };
    AntipyreticRepository(db).add(paracetamol);

    // Blood counts (cells/µL) on days 0, 7, 10, 14 and 18: nadir near day 10; pegfilgrastim makes
    // the later nadirs shallower and the recovery steeper.
    BloodCountRepository counts(db);
    const double curve[3][5] = {
        { 4200, 1300, 350, 900, 2600 },
        { 3900, 1600, 700, 6800, 5200 },
        { 4100, 1700, 0, 0, 0 },
    };
    const int days[5] = { 0, 7, 10, 14, 18 };
    for (int c = 0; c < 3; ++c) {
        for (int i = 0; i < 5; ++i) {
            const QDate d = f.cycles[c].addDays(days[i]);
            if (curve[c][i] <= 0 || d > today)
                continue;
            BloodCountRecord r;
            r.patientId = f.patientId;
            const QDateTime t = at(d, 10, 0, f.now);
            // The pre-treatment counts come as a white count with the differential.
            r.count = i == 0 ? BloodCount::derived(
                          t, curve[c][i] / 0.6, CountUnit::CellsPerMicrolitre, Differential::total(60))
                                   .value()
                             : BloodCount::measured(t, curve[c][i], CountUnit::CellsPerMicrolitre).value();
            r.lab = QStringLiteral("Riverside Hospital lab");
            counts.add(r);
        }
    }
    return f;
}

} // namespace nc::testing

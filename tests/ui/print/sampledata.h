#pragma once

// One chemotherapy cycle of a fictional patient, as a caregiver would have logged it: twice-daily
// temperatures with a fever on day 9, labs falling to a nadir and recovering, symptoms, an alert
// with its outcome, checklist ticks and private notes. Shared by the print tests, the tests of
// their loaders in tests/core/storage and the renderings in docs/print.

#include "content/contentcatalogue.h"
#include "storage/repositories.h"

#include <QTimeZone>

namespace nc::test {

struct Sample
{
    qint64 patientId = 0;
    QDate cycleStart { 2026, 3, 2 };
    QDate last { 2026, 3, 16 };
    QString privateNote = QStringLiteral("Felt shivery after dinner; did not tell mum");
    QString alertNote = QStringLiteral("Dr Patel said come in now");
};

inline QDateTime sampleTime(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(3600));
}

inline Sample addSample(Database &db, const QString &name = QStringLiteral("Margaret O'Connor"))
{
    Sample s;
    s.patientId = *PatientRepository(db).add({ 0, name, 1961 });
    PatientSettings settings;
    settings.clinicName = QStringLiteral("Riverside Cancer Centre");
    settings.inHoursNumber = QStringLiteral("0161 446 3000");
    settings.outOfHoursNumber = QStringLiteral("0161 446 3658");
    PatientSettingsRepository(db).save(s.patientId, settings);

    TreatmentRepository treatments(db);
    treatments.add({ 0, s.patientId, { s.cycleStart, TreatmentKind::Chemotherapy, {}, {} },
        QStringLiteral("AC (doxorubicin, cyclophosphamide) cycle 1"), {} });
    treatments.add(
        { 0, s.patientId, { s.cycleStart.addDays(1), TreatmentKind::Pegfilgrastim, {}, {} }, {}, {} });

    TemperatureRepository temps(db);
    const auto addTemp = [&](const QDate &d, int h, int m, double c, const QString &note = {},
                             MeasurementSite site = MeasurementSite::Oral) {
        temps.add({ 0, s.patientId,
            { sampleTime(d, h, m), *Temperature::fromInput(c, TemperatureUnit::Celsius, site) }, note });
    };
    const double morning[]
        = { 36.6, 36.8, 36.7, 36.9, 36.6, 36.8, 37.0, 37.1, 37.2, 37.4, 37.6, 37.0, 36.9, 36.8, 36.7 };
    const double evening[]
        = { 36.9, 37.0, 36.8, 37.1, 36.9, 37.0, 37.2, 37.3, 37.6, 38.6, 37.4, 37.1, 36.9, 37.0, 36.8 };
    for (int day = 0; day < 15; ++day) {
        const QDate d = s.cycleStart.addDays(day);
        addTemp(d, 8, 15, morning[day]);
        addTemp(d, 20, 30, evening[day], day == 9 ? s.privateNote : QString());
    }
    // Day 9: the recheck and the fever that raised the alert.
    addTemp(s.cycleStart.addDays(9), 21, 40, 38.9, {}, MeasurementSite::Tympanic);
    AntipyreticRepository(db).add(
        { 0, s.patientId, { sampleTime(s.cycleStart.addDays(10), 6, 0), Antipyretic::Paracetamol }, {} });

    BloodCountRepository labs(db);
    labs.add({ 0, s.patientId,
        *BloodCount::measured(sampleTime(s.cycleStart, 9, 0), 3800, CountUnit::CellsPerMicrolitre),
        CountUnit::CellsPerMicrolitre, QStringLiteral("Riverside lab"), {} });
    labs.add({ 0, s.patientId,
        *BloodCount::derived(sampleTime(s.cycleStart.addDays(7), 9, 30), 2.1, CountUnit::GigaPerLitre,
            Differential::total(43)),
        CountUnit::GigaPerLitre, QStringLiteral("Riverside lab"), {} });
    labs.add({ 0, s.patientId,
        *BloodCount::measured(sampleTime(s.cycleStart.addDays(9), 23, 0), 0.3, CountUnit::GigaPerLitre),
        CountUnit::GigaPerLitre, QStringLiteral("A&E"), QStringLiteral("Drawn in A&E") });
    labs.add({ 0, s.patientId,
        *BloodCount::measured(
            sampleTime(s.cycleStart.addDays(13), 9, 0), 1600, CountUnit::CellsPerMicrolitre),
        CountUnit::CellsPerMicrolitre, QStringLiteral("Riverside lab"), {} });

    SymptomRepository symptomsRepo(db);
    symptomsRepo.add(
        { 0, s.patientId, { sampleTime(s.cycleStart.addDays(8), 19, 0), SymptomCode::SoreThroat }, {} });
    symptomsRepo.add(
        { 0, s.patientId, { sampleTime(s.cycleStart.addDays(9), 21, 35), SymptomCode::Rigors }, {} });

    AlertRecord alert;
    alert.patientId = s.patientId;
    alert.raisedAt = sampleTime(s.cycleStart.addDays(9), 20, 30);
    alert.level = Level::CallNow;
    alert.reasonCodes = { QStringLiteral("fever_single"), QStringLiteral("red_flag_symptom") };
    alert.protocolId = Protocol::defaultId();
    const qint64 alertId = *AlertRepository(db).add(alert);
    acknowledgeAlert(
        db, alertId, sampleTime(s.cycleStart.addDays(9), 20, 41), AlertOutcome::WentToHospital, s.alertNote);

    ChecklistRepository checklist(db);
    const QList<ChecklistItem> items = ContentCatalogue::shipped().checklist(QStringLiteral("en"));
    for (int day = 0; day < 15; ++day) {
        // Most items most days, fewer while unwell around the fever.
        const qsizetype ticked = day >= 9 && day <= 10 ? items.size() / 3 : items.size() - (day % 3);
        for (qsizetype i = 0; i < ticked; ++i)
            checklist.setTicked(s.patientId, s.cycleStart.addDays(day), items.at(i).id, true);
    }
    return s;
}

} // namespace nc::test

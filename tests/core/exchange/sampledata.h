#pragma once

// Records of every kind, and helpers to compare them field by field, shared by the exchange
// tests. Header-only: each test executable includes it once.

#include "exchange/recordset.h"

#include <QRandomGenerator>
#include <QTest>

namespace nc::testdata {

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline TemperatureRecord temperature(const char *time, double value, TemperatureUnit unit,
    MeasurementSite site = MeasurementSite::Oral, const QString &note = {}, bool antipyretic = false)
{
    TemperatureRecord r;
    r.reading = { at(time), *Temperature::fromInput(value, unit, site), antipyretic };
    r.note = note;
    return r;
}

inline BloodCountRecord measured(
    const char *time, double anc, CountUnit unit, const QString &lab = {}, const QString &note = {})
{
    BloodCountRecord r;
    r.count = *BloodCount::measured(at(time), anc, unit);
    r.enteredUnit = unit;
    r.lab = lab;
    r.note = note;
    return r;
}

inline BloodCountRecord derived(const char *time, double wbc, CountUnit unit, const Differential &d,
    const QString &lab = {}, const QString &note = {})
{
    BloodCountRecord r;
    r.count = *BloodCount::derived(at(time), wbc, unit, d);
    r.enteredUnit = unit;
    r.lab = lab;
    r.note = note;
    return r;
}

// One of everything, with the awkward cases: offsets west, east and Z, milliseconds, Fahrenheit,
// every site, manual and automated differentials, optional fields both set and empty, text that
// needs quoting or formula escaping.
inline RecordSet everyKind()
{
    RecordSet s;
    s.temperatures = {
        temperature("2026-03-01T08:00:00+01:00", 37.2, TemperatureUnit::Celsius),
        temperature("2026-03-01T20:15:30.250-05:00", 101.3, TemperatureUnit::Fahrenheit,
            MeasurementSite::Tympanic, QStringLiteral("felt hot, \"shivery\""), true),
        temperature("2026-03-02T06:00:00Z", 36.1, TemperatureUnit::Celsius, MeasurementSite::Temporal,
            QStringLiteral("=1+1")),
        temperature("2026-03-02T07:00:00+05:30", 38.05, TemperatureUnit::Celsius, MeasurementSite::Axillary,
            QStringLiteral("-after a walk\nsecond line")),
        temperature("2026-03-02T09:00:00+01:00", 99.9, TemperatureUnit::Fahrenheit, MeasurementSite::Rectal,
            QStringLiteral("@home, +1")),
    };
    s.bloodCounts = {
        measured(
            "2026-03-03T10:00:00+01:00", 400, CountUnit::CellsPerMicrolitre, QStringLiteral("St Mary's lab")),
        measured(
            "2026-03-04T10:00:00+01:00", 0.35, CountUnit::GigaPerLitre, {}, QStringLiteral("repeat,please")),
        measured("2026-03-05T10:00:00+01:00", 12.7, CountUnit::KiloPerMicrolitre),
        derived("2026-03-06T10:00:00+01:00", 3.1, CountUnit::GigaPerLitre, Differential::total(45)),
        derived("2026-03-07T10:00:00+01:00", 2100, CountUnit::CellsPerMicrolitre, Differential::manual(20, 2),
            QStringLiteral("Clinic"), QStringLiteral("manual diff")),
        derived("2026-03-08T10:00:00+01:00", 1.9, CountUnit::KiloPerMicrolitre, Differential::manual(33.3)),
    };
    s.symptoms = {
        { 0, 0, { at("2026-03-02T09:30:00+01:00"), SymptomCode::SoreThroat }, QString() },
        { 0, 0, { at("2026-03-02T09:31:00+01:00"), SymptomCode::Rigors }, QStringLiteral("\tshaking") },
    };
    TreatmentRecord chemo;
    chemo.treatment = { QDate(2026, 2, 24), TreatmentKind::Chemotherapy, 6, 13 };
    chemo.regimen = QStringLiteral("FEC-T");
    chemo.note = QStringLiteral("cycle 1");
    TreatmentRecord peg;
    peg.treatment = { QDate(2026, 2, 25), TreatmentKind::Pegfilgrastim, std::nullopt, std::nullopt };
    s.treatments = { chemo, peg };
    s.medicines = {
        { 0, 0, QStringLiteral("Co-trimoxazole"), QStringLiteral("480 mg"), QDate(2026, 2, 20),
            QDate(2026, 3, 20), QStringLiteral("'quoted'") },
        { 0, 0, QStringLiteral("Ondansetron"), QString(), std::nullopt, std::nullopt, QString() },
    };
    s.antipyretics = {
        { 0, 0, { at("2026-03-01T19:00:00-05:00"), Antipyretic::Paracetamol }, QStringLiteral("1 g") },
        { 0, 0, { at("2026-03-02T12:00:00+01:00"), Antipyretic::Ibuprofen }, QString() },
    };
    AlertRecord alert;
    alert.raisedAt = at("2026-03-01T20:16:00-05:00");
    alert.level = Level::CallNow;
    alert.reasonCodes = { QStringLiteral("fever_single"), QStringLiteral("may_be_masked") };
    alert.protocolId = QStringLiteral("us-idsa");
    alert.acknowledgedAt = at("2026-03-01T20:30:00-05:00");
    alert.outcome = AlertOutcome::WentToHospital;
    alert.note = QStringLiteral("A&E, 4 hours");
    AlertRecord open;
    open.raisedAt = at("2026-03-05T10:05:00+01:00");
    open.level = Level::Caution;
    open.reasonCodes = { QStringLiteral("severe_neutropenia") };
    open.protocolId = QStringLiteral("clinic-own");
    s.alerts = { alert, open };
    return s;
}

// A larger set of temperatures, counts, symptoms and doses with random values and times.
inline RecordSet randomSet(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    RecordSet s;
    const QDateTime start = at("2025-01-01T00:00:00+00:00");
    const int offsets[] = { 0, 3600, -18000, 19800, 7200 };
    for (int i = 0; i < n; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(
            start.toMSecsSinceEpoch() + qint64(i) * 600000 + rng.bounded(1000), Qt::OffsetFromUTC,
            offsets[rng.bounded(5)]);
        switch (i % 4) {
        case 0: {
            TemperatureRecord r;
            const bool f = rng.bounded(2);
            const double v = f ? 95.0 + rng.bounded(100) / 10.0 : 35.0 + rng.bounded(60) / 10.0;
            r.reading = { t,
                *Temperature::fromInput(v, f ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius,
                    sites::all().at(rng.bounded(5))),
                bool(rng.bounded(2)) };
            r.note = rng.bounded(3) ? QString() : QStringLiteral("note %1, \"x\"").arg(i);
            s.temperatures.append(r);
            break;
        }
        case 1: {
            BloodCountRecord r;
            const auto unit = CountUnit(rng.bounded(3));
            if (rng.bounded(2))
                r.count = *BloodCount::measured(
                    t, rng.bounded(20000) / units::cellsPerMicrolitreFactor(unit) + 0.25, unit);
            else
                r.count
                    = *BloodCount::derived(t, rng.bounded(1, 20000) / units::cellsPerMicrolitreFactor(unit),
                        unit, Differential::manual(rng.bounded(80), rng.bounded(10)));
            r.enteredUnit = unit;
            s.bloodCounts.append(r);
            break;
        }
        case 2:
            s.symptoms.append(
                { 0, 0, { t, symptoms::all().at(rng.bounded(int(symptoms::all().size()))) }, QString() });
            break;
        default:
            s.antipyretics.append(
                { 0, 0, { t, antipyretics::all().at(rng.bounded(int(antipyretics::all().size()))) },
                    QStringLiteral("-%1").arg(i) });
            break;
        }
    }
    return s;
}

// Same instant, same offset, same milliseconds.
inline bool sameTime(const QDateTime &a, const QDateTime &b)
{
    return a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch() && a.offsetFromUtc() == b.offsetFromUtc();
}

inline QString describe(const TemperatureRecord &r)
{
    return QStringLiteral("temperature %1 %2 %3")
        .arg(r.reading.time.toString(Qt::ISODateWithMs))
        .arg(r.reading.temperature.enteredValue())
        .arg(r.note.left(30));
}

inline bool same(const TemperatureRecord &a, const TemperatureRecord &b)
{
    return sameTime(a.reading.time, b.reading.time) && a.reading.temperature == b.reading.temperature
        && a.reading.antipyreticReported == b.reading.antipyreticReported && a.note == b.note;
}

inline bool same(const BloodCountRecord &a, const BloodCountRecord &b)
{
    return sameTime(a.count.time(), b.count.time()) && a.count.anc() == b.count.anc()
        && a.count.provenance() == b.count.provenance() && a.count.wbc() == b.count.wbc()
        && a.count.differential() == b.count.differential() && a.enteredUnit == b.enteredUnit
        && a.lab == b.lab && a.note == b.note;
}

inline bool same(const SymptomRecord &a, const SymptomRecord &b)
{
    return sameTime(a.entry.time, b.entry.time) && a.entry.code == b.entry.code && a.note == b.note;
}

inline bool same(const TreatmentRecord &a, const TreatmentRecord &b)
{
    return a.treatment.date == b.treatment.date && a.treatment.kind == b.treatment.kind
        && a.treatment.nadirStartDay == b.treatment.nadirStartDay
        && a.treatment.nadirEndDay == b.treatment.nadirEndDay && a.regimen == b.regimen && a.note == b.note;
}

inline bool same(const MedicineRecord &a, const MedicineRecord &b)
{
    return a.name == b.name && a.dose == b.dose && a.started == b.started && a.stopped == b.stopped
        && a.note == b.note;
}

inline bool same(const AntipyreticRecord &a, const AntipyreticRecord &b)
{
    return sameTime(a.dose.time, b.dose.time) && a.dose.drug == b.dose.drug && a.note == b.note;
}

inline bool same(const AlertRecord &a, const AlertRecord &b)
{
    const bool ackSame = a.acknowledgedAt.has_value() == b.acknowledgedAt.has_value()
        && (!a.acknowledgedAt || sameTime(*a.acknowledgedAt, *b.acknowledgedAt));
    return sameTime(a.raisedAt, b.raisedAt) && a.level == b.level && a.reasonCodes == b.reasonCodes
        && a.protocolId == b.protocolId && ackSame && a.outcome == b.outcome && a.note == b.note;
}

// Lists equal in order, record by record; says which one differs.
template<class Record> bool sameList(const QList<Record> &a, const QList<Record> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 records instead of %2").arg(b.size()).arg(a.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!same(a.at(i), b.at(i))) {
            *why = QStringLiteral("record %1 differs").arg(i);
            return false;
        }
    }
    return true;
}

inline QString difference(const RecordSet &a, const RecordSet &b, bool labsAndTemperaturesOnly = false)
{
    QString why;
    if (!sameList(a.temperatures, b.temperatures, &why))
        return QStringLiteral("temperatures: ") + why;
    if (!sameList(a.bloodCounts, b.bloodCounts, &why))
        return QStringLiteral("blood counts: ") + why;
    if (labsAndTemperaturesOnly)
        return {};
    if (!sameList(a.symptoms, b.symptoms, &why))
        return QStringLiteral("symptoms: ") + why;
    if (!sameList(a.treatments, b.treatments, &why))
        return QStringLiteral("treatments: ") + why;
    if (!sameList(a.medicines, b.medicines, &why))
        return QStringLiteral("medicines: ") + why;
    if (!sameList(a.antipyretics, b.antipyretics, &why))
        return QStringLiteral("painkiller doses: ") + why;
    if (!sameList(a.alerts, b.alerts, &why))
        return QStringLiteral("alerts: ") + why;
    return {};
}

} // namespace nc::testdata

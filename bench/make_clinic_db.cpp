// Writes the clinic benchmark database of DESIGN.md ("Performance budgets": a local PostgreSQL holding
// 2,000 patients with a year each) into a PostgreSQL database, deterministically from a seed apart
// from each record's UUID and change time:
//   make_clinic_db --db "dbname=clinic_bench" [--patients 2000] [--seed 1] [--end TIME] [--time-zone ZONE]
// The same seed and --end give the same values (--end defaults to now, so that the newest data is
// today's, as on a clinic's board).
// The server is set up by ServerAdmin::init, as `neutrocare-cli server init` does (roles, row-level
// security, the audit trail, whose triggers record every row written here too); the rows are then sent as
// multi-row INSERTs of literal values, one transaction per patient: QPSQL has no COPY, and a statement per
// row would cost a round trip and a parse each, about 3 million times.
#include "clinical/bloodcount.h"
#include "clinical/symptom.h"
#include "clinical/temperature.h"
#include "clinical/treatment.h"
#include "storage/connectionspec.h"
#include "storage/database.h"
#include "storage/serveradmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>

using namespace nc;

namespace {

// One patient's year, as DESIGN.md counts it.
constexpr int kDays = 365;
constexpr int kTemperatures = 1500;
constexpr int kLabs = 50;
constexpr int kSymptoms = 30;
constexpr int kTreatments = 17;
// Chemotherapy every 21 days, G-CSF with each cycle from the second: nine cycles make the 17.
constexpr int kCycles = 1 + (kTreatments - 1) / 2;
static_assert(kCycles + (kCycles - 1) == kTreatments);

constexpr int kCycleDays = 21;
constexpr int kRowsPerInsert = 1000;
constexpr qint64 kHourMs = 3600 * 1000;

// The year every patient shares: each day's local midnight and UTC offset in the clinic's zone. The
// offset is the one at local noon, so a day that changes the clocks is off for its first hours only;
// readings are taken from 07:00.
struct Calendar
{
    QList<QDate> dates;
    QList<qint64> midnightMs;
    QList<int> offsets;
    qint64 endMs = 0;

    Calendar(const QDateTime &end, const QTimeZone &zone)
        : endMs(end.toMSecsSinceEpoch())
    {
        const QDate last = end.toTimeZone(zone).date();
        for (int d = 0; d < kDays; ++d) {
            const QDate date = last.addDays(d - kDays + 1);
            const int offset = QDateTime(date, QTime(12, 0), zone).offsetFromUtc();
            dates << date;
            offsets << offset;
            midnightMs << QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
                    - offset * 1000LL;
        }
    }
    int lastDay() const { return kDays - 1; }
    // The time `hours` after the day's local midnight; nothing when that is after the end.
    std::optional<qint64> at(int day, double hours) const
    {
        const qint64 ms = midnightMs[day] + qint64(hours * kHourMs);
        return ms <= endMs ? std::optional(ms) : std::nullopt;
    }
    QDateTime dateTime(int day, qint64 ms) const
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsets[day]);
    }
};

class Random
{
public:
    Random(quint32 seed, quint32 patient)
        : m_rng(std::array<quint32, 3> { seed, patient, 0x636c696eu }.data(), 3)
    { }
    double uniform(double lo, double hi) { return lo + (hi - lo) * m_rng.generateDouble(); }
    int bounded(int lo, int hiInclusive) { return lo + int(m_rng.bounded(quint32(hiInclusive - lo + 1))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    // Roughly normal, mean 0 and standard deviation 1 (Irwin–Hall of four), the same on every platform.
    double bell()
    {
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += m_rng.generateDouble();
        return (sum - 2.0) * std::sqrt(3.0);
    }
    template<class T> const T &pick(const QList<T> &list) { return list[bounded(0, int(list.size()) - 1)]; }

private:
    QRandomGenerator m_rng;
};

struct Cycle
{
    int doseDay = 0;
    bool gcsf = false;
    int nadirDay = 10; // days after the dose: 7–14
    double nadirAnc = 500; // cells/µL
    double width = 3; // days
    int feverStart = -1; // a day of the year; -1: no febrile episode in this cycle
    int feverDays = 0;
};

// What stays the same through one patient's year.
struct Plan
{
    int birthYear = 1960;
    double baselineAnc = 4000;
    double usualCelsius = 36.6;
    MeasurementSite site = MeasurementSite::Oral;
    TemperatureUnit unit = TemperatureUnit::Celsius;
    QString regimen;
    TreatmentKind gcsf = TreatmentKind::Pegfilgrastim;
    QList<Cycle> cycles;

    bool feverish(int day) const
    {
        return std::any_of(cycles.begin(), cycles.end(), [day](const Cycle &c) {
            return c.feverStart >= 0 && day >= c.feverStart && day < c.feverStart + c.feverDays;
        });
    }
    // The cycle a day lies in, if any.
    const Cycle *cycleOn(int day) const
    {
        for (const Cycle &c : cycles) {
            if (day >= c.doseDay && day < c.doseDay + kCycleDays)
                return &c;
        }
        return nullptr;
    }
    // The neutrophil curve: a fall to the nadir 7–14 days after each dose and recovery by the next
    // (with G-CSF a shallower dip and an overshoot after it). Cells/µL.
    double ancAt(double dayOfYear) const
    {
        const Cycle *c = cycleOn(int(dayOfYear));
        if (!c)
            return baselineAnc;
        const double day = dayOfYear - c->doseDay;
        double anc = baselineAnc
            - (baselineAnc - c->nadirAnc) * std::exp(-std::pow((day - c->nadirDay) / c->width, 2));
        if (c->gcsf && day > c->nadirDay)
            anc += 5000 * std::exp(-std::pow((day - c->nadirDay - 3) / 2.5, 2));
        return anc;
    }
};

Plan makePlan(Random &rng, const Calendar &calendar)
{
    static const QList<QString> regimens { QStringLiteral("FEC"), QStringLiteral("AC"), QStringLiteral("TC"),
        QStringLiteral("R-CHOP"), QStringLiteral("Carboplatin-paclitaxel"), QStringLiteral("Docetaxel") };
    Plan plan;
    plan.birthYear = rng.bounded(1940, 2004);
    plan.baselineAnc = std::round(rng.uniform(2500, 6500) / 100) * 100;
    plan.usualCelsius = 36.6 + 0.15 * rng.bell();
    plan.site = rng.chance(0.7) ? MeasurementSite::Oral
                                : (rng.chance(0.6) ? MeasurementSite::Tympanic : MeasurementSite::Axillary);
    plan.unit = rng.chance(0.05) ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius;
    plan.regimen = rng.pick(regimens);
    plan.gcsf = rng.chance(0.75) ? TreatmentKind::Pegfilgrastim : TreatmentKind::Filgrastim;

    // The course starts anywhere in the year that lets its last G-CSF dose (the day after the last
    // chemotherapy) fall no later than the last day.
    const int firstDose = rng.bounded(0, calendar.lastDay() - 1 - (kCycles - 1) * kCycleDays);
    for (int i = 0; i < kCycles; ++i) {
        Cycle c;
        c.doseDay = firstDose + i * kCycleDays;
        c.gcsf = i > 0; // added after the first cycle's nadir, as secondary prophylaxis
        c.nadirDay = c.gcsf ? rng.bounded(7, 10) : rng.bounded(9, 14);
        c.nadirAnc = c.gcsf ? rng.uniform(400, 1500) : rng.uniform(100, 900);
        c.width = rng.uniform(2.5, 3.5);
        // Febrile neutropenia: about one patient in four over the course, mostly in the first cycle.
        if (rng.chance(c.gcsf ? 0.02 : 0.1)) {
            c.nadirAnc = rng.uniform(50, 450);
            c.feverStart = c.doseDay + c.nadirDay + rng.bounded(-1, 1);
            c.feverDays = rng.bounded(1, 3);
        }
        plan.cycles << c;
    }
    return plan;
}

// SQL literals. Only numbers made here, UUIDs and codes or names passed through the driver's quoting
// ever reach the text.
class Literals
{
public:
    explicit Literals(QSqlDatabase db)
        : m_driver(db.driver())
    { }
    QString text(const QString &value) const
    {
        QSqlField field(QString(), QMetaType::fromType<QString>());
        field.setValue(value);
        return m_driver->formatValue(field);
    }

private:
    const QSqlDriver *m_driver;
};

// One row's values, each a literal, opened with the record's fresh UUID and change time.
class RowText
{
public:
    RowText(qint64 updatedMs, qint64 patientId)
    {
        m_text.reserve(160);
        m_text
            += QLatin1String("('") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('\'');
        num(updatedMs).num(patientId);
    }
    RowText &num(qint64 value) { return add(QString::number(value)); }
    // The shortest text that reads back as the same double.
    RowText &num(double value) { return add(QString::number(value, 'g', QLocale::FloatingPointShortest)); }
    RowText &num(std::optional<double> value) { return value ? num(*value) : add(QStringLiteral("NULL")); }
    RowText &literal(const QString &quoted) { return add(quoted); }
    QString text() const { return m_text + QLatin1Char(')'); }

private:
    RowText &add(const QString &value)
    {
        m_text += QLatin1Char(',') + value;
        return *this;
    }
    QString m_text;
};

// Rows for one table, sent kRowsPerInsert at a time as one INSERT … VALUES (…), (…), ….
class BulkInsert
{
public:
    BulkInsert(QSqlDatabase db, const char *table, const char *columns)
        : m_db(db)
        , m_table(QString::fromLatin1(table))
        , m_head(QStringLiteral("INSERT INTO %1 (uuid, updated_ms, patient_id, %2) VALUES ")
                     .arg(m_table, QString::fromLatin1(columns)))
    { }
    bool add(const RowText &row)
    {
        m_sql += (m_pending == 0 ? m_head : QStringLiteral(",")) + row.text();
        return ++m_pending < kRowsPerInsert || flush();
    }
    bool flush()
    {
        if (m_pending == 0)
            return true;
        QSqlQuery q(m_db);
        if (!q.exec(m_sql)) {
            m_error = m_table + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        m_sql.clear();
        m_pending = 0;
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_head;
    QString m_sql;
    int m_pending = 0;
    QString m_error;
};

struct Inserts
{
    BulkInsert temperatures;
    BulkInsert labs;
    BulkInsert symptoms;
    BulkInsert treatments;

    explicit Inserts(QSqlDatabase db)
        : temperatures(db, "temperatures",
            "time_ms, utc_offset, celsius, entered_value, entered_unit, site, antipyretic_reported")
        , labs(db, "blood_counts",
              "time_ms, utc_offset, anc, provenance, wbc, neutrophils_pct, entered_unit, lab")
        , symptoms(db, "symptoms", "time_ms, utc_offset, code")
        , treatments(db, "treatments", "date, kind, regimen")
    { }
    bool flush() { return temperatures.flush() && labs.flush() && symptoms.flush() && treatments.flush(); }
    QString error() const
    {
        for (const BulkInsert *b : { &temperatures, &labs, &symptoms, &treatments }) {
            if (!b->error().isEmpty())
                return b->error();
        }
        return QString();
    }
};

// Everything one patient's rows need besides the plan.
struct PatientContext
{
    const Calendar &calendar;
    const Literals &literals;
    Random &rng;
    const Plan &plan;
    qint64 patientId;
    qint64 nowMs;
};

// Mostly 36–37.5 °C (lower in the morning), a few low-grade readings, 38–39.5 °C in a febrile
// episode; in the patient's own unit, to a tenth, as a thermometer shows it.
Temperature temperatureAt(PatientContext &p, int day, double hour)
{
    double celsius
        = p.plan.usualCelsius + 0.25 * std::sin((hour - 10) / 24 * 2 * std::numbers::pi) + 0.2 * p.rng.bell();
    celsius = std::clamp(celsius, 35.9, 37.5);
    if (p.plan.feverish(day))
        celsius = p.rng.uniform(38.0, 39.5);
    else if (p.rng.chance(0.015))
        celsius = p.rng.uniform(37.6, 37.9);
    const double entered = std::round(units::fromCelsius(celsius, p.plan.unit) * 10) / 10;
    return *Temperature::fromInput(entered, p.plan.unit, p.plan.site);
}

bool addTemperature(PatientContext &p, Inserts &out, int day, double hour)
{
    const auto ms = p.calendar.at(day, hour);
    if (!ms)
        return true;
    const Temperature t = temperatureAt(p, day, hour);
    return out.temperatures.add(RowText(p.nowMs, p.patientId)
                                    .num(*ms)
                                    .num(qint64(p.calendar.offsets[day]))
                                    .num(t.celsius())
                                    .num(t.enteredValue())
                                    .literal(p.literals.text(units::temperatureUnitCode(t.enteredUnit())))
                                    .literal(p.literals.text(sites::code(t.site())))
                                    .num(qint64(0)));
}

// About four a day between 07:00 and 23:00; the rest of the year's readings are re-checks during
// a fever, day and night, or (for a patient without one) an extra reading on some day.
bool writeTemperatures(PatientContext &p, Inserts &out)
{
    const int perDay = std::max(1, kTemperatures / kDays);
    int count = 0;
    for (int day = 0; day <= p.calendar.lastDay(); ++day) {
        for (int slot = 0; slot < perDay; ++slot) {
            const double hour = 7 + 16 * (slot + 0.5) / perDay + p.rng.uniform(-0.7, 0.7);
            if (p.calendar.at(day, hour)) {
                if (!addTemperature(p, out, day, hour))
                    return false;
                ++count;
            }
        }
    }
    QList<int> feverDays;
    for (int day = 0; day < p.calendar.lastDay(); ++day) {
        if (p.plan.feverish(day))
            feverDays << day;
    }
    for (; count < kTemperatures; ++count) {
        const bool recheck = !feverDays.isEmpty();
        const int day = recheck ? p.rng.pick(feverDays) : p.rng.bounded(0, p.calendar.lastDay() - 1);
        if (!addTemperature(p, out, day, recheck ? p.rng.uniform(0, 24) : p.rng.uniform(7, 23)))
            return false;
    }
    return true;
}

// A count before each dose and one near each nadir; the rest spread through the year, in clinic
// hours. Two in three are an ANC in ×10⁹/L, one in three a WBC with its neutrophil %.
bool addLab(PatientContext &p, Inserts &out, int day, int index)
{
    const double hour = p.rng.uniform(8.5, 12);
    auto ms = p.calendar.at(day, hour);
    if (!ms) // a nadir count due after the end of the year: the day before
        ms = p.calendar.at(--day, hour);
    const QDateTime time = p.calendar.dateTime(day, *ms);
    const double anc = std::max(20.0, p.plan.ancAt(day + hour / 24) * p.rng.uniform(0.9, 1.1));
    BloodCount count;
    CountUnit entered = CountUnit::GigaPerLitre;
    if (index % 3 == 0) {
        const double pct = std::round(p.rng.uniform(45, 72));
        const double wbc = std::max(100.0, std::round(anc / (pct / 100) / 10) * 10);
        count = *BloodCount::derived(time, wbc, CountUnit::CellsPerMicrolitre, Differential::total(pct));
        entered = CountUnit::CellsPerMicrolitre;
    } else {
        count = *BloodCount::measured(time, std::round(anc / 10) / 100, CountUnit::GigaPerLitre);
    }
    return out.labs.add(RowText(p.nowMs, p.patientId)
                            .num(*ms)
                            .num(qint64(p.calendar.offsets[day]))
                            .num(count.anc())
                            .literal(p.literals.text(provenanceCode(count.provenance())))
                            .num(count.wbc())
                            .num(count.differential().neutrophilsPct)
                            .literal(p.literals.text(units::countUnitCode(entered)))
                            .literal(p.literals.text(QStringLiteral("Clinic lab"))));
}

bool writeLabs(PatientContext &p, Inserts &out)
{
    QList<int> days;
    for (const Cycle &c : p.plan.cycles)
        days << c.doseDay << std::min(p.calendar.lastDay(), c.doseDay + c.nadirDay + p.rng.bounded(-1, 1));
    const int spread = kLabs - int(days.size());
    for (int i = 0; i < spread; ++i)
        days << int((i + p.rng.uniform(0.2, 0.8)) * p.calendar.lastDay() / spread);
    for (int i = 0; i < days.size(); ++i) {
        if (!addLab(p, out, days[i], i))
            return false;
    }
    return true;
}

// Infection symptoms and chemotherapy's own (mouth sores, diarrhoea…) cluster in the low-count days
// 5–14 of a cycle; a febrile episode brings chills and, sometimes, rigors or feeling very unwell
// (red flags); a few of the year's come on other days.
bool writeSymptoms(PatientContext &p, Inserts &out)
{
    static const QList<SymptomCode> lowDays { SymptomCode::MouthSores, SymptomCode::SoreThroat,
        SymptomCode::Diarrhoea, SymptomCode::Vomiting, SymptomCode::UnusualTiredness, SymptomCode::Cough };
    static const QList<SymptomCode> fever { SymptomCode::Chills, SymptomCode::Chills, SymptomCode::Rigors,
        SymptomCode::FeelingVeryUnwell, SymptomCode::SoreThroat };
    static const QList<SymptomCode> infection = [] {
        QList<SymptomCode> codes;
        for (SymptomCode code : symptoms::all()) {
            if (symptoms::isInfectionSymptom(code))
                codes << code;
        }
        return codes;
    }();
    int count = 0;
    while (count < kSymptoms) {
        const Cycle &cycle = p.rng.pick(p.plan.cycles);
        SymptomCode code;
        int day;
        if (cycle.feverStart >= 0 && p.rng.chance(0.3)) {
            code = p.rng.pick(fever);
            day = cycle.feverStart + p.rng.bounded(0, cycle.feverDays - 1);
        } else if (p.rng.chance(0.75)) {
            code = p.rng.pick(lowDays);
            day = cycle.doseDay + p.rng.bounded(5, 14);
        } else {
            code = p.rng.pick(infection);
            day = p.rng.bounded(0, p.calendar.lastDay());
        }
        const auto ms = day <= p.calendar.lastDay() ? p.calendar.at(day, p.rng.uniform(7, 22)) : std::nullopt;
        if (!ms)
            continue; // after the end of the year: draw again
        if (!out.symptoms.add(RowText(p.nowMs, p.patientId)
                                  .num(*ms)
                                  .num(qint64(p.calendar.offsets[day]))
                                  .literal(p.literals.text(symptoms::code(code)))))
            return false;
        ++count;
    }
    return true;
}

bool addTreatment(PatientContext &p, Inserts &out, int day, TreatmentKind kind, const QString &regimen)
{
    return out.treatments.add(RowText(p.nowMs, p.patientId)
                                  .literal(p.literals.text(p.calendar.dates[day].toString(Qt::ISODate)))
                                  .literal(p.literals.text(treatments::code(kind)))
                                  .literal(p.literals.text(regimen)));
}

bool writeTreatments(PatientContext &p, Inserts &out)
{
    for (const Cycle &c : p.plan.cycles) {
        if (!addTreatment(p, out, c.doseDay, TreatmentKind::Chemotherapy, p.plan.regimen))
            return false;
        if (c.gcsf && !addTreatment(p, out, c.doseDay + 1, p.plan.gcsf, QString()))
            return false;
    }
    return true;
}

std::optional<qint64> addPatient(Database &db, int index, const Plan &plan, qint64 nowMs, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO patients (uuid, updated_ms, name, birth_year, created_ms) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(nowMs);
    q.addBindValue(QStringLiteral("Patient %1").arg(index + 1, 4, 10, QLatin1Char('0')));
    q.addBindValue(plan.birthYear);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("patients: ") + q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    // The clinic-set values a patient's home link receives.
    QSqlQuery s(db.connection());
    s.prepare(QStringLiteral("INSERT INTO patient_settings (patient_id, clinic_name, in_hours_number, "
                             "out_of_hours_number, display_unit, baseline_anc, updated_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    s.addBindValue(id);
    s.addBindValue(QStringLiteral("Riverside Oncology Day Unit"));
    s.addBindValue(QStringLiteral("0161 555 0142"));
    s.addBindValue(QStringLiteral("0161 555 0199"));
    s.addBindValue(units::temperatureUnitCode(plan.unit));
    s.addBindValue(plan.baselineAnc);
    s.addBindValue(nowMs);
    if (!s.exec()) {
        *error = QStringLiteral("patient_settings: ") + s.lastError().text();
        return std::nullopt;
    }
    return id;
}

// One patient and a year of records, in one transaction.
bool writePatient(Database &db, const Calendar &calendar, quint32 seed, int index, QString *error)
{
    Random rng(seed, quint32(index));
    const Plan plan = makePlan(rng, calendar);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(db);
    const auto id = addPatient(db, index, plan, nowMs, error);
    if (!id)
        return false;
    const Literals literals(db.connection());
    PatientContext p { calendar, literals, rng, plan, *id, nowMs };
    Inserts out(db.connection());
    if (!writeTreatments(p, out) || !writeTemperatures(p, out) || !writeLabs(p, out) || !writeSymptoms(p, out)
        || !out.flush()) {
        *error = out.error();
        return false;
    }
    if (const QString failed = tx.commit(); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    return true;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// Rows per table, as the server counts them; returns the total.
qint64 printRows(Database &db, QTextStream &out)
{
    qint64 total = 0;
    for (const char *table :
        { "patients", "patient_settings", "temperatures", "blood_counts", "symptoms", "treatments" }) {
        const qint64 rows
            = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
        total += rows;
        out << QStringLiteral("  %1 %2\n").arg(QLatin1String(table), -18).arg(rows, 10);
    }
    out << QStringLiteral("  %1 %2\n").arg(QStringLiteral("total"), -18).arg(total, 10);
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the clinic benchmark database (2,000 patients with a year each) into a "
                       "PostgreSQL database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The PostgreSQL database: a libpq URI or keywords, e.g. \"dbname=clinic_bench\"."),
        QStringLiteral("connection"));
    const QCommandLineOption patientsOption(QStringLiteral("patients"), QStringLiteral("How many patients."),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption endOption(QStringLiteral("end"),
        QStringLiteral("Time of the newest possible entry (ISO 8601); default now."), QStringLiteral("time"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
        QStringLiteral("The clinic's IANA time zone, for the patients' local times."), QStringLiteral("zone"),
        QStringLiteral("Europe/London"));
    parser.addOptions({ dbOption, patientsOption, seedOption, endOption, zoneOption });
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString where = parser.value(dbOption);
    bool patientsOk = false;
    bool seedOk = false;
    const int patients = parser.value(patientsOption).toInt(&patientsOk);
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    const QTimeZone zone(parser.value(zoneOption).toLatin1());
    const QDateTime end = parser.isSet(endOption)
        ? QDateTime::fromString(parser.value(endOption), Qt::ISODate)
        : QDateTime::currentDateTime();
    if (where.isEmpty() || !ConnectionSpec::namesServer(where)) {
        err << "make_clinic_db: --db: give a PostgreSQL database (make_heavy_db makes SQLite files)\n";
        return 2;
    }
    if (!patientsOk || patients < 1 || !seedOk) {
        err << "make_clinic_db: --patients takes a positive whole number, --seed a whole number\n";
        return 2;
    }
    if (!zone.isValid() || !end.isValid()) {
        err << "make_clinic_db: --time-zone or --end not understood\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.open(where, Database::Purpose::Administer)) {
        err << "make_clinic_db: " << db.errorString() << '\n';
        return 1;
    }
    if (const auto setUp = ServerAdmin(db).init(QDir::tempPath()); !setUp) {
        err << "make_clinic_db: " << setUp.error().message << '\n';
        return 1;
    }
    const qint64 schemaMs = timer.elapsed();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM patients")).toLongLong() != 0) {
        err << "make_clinic_db: " << where << " already holds patients; refusing to add to it\n";
        return 2;
    }

    const Calendar calendar(end, zone);
    timer.restart();
    for (int i = 0; i < patients; ++i) {
        QString error;
        if (!writePatient(db, calendar, seed, i, &error)) {
            err << "make_clinic_db: patient " << i + 1 << ": " << error << '\n';
            return 1;
        }
        if ((i + 1) % 100 == 0)
            err << "make_clinic_db: " << i + 1 << " patients, " << timer.elapsed() / 1000 << " s\n"
                << Qt::flush;
    }
    const qint64 loadMs = timer.elapsed();
    timer.restart();
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    const qint64 analyzeMs = timer.elapsed();

    out << "make_clinic_db: " << db.path() << ", " << patients << " patients, seed " << seed
        << ", year ending " << calendar.dates.last().toString(Qt::ISODate) << " (" << zone.id() << ")\n";
    const qint64 rows = printRows(db, out);
    out << QStringLiteral("schema made in %1 ms; loaded in %2 s (%3 rows/s; one transaction per patient, "
                          "%4 rows per INSERT); ANALYZE %5 s\n")
               .arg(schemaMs)
               .arg(loadMs / 1000.0, 0, 'f', 1)
               .arg(qRound64(rows * 1000.0 / std::max<qint64>(1, loadMs)))
               .arg(kRowsPerInsert)
               .arg(analyzeMs / 1000.0, 0, 'f', 1);
    out << "database size: "
        << scalar(db, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"))
               .toString()
        << '\n';
    return 0;
}

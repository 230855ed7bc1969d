// One repository per record kind, on a real file: round trips (offsets and optional fields),
// constraints, profiles that never mix, undo's restore-with-id, indexed range queries, and
// a save that fails with a reason.
#include "scratchdatabase.h"
#include "storage/patienthistory.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nc;

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result << QString::fromUtf8(s);
    return result;
}
} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void temperatures();
    void uuidsAreTimeOrderedVersion7();
    void addAllWritesWholeAndPartBatches();
    void bloodCounts();
    void symptomsTreatmentsMedicinesDoses();
    void alertsAndAcknowledgement();
    void settingsAndChecklist();
    void saveProfileWritesBoth();
    void saveProfileFailureWritesNeither_data();
    void saveProfileFailureWritesNeither();
    void firstProfileLanguage();
    void protocolInForce_data();
    void protocolInForce();
    void storedDefaultLlnReadsAsNotSet();
    void profilesNeverMix();
    void restoreWithId();
    void constraints();
    void rangeQueriesUseTheIndex();
    void latestChemotherapy_data();
    void latestChemotherapy();
    void latestChemotherapyPastManyOtherTreatments();
    void latestChemotherapyIsOneIndexSeek_data();
    void latestChemotherapyIsOneIndexSeek();
    void readOnlyDatabaseSaysWhy();
    void assessmentInputFromStorage();
    void assessmentInputsOfEveryPatientMatchEachOnes();

private:
    qint64 addPatient(const QString &name)
    {
        return *PatientRepository(*m_db).add({ 0, name, std::nullopt });
    }
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_path; // the SQLite file, when on SQLite
};

void TestRepositories::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++n));
    m_scratch = std::make_unique<test::ScratchDatabase>(m_path);
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_scratch->where()), qPrintable(m_db->errorString()));
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestRepositories::temperatures()
{
    const qint64 p = addPatient(QStringLiteral("Maria"));
    TemperatureRepository repo(*m_db);
    TemperatureRecord r;
    r.patientId = p;
    r.reading = { at("2026-03-10T07:45:30-05:00"),
        *Temperature::fromInput(101.3, TemperatureUnit::Fahrenheit, MeasurementSite::Tympanic), true };
    r.note = QStringLiteral("<b>after a shower</b> ' OR 1=1 --");
    const auto id = repo.add(r);
    QVERIFY(id.ok());
    const auto back = repo.get(*id);
    QVERIFY(back);
    QCOMPARE(back->reading.time, r.reading.time);
    QCOMPARE(back->reading.time.offsetFromUtc(), -5 * 3600);
    QCOMPARE(back->reading.temperature, r.reading.temperature);
    QVERIFY(back->reading.antipyreticReported);
    QCOMPARE(back->note, r.note);

    TemperatureRecord changed = *back;
    changed.reading.temperature = *Temperature::fromInput(37.0, TemperatureUnit::Celsius);
    QVERIFY(!repo.update(changed));
    QCOMPARE(repo.get(*id)->reading.temperature.celsius(), 37.0);
    QCOMPARE(repo.count(p), 1);
    QVERIFY(!repo.remove(*id));
    QCOMPARE(repo.count(p), 0);
    QVERIFY(repo.update(changed).has_value()); // no longer exists
}

void TestRepositories::bloodCounts()
{
    const qint64 p = addPatient(QStringLiteral("Ana"));
    BloodCountRepository repo(*m_db);
    BloodCountRecord measured { 0, p,
        *BloodCount::measured(at("2026-03-08T09:00:00+01:00"), 0.4, CountUnit::GigaPerLitre),
        CountUnit::GigaPerLitre, QStringLiteral("City Lab"), QString() };
    BloodCountRecord derived { 0, p,
        *BloodCount::derived(at("2026-03-09T09:00:00+01:00"), 2100, CountUnit::CellsPerMicrolitre,
            Differential::manual(20, 2)),
        CountUnit::CellsPerMicrolitre, QString(), QStringLiteral("manual diff") };
    const qint64 a = *repo.add(measured);
    const qint64 b = *repo.add(derived);
    QCOMPARE(repo.get(a)->count, measured.count);
    QCOMPARE(repo.get(a)->lab, QStringLiteral("City Lab"));
    QCOMPARE(repo.get(a)->enteredUnit, CountUnit::GigaPerLitre);
    const auto d = repo.get(b);
    QCOMPARE(d->count.provenance(), AncProvenance::Derived);
    QCOMPARE(d->count.anc(), 462.0);
    QCOMPARE(d->count.differential().bandsPct, std::optional<double>(2.0));
    QVERIFY(!d->count.differential().neutrophilsPct);
    const auto newest = repo.latest(p, 1);
    QCOMPARE(newest.first().id, b);
}

void TestRepositories::symptomsTreatmentsMedicinesDoses()
{
    const qint64 p = addPatient(QStringLiteral("Lee"));
    SymptomRepository symptomsRepo(*m_db);
    const qint64 s = *symptomsRepo.add(
        { 0, p, { at("2026-03-10T06:00:00+02:00"), SymptomCode::WoundOrLineRedness }, QString() });
    QCOMPARE(symptomsRepo.get(s)->entry.code, SymptomCode::WoundOrLineRedness);
    QCOMPARE(symptomsRepo.get(s)->entry.time.offsetFromUtc(), 7200);

    TreatmentRepository treatmentsRepo(*m_db);
    TreatmentRecord t { 0, p, { QDate(2026, 3, 1), TreatmentKind::Chemotherapy, 8, 12 }, QStringLiteral("AC"),
        QString() };
    const qint64 tid = *treatmentsRepo.add(t);
    const auto tb = treatmentsRepo.get(tid);
    QCOMPARE(tb->treatment.date, QDate(2026, 3, 1));
    QCOMPARE(tb->treatment.nadirStartDay, std::optional<int>(8));
    QCOMPARE(tb->treatment.nadirEndDay, std::optional<int>(12));
    QCOMPARE(tb->regimen, QStringLiteral("AC"));
    const qint64 g
        = *treatmentsRepo.add({ 0, p, { QDate(2026, 3, 2), TreatmentKind::Pegfilgrastim, {}, {} }, {}, {} });
    QVERIFY(!treatmentsRepo.get(g)->treatment.nadirStartDay);

    MedicineRepository medicinesRepo(*m_db);
    const qint64 m = *medicinesRepo.add({ 0, p, QStringLiteral("Co-trimoxazole"), QStringLiteral("480 mg"),
        QDate(2026, 3, 1), std::nullopt, QString() });
    QCOMPARE(medicinesRepo.get(m)->started, std::optional<QDate>(QDate(2026, 3, 1)));
    QVERIFY(!medicinesRepo.get(m)->stopped);

    AntipyreticRepository doses(*m_db);
    const qint64 d = *doses.add({ 0, p, { at("2026-03-10T05:00:00Z"), Antipyretic::Ibuprofen }, QString() });
    QCOMPARE(doses.get(d)->dose.drug, Antipyretic::Ibuprofen);
}

void TestRepositories::alertsAndAcknowledgement()
{
    const qint64 p = addPatient(QStringLiteral("Kim"));
    AlertRepository alerts(*m_db);
    AlertRecord a;
    a.patientId = p;
    a.raisedAt = at("2026-03-10T08:00:00+01:00");
    a.level = Level::CallNow;
    a.reasonCodes = { QStringLiteral("fever_single"), QStringLiteral("multiple_amber") };
    a.protocolId = QStringLiteral("us-idsa");
    const qint64 id = *alerts.add(a);
    QVERIFY(!latestAcknowledgement(*m_db, p));
    QVERIFY(!acknowledgeAlert(
        *m_db, id, at("2026-03-10T08:10:00+01:00"), AlertOutcome::WentToHospital, QString()));
    QCOMPARE(*latestAcknowledgement(*m_db, p), at("2026-03-10T08:10:00+01:00"));
    const auto back = alerts.get(id);
    QCOMPARE(back->outcome, std::optional<AlertOutcome>(AlertOutcome::WentToHospital));
    QCOMPARE(back->reasonCodes, a.reasonCodes);

    // "Could not reach them" is logged but never counts as contact.
    AlertRecord unreachable = a;
    unreachable.acknowledgedAt = at("2026-03-10T09:00:00+01:00");
    unreachable.outcome = AlertOutcome::CouldNotReach;
    QVERIFY(alerts.add(unreachable).ok());
    QCOMPARE(*latestAcknowledgement(*m_db, p), at("2026-03-10T08:10:00+01:00"));
}

void TestRepositories::settingsAndChecklist()
{
    const qint64 p = addPatient(QStringLiteral("Sam"));
    PatientSettingsRepository repo(*m_db);
    QCOMPARE(repo.get(p).protocol, Protocol::defaultProtocol()); // defaults before any save
    PatientSettings s;
    s.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
    s.clinicName = QStringLiteral("The Clinic");
    s.inHoursNumber = QStringLiteral("0161 000 0000");
    s.displayUnit = TemperatureUnit::Fahrenheit;
    s.language = QStringLiteral("es");
    s.clinicLlnAnc = 1800;
    s.baselineAnc = 1210;
    QVERIFY(!repo.save(p, s));
    const PatientSettings back = repo.get(p);
    QCOMPARE(back.protocol, s.protocol);
    QCOMPARE(back.clinicName, s.clinicName);
    QCOMPARE(back.displayUnit, TemperatureUnit::Fahrenheit);
    QCOMPARE(back.language, QStringLiteral("es"));
    QCOMPARE(back.clinicLlnAnc, std::optional<double>(1800));
    QCOMPARE(back.baselineAnc, std::optional<double>(1210));
    s.baselineAnc = 900; // below the Duffy-null floor: refused
    QVERIFY(repo.save(p, s).has_value());

    QVERIFY(!repo.setPreference(p, QStringLiteral("reminder"), QStringLiteral("08:00")));
    QCOMPARE(repo.preference(p, QStringLiteral("reminder")), QStringLiteral("08:00"));

    ChecklistRepository checklist(*m_db);
    const QDate day(2026, 3, 10);
    QVERIFY(!checklist.setTicked(p, day, QStringLiteral("hand_hygiene"), true));
    QVERIFY(!checklist.setTicked(p, day, QStringLiteral("hand_hygiene"), true)); // unique per day and item
    QVERIFY(!checklist.setTicked(p, day, QStringLiteral("dental_care"), true));
    QVERIFY(!checklist.setTicked(p, day, QStringLiteral("dental_care"), false));
    QCOMPARE(checklist.tickedOn(p, day), QStringList { QStringLiteral("hand_hygiene") });
    QCOMPARE(checklist.tickCounts(p, day.addDays(-1), day).value(day), 1);
}

void TestRepositories::protocolInForce_data()
{
    QTest::addColumn<QByteArray>("protocolJson"); // empty: the preset as shipped
    QTest::addColumn<std::optional<double>>("settingsLln");
    QTest::addColumn<bool>("clinicFile");
    QTest::addColumn<double>("lln");

    const std::optional<double> none;
    const QByteArray file = R"({"id": "clinic", "single": {"threshold_c": 38.0}, "lln_anc": 1800})";
    const QByteArray fileWithoutLln = R"({"id": "clinic", "single": {"threshold_c": 38.0}})";
    // A preset's numbers under its own id, with one changed: the clinic's file, not the preset.
    const QByteArray presetChanged = R"({"id": "us-idsa", "single": {"threshold_c": 38.3}, "lln_anc": 1800})";
    // A preset saved in another language is still the preset.
    const QByteArray presetInSpanish
        = Protocol::preset(QStringLiteral("us-idsa"))
              ->toJsonBytes()
              .replace("IDSA / ASCO (United States)", "IDSA / ASCO (Estados Unidos)");
    QTest::newRow("preset, nothing set") << QByteArray() << none << false << grading::kDefaultLln;
    QTest::newRow("preset, LLN set") << QByteArray() << std::optional<double>(1700) << false << 1700.0;
    QTest::newRow("preset saved in Spanish, LLN set")
        << presetInSpanish << std::optional<double>(1700) << false << 1700.0;
    QTest::newRow("clinic file") << file << none << true << 1800.0;
    QTest::newRow("clinic file wins over Settings") << file << std::optional<double>(1700) << true << 1800.0;
    QTest::newRow("clinic file without lln_anc: its default")
        << fileWithoutLln << std::optional<double>(1700) << true << grading::kDefaultLln;
    QTest::newRow("preset id, changed numbers")
        << presetChanged << std::optional<double>(1700) << true << 1800.0;
}

// The one precedence rule for the LLN (PatientSettings::protocolInForce), as stored and read back.
void TestRepositories::protocolInForce()
{
    QFETCH(QByteArray, protocolJson);
    QFETCH(std::optional<double>, settingsLln);
    QFETCH(bool, clinicFile);
    QFETCH(double, lln);

    PatientSettings s;
    if (!protocolJson.isEmpty())
        s.protocol = *Protocol::fromJsonBytes(protocolJson);
    s.clinicLlnAnc = settingsLln;
    const qint64 p = addPatient(QStringLiteral("Ana"));
    QVERIFY(!PatientSettingsRepository(*m_db).save(p, s));
    const PatientSettings back = PatientSettingsRepository(*m_db).get(p);
    QCOMPARE(back.protocolFromClinicFile(), clinicFile);
    QCOMPARE(back.protocolInForce().llnAnc, lln);
    // Nothing else of the protocol changes, and the engine gets that protocol.
    Protocol expected = back.protocol;
    expected.llnAnc = lln;
    QCOMPARE(back.protocolInForce(), expected);
    QCOMPARE(PatientHistory(*m_db, p).assessmentInput(at("2026-03-10T08:00:00+01:00")).protocol, expected);
}

void TestRepositories::storedDefaultLlnReadsAsNotSet()
{
    // Every save wrote the default LLN before it could be set: such a row has no clinic-set LLN.
    const qint64 p = addPatient(QStringLiteral("Ana"));
    QVERIFY(!PatientSettingsRepository(*m_db).save(p, PatientSettings()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE patient_settings SET lln_anc = 2000")));
    QVERIFY(!PatientSettingsRepository(*m_db).get(p).clinicLlnAnc);
    PatientSettings none;
    QVERIFY(!PatientSettingsRepository(*m_db).save(p, none)); // and "not set" is stored as NULL
    QVERIFY(q.exec(QStringLiteral("SELECT lln_anc IS NULL FROM patient_settings")) && q.next());
    QVERIFY(q.value(0).toBool());
}

void TestRepositories::profilesNeverMix()
{
    const qint64 a = addPatient(QStringLiteral("A"));
    const qint64 b = addPatient(QStringLiteral("B"));
    TemperatureRepository repo(*m_db);
    repo.add({ 0, a, { at("2026-03-10T07:00:00Z"), *Temperature::fromInput(38.5, TemperatureUnit::Celsius) },
        {} });
    QCOMPARE(repo.count(a), 1);
    QCOMPARE(repo.count(b), 0);
    QVERIFY(repo.between(b, at("2026-03-01T00:00:00Z"), at("2026-04-01T00:00:00Z")).isEmpty());
    QVERIFY(repo.page(b, 0, 10).isEmpty());
    QCOMPARE(PatientHistory(*m_db, b).assessmentInput(at("2026-03-10T08:00:00Z")).temperatures.size(), 0);
    // Deleting a profile deletes its data (cascade) and only its data.
    QVERIFY(!PatientRepository(*m_db).remove(a));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM temperatures")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(PatientRepository(*m_db).all().size(), 1);
}

void TestRepositories::restoreWithId()
{
    const qint64 p = addPatient(QStringLiteral("Undo"));
    TemperatureRepository repo(*m_db);
    TemperatureRecord r { 0, p,
        { at("2026-03-10T07:00:00Z"), *Temperature::fromInput(37.2, TemperatureUnit::Celsius) }, {} };
    r.id = *repo.add(r);
    QVERIFY(!repo.remove(r.id));
    const auto again = repo.add(r);
    QVERIFY(again.ok());
    QCOMPARE(*again, r.id);
    QVERIFY(!repo.add(r).ok()); // the id is taken: refused, never duplicated
}

void TestRepositories::constraints()
{
    const qint64 p = addPatient(QStringLiteral("C"));
    QVERIFY(!PatientRepository(*m_db).add({ 0, QStringLiteral("   "), std::nullopt }).ok());
    // Codes and ranges are checked by the schema too, for anything written outside the app. Each row
    // is whole but for the one thing refused (a fresh UUID and a change time included).
    const auto inserts = [this](const QString &table, const QString &columns, const QString &values) {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("INSERT INTO %1 (uuid, updated_ms, %2) VALUES ('%3', 0, %4)")
                          .arg(table, columns, QUuid::createUuid().toString(QUuid::WithoutBraces), values));
    };
    const QString reading = QStringLiteral("patient_id, time_ms, celsius, entered_value, entered_unit, site");
    const QString patient = QString::number(p);
    QVERIFY(inserts(
        QStringLiteral("temperatures"), reading, patient + QStringLiteral(", 0, 38, 38, 'C', 'oral'")));
    QVERIFY(!inserts(
        QStringLiteral("temperatures"), reading, patient + QStringLiteral(", 0, 38, 38, 'K', 'oral'")));
    QVERIFY(!inserts(
        QStringLiteral("temperatures"), reading, patient + QStringLiteral(", 0, 60, 60, 'C', 'oral'")));
    QVERIFY(inserts(QStringLiteral("treatments"), QStringLiteral("patient_id, date, kind"),
        patient + QStringLiteral(", '2026-01-01', 'chemotherapy'")));
    QVERIFY(!inserts(QStringLiteral("treatments"), QStringLiteral("patient_id, date, kind"),
        patient + QStringLiteral(", '2026-01-01', 'radio'")));
    QVERIFY(
        !inserts(QStringLiteral("temperatures"), reading, QStringLiteral("9999, 0, 38, 38, 'C', 'oral'")));
    // A UUID is never given twice.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM temperatures")) && q.next());
    const QString taken = q.value(0).toString();
    q.finish();
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO temperatures (uuid, updated_ms, %1) VALUES ('%2', 0, %3, 0, 38, 38, "
                       "'C', 'oral')")
            .arg(reading, taken, patient)));
}

void TestRepositories::uuidsAreTimeOrderedVersion7()
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 5000; ++i) {
        const QString uuid = dbvalue::newUuid();
        QVERIFY2(form.match(uuid).hasMatch(), qPrintable(uuid));
        QCOMPARE(QUuid::fromString(uuid).toString(QUuid::WithoutBraces), uuid); // as QUuid writes it
        QVERIFY(!seen.contains(uuid));
        seen.insert(uuid);
        // Made later, sorted later, within a millisecond too: what keeps an import's index writes
        // together.
        QVERIFY2(previous < uuid, qPrintable(previous + QLatin1String(" then ") + uuid));
        previous = uuid;
    }
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamped
        = QStringView(previous).left(13).toString().remove(QLatin1Char('-')).toLongLong(nullptr, 16);
    QVERIFY(stamped >= before && stamped <= after);

    // A burst can outrun 4,096 a millisecond (a release build does), and the counter carries into the
    // stamp: still in order, still version 7.
    QStringList burst;
    for (int i = 0; i < 50000; ++i)
        burst << dbvalue::newUuid();
    int sameStamp = 1;
    int mostInOneStamp = 1;
    for (qsizetype i = 1; i < burst.size(); ++i) {
        QVERIFY2(burst[i - 1] < burst[i], qPrintable(burst[i - 1] + QLatin1String(" then ") + burst[i]));
        QVERIFY2(form.match(burst[i]).hasMatch(), qPrintable(burst[i]));
        sameStamp = burst[i].left(13) == burst[i - 1].left(13) ? sameStamp + 1 : 1;
        mostInOneStamp = std::max(mostInOneStamp, sameStamp);
    }
    QVERIFY(mostInOneStamp <= 4096);
}

void TestRepositories::addAllWritesWholeAndPartBatches()
{
    // 250 rows: two full statements of 100 and a last one of 50.
    const qint64 p = addPatient(QStringLiteral("Maria"));
    QList<TemperatureRecord> readings;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-01T08:00:00+01:00"), Qt::ISODate);
    for (int i = 0; i < 250; ++i) {
        TemperatureRecord r;
        r.patientId = p;
        r.reading = { start.addSecs(60LL * i),
            *Temperature::fromInput(36.0 + i % 30 / 10.0, TemperatureUnit::Celsius) };
        r.note = QStringLiteral("n%1").arg(i);
        readings.append(r);
    }
    TemperatureRepository repo(*m_db);
    QVERIFY(!repo.addAll(readings));
    QCOMPARE(repo.count(p), 250);
    const auto stored = repo.between(p, start, start.addDays(1));
    QCOMPARE(stored.size(), 250);
    for (int i = 0; i < 250; ++i) {
        QCOMPARE(stored.at(i).reading.time, readings.at(i).reading.time);
        QCOMPARE(stored.at(i).note, readings.at(i).note);
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT uuid) FROM temperatures")) && q.next());
    QCOMPARE(q.value(0).toInt(), 250);
}

void TestRepositories::rangeQueriesUseTheIndex()
{
    const char *queries[] = {
        "SELECT * FROM temperatures WHERE patient_id = 1 AND time_ms >= 0 AND time_ms < 10 ORDER BY time_ms",
        "SELECT * FROM blood_counts WHERE patient_id = 1 AND time_ms < 10 ORDER BY time_ms DESC LIMIT 8",
        "SELECT * FROM symptoms WHERE patient_id = 1 AND time_ms >= 0 AND time_ms < 10",
        "SELECT * FROM alerts WHERE patient_id = 1 ORDER BY time_ms DESC LIMIT 200 OFFSET 0",
    };
    for (const char *sql : queries) {
        const QString plan = test::queryPlan(m_db->connection(), QString::fromLatin1(sql));
        if (test::onPostgres())
            QVERIFY2(plan.contains(QStringLiteral("Index")) && !plan.contains(QStringLiteral("Seq Scan")),
                qPrintable(plan));
        else
            QVERIFY2(plan.contains(QStringLiteral("USING INDEX"))
                    && !plan.contains(QStringLiteral("SCAN temperatures\n")),
                qPrintable(plan));
    }
}

void TestRepositories::latestChemotherapy_data()
{
    // Treatments as "whose date kind [regimen]" (whose: me or other), in the order they are logged;
    // the day asked about (none: any day); the answers as "date regimen", or empty for none.
    QTest::addColumn<QStringList>("logged");
    QTest::addColumn<QString>("onOrBefore");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QString>("named");
    QTest::newRow("none") << QStringList() << QString() << QString() << QString();
    QTest::newRow("only G-CSF") << strings({ "me 2026-03-02 filgrastim", "me 2026-03-03 pegfilgrastim" })
                                << QString() << QString() << QString();
    QTest::newRow("one") << strings({ "me 2026-03-01 chemotherapy FEC-T" }) << QString()
                         << QStringLiteral("2026-03-01 FEC-T") << QStringLiteral("2026-03-01 FEC-T");
    QTest::newRow("several, logged out of order") << strings(
        { "me 2026-03-22 chemotherapy C2", "me 2026-03-01 chemotherapy C1", "me 2026-04-12 chemotherapy C3" })
                                                  << QString() << QStringLiteral("2026-04-12 C3")
                                                  << QStringLiteral("2026-04-12 C3");
    QTest::newRow("older than later G-CSF")
        << strings({ "me 2026-03-01 chemotherapy FEC-T", "me 2026-03-02 filgrastim",
               "me 2026-03-03 filgrastim", "me 2026-03-04 pegfilgrastim" })
        << QStringLiteral("2026-03-10") << QStringLiteral("2026-03-01 FEC-T")
        << QStringLiteral("2026-03-01 FEC-T");
    QTest::newRow("one after the day asked about")
        << strings({ "me 2026-03-01 chemotherapy C1", "me 2026-03-22 chemotherapy C2" })
        << QStringLiteral("2026-03-21") << QStringLiteral("2026-03-01 C1") << QStringLiteral("2026-03-01 C1");
    QTest::newRow("on the day asked about")
        << strings({ "me 2026-03-01 chemotherapy C1", "me 2026-03-22 chemotherapy C2" })
        << QStringLiteral("2026-03-22") << QStringLiteral("2026-03-22 C2") << QStringLiteral("2026-03-22 C2");
    QTest::newRow("only after the day asked about") << strings({ "me 2026-03-22 chemotherapy C2" })
                                                    << QStringLiteral("2026-03-21") << QString() << QString();
    QTest::newRow("any day takes a future one")
        << strings({ "me 2026-03-01 chemotherapy C1", "me 2027-01-01 chemotherapy C9" }) << QString()
        << QStringLiteral("2027-01-01 C9") << QStringLiteral("2027-01-01 C9");
    QTest::newRow("another patient's not seen")
        << strings({ "me 2026-03-01 chemotherapy mine", "other 2026-03-20 chemotherapy theirs",
               "other 2026-03-21 filgrastim" })
        << QStringLiteral("2026-04-01") << QStringLiteral("2026-03-01 mine")
        << QStringLiteral("2026-03-01 mine");
    QTest::newRow("another patient's only")
        << strings({ "other 2026-03-20 chemotherapy theirs" }) << QString() << QString() << QString();
    QTest::newRow("two on a day: the one logged last")
        << strings({ "me 2026-03-01 chemotherapy first", "me 2026-03-01 chemotherapy second" }) << QString()
        << QStringLiteral("2026-03-01 second") << QStringLiteral("2026-03-01 second");
    QTest::newRow("regimen named on an earlier dose") << strings(
        { "me 2026-03-01 chemotherapy FEC-T", "me 2026-03-22 chemotherapy", "me 2026-04-12 chemotherapy" })
                                                      << QString() << QStringLiteral("2026-04-12 ")
                                                      << QStringLiteral("2026-03-01 FEC-T");
    QTest::newRow("a blank regimen is no name")
        << strings({ "me 2026-03-01 chemotherapy AC" })
            + QStringList { QStringLiteral("me 2026-03-22 chemotherapy ") + QChar(0x00A0) + QChar(0x3000) }
        << QString() << QStringLiteral("2026-03-22 ") + QChar(0x00A0) + QChar(0x3000)
        << QStringLiteral("2026-03-01 AC");
    QTest::newRow("no regimen named") << strings({ "me 2026-03-01 chemotherapy" }) << QString()
                                      << QStringLiteral("2026-03-01 ") << QString();
}

void TestRepositories::latestChemotherapy()
{
    QFETCH(QStringList, logged);
    QFETCH(QString, onOrBefore);
    QFETCH(QString, latest);
    QFETCH(QString, named);
    const qint64 me = addPatient(QStringLiteral("Me"));
    const qint64 other = addPatient(QStringLiteral("Other"));
    TreatmentRepository repo(*m_db);
    for (const QString &entry : logged) {
        const QStringList f = entry.split(QLatin1Char(' '));
        TreatmentRecord r;
        r.patientId = f.at(0) == QLatin1String("me") ? me : other;
        r.treatment = { QDate::fromString(f.at(1), Qt::ISODate), *treatments::fromCode(f.at(2)), std::nullopt,
            std::nullopt };
        r.regimen = f.mid(3).join(QLatin1Char(' '));
        QVERIFY(repo.add(r).ok());
    }
    const QDate day = QDate::fromString(onOrBefore, Qt::ISODate);
    const auto text = [](const std::optional<TreatmentRecord> &r) {
        return r ? r->treatment.date.toString(Qt::ISODate) + QLatin1Char(' ') + r->regimen : QString();
    };
    QCOMPARE(text(repo.latestChemotherapy(me, day)), latest);
    QCOMPARE(text(repo.latestNamedRegimen(me, day)), named);
}

void TestRepositories::latestChemotherapyPastManyOtherTreatments()
{
    // More G-CSF doses since the chemotherapy than the screens used to scan (20 to 200 rows).
    const qint64 me = addPatient(QStringLiteral("Me"));
    TreatmentRepository repo(*m_db);
    QVERIFY(repo.add({ 0, me, { QDate(2026, 3, 1), TreatmentKind::Chemotherapy, {}, {} },
                         QStringLiteral("AC"), {} })
                .ok());
    QList<TreatmentRecord> doses;
    for (int i = 0; i < 300; ++i)
        doses.append(
            { 0, me, { QDate(2026, 3, 2).addDays(i % 10), TreatmentKind::Filgrastim, {}, {} }, {}, {} });
    QVERIFY(!repo.addAll(doses));
    const auto latest = repo.latestChemotherapy(me, QDate(2026, 3, 31));
    QVERIFY(latest);
    QCOMPARE(latest->treatment.date, QDate(2026, 3, 1));
    QCOMPARE(latest->regimen, QStringLiteral("AC"));
}

void TestRepositories::latestChemotherapyIsOneIndexSeek_data()
{
    // The statements latestChemotherapy() and latestNamedRegimen() run, with and without a day.
    QTest::addColumn<QString>("sql");
    const QString select
        = QStringLiteral("SELECT * FROM treatments WHERE patient_id = 1 AND kind = 'chemotherapy'");
    const QString order = QStringLiteral(" ORDER BY date DESC, id DESC LIMIT 1");
    QTest::newRow("any day") << select + order;
    QTest::newRow("on or before") << select + QStringLiteral(" AND date <= '2026-03-01'") + order;
    QTest::newRow("named regimen") << select + QStringLiteral(" AND trim(regimen, ' ') != ''") + order;
    QTest::newRow("named regimen on or before")
        << select + QStringLiteral(" AND date <= '2026-03-01' AND trim(regimen, ' ') != ''") + order;
}

void TestRepositories::latestChemotherapyIsOneIndexSeek()
{
    QFETCH(QString, sql);
    const QString plan = test::queryPlan(m_db->connection(), sql);
    // A search on patient and kind, read in the index's order: no sort, no scan of other kinds.
    if (test::onPostgres()) {
        QVERIFY2(plan.contains(QStringLiteral("Index Scan Backward using treatments_patient_kind_date")),
            qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("Sort")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("Seq Scan")), qPrintable(plan));
        return;
    }
    QVERIFY2(
        plan.contains(QStringLiteral("USING INDEX treatments_patient_kind_date (patient_id=? AND kind=?")),
        qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("SCAN")), qPrintable(plan));
}

void TestRepositories::readOnlyDatabaseSaysWhy()
{
    const qint64 p = addPatient(QStringLiteral("RO"));
    // File permissions cannot stop root (CI), so make the connection read-only the way each engine
    // reports it on the first write (SQLITE_READONLY; PostgreSQL's read-only transaction).
    QSqlQuery q(m_db->connection());
    for (const QString &sql : test::readOnlySql())
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    const auto result = TemperatureRepository(*m_db).add({ 0, p,
        { at("2026-03-10T07:00:00Z"), *Temperature::fromInput(37.2, TemperatureUnit::Celsius) }, {} });
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().message.contains(QStringLiteral("read-only")), qPrintable(result.error().message));
    QCOMPARE(TemperatureRepository(*m_db).count(p), 0);
}

void TestRepositories::assessmentInputFromStorage()
{
    const qint64 p = addPatient(QStringLiteral("History"));
    const QDateTime now = at("2026-03-10T08:00:00+01:00");
    TemperatureRepository temps(*m_db);
    temps.add(
        { 0, p, { now.addSecs(-25 * 3600), *Temperature::fromInput(39.0, TemperatureUnit::Celsius) }, {} });
    temps.add(
        { 0, p, { now.addSecs(-30 * 60), *Temperature::fromInput(38.4, TemperatureUnit::Celsius) }, {} });
    AntipyreticRepository(*m_db).add({ 0, p, { now.addSecs(-26 * 3600), Antipyretic::Paracetamol }, {} });
    AntipyreticRepository(*m_db).add({ 0, p, { now.addSecs(-31 * 3600), Antipyretic::Ibuprofen }, {} });
    for (int i = 0; i < 20; ++i)
        BloodCountRepository(*m_db).add(
            { 0, p, *BloodCount::measured(now.addDays(-i - 1), 300 + i, CountUnit::CellsPerMicrolitre),
                CountUnit::CellsPerMicrolitre, {}, {} });
    TreatmentRepository(*m_db).add(
        { 0, p, { QDate(2026, 3, 1), TreatmentKind::Chemotherapy, {}, {} }, {}, {} });
    TreatmentRepository(*m_db).add(
        { 0, p, { QDate(2025, 12, 1), TreatmentKind::Chemotherapy, {}, {} }, {}, {} });
    PatientSettings s;
    s.protocol = *Protocol::preset(QStringLiteral("esmo-2016"));
    s.clinicLlnAnc = 1700;
    PatientSettingsRepository(*m_db).save(p, s);

    const AssessmentInput in = PatientHistory(*m_db, p).assessmentInput(now);
    QCOMPARE(in.protocol.id, QStringLiteral("esmo-2016"));
    QCOMPARE(in.protocol.llnAnc, 1700.0);
    QCOMPARE(in.temperatures.size(), 1); // only the lookback window
    // 26 h ago can still mask a reading at the window's start; 31 h ago cannot.
    QCOMPARE(in.antipyretics.size(), 1);
    QCOMPARE(in.antipyretics.first().drug, Antipyretic::Paracetamol);
    QVERIFY(in.counts.size() <= 8);
    QCOMPARE(in.treatments.size(), 1); // the December dose is outside the treatment window
    const Assessment a = assess(in);
    QCOMPARE(a.level, Level::CallNow);
    QCOMPARE(a.anc->value, 300.0);
    QCOMPARE(a.febrileNeutropenia, FebrileNeutropenia::Likely);
}

// The board of a whole clinic reads every patient's history in one query per kind; what each
// patient's engine gets must be exactly what that patient's own queries give, whatever protocol
// (and so window) each has.
void TestRepositories::assessmentInputsOfEveryPatientMatchEachOnes()
{
    const QDateTime now = at("2026-03-10T08:00:00+01:00");
    const qint64 shortWindow = addPatient(QStringLiteral("Short"));
    const qint64 longWindow = addPatient(QStringLiteral("Long"));
    const qint64 noSettings = addPatient(QStringLiteral("Defaults"));
    const qint64 empty = addPatient(QStringLiteral("Nothing yet"));
    PatientSettings s;
    s.protocol = *Protocol::preset(QStringLiteral("esmo-2016"));
    s.protocol.lookbackHours = 12;
    PatientSettingsRepository(*m_db).save(shortWindow, s);
    s.protocol.lookbackHours = 72;
    s.protocol.treatmentWindowDays = 40;
    s.baselineAnc = 1200;
    PatientSettingsRepository(*m_db).save(longWindow, s);
    for (const qint64 p : { shortWindow, longWindow, noSettings }) {
        for (const int hoursAgo : { 1, 13, 30, 70, 80 }) {
            TemperatureRepository(*m_db).add({ 0, p,
                { now.addSecs(-hoursAgo * 3600),
                    *Temperature::fromInput(37.0 + hoursAgo / 50.0, TemperatureUnit::Celsius) },
                {} });
            SymptomRepository(*m_db).add(
                { 0, p, { now.addSecs(-hoursAgo * 3600), SymptomCode::SoreThroat }, {} });
            AntipyreticRepository(*m_db).add(
                { 0, p, { now.addSecs(-(hoursAgo + 5) * 3600), Antipyretic::Paracetamol }, {} });
        }
        for (int i = 0; i < 12; ++i)
            BloodCountRepository(*m_db).add({ 0, p,
                *BloodCount::measured(now.addDays(-i), 400 + 10 * i + p, CountUnit::CellsPerMicrolitre),
                CountUnit::CellsPerMicrolitre, {}, {} });
        for (const int daysAgo : { 3, 25, 35, 50 })
            TreatmentRepository(*m_db).add(
                { 0, p, { now.date().addDays(-daysAgo), TreatmentKind::Chemotherapy, {}, {} }, {}, {} });
    }
    // One count in the future is no "latest result" on either path.
    BloodCountRepository(*m_db).add(
        { 0, noSettings, *BloodCount::measured(now.addDays(1), 9000, CountUnit::CellsPerMicrolitre),
            CountUnit::CellsPerMicrolitre, {}, {} });
    const auto alert = AlertRepository(*m_db).add(
        { 0, longWindow, now.addSecs(-3600), Level::CallNow, {}, {}, {}, {}, {} });
    QVERIFY(alert.ok());
    QVERIFY(!acknowledgeAlert(*m_db, *alert, now.addSecs(-1800), AlertOutcome::StayHomeMonitor, {}));

    const QHash<qint64, AssessmentInput> all = PatientHistory::assessmentInputs(*m_db, now);
    QCOMPARE(all.size(), 4);
    for (const qint64 p : { shortWindow, longWindow, noSettings, empty }) {
        const AssessmentInput one = PatientHistory(*m_db, p).assessmentInput(now);
        const AssessmentInput &board = all.value(p);
        const auto times = [](const auto &list) {
            QList<QDateTime> result;
            for (const auto &item : list)
                result << item.time;
            return result;
        };
        QCOMPARE(board.protocol, one.protocol);
        QCOMPARE(board.baselineAnc, one.baselineAnc);
        QCOMPARE(times(board.temperatures), times(one.temperatures));
        QCOMPARE(times(board.symptoms), times(one.symptoms));
        QCOMPARE(times(board.antipyretics), times(one.antipyretics));
        QCOMPARE(board.counts.size(), one.counts.size());
        for (qsizetype i = 0; i < one.counts.size(); ++i)
            QCOMPARE(board.counts.at(i).time(), one.counts.at(i).time());
        QCOMPARE(board.treatments.size(), one.treatments.size());
        QCOMPARE(board.acknowledgedAt, one.acknowledgedAt);
        const Assessment a = assess(board);
        const Assessment b = assess(one);
        QCOMPARE(a.level, b.level);
        QCOMPARE(a.reasons, b.reasons);
        QCOMPARE(a.notes, b.notes);
    }
    // The windows differ, so the rows did: the long window sees more than the short one.
    QVERIFY(all.value(longWindow).temperatures.size() > all.value(shortWindow).temperatures.size());
    QVERIFY(all.value(longWindow).acknowledgedAt.has_value());
}

void TestRepositories::saveProfileWritesBoth()
{
    PatientSettings settings;
    settings.clinicName = QStringLiteral("Oncology day unit");
    settings.language = QStringLiteral("es");
    const auto id = saveProfile(*m_db, { 0, QStringLiteral("Ana"), 1961 }, settings);
    QVERIFY(id.ok());
    QCOMPARE(PatientRepository(*m_db).get(*id)->name, QStringLiteral("Ana"));
    QCOMPARE(PatientRepository(*m_db).get(*id)->birthYear, 1961);
    QCOMPARE(PatientSettingsRepository(*m_db).get(*id).clinicName, QStringLiteral("Oncology day unit"));

    // An existing profile is updated in place, both rows.
    settings.clinicName = QStringLiteral("Ward 4");
    const auto again = saveProfile(*m_db, { *id, QStringLiteral("Ana María"), std::nullopt }, settings);
    QVERIFY(again.ok());
    QCOMPARE(*again, *id);
    QCOMPARE(PatientRepository(*m_db).all().size(), 1);
    QCOMPARE(PatientRepository(*m_db).get(*id)->name, QStringLiteral("Ana María"));
    QCOMPARE(PatientRepository(*m_db).get(*id)->birthYear, std::nullopt);
    QCOMPARE(PatientSettingsRepository(*m_db).get(*id).clinicName, QStringLiteral("Ward 4"));
    QCOMPARE(PatientSettingsRepository(*m_db).get(*id).language, QStringLiteral("es"));
}

void TestRepositories::saveProfileFailureWritesNeither_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QStringList>("refusal");
    QTest::addColumn<QString>("said");
    // Read-only the way tst_failedsaves makes it (root ignores file permissions): the first write fails.
    const QStringList readOnly = test::readOnlySql();
    // The settings row refused after the patient row was written: the patient row must go too.
    const QStringList settingsRefused = test::refuseWritesSql(QStringLiteral("patient_settings"));
    QTest::newRow("new, read-only") << false << readOnly << QStringLiteral("read-only");
    QTest::newRow("new, settings refused") << false << settingsRefused << QStringLiteral("refused");
    QTest::newRow("existing, read-only") << true << readOnly << QStringLiteral("read-only");
    QTest::newRow("existing, settings refused") << true << settingsRefused << QStringLiteral("refused");
}

void TestRepositories::saveProfileFailureWritesNeither()
{
    QFETCH(bool, existing);
    QFETCH(QStringList, refusal);
    QFETCH(QString, said);
    PatientSettings before;
    before.clinicName = QStringLiteral("Before");
    qint64 id = 0;
    if (existing) {
        const auto saved = saveProfile(*m_db, { 0, QStringLiteral("Before"), std::nullopt }, before);
        QVERIFY(saved.ok());
        id = *saved;
    }
    QSqlQuery q(m_db->connection());
    for (const QString &sql : refusal)
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    PatientSettings after;
    after.clinicName = QStringLiteral("After");
    const auto result = saveProfile(*m_db, { id, QStringLiteral("After"), std::nullopt }, after);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(said), qPrintable(result.error().message));

    const QList<Patient> patients = PatientRepository(*m_db).all();
    QCOMPARE(patients.size(), existing ? 1 : 0);
    if (existing) {
        QCOMPARE(patients.first().name, QStringLiteral("Before"));
        QCOMPARE(PatientSettingsRepository(*m_db).get(id).clinicName, QStringLiteral("Before"));
    }
}

void TestRepositories::firstProfileLanguage()
{
    PatientSettingsRepository settings(*m_db);
    QCOMPARE(settings.firstProfileLanguage(), std::nullopt);
    PatientSettings spanish;
    spanish.language = QStringLiteral("es");
    QVERIFY(saveProfile(*m_db, { 0, QStringLiteral("First"), std::nullopt }, spanish).ok());
    QVERIFY(saveProfile(*m_db, { 0, QStringLiteral("Second"), std::nullopt }, PatientSettings {}).ok());
    QCOMPARE(settings.firstProfileLanguage(), QStringLiteral("es"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"

// The clinic server's roles, rows and audit trail (issue 17), proved by connecting as each kind of
// login to the throwaway PostgreSQL that scripts/test starts: a patient login reads and writes its own
// patient only, whatever id or UUID it names; a caregiver reads whom it is linked to and writes
// nothing; staff read every patient and write only the clinic's values; nobody changes the audit
// trail; `server init` is safe twice, upgrades with a pg_dump first, and is the only way the schema
// is made. PostgreSQL only: SQLite has no logins.
#include "scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/synclinks.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nc;

namespace {

const QString kPassword = QStringLiteral("it's a \"test\" password; -- not SQL");

// One statement's outcome: its rows (each row's columns joined by '|'), or why it was refused.
struct Outcome
{
    bool ok = false;
    QStringList rows;
    int affected = 0;
    QString error;
};

Outcome run(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    Outcome outcome;
    // PostgreSQL prepares only SELECT, INSERT, UPDATE and DELETE: SET and TRUNCATE run as they are.
    if (values.isEmpty()) {
        outcome.ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        outcome.ok = q.exec();
    }
    if (!outcome.ok) {
        outcome.error = q.lastError().databaseText();
        return outcome;
    }
    outcome.affected = q.numRowsAffected();
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        outcome.rows << columns.join(QLatin1Char('|'));
    }
    return outcome;
}

// Empty when `error` is none: compared with QString(), a failure prints the message.
QString problem(const std::optional<InputError> &error)
{
    return error ? error->field + QStringLiteral(": ") + error->message : QString();
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void patientInsertsItsOwnReading();
    void patientCannotInsertForAnotherPatient();
    void patientSelectsOnlyItsOwnRows_data();
    void patientSelectsOnlyItsOwnRows();
    void patientCannotChangeAnotherPatientsRows();
    void patientCannotMoveARowToAnotherPatient();
    void caregiverReadsOnlyLinkedPatients();
    void caregiverWritesNothing();
    void staffReadAllPatients();
    void staffWriteOnlyClinicValues();
    void nothingIsWrittenOnBothSides_data();
    void nothingIsWrittenOnBothSides();
    void auditRecordsWhoChangedWhat();
    void auditRefusesChangesFromEveryLogin_data();
    void auditRefusesChangesFromEveryLogin();
    void auditRecordsEachRowOfABulkInsertOnce();
    void auditRecordsWhoMaySeeWhom();
    void setupVersion2UpgradesToOneTrailRowPerInsert();
    void adminAddsLoginsAndPatients();
    void addUserRefusesWhatWouldBeWrong();
    void loginNamesAreIdentifiersNotSql();
    void usersListsEveryLogin();
    void passwordsGoAsVerifiers();
    void initTwiceChangesNothing();
    void appLoginNeverMakesTheSchema();
    void initUpgradesAfterABackup();
    void initNeedsTheSuperuser();
    void adminReachesNoFurtherThanItsClinic();
    void patientTakesNoIdsAndMovesNoUuids();
    void roleNamesTakenInAdvanceAreRefused();
    void initTakesBackWhatAnEarlierSetupGave();
    void groupsMadeInAdvanceWithMembersAreRefused();
    void initRefusesObjectsItDidNotMake();
    void initTakesAwayWhatOthersLeftOnItsTables();
    void initRefusesWhatItCannotPutRight();
    void initGivesEveryPatientAChannelOnce();
    void aLoginConnectsToItsOwnClinicOnly();

private:
    std::unique_ptr<Database> as(const QString &login, const QString &database = {});
    // A test login: named after the scratch database, whose destructor drops every such role.
    QString login(const char *name) const
    {
        return m_scratch->name() + QStringLiteral("_as_") + QLatin1String(name);
    }

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    qint64 m_asha = 0; // patient A, whose login is "<db>_asha"
    qint64 m_ben = 0; // patient B
    QString m_benReadingUuid;
};

std::unique_ptr<Database> TestServerRoles::as(const QString &name, const QString &database)
{
    auto db = std::make_unique<Database>();
    const QString where
        = QStringLiteral("host=%1 port=%2 dbname=%3 user='%4' password='%5'")
              .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                  database.isEmpty() ? m_scratch->name() : database,
                  QString(name).replace(QLatin1Char('\''), QLatin1String("\\'")),
                  QString(kPassword).replace(QLatin1Char('\''), QLatin1String("\\'")));
    if (!db->open(where)) {
        qWarning("%s", qPrintable(db->errorString()));
        return nullptr;
    }
    return db;
}

void TestServerRoles::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("Logins and row-level security are PostgreSQL's: run as tst_serverroles with "
              "NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));

    PatientRepository patients(*m_super);
    m_asha = patients.add({ 0, QStringLiteral("Asha"), std::nullopt }).value();
    m_ben = patients.add({ 0, QStringLiteral("Ben"), std::nullopt }).value();
    const auto benReading = TemperatureRepository(*m_super).add({ 0, m_ben,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(38.4, TemperatureUnit::Celsius) },
        QStringLiteral("Ben's fever") });
    QVERIFY(benReading.ok());
    m_benReadingUuid
        = run(*m_super, QStringLiteral("SELECT uuid FROM temperatures WHERE id = ?"), { *benReading })
              .rows.value(0);
    QVERIFY(!m_benReadingUuid.isEmpty());
    QVERIFY(!PatientSettingsRepository(*m_super).save(m_ben, PatientSettings {}));

    ServerAdmin admin(*m_super);
    QCOMPARE(problem(admin.addUser(LoginKind::Admin, login("amira"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Staff, login("nurse"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Patient, login("asha"), kPassword, m_asha)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Patient, login("ben"), kPassword, m_ben)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Caregiver, login("ashas_son"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Caregiver, login("stranger"), kPassword)), QString());
    QCOMPARE(problem(admin.link(login("ashas_son"), m_asha)), QString());
}

void TestServerRoles::cleanupTestCase()
{
    m_super.reset();
    m_scratch.reset();
}

void TestServerRoles::patientInsertsItsOwnReading()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const auto id = TemperatureRepository(*asha).add({ 0, m_asha,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(37.2, TemperatureUnit::Celsius) }, {} });
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QVERIFY(TemperatureRepository(*asha).get(*id));
}

void TestServerRoles::patientCannotInsertForAnotherPatient()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const int before
        = run(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")).rows.value(0).toInt();
    const auto id = TemperatureRepository(*asha).add({ 0, m_ben,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(36.8, TemperatureUnit::Celsius) }, {} });
    QVERIFY(!id.ok());
    // Refused in the words the app shows, not the server's.
    QVERIFY2(
        id.error().message.contains(QLatin1String("may not change this")), qPrintable(id.error().message));
    QCOMPARE(
        run(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")).rows.value(0).toInt(), before);
    // By hand, with the other patient's id, too.
    const Outcome raw = run(*asha,
        QStringLiteral(
            "INSERT INTO temperatures (uuid, patient_id, time_ms, celsius, entered_value, entered_unit, "
            "site, updated_ms) VALUES ('forged', ?, 0, 37, 37, 'C', 'oral', 0)"),
        { m_ben });
    QVERIFY(!raw.ok);
    QVERIFY2(raw.error.contains(QLatin1String("row-level security")), qPrintable(raw.error));
}

void TestServerRoles::patientSelectsOnlyItsOwnRows_data()
{
    QTest::addColumn<QString>("select");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<int>("expected"); // rows Asha's login may see
    QTest::newRow("the other patient by id")
        << QStringLiteral("SELECT name FROM patients WHERE id = ?") << QVariantList { m_ben } << 0;
    QTest::newRow("their readings by patient id")
        << QStringLiteral("SELECT id FROM temperatures WHERE patient_id = ?") << QVariantList { m_ben } << 0;
    QTest::newRow("a reading by its UUID") << QStringLiteral("SELECT id FROM temperatures WHERE uuid = ?")
                                           << QVariantList { m_benReadingUuid } << 0;
    QTest::newRow("their settings") << QStringLiteral(
        "SELECT patient_id FROM patient_settings WHERE patient_id = ?")
                                    << QVariantList { m_ben } << 0;
    QTest::newRow("every patient") << QStringLiteral("SELECT name FROM patients") << QVariantList {} << 1;
    QTest::newRow("a guess with OR true")
        << QStringLiteral("SELECT id FROM temperatures WHERE patient_id = ? OR true")
        << QVariantList { m_ben } << -1;
    QTest::newRow("the caregiver links")
        << QStringLiteral("SELECT login FROM login_patients") << QVariantList {} << 1;
}

void TestServerRoles::patientSelectsOnlyItsOwnRows()
{
    QFETCH(QString, select);
    QFETCH(QVariantList, values);
    QFETCH(int, expected);
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const Outcome outcome = run(*asha, select, values);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    if (expected >= 0) {
        QCOMPARE(outcome.rows.size(), expected);
        return;
    }
    // As many as Asha's own, and not one of Ben's.
    const Outcome own
        = run(*m_super, QStringLiteral("SELECT id FROM temperatures WHERE patient_id = ?"), { m_asha });
    QCOMPARE(outcome.rows, own.rows);
}

void TestServerRoles::patientCannotChangeAnotherPatientsRows()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const Outcome update = run(*asha,
        QStringLiteral("UPDATE temperatures SET note = 'changed' WHERE uuid = ?"), { m_benReadingUuid });
    QVERIFY2(update.ok, qPrintable(update.error));
    QCOMPARE(update.affected, 0);
    const Outcome remove
        = run(*asha, QStringLiteral("DELETE FROM temperatures WHERE patient_id = ?"), { m_ben });
    QVERIFY2(remove.ok, qPrintable(remove.error));
    QCOMPARE(remove.affected, 0);
    QCOMPARE(
        run(*asha, QStringLiteral("UPDATE patients SET name = 'x' WHERE id = ?"), { m_ben }).affected, 0);
    QCOMPARE(
        run(*m_super, QStringLiteral("SELECT note FROM temperatures WHERE uuid = ?"), { m_benReadingUuid })
            .rows,
        QStringList { QStringLiteral("Ben's fever") });
    QCOMPARE(run(*m_super, QStringLiteral("SELECT name FROM patients WHERE id = ?"), { m_ben }).rows,
        QStringList { QStringLiteral("Ben") });
    // Nor may it make or remove a patient.
    QVERIFY(!run(*asha,
        QStringLiteral("INSERT INTO patients (uuid, name, created_ms, updated_ms) VALUES ('p', 'p', 0, 0)"))
                 .ok);
    QVERIFY(!run(*asha, QStringLiteral("DELETE FROM patients WHERE id = ?"), { m_asha }).ok);
}

void TestServerRoles::patientCannotMoveARowToAnotherPatient()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const Outcome moved = run(*asha,
        QStringLiteral("UPDATE temperatures SET patient_id = ? WHERE patient_id = ?"), { m_ben, m_asha });
    QVERIFY(!moved.ok);
    // Refused twice over: the column is not the patient's to change, and the policy would refuse the row.
    QVERIFY2(moved.error.contains(QLatin1String("permission denied")), qPrintable(moved.error));
}

void TestServerRoles::caregiverReadsOnlyLinkedPatients()
{
    const auto son = as(login("ashas_son"));
    QVERIFY(son);
    QCOMPARE(
        run(*son, QStringLiteral("SELECT name FROM patients")).rows, QStringList { QStringLiteral("Asha") });
    QCOMPARE(
        run(*son, QStringLiteral("SELECT id FROM temperatures WHERE patient_id = ?"), { m_ben }).rows.size(),
        0);
    QCOMPARE(PatientRepository(*son).all().size(), 1);
    const auto stranger = as(login("stranger"));
    QVERIFY(stranger);
    QCOMPARE(run(*stranger, QStringLiteral("SELECT name FROM patients")).rows.size(), 0);
    QCOMPARE(run(*stranger, QStringLiteral("SELECT id FROM temperatures")).rows.size(), 0);
}

void TestServerRoles::caregiverWritesNothing()
{
    const auto son = as(login("ashas_son"));
    QVERIFY(son);
    const auto id = TemperatureRepository(*son).add({ 0, m_asha,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(37.0, TemperatureUnit::Celsius) }, {} });
    QVERIFY(!id.ok());
    const Outcome raw = run(*son,
        QStringLiteral(
            "INSERT INTO symptoms (uuid, patient_id, time_ms, code, updated_ms) VALUES ('s', ?, 0, 'chills', "
            "0)"),
        { m_asha });
    QVERIFY(!raw.ok);
    QVERIFY2(raw.error.contains(QLatin1String("permission denied")), qPrintable(raw.error));
    QVERIFY(!run(*son, QStringLiteral("UPDATE patients SET name = 'x' WHERE id = ?"), { m_asha }).ok);
    QVERIFY(!run(*son, QStringLiteral("DELETE FROM temperatures")).ok);
}

void TestServerRoles::staffReadAllPatients()
{
    const auto nurse = as(login("nurse"));
    QVERIFY(nurse);
    QCOMPARE(PatientRepository(*nurse).all().size(), PatientRepository(*m_super).all().size());
    QCOMPARE(run(*nurse, QStringLiteral("SELECT count(*) FROM temperatures")).rows,
        run(*m_super, QStringLiteral("SELECT count(*) FROM temperatures")).rows);
    QCOMPARE(run(*nurse, QStringLiteral("SELECT note FROM temperatures WHERE uuid = ?"), { m_benReadingUuid })
                 .rows,
        QStringList { QStringLiteral("Ben's fever") });
}

void TestServerRoles::staffWriteOnlyClinicValues()
{
    const auto nurse = as(login("nurse"));
    QVERIFY(nurse);
    const Outcome number = run(*nurse,
        QStringLiteral("UPDATE patient_settings SET in_hours_number = '+1 555 0100', updated_ms = 1 WHERE "
                       "patient_id = ?"),
        { m_ben });
    QVERIFY2(number.ok, qPrintable(number.error));
    QCOMPARE(number.affected, 1);
    // Through the app's own repository, as the desk will.
    PatientSettingsRepository settings(*nurse);
    PatientSettings bens = settings.get(m_ben);
    bens.baselineAnc = 1200;
    bens.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
    QCOMPARE(settings.save(m_ben, bens).value_or(QString()), QString());
    QCOMPARE(PatientSettingsRepository(*m_super).get(m_ben).baselineAnc, std::optional<double>(1200));
    bens.language = QStringLiteral("fr");
    QVERIFY(settings.save(m_ben, bens));
    // A patient's records, and the patient's own choices, are not the clinic's to write.
    QVERIFY(
        !TemperatureRepository(*nurse)
             .add({ 0, m_ben,
                 { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(37.0, TemperatureUnit::Celsius) },
                 {} })
             .ok());
    QVERIFY(!run(
        *nurse, QStringLiteral("UPDATE patient_settings SET language = 'fr' WHERE patient_id = ?"), { m_ben })
                 .ok);
    QVERIFY(!run(*nurse, QStringLiteral("DELETE FROM temperatures WHERE patient_id = ?"), { m_ben }).ok);
    QVERIFY(!run(*nurse, QStringLiteral("UPDATE patients SET name = 'x' WHERE id = ?"), { m_ben }).ok);
}

// The home link's rule (issue 19): each record kind has one writer. Every kind the patient's app
// sends is refused to the clinic's staff, and every kind the clinic writes is refused to a
// patient's login, for each of insert, update and delete. The server checks the privilege before
// it looks at a row, so statements that would touch none are refused all the same.
void TestServerRoles::nothingIsWrittenOnBothSides_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("table");
    QStringList patientKinds;
    for (const SyncedTable &table : kSyncedTables)
        patientKinds << QLatin1String(table.name);
    for (const QString &table : std::as_const(patientKinds))
        QTest::addRow("staff writes %s", qPrintable(table)) << QStringLiteral("nurse") << table;
    for (const char *table : { "triage_calls", "clinic_acknowledgements", "patient_settings" })
        QTest::addRow("patient writes %s", table) << QStringLiteral("asha") << QString::fromLatin1(table);
}

void TestServerRoles::nothingIsWrittenOnBothSides()
{
    QFETCH(QString, login);
    QFETCH(QString, table);
    const auto db = as(this->login(login.toLatin1().constData()));
    QVERIFY(db);
    for (const QString &sql : { QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE false"),
             QStringLiteral("UPDATE %1 SET updated_ms = updated_ms WHERE false"),
             QStringLiteral("DELETE FROM %1 WHERE false") }) {
        const Outcome outcome = run(*db, sql.arg(table));
        QVERIFY2(!outcome.ok, qPrintable(sql.arg(table)));
        QVERIFY2(outcome.error.contains(QLatin1String("permission denied")), qPrintable(outcome.error));
    }
}

void TestServerRoles::auditRecordsWhoChangedWhat()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const auto id = TemperatureRepository(*asha).add({ 0, m_asha,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(38.6, TemperatureUnit::Celsius) },
        QStringLiteral("before") });
    QVERIFY(id.ok());
    QVERIFY(run(*asha, QStringLiteral("UPDATE temperatures SET note = 'after' WHERE id = ?"), { *id }).ok);
    const QString uuid
        = run(*asha, QStringLiteral("SELECT uuid FROM temperatures WHERE id = ?"), { *id }).rows.value(0);
    QVERIFY(TemperatureRepository(*asha).remove(*id) == std::nullopt);

    const auto nurse = as(login("nurse"));
    QVERIFY(nurse);
    const Outcome trail = run(*nurse,
        QStringLiteral(
            "SELECT login, action, patient_id, old_values->>'note', new_values->>'note', "
            "new_values->>'celsius', at_ms > 0 FROM audit WHERE table_name = 'temperatures' AND record = ? "
            "ORDER BY id"),
        { uuid });
    QVERIFY2(trail.ok, qPrintable(trail.error));
    const QString who = login("asha");
    const QString patient = QString::number(m_asha);
    QCOMPARE(trail.rows,
        QStringList({ QStringList { who, QStringLiteral("insert"), patient, {}, QStringLiteral("before"),
                          QStringLiteral("38.6"), QStringLiteral("true") }
                          .join(QLatin1Char('|')),
            QStringList { who, QStringLiteral("update"), patient, QStringLiteral("before"),
                QStringLiteral("after"), QStringLiteral("38.6"), QStringLiteral("true") }
                .join(QLatin1Char('|')),
            QStringList { who, QStringLiteral("delete"), patient, QStringLiteral("after"), {}, {},
                QStringLiteral("true") }
                .join(QLatin1Char('|')) }));
    // The deletion's tombstone is audited too, and a clinic value's change names the nurse.
    QCOMPARE(run(*nurse,
                 QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'tombstones' AND record = ?"),
                 { uuid })
                 .rows.value(0),
        QStringLiteral("1"));
    QVERIFY(run(*nurse,
        QStringLiteral("UPDATE patient_settings SET clinic_name = 'Riverside' WHERE patient_id = ?"),
        { m_ben })
                .ok);
    QCOMPARE(run(*nurse,
                 QStringLiteral("SELECT login FROM audit WHERE table_name = 'patient_settings' AND "
                                "new_values->>'clinic_name' = 'Riverside'"))
                 .rows,
        QStringList { login("nurse") });
    // A patient and a caregiver cannot read the trail.
    QVERIFY(!run(*asha, QStringLiteral("SELECT count(*) FROM audit")).ok);
    const auto son = as(login("ashas_son"));
    QVERIFY(son);
    QVERIFY(!run(*son, QStringLiteral("SELECT count(*) FROM audit")).ok);
}

void TestServerRoles::auditRefusesChangesFromEveryLogin_data()
{
    QTest::addColumn<QString>("who"); // empty: the superuser that set the server up
    for (const char *who : { "amira", "nurse", "asha", "ashas_son" })
        QTest::newRow(who) << login(who);
    QTest::newRow("superuser") << QString();
}

void TestServerRoles::auditRefusesChangesFromEveryLogin()
{
    QFETCH(QString, who);
    std::unique_ptr<Database> own = who.isEmpty() ? nullptr : as(who);
    Database &db = who.isEmpty() ? *m_super : *own;
    QVERIFY(db.isOpen());
    const QString before = run(*m_super, QStringLiteral("SELECT count(*), max(id) FROM audit")).rows.value(0);
    QVERIFY(before != QLatin1String("0|"));
    for (const QString &statement : { QStringLiteral("UPDATE audit SET login = 'nobody'"),
             QStringLiteral("DELETE FROM audit"), QStringLiteral("TRUNCATE audit"),
             QStringLiteral(
                 "INSERT INTO audit (at_ms, login, table_name, action, record) VALUES (0, 'x', 'x', "
                 "'insert', 'x')") }) {
        const Outcome outcome = run(db, statement);
        QVERIFY2(!outcome.ok, qPrintable(statement));
        QVERIFY2(outcome.error.contains(QLatin1String("permission denied"))
                || outcome.error.contains(QLatin1String("audit trail cannot be changed")),
            qPrintable(outcome.error));
    }
    QVERIFY(run(db, QStringLiteral("SET ROLE NONE")).ok);
    // Nobody acts as the owner, an admin no more than anyone.
    QVERIFY(!run(db, QStringLiteral("SET ROLE \"%1\"").arg(m_scratch->name() + QStringLiteral("_owner"))).ok
        || who.isEmpty());
    QVERIFY(run(db, QStringLiteral("RESET ROLE")).ok);
    QCOMPARE(run(*m_super, QStringLiteral("SELECT count(*), max(id) FROM audit")).rows.value(0), before);
}

// Setup version 3 audits insertions once per statement: an import's many-row INSERTs leave one
// trail row per record, each with its login, patient and values, as a single insert does.
void TestServerRoles::auditRecordsEachRowOfABulkInsertOnce()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    QList<TemperatureRecord> readings;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    for (int i = 0; i < 250; ++i) // two full statements of 100 rows and a tail of 50
        readings.append({ 0, m_asha,
            { start.addSecs(60 * i),
                *Temperature::fromInput(36.0 + (i % 20) / 10.0, TemperatureUnit::Celsius) },
            QStringLiteral("bulk %1").arg(i) });
    QCOMPARE(TemperatureRepository(*asha).addAll(readings), std::nullopt);

    const Outcome trail = run(*m_super,
        QStringLiteral("SELECT count(*), count(DISTINCT a.record), bool_and(a.login = '%1'), "
                       "bool_and(a.patient_id = %2), bool_and(a.new_values->>'note' = t.note), "
                       "bool_and(a.old_values IS NULL) FROM audit a JOIN temperatures t ON t.uuid = a.record "
                       "WHERE a.table_name = 'temperatures' AND a.action = 'insert' AND t.note LIKE 'bulk %'")
            .arg(login("asha"))
            .arg(m_asha));
    QVERIFY2(trail.ok, qPrintable(trail.error));
    QCOMPARE(trail.rows, QStringList { QStringLiteral("250|250|true|true|true|true") });
}

// A clinic set up at version 2 audited insertions row by row; init replaces that trigger, so an
// insertion is never recorded twice.
// Giving a login the right to see a patient, and taking it back, is in the trail: with the admin
// who did it, the login and the patient.
void TestServerRoles::auditRecordsWhoMaySeeWhom()
{
    const auto admin = as(login("amira"));
    QVERIFY(admin);
    ServerAdmin server(*admin);
    QCOMPARE(problem(server.addUser(LoginKind::Caregiver, login("neighbour"), kPassword)), QString());
    QCOMPARE(problem(server.link(login("neighbour"), m_asha)), QString());
    QVERIFY(
        run(*admin, QStringLiteral("DELETE FROM login_patients WHERE login = ?"), { login("neighbour") }).ok);
    // The login function itself lists what it makes, so no admin makes a login the trail misses.
    QVERIFY(!run(*admin, QStringLiteral("INSERT INTO server_logins VALUES ('ghost', 'staff', 0)")).ok);
    QVERIFY(run(*admin, QStringLiteral("SELECT nc_create_login(?, 'pw', ?)"),
        { login("made_directly"), m_scratch->name() + QStringLiteral("_staff") })
                .ok);

    const auto nurse = as(login("nurse"));
    QVERIFY(nurse);
    const Outcome trail = run(*nurse,
        QStringLiteral("SELECT login, table_name, action, record, coalesce(patient_id::text, '') FROM audit "
                       "WHERE record LIKE ? ORDER BY id"),
        { QStringLiteral("%") + login("neighbour") });
    QVERIFY2(trail.ok, qPrintable(trail.error));
    QCOMPARE(run(*nurse,
                 QStringLiteral("SELECT login || '|' || action FROM audit WHERE table_name = 'server_logins' "
                                "AND record = ?"),
                 { login("made_directly") })
                 .rows,
        QStringList { login("amira") + QStringLiteral("|insert") });
    const QString linkRecord = QString::number(m_asha) + QLatin1Char('/') + login("neighbour");
    QCOMPARE(trail.rows,
        QStringList({ QStringList { login("amira"), QStringLiteral("server_logins"), QStringLiteral("insert"),
                          login("neighbour"), QString() }
                          .join(QLatin1Char('|')),
            QStringList { login("amira"), QStringLiteral("login_patients"), QStringLiteral("insert"),
                linkRecord, QString::number(m_asha) }
                .join(QLatin1Char('|')),
            QStringList { login("amira"), QStringLiteral("login_patients"), QStringLiteral("delete"),
                linkRecord, QString::number(m_asha) }
                .join(QLatin1Char('|')) }));
}

void TestServerRoles::setupVersion2UpgradesToOneTrailRowPerInsert()
{
    for (const QString &statement : { QStringLiteral("DROP TRIGGER audit_inserts ON temperatures"),
             QStringLiteral("CREATE OR REPLACE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON "
                            "temperatures FOR EACH ROW EXECUTE FUNCTION nc_audit()"),
             QStringLiteral("UPDATE server_setup SET version = 2") })
        QVERIFY2(run(*m_super, statement).ok, qPrintable(statement));
    QTemporaryDir backups;
    const auto upgraded = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
    QVERIFY(upgraded->changed);
    QCOMPARE(run(*m_super, QStringLiteral("SELECT version FROM server_setup")).rows,
        QStringList { QString::number(ServerAdmin::kSetupVersion) });

    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const auto id = TemperatureRepository(*asha).add({ 0, m_asha,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(37.2, TemperatureUnit::Celsius) },
        QStringLiteral("after the upgrade") });
    QVERIFY(id.ok());
    const QString uuid
        = run(*asha, QStringLiteral("SELECT uuid FROM temperatures WHERE id = ?"), { *id }).rows.value(0);
    QCOMPARE(run(*m_super, QStringLiteral("SELECT action FROM audit WHERE record = ?"), { uuid }).rows,
        QStringList { QStringLiteral("insert") });
}

void TestServerRoles::adminAddsLoginsAndPatients()
{
    const auto admin = as(login("amira"));
    QVERIFY(admin);
    const auto patient = PatientRepository(*admin).add({ 0, QStringLiteral("Chen"), std::nullopt });
    QVERIFY2(patient.ok(), qPrintable(patient.ok() ? QString() : patient.error().message));
    ServerAdmin server(*admin);
    QCOMPARE(problem(server.addUser(LoginKind::Patient, login("chen"), kPassword, *patient)), QString());
    QCOMPARE(problem(server.link(login("ashas_son"), *patient)), QString());
    const auto chen = as(login("chen"));
    QVERIFY(chen);
    QCOMPARE(
        run(*chen, QStringLiteral("SELECT name FROM patients")).rows, QStringList { QStringLiteral("Chen") });
    const auto son = as(login("ashas_son"));
    QVERIFY(son);
    QCOMPARE(run(*son, QStringLiteral("SELECT name FROM patients ORDER BY name")).rows,
        QStringList({ QStringLiteral("Asha"), QStringLiteral("Chen") }));
    // A staff login manages no logins.
    const auto nurse = as(login("nurse"));
    QVERIFY(nurse);
    QVERIFY(ServerAdmin(*nurse).addUser(LoginKind::Staff, login("intruder"), kPassword).has_value());
    QVERIFY(!as(login("intruder")));
}

void TestServerRoles::addUserRefusesWhatWouldBeWrong()
{
    ServerAdmin admin(*m_super);
    QCOMPARE(admin.addUser(LoginKind::Patient, login("nobody"), kPassword)->field, QStringLiteral("patient"));
    QCOMPARE(admin.addUser(LoginKind::Patient, login("nobody"), kPassword, 999999)->field,
        QStringLiteral("patient"));
    QCOMPARE(admin.addUser(LoginKind::Caregiver, login("nobody"), kPassword, m_asha)->field,
        QStringLiteral("patient"));
    QCOMPARE(admin.addUser(LoginKind::Staff, login("nurse"), kPassword)->field, QStringLiteral("login"));
    QCOMPARE(admin.addUser(LoginKind::Staff, login("nobody"), QString())->field, QStringLiteral("password"));
    for (const char *group : { "_owner", "_staff", "_admin" }) {
        QCOMPARE(admin.addUser(LoginKind::Staff, m_scratch->name() + QLatin1String(group), kPassword)->field,
            QStringLiteral("login"));
    }
    QCOMPARE(admin.addUser(LoginKind::Staff, QStringLiteral("pg_monitor2"), kPassword)->field,
        QStringLiteral("login"));
    QCOMPARE(admin.link(login("nurse"), m_asha)->field, QStringLiteral("caregiver"));
    QCOMPARE(admin.link(login("ashas_son"), 999999)->field, QStringLiteral("patient"));
    QVERIFY(!as(login("nobody")));
}

void TestServerRoles::loginNamesAreIdentifiersNotSql()
{
    const QString odd = login("o'neil\"; DROP TABLE patients; --");
    QCOMPARE(problem(ServerAdmin(*m_super).addUser(LoginKind::Staff, odd, kPassword)), QString());
    QCOMPARE(run(*m_super, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), { odd }).rows,
        QStringList { QStringLiteral("1") });
    QCOMPARE(run(*m_super, QStringLiteral("SELECT to_regclass('patients') IS NOT NULL")).rows,
        QStringList { QStringLiteral("true") });
    const auto nurse = as(odd);
    QVERIFY(nurse);
    QVERIFY(PatientRepository(*nurse).all().size() >= 2);
}

// The server is given each password's SCRAM verifier, made on this side, never the password; a
// password in any script logs in.
void TestServerRoles::passwordsGoAsVerifiers()
{
    const QString password = QStringLiteral("contraseña ñandú 日本\u00a0 ok");
    QCOMPARE(problem(ServerAdmin(*m_super).addUser(LoginKind::Staff, login("kenji"), password)), QString());
    const Outcome stored = run(
        *m_super, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), { login("kenji") });
    QVERIFY2(stored.rows.value(0).startsWith(QLatin1String("SCRAM-SHA-256$4096:")),
        qPrintable(stored.rows.value(0)));
    QVERIFY(!stored.rows.value(0).contains(QLatin1String("contraseña")));
    Database db;
    const QString where
        = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password='%5'")
              .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                  m_scratch->name(), login("kenji"), password);
    QVERIFY2(db.open(where), qPrintable(db.errorString()));
}

void TestServerRoles::usersListsEveryLogin()
{
    const auto users = ServerAdmin(*m_super).users();
    QVERIFY(users.ok());
    QHash<QString, ServerLogin> byName;
    for (const ServerLogin &user : *users)
        byName.insert(user.login, user);
    QCOMPARE(byName.value(login("asha")).kind, LoginKind::Patient);
    QCOMPARE(byName.value(login("asha")).patients, QList<qint64> { m_asha });
    QCOMPARE(byName.value(login("ashas_son")).kind, LoginKind::Caregiver);
    QVERIFY(byName.value(login("ashas_son")).patients.contains(m_asha));
    QCOMPARE(byName.value(login("nurse")).kind, LoginKind::Staff);
    QCOMPARE(byName.value(login("amira")).kind, LoginKind::Admin);
    QVERIFY(!byName.contains(m_scratch->name() + QStringLiteral("_owner")));
}

void TestServerRoles::initTwiceChangesNothing()
{
    const QString trail = run(*m_super, QStringLiteral("SELECT count(*) FROM audit")).rows.value(0);
    QTemporaryDir backups;
    for (int time = 0; time < 2; ++time) {
        const auto again = ServerAdmin(*m_super).init(backups.path());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->fromVersion, Database::kSchemaVersion);
        QVERIFY(!again->changed);
        QVERIFY(again->backupFile.isEmpty());
    }
    QCOMPARE(QDir(backups.path()).entryList(QDir::Files), QStringList());
    QCOMPARE(run(*m_super, QStringLiteral("SELECT count(*) FROM audit")).rows.value(0), trail);
    // The logins and their rights are as they were.
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    QCOMPARE(
        run(*asha, QStringLiteral("SELECT name FROM patients")).rows, QStringList { QStringLiteral("Asha") });
}

void TestServerRoles::appLoginNeverMakesTheSchema()
{
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE DATABASE %1_empty").arg(m_scratch->name())));
    Database db;
    QVERIFY(!db.open(QStringLiteral("dbname=%1_empty").arg(m_scratch->name())));
    QVERIFY2(
        db.errorString().contains(QLatin1String("neutrocare-cli server init")), qPrintable(db.errorString()));
    Database look;
    QVERIFY(
        look.open(QStringLiteral("dbname=%1_empty").arg(m_scratch->name()), Database::Purpose::Administer));
    QCOMPARE(run(look, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).rows,
        QStringList { QStringLiteral("0") });
    look.close();
    QVERIFY(m_scratch->admin(QStringLiteral("DROP DATABASE %1_empty WITH (FORCE)").arg(m_scratch->name())));
}

void TestServerRoles::initUpgradesAfterABackup()
{
    // A server the first NeutroCare of issue 17 made: version 2's tables, owned by whoever connected,
    // with no roles, policies or trail. init upgrades it, after a pg_dump.
    const QString name = m_scratch->name() + QStringLiteral("_old");
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
    const auto dropOld = qScopeGuard([&] { m_scratch->dropWithItsRoles(name); });
    QTemporaryDir backups;
    {
        Database old;
        QVERIFY(old.open(QStringLiteral("dbname=%1").arg(name), Database::Purpose::Administer));
        QVERIFY2(old.upgradeSchema(), qPrintable(old.errorString()));
        // Version 3 changed nothing on a server (the home link's marks are a patient file's), so
        // version 2's server is today's tables with its version number.
        QVERIFY(run(old, QStringLiteral("UPDATE schema_version SET version = 2")).ok);
        QVERIFY(PatientRepository(old).add({ 0, QStringLiteral("Dana"), std::nullopt }).ok());

        const auto upgraded = ServerAdmin(old).init(backups.path());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QCOMPARE(upgraded->fromVersion, 2);
        QVERIFY(upgraded->changed);
        QVERIFY(QFile::exists(upgraded->backupFile));
        QCOMPARE(QFile(upgraded->backupFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
        // The dump is PostgreSQL's own, and holds the patient.
        QProcess list;
        list.start(QStringLiteral("pg_restore"), { QStringLiteral("--list"), upgraded->backupFile });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public patients"));
        QCOMPARE(
            run(old,
                QStringLiteral("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = "
                               "'public'::regnamespace AND relkind = 'r'"))
                .rows,
            QStringList { name + QStringLiteral("_owner") });
        QCOMPARE(run(old, QStringLiteral("SELECT name FROM patients")).rows,
            QStringList { QStringLiteral("Dana") });
        QCOMPARE(run(old,
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND NOT "
                                    "rowsecurity AND tablename = ANY(?)"),
                     { QVariant::fromValue(
                         QStringLiteral("{%1}").arg(Database::tableNames().join(QLatin1Char(',')))) })
                     .rows,
            QStringList { QStringLiteral("0") });
    }
    Database reopened;
    QVERIFY2(reopened.open(QStringLiteral("dbname=%1").arg(name)), qPrintable(reopened.errorString()));
}

void TestServerRoles::initNeedsTheSuperuser()
{
    for (const char *who : { "amira", "nurse", "asha" }) {
        const auto db = as(login(who));
        QVERIFY(db);
        const auto refused = ServerAdmin(*db).init(QDir::tempPath());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("superuser")),
            qPrintable(refused.error().message));
    }
}

// An admin manages this clinic's logins and patients, and nothing more: not the owner, not the
// cluster's roles, not the trail, not the function that makes logins (found in a security review).
void TestServerRoles::adminReachesNoFurtherThanItsClinic()
{
    const auto admin = as(login("amira"));
    QVERIFY(admin);
    const QString self = login("amira");
    const QString owner = m_scratch->name() + QStringLiteral("_owner");
    const QStringList refusedStatements = {
        QStringLiteral("SET ROLE \"%1\"").arg(owner),
        QStringLiteral("GRANT pg_execute_server_program TO \"%1\"").arg(self),
        QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(owner, self),
        QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'taken'").arg(login("nurse")),
        QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login("sneaky")),
        QStringLiteral("ALTER TABLE audit DISABLE TRIGGER audit_is_final"),
        QStringLiteral("ALTER TABLE temperatures DISABLE TRIGGER audit_changes"),
        QStringLiteral("ALTER TABLE temperatures DISABLE TRIGGER audit_inserts"),
        QStringLiteral("ALTER TABLE patients NO FORCE ROW LEVEL SECURITY"),
        QStringLiteral("TRUNCATE temperatures"),
        QStringLiteral("DELETE FROM temperatures"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION nc_create_login(login text, password text, grp text) RETURNS void "
            "LANGUAGE sql AS 'SELECT 1'"),
        QStringLiteral("CREATE FUNCTION public.nc_probe() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
        QStringLiteral("SELECT nc_create_login('%1', 'pw', 'pg_read_all_data')").arg(login("reader")),
        QStringLiteral("SELECT nc_create_login('%1', 'pw', '%2')").arg(login("x"), owner),
        QStringLiteral("SELECT nc_create_login('%1_other_owner', 'pw', '%1_staff')").arg(m_scratch->name()),
    };
    for (const QString &statement : refusedStatements) {
        const Outcome outcome = run(*admin, statement);
        QVERIFY2(!outcome.ok, qPrintable(statement));
    }
    const Outcome rows = run(*m_super,
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1', '%2')")
            .arg(login("sneaky"), login("reader")));
    QCOMPARE(rows.rows, QStringList { QStringLiteral("0") });
    QCOMPARE(
        run(*m_super,
            QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(self))
            .rows,
        QStringList { QStringLiteral("false") });
}

void TestServerRoles::patientTakesNoIdsAndMovesNoUuids()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const Outcome taken = run(*asha,
        QStringLiteral(
            "INSERT INTO temperatures (id, uuid, patient_id, time_ms, celsius, entered_value, entered_unit, "
            "site, updated_ms) VALUES (900000, 'ahead', ?, 0, 37, 37, 'C', 'oral', 0)"),
        { m_asha });
    QVERIFY(!taken.ok);
    QVERIFY2(taken.error.contains(QLatin1String("permission denied")), qPrintable(taken.error));
    for (const char *column : { "uuid", "patient_id", "id" }) {
        const Outcome moved = run(*asha,
            QStringLiteral("UPDATE temperatures SET %1 = %1 WHERE patient_id = ?").arg(QLatin1String(column)),
            { m_asha });
        QVERIFY2(!moved.ok && moved.error.contains(QLatin1String("permission denied")), column);
    }
}

// The first set-up gave admin logins CREATEROLE, with which a login on PostgreSQL 15 grants itself
// the owner's role; someone acting as the owner may have added a policy. init takes all of it back.
void TestServerRoles::initTakesBackWhatAnEarlierSetupGave()
{
    const QString owner = m_scratch->name() + QStringLiteral("_owner");
    const QString password = QString(kPassword).replace(QLatin1Char('\''), QLatin1String("''"));
    for (const QString &statement :
        { QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2' IN ROLE \"%3_admin\"")
                .arg(login("first_admin"), password, m_scratch->name()),
            QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE \"%3\"")
                .arg(login("acts_as_owner"), password, owner),
            QStringLiteral("CREATE ROLE \"%1\" NOLOGIN IN ROLE \"%2_staff\"")
                .arg(login("inner_group"), m_scratch->name()),
            QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE \"%3\"")
                .arg(login("inner_member"), password, login("inner_group")),
            QStringLiteral("SET ROLE \"%1\"").arg(owner),
            QStringLiteral("CREATE POLICY legacy ON temperatures FOR SELECT USING (true)"),
            QStringLiteral("RESET ROLE") })
        QVERIFY2(run(*m_super, statement).ok, qPrintable(statement));
    // What each would do before init: the proof that the test's set-up is the hole.
    const auto ashaBefore = as(login("asha"));
    QVERIFY(ashaBefore);
    QCOMPARE(run(*ashaBefore, QStringLiteral("SELECT count(*) FROM temperatures WHERE uuid = ?"),
                 { m_benReadingUuid })
                 .rows,
        QStringList { QStringLiteral("1") });

    QTemporaryDir backups;
    const auto again = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));

    const auto asha = as(login("asha"));
    QVERIFY(asha);
    QCOMPARE(
        run(*asha, QStringLiteral("SELECT count(*) FROM temperatures WHERE uuid = ?"), { m_benReadingUuid })
            .rows,
        QStringList { QStringLiteral("0") });
    const auto firstAdmin = as(login("first_admin"));
    QVERIFY(firstAdmin);
    QVERIFY(!run(*firstAdmin, QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(owner, login("first_admin"))).ok);
    QVERIFY(!run(*firstAdmin, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login("made_by_first"))).ok);
    // Still an admin of the clinic: it sees every patient.
    QCOMPARE(run(*firstAdmin, QStringLiteral("SELECT count(*) FROM patients")).rows,
        run(*m_super, QStringLiteral("SELECT count(*) FROM patients")).rows);
    const auto actor = as(login("acts_as_owner"));
    if (actor)
        QVERIFY(!run(*actor, QStringLiteral("SET ROLE \"%1\"").arg(owner)).ok);
    QCOMPARE(run(*m_super,
                 QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                "WHERE m.rolname IN (?, ?, ?)"),
                 { login("acts_as_owner"), login("inner_group"), login("inner_member") })
                 .rows,
        QStringList { QStringLiteral("1") }); // inner_member, in a group that is no longer the clinic's
    const auto inner = as(login("inner_member"));
    QVERIFY(!inner
        || run(*inner, QStringLiteral("SELECT count(*) FROM patients")).rows.value(0) == QLatin1String("0"));
}

// A group made before the clinic was set up, with members, would make them its staff, or let them
// act as the owner of every table.
void TestServerRoles::groupsMadeInAdvanceWithMembersAreRefused()
{
    const QString later = m_scratch->name() + QStringLiteral("_early");
    const auto dropLater = qScopeGuard([&] { m_scratch->dropWithItsRoles(later); });
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE ROLE %1_staff NOLOGIN").arg(later)));
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE ROLE %1_member LOGIN IN ROLE %1_staff").arg(later)));
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE DATABASE %1").arg(later)));
    Database db;
    QVERIFY(db.open(QStringLiteral("dbname=%1").arg(later), Database::Purpose::Administer));
    const auto refused = ServerAdmin(db).init(QDir::tempPath());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(later + QStringLiteral("_staff"))
            && refused.error().message.contains(QStringLiteral("has members")),
        qPrintable(refused.error().message));
    QCOMPARE(run(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).rows,
        QStringList { QStringLiteral("0") });
    // Without members the role is as good as one init makes: it is taken, and given no powers.
    QVERIFY(m_scratch->admin(QStringLiteral("DROP ROLE %1_member").arg(later)));
    QVERIFY(m_scratch->admin(QStringLiteral("ALTER ROLE %1_staff BYPASSRLS CREATEDB").arg(later)));
    const auto taken = ServerAdmin(db).init(QDir::tempPath());
    QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
    QCOMPARE(run(db,
                 QStringLiteral("SELECT rolbypassrls OR rolcreatedb FROM pg_roles WHERE rolname = '%1_staff'")
                     .arg(later))
                 .rows,
        QStringList { QStringLiteral("false") });
}

// Anything in public NeutroCare did not make runs with its owner's rights or, an operator or a function
// PostgreSQL's own do not match exactly, with its caller's: the superuser's running init included.
// Whoever owns it: an earlier set-up let admins act as the owner.
void TestServerRoles::initRefusesObjectsItDidNotMake()
{
    const QString owner = m_scratch->name() + QStringLiteral("_owner");
    const auto undo = qScopeGuard([&] {
        for (const char *statement : { "RESET ROLE", "DROP OPERATOR IF EXISTS public.* (numeric, integer)",
                 "DROP FUNCTION IF EXISTS public.nmul(numeric, integer)", "DROP VIEW IF EXISTS every_reading",
                 "REVOKE CREATE ON SCHEMA public FROM PUBLIC" })
            run(*m_super, QString::fromLatin1(statement));
    });
    // A cluster upgraded from PostgreSQL 14 still lets every role create in public.
    for (const QString &statement : { QStringLiteral("GRANT CREATE ON SCHEMA public TO PUBLIC"),
             QStringLiteral("SET ROLE \"%1\"").arg(owner),
             QStringLiteral("CREATE VIEW every_reading AS SELECT * FROM temperatures"),
             QStringLiteral("RESET ROLE") })
        QVERIFY2(run(*m_super, statement).ok, qPrintable(statement));
    // The review's trap, set by a patient: the trail's functions multiplied a numeric by 1000 and found
    // this operator before PostgreSQL's own, and ran it as the owner.
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    for (const QString &statement :
        { QStringLiteral(
              "CREATE FUNCTION public.nmul(a numeric, b integer) RETURNS numeric LANGUAGE plpgsql AS $$ "
              "BEGIN IF current_user::text LIKE '%\\_owner' THEN EXECUTE 'ALTER TABLE public.patients NO "
              "FORCE ROW LEVEL SECURITY'; END IF; RETURN a * b::numeric; END $$"),
            QStringLiteral(
                "CREATE OPERATOR public.* (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = public.nmul)") })
        QVERIFY2(run(*asha, statement).ok, qPrintable(statement));
    QVERIFY(
        TemperatureRepository(*asha)
            .add({ 0, m_asha,
                { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(37.0, TemperatureUnit::Celsius) },
                {} })
            .ok());
    QCOMPARE(run(*m_super,
                 QStringLiteral(
                     "SELECT relforcerowsecurity FROM pg_class WHERE oid = 'public.patients'::regclass"))
                 .rows,
        QStringList { QStringLiteral("true") });

    QTemporaryDir backups;
    const auto refused = ServerAdmin(*m_super).init(backups.path());
    QVERIFY(!refused.ok());
    for (const char *named : { "view every_reading", "operator *", "function nmul" })
        QVERIFY2(refused.error().message.contains(QLatin1String(named)), qPrintable(refused.error().message));
    for (const char *statement : { "DROP OPERATOR public.* (numeric, integer)",
             "DROP FUNCTION public.nmul(numeric, integer)", "DROP VIEW every_reading" })
        QVERIFY2(run(*m_super, QString::fromLatin1(statement)).ok, statement);
    const auto accepted = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    // And no login creates there again.
    QVERIFY(
        !run(*asha, QStringLiteral("CREATE FUNCTION public.again() RETURNS int LANGUAGE sql AS 'SELECT 1'"))
             .ok);
}

// What others left on NeutroCare's own tables goes: a trigger or a rule it did not make, a privilege
// granted to a login, another role's rights come in through one of the clinic's groups.
void TestServerRoles::initTakesAwayWhatOthersLeftOnItsTables()
{
    const QString son = login("ashas_son");
    const QString patients = m_scratch->name() + QStringLiteral("_patient");
    const auto undo
        = qScopeGuard([&] { run(*m_super, QStringLiteral("DROP SCHEMA IF EXISTS elsewhere CASCADE")); });
    for (const QString &statement : { QStringLiteral("CREATE SCHEMA elsewhere"),
             QStringLiteral("CREATE FUNCTION elsewhere.copy_row() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN RETURN NULL; END $$"),
             QStringLiteral("CREATE TRIGGER zz_copy AFTER INSERT ON public.temperatures FOR EACH ROW EXECUTE "
                            "FUNCTION elsewhere.copy_row()"),
             QStringLiteral("CREATE RULE zz_rule AS ON UPDATE TO public.preferences DO ALSO NOTIFY zz"),
             QStringLiteral("GRANT SELECT ON audit, staff_channel TO \"%1\"").arg(son),
             QStringLiteral("GRANT pg_read_all_data TO \"%1\"").arg(patients) })
        QVERIFY2(run(*m_super, statement).ok, qPrintable(statement));
    QTemporaryDir backups;
    const auto again = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(run(*m_super,
                 QStringLiteral(
                     "SELECT (SELECT count(*) FROM pg_trigger WHERE tgname = 'zz_copy') + (SELECT count(*) "
                     "FROM pg_rewrite WHERE rulename = 'zz_rule') + (SELECT count(*) FROM pg_auth_members "
                     "a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE "
                     "g.rolname = 'pg_read_all_data' AND m.rolname = ?)"),
                 { patients })
                 .rows,
        QStringList { QStringLiteral("0") });
    const auto caregiver = as(son);
    QVERIFY(caregiver);
    QVERIFY(!run(*caregiver, QStringLiteral("SELECT count(*) FROM audit")).ok);
    QVERIFY(!run(*caregiver, QStringLiteral("SELECT channel FROM staff_channel")).ok);
}

// What init will not put right itself, on the cluster, it refuses with the reason: a database (and so
// its schema public) that a login owns, a clinic login with another role's rights, default privileges
// that would hand its tables to someone. A role with CREATEROLE elsewhere on the cluster it names.
void TestServerRoles::initRefusesWhatItCannotPutRight()
{
    const QString database = m_scratch->name();
    const QString superuser = run(*m_super, QStringLiteral("SELECT current_user")).rows.value(0);
    const QString owner = database + QStringLiteral("_owner");
    const QString asha = login("asha");
    const QString son = login("ashas_son");
    const struct
    {
        QString make;
        QString undo;
        const char *said;
    } cases[] = {
        { QStringLiteral("ALTER DATABASE \"%1\" OWNER TO \"%2\"").arg(database, login("amira")),
            QStringLiteral("ALTER DATABASE \"%1\" OWNER TO \"%2\"").arg(database, superuser), "belongs to" },
        { QStringLiteral("GRANT pg_read_all_data TO \"%1\"").arg(asha),
            QStringLiteral("REVOKE pg_read_all_data FROM \"%1\"").arg(asha), "more than their one group" },
        { QStringLiteral(
              "ALTER DEFAULT PRIVILEGES FOR ROLE \"%1\" IN SCHEMA public GRANT SELECT ON TABLES TO \"%2\"")
                .arg(owner, son),
            QStringLiteral(
                "ALTER DEFAULT PRIVILEGES FOR ROLE \"%1\" IN SCHEMA public REVOKE SELECT ON TABLES FROM "
                "\"%2\"")
                .arg(owner, son),
            "Default privileges" },
    };
    QTemporaryDir backups;
    for (const auto &c : cases) {
        QVERIFY2(run(*m_super, c.make).ok, qPrintable(c.make));
        const auto refused = ServerAdmin(*m_super).init(backups.path());
        QVERIFY2(run(*m_super, c.undo).ok, qPrintable(c.undo));
        QVERIFY2(!refused.ok(), qPrintable(c.make));
        QVERIFY2(
            refused.error().message.contains(QLatin1String(c.said)), qPrintable(refused.error().message));
    }
    const QString creator = login("creator");
    QVERIFY(run(*m_super, QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEROLE").arg(creator)).ok);
    const auto dropCreator
        = qScopeGuard([&] { run(*m_super, QStringLiteral("DROP ROLE \"%1\"").arg(creator)); });
    // A login put in a group past NeutroCare (before roles version 6 an admin could) is named too.
    const QString unlisted = login("unlisted");
    QVERIFY(
        run(*m_super, QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2_staff\"").arg(unlisted, database))
            .ok);
    const auto dropUnlisted
        = qScopeGuard([&] { run(*m_super, QStringLiteral("DROP ROLE \"%1\"").arg(unlisted)); });
    const auto warned = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(warned.ok(), qPrintable(warned.ok() ? QString() : warned.error().message));
    QVERIFY2(warned->warnings.join(QLatin1Char('\n')).contains(unlisted),
        qPrintable(warned->warnings.join(QLatin1Char('\n'))));
    QVERIFY2(warned->warnings.join(QLatin1Char('\n')).contains(creator),
        qPrintable(warned->warnings.join(QLatin1Char('\n'))));
}

// A server set up before the channels had names gets them for the patients it already holds; a
// later init keeps them, so the desks and caregivers listening stay subscribed.
void TestServerRoles::initGivesEveryPatientAChannelOnce()
{
    for (const QString &statement :
        { QStringLiteral("DELETE FROM notify_channels"), QStringLiteral("DELETE FROM staff_channel"),
            QStringLiteral("UPDATE server_setup SET version = 5") })
        QVERIFY2(run(*m_super, statement).ok, qPrintable(statement));
    QTemporaryDir backups;
    const auto upgraded = ServerAdmin(*m_super).init(backups.path());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
    const QString channels = QStringLiteral(
        "SELECT (SELECT string_agg(channel, ',' ORDER BY channel) FROM staff_channel) || ';' || "
        "(SELECT string_agg(p.id || '=' || c.channel, ',' ORDER BY p.id) FROM patients p JOIN "
        "notify_channels c ON c.patient_id = p.id), (SELECT count(*) FROM patients WHERE id NOT IN "
        "(SELECT patient_id FROM notify_channels)), (SELECT count(DISTINCT channel) FROM notify_channels)");
    const Outcome first = run(*m_super, channels);
    QVERIFY2(first.ok, qPrintable(first.error));
    const QStringList columns = first.rows.value(0).split(QLatin1Char('|'));
    QCOMPARE(columns.value(1), QStringLiteral("0")); // no patient without one
    QCOMPARE(columns.value(2).toInt(),
        run(*m_super, QStringLiteral("SELECT count(*) FROM patients")).rows.value(0).toInt()); // all
                                                                                               // different
    QVERIFY(columns.value(0).startsWith(QStringLiteral("nc_")));
    QVERIFY(ServerAdmin(*m_super).init(backups.path()).ok());
    QCOMPARE(run(*m_super, channels).rows, first.rows);
}

void TestServerRoles::roleNamesTakenInAdvanceAreRefused()
{
    // A login named like another clinic's role, made before that clinic is set up.
    QCOMPARE(ServerAdmin(*m_super)
                 .addUser(LoginKind::Staff, m_scratch->name() + QStringLiteral("_later_owner"), kPassword)
                 ->field,
        QStringLiteral("login"));
    const QString later = m_scratch->name() + QStringLiteral("_later");
    const auto dropLater = qScopeGuard([&] { m_scratch->dropWithItsRoles(later); });
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE ROLE %1_staff LOGIN").arg(later)));
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE DATABASE %1").arg(later)));
    Database db;
    QVERIFY(db.open(QStringLiteral("dbname=%1").arg(later), Database::Purpose::Administer));
    const auto refused = ServerAdmin(db).init(QDir::tempPath());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(later + QStringLiteral("_staff")),
        qPrintable(refused.error().message));
    QCOMPARE(run(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).rows,
        QStringList { QStringLiteral("0") });
}

void TestServerRoles::aLoginConnectsToItsOwnClinicOnly()
{
    const QString other = m_scratch->name() + QStringLiteral("_other");
    const auto dropOther = qScopeGuard([&] { m_scratch->dropWithItsRoles(other); });
    QVERIFY(m_scratch->admin(QStringLiteral("CREATE DATABASE %1").arg(other)));
    {
        Database db;
        QVERIFY(db.open(QStringLiteral("dbname=%1").arg(other), Database::Purpose::Administer));
        QVERIFY(ServerAdmin(db).init(QDir::tempPath()).ok());
    }
    QVERIFY(!as(login("asha"), other));
    QVERIFY(!as(login("nurse"), other));
    QVERIFY(as(login("asha")));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"

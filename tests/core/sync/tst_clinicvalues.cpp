// Clinic → home (issue 19): what a nurse sets for a patient on the clinic's server — the fever
// protocol, the clinic's name and numbers, the usual level and the LLN — and the advice of the
// latest triage call come home through the patient's own login and apply, each change listed with
// what it replaced; nothing twice; the person's own edit stands until the clinic changes its value
// again; a protocol that fails a protocol file's checks is refused with the reason and nothing of
// the clinic's is applied. On the throwaway PostgreSQL the test command starts.
#include "../storage/scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/triagestore.h"
#include "sync/clinicvalues.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using Field = ClinicChange::Field;

namespace {
const QString kPassword = QStringLiteral("clinic to home");
const QDateTime kAt(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
} // namespace

class TestClinicValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theClinicsValuesComeHomeOnce();
    void anOwnEditStandsUntilTheClinicChangesAgain();
    void anInvalidProtocolIsRefusedWhole();
    void theNursesAdviceComesOnce();
    void updatesCloseTogetherAreSaidAsOne();

private:
    // The nurse sets Asha's clinic values on the server, through the repository the desk uses.
    void nurseSets(const std::function<void(PatientSettings &)> &edit)
    {
        PatientSettingsRepository settings(*m_nurse);
        PatientSettings ashas = settings.get(m_serverAsha);
        edit(ashas);
        const auto error = settings.save(m_serverAsha, ashas);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QTest::qWait(2); // updated_ms moves on
    }
    // A call the nurse saves for Asha, at `at`, with `advice`.
    void nurseAdvises(const QDateTime &at, const QString &advice)
    {
        TriageCall call;
        call.patientId = m_serverAsha;
        call.at = at;
        call.callerKind = CallerKind::Patient;
        call.report.temperatures.append(
            { call.at.addSecs(-600), *Temperature::fromInput(37.9, TemperatureUnit::Celsius), true });
        call.level = Level::Recheck;
        call.protocolId = QStringLiteral("us-idsa");
        call.suggested = triage::Disposition::SelfCare;
        call.disposition = triage::Disposition::SelfCare;
        call.advice = advice;
        QVERIFY(TriageStore(*m_nurse).addCall(call).ok());
    }
    Expected<QList<ClinicChange>> receive(const QDateTime &at = kAt)
    {
        return ClinicValuesReceiver(*m_local, *m_asha).receive(m_localAsha, m_serverAsha, at);
    }
    PatientSettings local() const { return PatientSettingsRepository(*m_local).get(m_localAsha); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_nurse;
    std::unique_ptr<Database> m_asha;
    std::unique_ptr<Database> m_local;
    qint64 m_serverAsha = 0;
    qint64 m_localAsha = 0;
};

void TestClinicValues::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The clinic's values come from its PostgreSQL: run as tst_clinicvalues with "
              "NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_serverAsha = *PatientRepository(*m_super).add({ 0, QStringLiteral("Asha"), std::nullopt });
    ServerAdmin admin(*m_super);
    QVERIFY(!admin.addUser(
        LoginKind::Patient, m_scratch->login(QStringLiteral("asha")), kPassword, m_serverAsha));
    QVERIFY(!admin.addUser(LoginKind::Staff, m_scratch->login(QStringLiteral("nurse")), kPassword));
    m_nurse = std::make_unique<Database>();
    QVERIFY2(m_nurse->open(m_scratch->whereAs(m_scratch->login(QStringLiteral("nurse")), kPassword)),
        qPrintable(m_nurse->errorString()));
    m_asha = std::make_unique<Database>();
    QVERIFY2(m_asha->open(m_scratch->whereAs(m_scratch->login(QStringLiteral("asha")), kPassword)),
        qPrintable(m_asha->errorString()));
}

void TestClinicValues::init()
{
    QSqlQuery wipe(m_super->connection());
    // The row a registration makes (the app's own defaults), the clinic's values not set yet.
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM patient_settings")));
    QCOMPARE(PatientSettingsRepository(*m_super).save(m_serverAsha, PatientSettings {}), std::nullopt);
    QVERIFY(wipe.exec(QStringLiteral("UPDATE patient_settings SET protocol_json = NULL")));
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM triage_calls")));
    m_local = std::make_unique<Database>();
    QVERIFY(m_local->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
    m_localAsha = *PatientRepository(*m_local).add({ 0, QStringLiteral("Asha"), std::nullopt });
    PatientSettings own;
    own.clinicName = QStringLiteral("The ward");
    own.inHoursNumber = QStringLiteral("555 0100");
    own.displayUnit = TemperatureUnit::Fahrenheit; // the person's own choice, never the clinic's
    QCOMPARE(PatientSettingsRepository(*m_local).save(m_localAsha, own), std::nullopt);
}

void TestClinicValues::cleanup()
{
    m_local.reset();
}

void TestClinicValues::theClinicsValuesComeHomeOnce()
{
    // Nothing set by the clinic yet: nothing changes, and nothing is said.
    QVERIFY(receive().ok());
    QVERIFY(receive()->isEmpty());
    QVERIFY(!ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha)
        || ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha)->changes.isEmpty());
    QCOMPARE(local().clinicName, QStringLiteral("The ward"));

    nurseSets([](PatientSettings &s) {
        s.clinicName = QStringLiteral("Riverside Oncology");
        s.inHoursNumber = QStringLiteral("020 7946 0001");
        s.outOfHoursNumber = QStringLiteral("020 7946 0999");
        s.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
        s.baselineAnc = 1200;
        s.clinicLlnAnc = 1800;
    });
    const Expected<QList<ClinicChange>> changes = receive();
    QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().message));
    QList<Field> fields;
    for (const ClinicChange &change : *changes)
        fields << change.field;
    QCOMPARE(fields,
        (QList<Field> { Field::Protocol, Field::ClinicName, Field::InHoursNumber, Field::OutOfHoursNumber,
            Field::LlnAnc, Field::BaselineAnc }));
    QCOMPARE(changes->at(1),
        (ClinicChange {
            Field::ClinicName, QStringLiteral("The ward"), QStringLiteral("Riverside Oncology") }));
    QCOMPARE(changes->at(3),
        (ClinicChange { Field::OutOfHoursNumber, QString(), QStringLiteral("020 7946 0999") }));
    QCOMPARE(changes->at(5), (ClinicChange { Field::BaselineAnc, QString(), QStringLiteral("1200") }));

    const PatientSettings applied = local();
    QCOMPARE(applied.clinicName, QStringLiteral("Riverside Oncology"));
    QCOMPARE(applied.inHoursNumber, QStringLiteral("020 7946 0001"));
    QCOMPARE(applied.protocol.id, QStringLiteral("uk-37.5"));
    QCOMPARE(applied.baselineAnc, std::optional<double>(1200));
    QCOMPARE(applied.clinicLlnAnc, std::optional<double>(1800));
    QCOMPARE(applied.displayUnit, TemperatureUnit::Fahrenheit);
    const auto update = ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha);
    QVERIFY(update);
    QCOMPARE(update->at, kAt);
    QCOMPARE(update->changes, *changes);
    QVERIFY(update->refused.isEmpty());

    // Read again: nothing new, and the update's words stay as they were.
    QVERIFY(receive()->isEmpty());
    QCOMPARE(ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha)->changes, *changes);
}

void TestClinicValues::anOwnEditStandsUntilTheClinicChangesAgain()
{
    nurseSets([](PatientSettings &s) { s.inHoursNumber = QStringLiteral("020 7946 0001"); });
    QCOMPARE(receive()->size(), 1); // the number: the clinic name it left empty is not applied
    PatientSettings mine = local();
    mine.inHoursNumber = QStringLiteral("020 7946 0002"); // the person's own edit
    QCOMPARE(PatientSettingsRepository(*m_local).save(m_localAsha, mine), std::nullopt);
    QVERIFY(receive()->isEmpty());
    QCOMPARE(local().inHoursNumber, QStringLiteral("020 7946 0002"));
    nurseSets([](PatientSettings &s) { s.inHoursNumber = QStringLiteral("020 7946 0003"); });
    const auto changes = receive();
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first(),
        (ClinicChange {
            Field::InHoursNumber, QStringLiteral("020 7946 0002"), QStringLiteral("020 7946 0003") }));
    QCOMPARE(local().inHoursNumber, QStringLiteral("020 7946 0003"));
}

void TestClinicValues::anInvalidProtocolIsRefusedWhole()
{
    nurseSets([](PatientSettings &s) { s.clinicName = QStringLiteral("Riverside Oncology"); });
    QVERIFY(receive().ok());
    // A protocol that would not load from a file, with a new number beside it (as the superuser: the
    // desk itself validates what it saves).
    QSqlQuery broken(m_super->connection());
    broken.prepare(QStringLiteral("UPDATE patient_settings SET protocol_json = ?, in_hours_number = '999', "
                                  "updated_ms = updated_ms + 10 WHERE patient_id = ?"));
    broken.addBindValue(QStringLiteral(R"({"id": "clinic-x", "name": "Ours", "fever_single_c": 45.5})"));
    broken.addBindValue(m_serverAsha);
    QVERIFY(broken.exec());
    const auto refused = receive();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("protocol"));
    QVERIFY2(refused.error().message.startsWith(
                 QLatin1String("The fever protocol from your clinic could not be used")),
        qPrintable(refused.error().message));
    QCOMPARE(local().inHoursNumber, QStringLiteral("555 0100")); // nothing half-applied
    QCOMPARE(local().protocol.id, Protocol::defaultProtocol().id);
    QCOMPARE(ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha)->refused, refused.error().message);

    nurseSets([](PatientSettings &s) { s.protocol = *Protocol::preset(QStringLiteral("uk-37.5")); });
    const auto taken = receive();
    QVERIFY(taken.ok());
    QCOMPARE(local().protocol.id, QStringLiteral("uk-37.5"));
    QCOMPARE(local().inHoursNumber, QStringLiteral("999"));
    QVERIFY(ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha)->refused.isEmpty());
}

void TestClinicValues::theNursesAdviceComesOnce()
{
    const QString advice
        = QStringLiteral("Take your temperature again at 10 and ring us if it is 38 or more.");
    nurseAdvises(kAt.addSecs(-3600), advice);
    const auto changes = receive();
    QVERIFY(changes.ok());
    QCOMPARE(*changes, (QList<ClinicChange> { { Field::Advice, QString(), advice } }));
    QVERIFY(receive()->isEmpty()); // once
    nurseAdvises(kAt.addSecs(-60), QStringLiteral("Come in now."));
    QCOMPARE(receive()->first().after, QStringLiteral("Come in now."));
}

// A nurse sets a number, then saves the call's advice: two passes may read them, and the person is
// told both, not only the last; an update an hour later is news of its own.
void TestClinicValues::updatesCloseTogetherAreSaidAsOne()
{
    nurseSets([](PatientSettings &s) { s.outOfHoursNumber = QStringLiteral("020 7946 0888"); });
    QCOMPARE(receive()->size(), 1);
    nurseAdvises(kAt.addSecs(-120), QStringLiteral("Ring us at six."));
    const auto advice = receive(kAt.addSecs(30));
    QVERIFY(advice.ok());
    QCOMPARE(*advice,
        (QList<ClinicChange> {
            { Field::Advice, QString(), QStringLiteral("Ring us at six.") } })); // what was new
    const auto saidFields = [this] {
        QList<Field> fields;
        const auto update = ClinicValuesReceiver::lastUpdate(*m_local, m_localAsha);
        for (const ClinicChange &change : update->changes)
            fields << change.field;
        return fields;
    };
    QCOMPARE(saidFields(), (QList<Field> { Field::OutOfHoursNumber, Field::Advice }));

    nurseSets([](PatientSettings &s) { s.outOfHoursNumber = QStringLiteral("020 7946 0777"); });
    QVERIFY(receive(kAt.addSecs(2 * 3600)).ok());
    QCOMPARE(saidFields(), QList<Field> { Field::OutOfHoursNumber });
}

QTEST_GUILESS_MAIN(TestClinicValues)
#include "tst_clinicvalues.moc"

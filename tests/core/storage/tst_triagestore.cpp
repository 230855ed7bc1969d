// The clinic's own records on the server (issue 18): triage calls and acknowledgements, stamped
// with the login by the server and written by clinic logins only; the board's rows from every
// patient's stored history; and the live feed (LISTEN/NOTIFY), which says a connection was lost
// and catches up after. PostgreSQL only: the desk works on the clinic server.
#include "scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/serverfeed.h"
#include "storage/triageboardsource.h"
#include "storage/triagestore.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace nc;

namespace {

const QString kPassword = QStringLiteral("desk test password");

QString problem(const std::optional<InputError> &error)
{
    return error ? error->field + QStringLiteral(": ") + error->message : QString();
}

Temperature celsius(double value)
{
    return *Temperature::fromInput(value, TemperatureUnit::Celsius);
}

} // namespace

class TestTriageStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aCallIsStampedWithTheLoginThatTookIt();
    void aDowngradeNeedsAReason();
    void theServerRefusesADowngradeWithoutAReason();
    void onlyTheClinicWritesCalls();
    void patientsReadOnlyTheirOwnCalls();
    void aFollowUpIsMarkedMadeByWhoeverMadeIt();
    void acknowledgementsAreStampedAndShownOnTheBoard();
    void theBoardOfAllEqualsEachRow();
    void aReadingReachesTheFeedWithoutPolling();
    void aLostConnectionIsSaidAndCaughtUp();
    void theFeedTellsOnlyThoseWhoMaySee();

private:
    std::unique_ptr<Database> as(const char *name);
    QString login(const char *name) const { return m_scratch->login(QLatin1String(name)); }

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    qint64 m_asha = 0;
    qint64 m_ben = 0;
};

std::unique_ptr<Database> TestTriageStore::as(const char *name)
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_scratch->whereAs(login(name), kPassword))) {
        qWarning("%s", qPrintable(db->errorString()));
        return nullptr;
    }
    return db;
}

void TestTriageStore::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The desk's records live on the clinic server: run as tst_triagestore with "
              "NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_asha = PatientRepository(*m_super).add({ 0, QStringLiteral("Asha"), std::nullopt }).value();
    m_ben = PatientRepository(*m_super).add({ 0, QStringLiteral("Ben"), std::nullopt }).value();
    ServerAdmin admin(*m_super);
    QCOMPARE(problem(admin.addUser(LoginKind::Staff, login("nurse_a"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Staff, login("nurse_b"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Patient, login("asha"), kPassword, m_asha)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Caregiver, login("ashas_son"), kPassword)), QString());
    QCOMPARE(problem(admin.link(login("ashas_son"), m_asha)), QString());
}

void TestTriageStore::cleanupTestCase()
{
    m_super.reset();
    m_scratch.reset();
}

void TestTriageStore::aCallIsStampedWithTheLoginThatTookIt()
{
    auto nurse = as("nurse_a");
    QVERIFY(nurse);
    TriageStore store(*nurse);
    QVERIFY(store.available());
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-03-10T02:10:00+13:00"), Qt::ISODate);
    TriageCall call;
    call.patientId = m_asha;
    call.at = at;
    call.takenBy = QStringLiteral("somebody else"); // never sent: the server says who
    call.callerKind = CallerKind::Caregiver;
    call.callerName = QStringLiteral("Ravi");
    call.callerRelationship = QStringLiteral("son");
    call.callbackNumber = QStringLiteral("+64 21 555 0101");
    call.report.temperatures.append({ at.addSecs(-600), celsius(38.4), true });
    call.report.symptoms.append({ at.addSecs(-900), SymptomCode::Rigors });
    call.report.antipyretics.append({ at.addSecs(-3 * 3600), Antipyretic::Paracetamol });
    call.level = Level::CallNow;
    call.protocolId = QStringLiteral("us-idsa");
    call.reasons.append({ Finding::FeverSingle, QStringLiteral("A reading of 38.4 °C") });
    call.suggested = triage::Disposition::AttendNow;
    call.disposition = triage::Disposition::AttendNow;
    call.advice = QStringLiteral("Come to the emergency department now; bring your card.");
    call.scores.mascc = riskscores::MasccInput { riskscores::IllnessBurden::Moderate, false, false, false,
        false, true, 59 };
    const auto id = store.addCall(call);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    const auto back = TriageStore(*m_super).call(*id);
    QVERIFY(back);
    QCOMPARE(back->takenBy, login("nurse_a"));
    QCOMPARE(back->at, at);
    QCOMPARE(back->at.offsetFromUtc(), 13 * 3600);
    QCOMPARE(back->callerKind, CallerKind::Caregiver);
    QCOMPARE(back->callbackNumber, call.callbackNumber);
    QCOMPARE(back->report.temperatures.size(), 1);
    QCOMPARE(back->report.temperatures.first().temperature.celsius(), 38.4);
    QVERIFY(back->report.temperatures.first().antipyreticReported);
    QCOMPARE(back->report.symptoms.first().code, SymptomCode::Rigors);
    QCOMPARE(back->report.antipyretics.first().drug, Antipyretic::Paracetamol);
    QCOMPARE(back->level, Level::CallNow);
    QCOMPARE(back->reasons, call.reasons);
    QCOMPARE(back->disposition, triage::Disposition::AttendNow);
    QCOMPARE(back->advice, call.advice);
    QVERIFY(!back->followUpDue);
    QVERIFY(back->scores.mascc && !back->scores.cisne);
    QCOMPARE(riskscores::mascc(*back->scores.mascc).score, riskscores::mascc(*call.scores.mascc).score);

    // The audit trail names the login too.
    QSqlQuery q(m_super->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT login FROM audit WHERE table_name = 'triage_calls'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), login("nurse_a"));
}

void TestTriageStore::aDowngradeNeedsAReason()
{
    auto nurse = as("nurse_a");
    QVERIFY(nurse);
    TriageCall call;
    call.patientId = m_ben;
    call.at = QDateTime::currentDateTime();
    call.level = Level::CallToday;
    call.suggested = triage::suggested(call.level);
    call.disposition = triage::Disposition::SelfCare;
    const auto refused = TriageStore(*nurse).addCall(call);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("reason"));
    call.reason = QStringLiteral("   ");
    QVERIFY(!TriageStore(*nurse).addCall(call).ok());
    call.reason = QStringLiteral("Seen in clinic this morning; counts recovering.");
    call.followUpDue = triage::followUpDue(call.level, call.disposition, call.at);
    QVERIFY(call.followUpDue);
    QVERIFY(TriageStore(*nurse).addCall(call).ok());
}

void TestTriageStore::theServerRefusesADowngradeWithoutAReason()
{
    // Another client, or an older desk, cannot get past the check either.
    auto nurse = as("nurse_a");
    QVERIFY(nurse);
    QSqlQuery q(nurse->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO triage_calls (uuid, patient_id, time_ms, caller_kind, report, level, protocol, reasons, "
        "suggested, disposition, updated_ms) VALUES (gen_random_uuid()::text, ?, 0, 'patient', '{}', "
        "'call_now', 'us-idsa', '[]', 'attend_now', 'review_24h', 0)"));
    q.addBindValue(m_ben);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("downgrade_needs_reason")),
        qPrintable(q.lastError().databaseText()));
    // Nor can a desk name who took a call.
    q.prepare(
        QStringLiteral("INSERT INTO triage_calls (uuid, patient_id, time_ms, caller_kind, report, level, "
                       "protocol, reasons, suggested, disposition, updated_ms, taken_by) VALUES "
                       "(gen_random_uuid()::text, ?, 0, 'patient', '{}', 'ok', 'us-idsa', '[]', "
                       "'self_care', 'self_care', 0, 'someone')"));
    q.addBindValue(m_ben);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
        qPrintable(q.lastError().databaseText()));
}

void TestTriageStore::onlyTheClinicWritesCalls()
{
    for (const char *name : { "asha", "ashas_son" }) {
        auto db = as(name);
        QVERIFY(db);
        TriageCall call;
        call.patientId = m_asha;
        call.at = QDateTime::currentDateTime();
        QVERIFY2(!TriageStore(*db).addCall(call).ok(), name);
        QVERIFY2(!TriageStore(*db).acknowledge(m_asha, call.at, call.at).ok(), name);
    }
}

void TestTriageStore::patientsReadOnlyTheirOwnCalls()
{
    auto asha = as("asha");
    QVERIFY(asha);
    QCOMPARE(TriageStore(*asha).calls(m_asha).size(), 1); // the advice goes home (part 3)
    QCOMPARE(TriageStore(*asha).calls(m_ben).size(), 0);
    auto son = as("ashas_son");
    QVERIFY(son);
    QCOMPARE(TriageStore(*son).calls(m_asha).size(), 1);
    QCOMPARE(TriageStore(*son).calls(m_ben).size(), 0);
}

void TestTriageStore::aFollowUpIsMarkedMadeByWhoeverMadeIt()
{
    auto nurseA = as("nurse_a");
    auto nurseB = as("nurse_b");
    QVERIFY(nurseA && nurseB);
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 dev = PatientRepository(*m_super).add({ 0, QStringLiteral("Dev"), std::nullopt }).value();
    TriageCall call;
    call.patientId = dev;
    call.at = now;
    call.level = Level::CallToday;
    call.suggested = triage::Disposition::Review24h;
    call.disposition = triage::Disposition::Review24h;
    call.followUpDue = triage::followUpDue(call.level, call.disposition, now);
    const auto id = TriageStore(*nurseA).addCall(call);
    QVERIFY(id.ok());
    const ClinicState before = TriageStore(*nurseB).state(dev, now.addDays(-1));
    QCOMPARE(before.followUpCallId, *id); // the soonest due
    QCOMPARE(before.followUpOwner, login("nurse_a"));

    QCOMPARE(TriageStore(*nurseB).markFollowUpMade(*id, now.addSecs(3600)), std::nullopt);
    const auto made = TriageStore(*nurseA).call(*id);
    QCOMPARE(made->followUpDoneBy, login("nurse_b"));
    QCOMPARE(made->followUpDoneAt, now.addSecs(3600));
    QCOMPARE(made->takenBy, login("nurse_a"));
    QVERIFY(!TriageStore(*nurseB).state(dev, now.addDays(-1)).followUpDue);
    // A call without a follow-up has none to mark; a patient marks nothing.
    QVERIFY(TriageStore(*nurseB).markFollowUpMade(TriageStore(*nurseB).calls(m_asha).first().id, now));
    auto asha = as("asha");
    QVERIFY(TriageStore(*asha).markFollowUpMade(*id, now));
}

void TestTriageStore::acknowledgementsAreStampedAndShownOnTheBoard()
{
    const qint64 cara = PatientRepository(*m_super).add({ 0, QStringLiteral("Cara"), std::nullopt }).value();
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(
        TemperatureRepository(*m_super).add({ 0, cara, { now.addSecs(-20 * 60), celsius(38.6) }, {} }).ok());
    auto nurseA = as("nurse_a");
    auto nurseB = as("nurse_b");
    QVERIFY(nurseA && nurseB);

    auto row = TriageBoardSource(*nurseB).one(cara, now);
    QVERIFY(row);
    QCOMPARE(row->assessment.level, Level::CallNow);
    QVERIFY(row->unacknowledgedCallNowSince);
    QCOMPARE(*row->unacknowledgedCallNowSince, now.addSecs(-20 * 60)); // the reading it quotes
    QVERIFY(triageboard::escalated(*row, now)); // 20 minutes: past the 15
    QCOMPARE(triageboard::group(*row, now), triageboard::Group::UnacknowledgedCallNow);

    QVERIFY(TriageStore(*nurseA).acknowledge(cara, *row->callNowSince, now).ok());
    row = TriageBoardSource(*nurseB).one(cara, now.addSecs(1));
    QVERIFY(!row->unacknowledgedCallNowSince);
    QCOMPARE(row->acknowledgedBy, login("nurse_a"));
    QCOMPARE(row->acknowledgedAt, now);
    QCOMPARE(triageboard::group(*row, now), triageboard::Group::CallToday);
    QVERIFY(!triageboard::escalated(*row, now));

    // A later alert from the patient's own app begins a new episode the clinic has not seen.
    QVERIFY(
        AlertRepository(*m_super).add({ 0, cara, now.addSecs(60), Level::CallNow, {}, {}, {}, {}, {} }).ok());
    row = TriageBoardSource(*nurseB).one(cara, now.addSecs(120));
    QCOMPARE(row->unacknowledgedCallNowSince, now.addSecs(60));
}

void TestTriageStore::theBoardOfAllEqualsEachRow()
{
    auto nurse = as("nurse_b");
    QVERIFY(nurse);
    const QDateTime now = QDateTime::currentDateTime().addSecs(300);
    const QList<triageboard::Row> rows = TriageBoardSource(*nurse).all(now);
    QCOMPARE(rows.size(), PatientRepository(*m_super).all().size());
    for (const triageboard::Row &row : rows) {
        const auto one = TriageBoardSource(*nurse).one(row.patientId, now);
        QVERIFY(one);
        QCOMPARE(row.name, one->name);
        QCOMPARE(row.assessment.level, one->assessment.level);
        QCOMPARE(row.assessment.reasons, one->assessment.reasons);
        QCOMPARE(row.unacknowledgedCallNowSince, one->unacknowledgedCallNowSince);
        QCOMPARE(row.followUpDue, one->followUpDue);
        QCOMPARE(row.acknowledgedBy, one->acknowledgedBy);
    }
    // A patient's login sees its own row only.
    auto asha = as("asha");
    const QList<triageboard::Row> own = TriageBoardSource(*asha).all(now);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().patientId, m_asha);
}

void TestTriageStore::aReadingReachesTheFeedWithoutPolling()
{
    auto nurse = as("nurse_a");
    auto asha = as("asha");
    QVERIFY(nurse && asha);
    ServerFeed feed(*nurse);
    feed.setCheckInterval(60000); // no connection check in the way: the notification alone
    QVERIFY2(feed.start(), qPrintable(feed.error()));
    QSignalSpy changed(&feed, &ServerFeed::patientChanged);
    QVERIFY(TemperatureRepository(*asha)
                .add({ 0, m_asha, { QDateTime::currentDateTime(), celsius(37.2) }, {} })
                .ok());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), m_asha);
    // One notification per patient and statement, even for many rows.
    changed.clear();
    QList<TemperatureRecord> many;
    for (int i = 0; i < 50; ++i)
        many.append({ 0, m_asha, { QDateTime::currentDateTime().addSecs(-i * 60), celsius(36.8) }, {} });
    QCOMPARE(TemperatureRepository(*asha).addAll(many), std::nullopt);
    QVERIFY(changed.wait(5000));
    QTest::qWait(200);
    QVERIFY2(changed.size() <= 2, qPrintable(QString::number(changed.size())));
    // A deletion names its patient too, from the rows it removed.
    changed.clear();
    const qint64 gone = TemperatureRepository(*asha)
                            .add({ 0, m_asha, { QDateTime::currentDateTime(), celsius(37.0) }, {} })
                            .value();
    QVERIFY(changed.wait(5000));
    changed.clear();
    QCOMPARE(TemperatureRepository(*asha).remove(gone), std::nullopt);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), m_asha);
    // The patients table holds its patient in id, not patient_id: a change of Ben's name names Ben.
    changed.clear();
    QCOMPARE(
        PatientRepository(*m_super).update({ m_ben, QStringLiteral("Ben R."), std::nullopt }), std::nullopt);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), m_ben);
}

void TestTriageStore::aLostConnectionIsSaidAndCaughtUp()
{
    auto nurse = as("nurse_a");
    QVERIFY(nurse);
    ServerFeed feed(*nurse);
    feed.setCheckInterval(200);
    QVERIFY(feed.start());
    QSignalSpy lost(&feed, &ServerFeed::connectionLost);
    QSignalSpy caughtUp(&feed, &ServerFeed::caughtUp);
    QSignalSpy changed(&feed, &ServerFeed::patientChanged);

    QSqlQuery kill(m_super->connection());
    QVERIFY(kill.exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
            .arg(login("nurse_a"))));
    QVERIFY(lost.wait(5000));
    // Said first, then connected again at once (the server is there) and subscribed.
    QVERIFY(caughtUp.count() == 1 || caughtUp.wait(5000));
    QVERIFY(feed.connected());
    // Listening again: a change after the reconnect arrives.
    QVERIFY(TemperatureRepository(*m_super)
                .add({ 0, m_ben, { QDateTime::currentDateTime(), celsius(36.9) }, {} })
                .ok());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().first().toLongLong(), m_ben);
}

// PostgreSQL lets any login listen on any channel it can name: a patient's login names neither the
// clinic's channel nor another patient's, so it learns nothing of them, while a caregiver hears the
// patient it follows and staff hear everyone.
void TestTriageStore::theFeedTellsOnlyThoseWhoMaySee()
{
    QCOMPARE(problem(ServerAdmin(*m_super).addUser(LoginKind::Patient, login("ben"), kPassword, m_ben)),
        QString());
    auto ben = as("ben");
    auto asha = as("asha");
    auto son = as("ashas_son");
    auto nurse = as("nurse_b");
    QVERIFY(ben && asha && son && nurse);

    QSqlQuery names(ben->connection());
    QVERIFY(!names.exec(QStringLiteral("SELECT channel FROM staff_channel")));
    QVERIFY(names.exec(QStringLiteral("SELECT patient_id FROM notify_channels")));
    QVERIFY(names.next());
    QCOMPARE(names.value(0).toLongLong(), m_ben);
    QVERIFY(!names.next());
    QVERIFY(!ServerFeed(*ben).start());
    QVERIFY(!ServerFeed(*ben, m_asha).start());

    ServerFeed bensOwn(*ben, m_ben);
    ServerFeed ashasSon(*son, m_asha);
    ServerFeed clinic(*nurse);
    for (ServerFeed *feed : { &bensOwn, &ashasSon, &clinic }) {
        feed->setCheckInterval(60000);
        QVERIFY2(feed->start(), qPrintable(feed->error()));
    }
    // The channel everyone once shared, and any other Ben's connection hears, stays silent.
    QSqlDriver *bensDriver = ben->connection().driver();
    QVERIFY(bensDriver->subscribeToNotification(QStringLiteral("nc_changes")));
    QSignalSpy heardByBen(bensDriver, &QSqlDriver::notification);
    QSignalSpy toTheSon(&ashasSon, &ServerFeed::patientChanged);
    QSignalSpy staff(&clinic, &ServerFeed::patientChanged);

    QVERIFY(TemperatureRepository(*asha)
                .add({ 0, m_asha, { QDateTime::currentDateTime(), celsius(38.4) }, {} })
                .ok());
    QVERIFY(toTheSon.wait(5000));
    QCOMPARE(toTheSon.first().first().toLongLong(), m_asha);
    QVERIFY(staff.count() > 0 || staff.wait(5000));
    QCOMPARE(staff.first().first().toLongLong(), m_asha);
    QTest::qWait(300); // the same commit reached the others: Ben's connection had its chance
    QCOMPARE(heardByBen.count(), 0);

    QVERIFY(TemperatureRepository(*ben)
                .add({ 0, m_ben, { QDateTime::currentDateTime(), celsius(36.9) }, {} })
                .ok());
    QVERIFY(heardByBen.wait(5000));
    QCOMPARE(heardByBen.first().at(2).toString(), QString::number(m_ben));
    QTest::qWait(300);
    QCOMPARE(toTheSon.count(), 1); // Asha's son heard nothing of Ben

    // Unlinked, the son may still know the old name: Asha's channel gets a new one, his feed says so,
    // and the old name hears nothing more.
    QSqlQuery name(son->connection());
    name.prepare(QStringLiteral("SELECT channel FROM notify_channels WHERE patient_id = ?"));
    name.addBindValue(m_asha);
    QVERIFY(name.exec() && name.next());
    const QString oldName = name.value(0).toString();
    name.finish();
    QVERIFY(!oldName.isEmpty());
    QSignalSpy lost(&ashasSon, &ServerFeed::connectionLost);
    ashasSon.setCheckInterval(100);
    QSqlQuery unlink(m_super->connection());
    unlink.prepare(QStringLiteral("DELETE FROM login_patients WHERE login = ? AND patient_id = ?"));
    unlink.addBindValue(login("ashas_son"));
    unlink.addBindValue(m_asha);
    QVERIFY(unlink.exec());
    QVERIFY(lost.wait(5000));
    QVERIFY2(lost.first().first().toString().contains(QStringLiteral("may not follow")),
        qPrintable(lost.first().first().toString()));
    QSqlDriver *sonsDriver = son->connection().driver();
    QVERIFY(sonsDriver->subscribeToNotification(oldName));
    QSignalSpy heardBySon(sonsDriver, &QSqlDriver::notification);
    staff.clear();
    QVERIFY(TemperatureRepository(*asha)
                .add({ 0, m_asha, { QDateTime::currentDateTime(), celsius(38.1) }, {} })
                .ok());
    QVERIFY(staff.wait(5000));
    QTest::qWait(300);
    QCOMPARE(heardBySon.count(), 0);
}

QTEST_GUILESS_MAIN(TestTriageStore)
#include "tst_triagestore.moc"

// The triage desk against the real clinic server (issue 18): two desks signed in as two staff logins
// and one patient's connection. A fever the patient sends reaches both boards' top row through
// LISTEN/NOTIFY (no polling: the desks' timers are far longer than the wait); one desk acknowledges
// and the other shows who; an amber call sets a follow-up that is overdue a day later on the fake
// clock; a downgraded disposition without a reason is refused; the audit screen shows it all with
// the right logins; a dropped connection is said, reconnected and caught up, with a reading sent in
// the gap; escalation raises a repeated desktop notification; the desk refuses a patient's login;
// a patient opened from the desk is read-only; every control is named and reachable.
#include "../guitest.h"
#include "app/desktopnotifier.h"
#include "desk/audit/auditmodel.h"
#include "desk/audit/auditscreen.h"
#include "desk/boardmodel.h"
#include "desk/calldialog.h"
#include "desk/clinicvaluespage.h"
#include "desk/deskwindow.h"
#include "desk/patientwindow.h"
#include "desk/scores/riskscoresform.h"
#include "desk/signindialog.h"
#include "history/historyscreen.h"
#include "language.h"
#include "notificationrecorder.h"
#include "scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/serverfeed.h"
#include "storage/triagestore.h"
#include "today/todayscreen.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryFile>

using namespace nc;
using namespace nc::guitest;

namespace {
const QString kPassword = QStringLiteral("desk password");

Temperature celsius(double value)
{
    return *Temperature::fromInput(value, TemperatureUnit::Celsius);
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInRefusesPatientsAndCaregivers();
    void signInTakesStaff();
    void theBoardIsInOrderOfNeed();
    void aFeverReachesBothBoardsAtOnce();
    void acknowledgingShowsOnTheOtherDesk();
    void anAmberCallSetsAFollowUpDueInADay();
    void aDowngradeWithoutAReasonIsRefused();
    void escalationNotifiesUntilAcknowledged();
    void aPatientFromTheDeskIsReadOnly();
    void clinicValuesAreChangedAndAudited();
    void theAuditScreenShowsWhoDidWhat();
    void aDroppedConnectionIsSaidAndCaughtUp();
    void everyControlHasNameAndFocus();
    void screenshots();

private:
    std::unique_ptr<Database> connectAs(const char *name);
    std::unique_ptr<DeskWindow> desk(const char *name);
    QString login(const char *name) const { return m_scratch->login(QLatin1String(name)); }
    qint64 addPatient(const QString &name);
    int rowOf(DeskWindow &desk, qint64 patient) const { return desk.board()->rowOf(patient); }
    triageboard::Group groupOf(DeskWindow &desk, qint64 patient) const
    {
        const auto *row = desk.board()->row(desk.board()->rowOf(patient));
        return row ? triageboard::group(*row, desk.now()) : triageboard::Group::Ok;
    }

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_patient; // Ben's own connection, as his app's would be
    QDateTime m_now;
    qint64 m_asha = 0; // a fever 20 minutes ago: call now, not acknowledged
    qint64 m_ben = 0; // well, until his fever arrives
    qint64 m_carmen = 0; // 37.9: recheck
    qint64 m_dev = 0; // a sore throat: call today
    qint64 m_elena = 0; // ANC 400: caution
    qint64 m_farah = 0; // low-count days, no temperature for a day
};

std::unique_ptr<Database> TestDesk::connectAs(const char *name)
{
    auto db = std::make_unique<Database>();
    if (!db->openServer(m_scratch->whereAs(login(name), QString()), kPassword)) {
        qWarning("%s", qPrintable(db->errorString()));
        return nullptr;
    }
    return db;
}

std::unique_ptr<DeskWindow> TestDesk::desk(const char *name)
{
    auto db = connectAs(name);
    if (!db)
        return nullptr;
    auto window = std::make_unique<DeskWindow>(std::move(db), m_scratch->whereAs(login(name), QString()));
    window->setClock([this] { return m_now; });
    window->board()->setDisplayUnit(TemperatureUnit::Celsius);
    window->reloadAll();
    return window;
}

qint64 TestDesk::addPatient(const QString &name)
{
    const qint64 id = PatientRepository(*m_super).add({ 0, name, 1960 }).value();
    PatientSettings s;
    s.clinicName = QStringLiteral("Riverside Oncology");
    s.inHoursNumber = QStringLiteral("020 7946 0000");
    s.outOfHoursNumber = QStringLiteral("020 7946 0999");
    PatientSettingsRepository(*m_super).save(id, s);
    return id;
}

void TestDesk::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The desk works on the clinic server: run as tst_desk with NC_TEST_ENGINE=postgresql");
    useOwnSettings(QStringLiteral("tst_desk"));
    language::apply(QStringLiteral("en"));
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_now = QDateTime::currentDateTime();

    m_asha = addPatient(QStringLiteral("Asha Patel"));
    m_ben = addPatient(QStringLiteral("Ben Okafor"));
    m_carmen = addPatient(QStringLiteral("Carmen Ruiz"));
    m_dev = addPatient(QStringLiteral("Dev Sharma"));
    m_elena = addPatient(QStringLiteral("Elena Novak"));
    m_farah = addPatient(QStringLiteral("Farah Haddad"));
    TemperatureRepository temps(*m_super);
    QVERIFY(temps.add({ 0, m_asha, { m_now.addSecs(-20 * 60), celsius(38.6) }, {} }).ok());
    QVERIFY(temps.add({ 0, m_ben, { m_now.addSecs(-60 * 60), celsius(36.7) }, {} }).ok());
    QVERIFY(temps.add({ 0, m_carmen, { m_now.addSecs(-30 * 60), celsius(37.9) }, {} }).ok());
    QVERIFY(temps.add({ 0, m_dev, { m_now.addSecs(-40 * 60), celsius(37.1) }, {} }).ok());
    QVERIFY(SymptomRepository(*m_super)
                .add({ 0, m_dev, { m_now.addSecs(-45 * 60), SymptomCode::SoreThroat }, {} })
                .ok());
    QVERIFY(temps.add({ 0, m_elena, { m_now.addSecs(-90 * 60), celsius(36.9) }, {} }).ok());
    QVERIFY(
        BloodCountRepository(*m_super)
            .add({ 0, m_elena, *BloodCount::measured(m_now.addDays(-1), 400, CountUnit::CellsPerMicrolitre),
                CountUnit::CellsPerMicrolitre, {}, {} })
            .ok());
    QVERIFY(temps.add({ 0, m_farah, { m_now.addSecs(-30 * 3600), celsius(36.8) }, {} }).ok());
    QVERIFY(
        TreatmentRepository(*m_super)
            .add({ 0, m_farah, { m_now.date().addDays(-8), TreatmentKind::Chemotherapy, {}, {} }, {}, {} })
            .ok());

    ServerAdmin admin(*m_super);
    for (const char *nurse : { "nurse_a", "nurse_b" })
        QVERIFY(!admin.addUser(LoginKind::Staff, login(nurse), kPassword));
    QVERIFY(!admin.addUser(LoginKind::Patient, login("ben"), kPassword, m_ben));
    QVERIFY(!admin.addUser(LoginKind::Caregiver, login("bens_wife"), kPassword));
    QVERIFY(!admin.link(login("bens_wife"), m_ben));
    m_patient = connectAs("ben");
    QVERIFY(m_patient);
}

void TestDesk::cleanupTestCase()
{
    m_patient.reset();
    m_super.reset();
    m_scratch.reset();
}

void TestDesk::signInRefusesPatientsAndCaregivers()
{
    for (const auto &[name, words] : { std::pair { "ben", "patient's" }, { "bens_wife", "caregiver's" } }) {
        SignInDialog dialog;
        dialog.setServer(qEnvironmentVariable("PGHOST"), m_scratch->name(), login(name));
        child<QLineEdit>(&dialog, "signInServer")
            ->setText(qEnvironmentVariable("PGHOST") + QLatin1Char(':') + qEnvironmentVariable("PGPORT"));
        dialog.setPassword(kPassword);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeDatabase());
        auto *error = child<QLabel>(&dialog, "signInError");
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(error->text().contains(QLatin1String(words)), qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("clinic staff")));
    }
    // A wrong password says so and keeps the fields.
    SignInDialog dialog;
    dialog.setServer(qEnvironmentVariable("PGHOST") + QLatin1Char(':') + qEnvironmentVariable("PGPORT"),
        m_scratch->name(), login("nurse_a"));
    dialog.setPassword(QStringLiteral("not it"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLabel>(&dialog, "signInError")->text().contains(QLatin1String("password")));
    QCOMPARE(child<QLineEdit>(&dialog, "signInLogin")->text(), login("nurse_a"));
}

void TestDesk::signInTakesStaff()
{
    SignInDialog dialog;
    dialog.setServer(qEnvironmentVariable("PGHOST") + QLatin1Char(':') + qEnvironmentVariable("PGPORT"),
        m_scratch->name(), login("nurse_a"));
    dialog.setPassword(kPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto db = dialog.takeDatabase();
    QVERIFY(db && db->isOpen());
    // The password is nowhere in what is kept.
    QVERIFY(!dialog.where().contains(kPassword));
    QVERIFY(!QSettings().allKeys().isEmpty());
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(kPassword));
    DeskWindow window(std::move(db), dialog.where());
    auto *signedIn = child<QLabel>(&window, "signedIn");
    QVERIFY(signedIn->text().contains(login("nurse_a")));
    QVERIFY(signedIn->text().contains(m_scratch->name()));
}

void TestDesk::theBoardIsInOrderOfNeed()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    BoardModel *board = a->board();
    QCOMPARE(board->rowCount(), 6);
    QCOMPARE(board->row(0)->patientId, m_asha);
    QCOMPARE(groupOf(*a, m_asha), triageboard::Group::UnacknowledgedCallNow);
    QCOMPARE(groupOf(*a, m_dev), triageboard::Group::CallToday);
    QCOMPARE(groupOf(*a, m_farah), triageboard::Group::NoRecentReading);
    QCOMPARE(groupOf(*a, m_carmen), triageboard::Group::Recheck);
    QCOMPARE(groupOf(*a, m_elena), triageboard::Group::Caution);
    QCOMPARE(groupOf(*a, m_ben), triageboard::Group::Ok);
    for (int i = 1; i < board->rowCount(); ++i) {
        QVERIFY(triageboard::group(*board->row(i - 1), m_now) <= triageboard::group(*board->row(i), m_now));
    }
    // Words, not colour alone: the level and the alert say what they mean.
    const QModelIndex level = board->index(0, BoardModel::Level);
    QVERIFY(!level.data().toString().isEmpty());
    QVERIFY(!level.data(Qt::DecorationRole).isNull());
    QVERIFY(board->index(0, BoardModel::Alert)
                .data()
                .toString()
                .contains(QLatin1String("not acknowledged"), Qt::CaseInsensitive));
    QVERIFY(board->index(0, BoardModel::Temperature).data().toString().contains(QLatin1String("38.6")));
    QVERIFY(board->index(board->rowOf(m_farah), BoardModel::Cycle)
                .data()
                .toString()
                .contains(QLatin1String("low-count")));

    // Ctrl+F searches by name; the order stays.
    QTest::keyClick(a.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(a.get(), "boardSearch");
    QVERIFY(search->hasFocus() || QApplication::focusWidget() == search || !a->isVisible());
    search->setText(QStringLiteral("car"));
    QCOMPARE(a->boardView()->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(a->boardView()->model()->rowCount(), 6);
}

void TestDesk::aFeverReachesBothBoardsAtOnce()
{
    auto a = desk("nurse_a");
    auto b = desk("nurse_b");
    QVERIFY(a && b);
    // Asha's alert is seen to first, so Ben's fever is the one waiting.
    a->selectPatient(m_asha);
    a->acknowledgeCurrent();
    QCOMPARE(groupOf(*a, m_ben), triageboard::Group::Ok);
    QSignalSpy updatedA(a.get(), &DeskWindow::boardUpdated);
    QSignalSpy updatedB(b.get(), &DeskWindow::boardUpdated);
    QVERIFY(
        TemperatureRepository(*m_patient).add({ 0, m_ben, { m_now.addSecs(-60), celsius(38.9) }, {} }).ok());
    // Within the wait, by the notification alone: the desks re-read everything only every 2 minutes.
    QTRY_COMPARE_WITH_TIMEOUT(a->board()->row(0)->patientId, m_ben, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(b->board()->row(0)->patientId, m_ben, 5000);
    QCOMPARE(groupOf(*b, m_ben), triageboard::Group::UnacknowledgedCallNow);
    QVERIFY(!updatedA.isEmpty() && !updatedB.isEmpty());
    QCOMPARE(updatedB.last().first().toLongLong(), m_ben);
}

void TestDesk::acknowledgingShowsOnTheOtherDesk()
{
    auto a = desk("nurse_a");
    auto b = desk("nurse_b");
    QVERIFY(a && b);
    QCOMPARE(groupOf(*b, m_ben), triageboard::Group::UnacknowledgedCallNow);
    a->selectPatient(m_ben);
    QTest::keyClick(a->boardView(), Qt::Key_K, Qt::ControlModifier);
    if (groupOf(*a, m_ben) == triageboard::Group::UnacknowledgedCallNow)
        a->acknowledgeCurrent(); // offscreen, the shortcut needs an active window
    QCOMPARE(groupOf(*a, m_ben), triageboard::Group::CallToday);
    QTRY_VERIFY_WITH_TIMEOUT(groupOf(*b, m_ben) != triageboard::Group::UnacknowledgedCallNow, 5000);
    const QString alert = b->board()->index(rowOf(*b, m_ben), BoardModel::Alert).data().toString();
    QVERIFY2(alert.contains(login("nurse_a")), qPrintable(alert));
}

void TestDesk::anAmberCallSetsAFollowUpDueInADay()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    onNextDialog([&](QDialog *d) {
        auto *call = qobject_cast<CallDialog *>(d);
        QVERIFY(call);
        QCOMPARE(call->patientId(), m_dev);
        QCOMPARE(call->assessment().level, Level::CallToday);
        QCOMPARE(call->disposition()->currentData().toInt(), int(triage::Disposition::Review24h));
        child<QLineEdit>(d, "callerName")->setText(QStringLiteral("Dev"));
        call->advice()->setPlainText(QStringLiteral("Salt-water gargles; we will call you tomorrow."));
        call->accept();
    });
    a->newCall(m_dev);
    const auto calls = TriageStore(*m_super).calls(m_dev);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().takenBy, login("nurse_a"));
    QCOMPARE(calls.first().followUpDue, m_now.addSecs(24 * 3600));
    QVERIFY(groupOf(*a, m_dev) != triageboard::Group::OverdueFollowUp);
    // A day and an hour later, on the fake clock: overdue, second on the board only to a call now.
    const QDateTime before = m_now;
    m_now = m_now.addSecs(25 * 3600);
    a->reloadAll();
    QCOMPARE(groupOf(*a, m_dev), triageboard::Group::OverdueFollowUp);
    QVERIFY(a->board()
                ->index(rowOf(*a, m_dev), BoardModel::FollowUp)
                .data()
                .toString()
                .contains(QLatin1String("Overdue")));
    m_now = before;
}

void TestDesk::aDowngradeWithoutAReasonIsRefused()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    bool refused = false;
    onNextDialog([&](QDialog *d) {
        auto *call = qobject_cast<CallDialog *>(d);
        QCOMPARE(call->assessment().level, Level::CallNow);
        call->disposition()->setCurrentIndex(
            call->disposition()->findData(int(triage::Disposition::SelfCare)));
        call->accept();
        refused = d->isVisible() && d->result() != QDialog::Accepted;
        QVERIFY(call->problem()->isVisibleTo(d));
        QVERIFY2(
            call->problem()->text().contains(QLatin1String("say why")), qPrintable(call->problem()->text()));
        QVERIFY(call->reason()->hasFocus() || !d->isActiveWindow());
        call->reason()->setPlainText(QStringLiteral("Already in the emergency department, per her husband."));
        call->accept();
    });
    a->newCall(m_asha);
    QVERIFY(refused);
    const auto calls = TriageStore(*m_super).calls(m_asha);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().disposition, triage::Disposition::SelfCare);
    QCOMPARE(calls.first().suggested, triage::Disposition::AttendNow);
    QVERIFY(calls.first().reason.contains(QLatin1String("emergency")));
}

void TestDesk::escalationNotifiesUntilAcknowledged()
{
    test::NotificationRecorder recorder;
    QVERIFY2(recorder.start(), qPrintable(recorder.error()));
    const qint64 gita = addPatient(QStringLiteral("Gita Rao"));
    QVERIFY(
        TemperatureRepository(*m_super).add({ 0, gita, { m_now.addSecs(-5 * 60), celsius(38.5) }, {} }).ok());
    auto a = desk("nurse_a");
    auto b = desk("nurse_b");
    QVERIFY(a && b);
    QVERIFY(!a->board()
                 ->index(rowOf(*a, gita), BoardModel::EscalatedRole)
                 .data(BoardModel::EscalatedRole)
                 .toBool());
    const QDateTime before = m_now;
    m_now = m_now.addSecs(11 * 60); // 16 minutes after the reading
    a->reloadAll();
    b->reloadAll();
    QVERIFY(a->board()->index(rowOf(*a, gita), 0).data(BoardModel::EscalatedRole).toBool());
    QVERIFY(a->board()
                ->index(rowOf(*a, gita), BoardModel::Alert)
                .data()
                .toString()
                .contains(QLatin1String("ESCALATED")));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.notifies().isEmpty(), 5000);
    const auto first = recorder.notifies().size();
    QVERIFY(recorder.notifies().last().summary.contains(QLatin1String("Gita Rao")));
    QCOMPARE(recorder.notifies().last().hints.value(QStringLiteral("urgency")).toInt(), 2);
    // Repeated after five minutes while nobody acknowledges.
    m_now = m_now.addSecs(6 * 60);
    a->escalate();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.notifies().size() > first, 5000);
    // Desk B acknowledges: desk A's notification goes, by the shared acknowledgement alone.
    b->selectPatient(gita);
    b->acknowledgeCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(
        !a->board()->index(rowOf(*a, gita), 0).data(BoardModel::EscalatedRole).toBool(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.closeCalls().isEmpty(), 5000);
    m_now = before;
}

void TestDesk::aPatientFromTheDeskIsReadOnly()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    PatientWindow *window = a->openPatient(m_asha);
    QVERIFY(window);
    // The controls that write are absent, not only disabled.
    for (const char *name : { "log_temperature", "log_count", "acknowledgeButton", "historyEdit",
             "historyDelete", "addCareTeamNumbers" })
        QVERIFY2(!window->findChild<QWidget *>(QLatin1String(name)), name);
    QCOMPARE(window->tabs()->count(), 5);
    QVERIFY(window->today()->isVisibleTo(window));
    QVERIFY(child<QLabel>(window, "patientTitle")->text().contains(QLatin1String("Asha Patel")));
    // The calls tab lists the call taken earlier, with who took it.
    QCOMPARE(window->calls()->rowCount(), 1);
    QVERIFY(child<QWidget>(window, "callDetails"));
    // Opening it again raises the same window.
    QCOMPARE(a->openPatient(m_asha), window);
    // Nothing was written for the patient by looking.
    QSqlQuery q(m_super->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'alerts'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    window->close();
}

void TestDesk::clinicValuesAreChangedAndAudited()
{
    auto b = desk("nurse_b");
    QVERIFY(b);
    PatientWindow *window = b->openPatient(m_carmen);
    ClinicValuesPage *page = window->clinicValues();
    page->inHours()->setText(QStringLiteral("020 7946 1111"));
    page->protocol()->setCurrentIndex(page->protocol()->findData(QStringLiteral("esmo-2016")));
    QCOMPARE(page->save(), std::nullopt);
    const PatientSettings stored = PatientSettingsRepository(*m_super).get(m_carmen);
    QCOMPARE(stored.inHoursNumber, QStringLiteral("020 7946 1111"));
    QCOMPARE(stored.protocol.id, QStringLiteral("esmo-2016"));
    QSqlQuery q(m_super->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT login, old_values->>'in_hours_number', new_values->>'in_hours_number' FROM "
                       "audit WHERE table_name = 'patient_settings' AND action = 'update' ORDER BY id DESC "
                       "LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), login("nurse_b"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("020 7946 0000"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("020 7946 1111"));
    // An invalid protocol file is refused whole.
    QTemporaryFile bad;
    QVERIFY(bad.open());
    bad.write("{\"id\": \"ours\"}");
    bad.close();
    QVERIFY(!page->loadProtocolFile(bad.fileName()));
    QCOMPARE(PatientSettingsRepository(*m_super).get(m_carmen).protocol.id, QStringLiteral("esmo-2016"));
    window->close();
}

void TestDesk::theAuditScreenShowsWhoDidWhat()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    AuditScreen *screen = a->showAudit();
    QVERIFY(screen);
    screen->refresh();
    AuditModel *model = screen->model();
    QStringList seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        seen << cells.join(QLatin1Char('|'));
    }
    const auto has = [&](const QString &who, const QString &what) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const QString &line) {
            return line.contains(who) && line.contains(what, Qt::CaseInsensitive);
        });
    };
    QVERIFY2(has(login("nurse_a"), QStringLiteral("call")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(has(login("nurse_a"), QStringLiteral("acknowledg")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(has(login("nurse_b"), QStringLiteral("acknowledg")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(has(login("ben"), QStringLiteral("temperature")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(has(login("nurse_b"), QStringLiteral("settings")), qPrintable(seen.join(QLatin1Char('\n'))));
}

void TestDesk::aDroppedConnectionIsSaidAndCaughtUp()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    a->feed()->setCheckInterval(60 * 60 * 1000); // the check below is the test's
    QSignalSpy lost(a->feed(), &ServerFeed::connectionLost);
    QSignalSpy caughtUp(a->feed(), &ServerFeed::caughtUp);
    QSqlQuery kill(m_super->connection());
    QVERIFY(kill.exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
            .arg(login("nurse_a"))));
    // In the gap: a reading whose notification nobody hears.
    QVERIFY(
        TemperatureRepository(*m_patient).add({ 0, m_ben, { m_now.addSecs(-30), celsius(39.4) }, {} }).ok());
    a->feed()->checkNow();
    QCOMPARE(lost.size(), 1);
    QVERIFY(caughtUp.size() == 1 || caughtUp.wait(5000));
    QVERIFY(a->connectionBanner()->isVisibleTo(a.get()));
    QVERIFY2(a->connectionBanner()->text().contains(QLatin1String("Reconnected")),
        qPrintable(a->connectionBanner()->text()));
    const QString temperature
        = a->board()->index(rowOf(*a, m_ben), BoardModel::Temperature).data().toString();
    QVERIFY2(temperature.contains(QLatin1String("39.4")), qPrintable(temperature));
    // And it listens again.
    QVERIFY(
        TemperatureRepository(*m_patient).add({ 0, m_ben, { m_now.addSecs(-10), celsius(39.6) }, {} }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(a->board()
                                 ->index(rowOf(*a, m_ben), BoardModel::Temperature)
                                 .data()
                                 .toString()
                                 .contains(QLatin1String("39.6")),
        5000);
}

void TestDesk::everyControlHasNameAndFocus()
{
    auto a = desk("nurse_a");
    QVERIFY(a);
    a->show();
    QStringList problems;
    QMap<QString, int> checked;
    checked[QStringLiteral("board")] = accessibilityProblems(a.get(), QStringLiteral("board"), &problems);
    PatientWindow *window = a->openPatient(m_elena);
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        const QString where = QStringLiteral("patient tab %1").arg(i);
        checked[where] = accessibilityProblems(window, where, &problems);
    }
    onNextDialog([&](QDialog *d) {
        checked[QStringLiteral("call")] = accessibilityProblems(d, QStringLiteral("call"), &problems);
        d->reject();
    });
    a->newCall(m_elena);
    AuditScreen *audit = a->showAudit();
    checked[QStringLiteral("audit")] = accessibilityProblems(audit, QStringLiteral("audit"), &problems);
    SignInDialog signIn;
    checked[QStringLiteral("sign-in")] = accessibilityProblems(&signIn, QStringLiteral("sign-in"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // An empty place would pass: each had its controls (the read-only Today has New call and Print).
    for (auto it = checked.cbegin(); it != checked.cend(); ++it)
        QVERIFY2(it.value() >= 2,
            qPrintable(QStringLiteral("%1: %2 controls checked").arg(it.key()).arg(it.value())));
    window->close();
}

// docs/screenshots/desk-*-{en,es}.png, when NC_SCREENSHOT_DIR is set.
void TestDesk::screenshots()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("Set NC_SCREENSHOT_DIR to write the desk's screenshots");
    // Two fevers nobody at the clinic has seen yet, one waiting past 15 minutes: the top of a board.
    const qint64 hana = addPatient(QStringLiteral("Hana Kim"));
    QVERIFY(TemperatureRepository(*m_super)
                .add({ 0, hana, { m_now.addSecs(-22 * 60), celsius(38.8) }, {} })
                .ok());
    const qint64 ivan = addPatient(QStringLiteral("Ivan Petrov"));
    QVERIFY(
        TemperatureRepository(*m_super).add({ 0, ivan, { m_now.addSecs(-4 * 60), celsius(38.3) }, {} }).ok());
    for (const char *code : { "en", "es" }) {
        language::apply(QLatin1String(code));
        const auto name = [code](const char *what) { return QByteArray("desk-") + what + '-' + code; };
        auto a = desk("nurse_a");
        a->resize(1900, 560);
        a->show();
        a->selectPatient(m_dev); // the levels' colours show on rows not selected
        saveShot(a.get(), name("board").constData());
        PatientWindow *window = a->openPatient(m_asha);
        window->resize(1100, 800);
        saveShot(window, name("patient").constData());
        window->tabs()->setCurrentIndex(3);
        saveShot(window, name("patient-calls").constData());
        window->close();
        onNextDialog([&](QDialog *d) {
            auto *call = qobject_cast<CallDialog *>(d);
            call->addTemperature(38.7, TemperatureUnit::Celsius, MeasurementSite::Oral, 10);
            call->setSymptomReported(SymptomCode::Rigors, true);
            auto *kind = child<QComboBox>(d, "callerKind");
            kind->setCurrentIndex(kind->findData(int(CallerKind::Caregiver)));
            child<QLineEdit>(d, "callerName")->setText(QStringLiteral("Raj Sharma"));
            child<QLineEdit>(d, "callbackNumber")->setText(QStringLiteral("07700 900123"));
            child<QLineEdit>(d, "callerRelationship")
                ->setText(code == QByteArray("es") ? QStringLiteral("hijo") : QStringLiteral("son"));
            call->advice()->setPlainText(code == QByteArray("es")
                    ? QStringLiteral("Acuda ahora a urgencias y lleve su tarjeta.")
                    : QStringLiteral("Come to the emergency department now and bring your card."));
            CallScores scores;
            scores.mascc = riskscores::MasccInput { riskscores::IllnessBurden::Moderate, false, false, false,
                false, true, 67 };
            scores.cisne = riskscores::CisneInput { true, false, false, true, false, false };
            call->scores()->setScores(scores);
            d->resize(1250, 900);
            saveShot(d, name("call").constData());
            call->scores()->resize(560, 760);
            saveShot(call->scores(), name("mascc").constData());
            d->reject();
        });
        a->newCall(m_dev);
        AuditScreen *audit = a->showAudit();
        audit->window()->resize(1300, 620);
        // A change with its old and new values shown.
        auto *table = audit->findChild<QTableView *>();
        for (int row = 0; row < audit->model()->rowCount(); ++row) {
            if (audit->model()->entryAt(row)->action == QLatin1String("update")) {
                table->setCurrentIndex(audit->model()->index(row, 0));
                break;
            }
        }
        saveShot(audit->window(), name("audit").constData());
        audit->window()->close();
    }
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"

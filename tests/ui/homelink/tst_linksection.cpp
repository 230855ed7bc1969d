// Settings ▸ "Link to my clinic" and the link's line in the window's status area (issue 19), in a
// real MainWindow, against the throwaway PostgreSQL the test command starts and a real Secret
// Service on the test's own session bus: the dialog names the weaker checks as less safe, keeps
// what was typed when the clinic refuses the login, and links once the login works; the status
// line then says each state in words; unlinking asks first and keeps everything. Set
// NC_SCREENSHOT_DIR to also save the documentation screenshots, in English and Spanish.
#include "../guitest.h"
#include "homelink/homelinkservice.h"
#include "homelink/linkstatusline.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "scratchdatabase.h"
#include "settings/settingsscreen.h"
#include "storage/serveradmin.h"
#include "storage/triagestore.h"
#include "testkeyring.h"
#include "today/todayscreen.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace nc;
using nc::guitest::child;
using nc::guitest::onNextDialog;
using nc::guitest::saveShot;

namespace {
const QString kPassword = QStringLiteral("maria's link");
} // namespace

class TestLinkSection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void linkingFromSettings();
    void theStatusLineInEachState();
    void unlinkingAsksAndKeepsEverything();
    void theClinicsValuesReachToday();
    void spanish();

private:
    QString serverText() const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3")
            .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                m_scratch->name());
    }
    // Opens Settings ▸ Link to my clinic… and links with `password`: the dialog is left open on a
    // refusal (then *problem has its words), closed once linked.
    void linkThroughTheDialog(
        MainWindow &w, const QString &password, QString *problem = nullptr, const char *shot = nullptr);
    // Shows the window at Settings, links through the dialog and waits for the two readings of the
    // history to reach the server.
    void linkAndSendTheHistory(MainWindow &w)
    {
        w.resize(1600, 1000);
        w.show();
        w.showScreen(MainWindow::SettingsIndex);
        linkThroughTheDialog(w, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 2, 20000);
    }
    qint64 serverCount() const
    {
        QSqlQuery q(m_super->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM temperatures")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }
    static LinkStatusLine *statusAreaLine(MainWindow &w)
    {
        return w.statusBar()->findChild<LinkStatusLine *>(QStringLiteral("linkStatusLine"));
    }
    static QString sectionWords(MainWindow &w)
    {
        return child<QLabel>(w.settingsScreen(), "linkStatusText")->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_db;
    QString m_login;
    qint64 m_patient = 0;
    qint64 m_serverMaria = 0;
};

void TestLinkSection::initTestCase()
{
    guitest::useOwnSettings(QStringLiteral("tst_linksection"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!test::onPostgres())
        QSKIP(
            "The link goes to a clinic's PostgreSQL: run as tst_linksection with NC_TEST_ENGINE=postgresql");
    const QString keyring = test::startKeyring(m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_serverMaria = *PatientRepository(*m_super).add({ 0, QStringLiteral("Maria Lopez"), std::nullopt });
    m_login = m_scratch->login(QStringLiteral("maria"));
    QVERIFY(!ServerAdmin(*m_super).addUser(LoginKind::Patient, m_login, kPassword, m_serverMaria));
    QCOMPARE(PatientSettingsRepository(*m_super).save(m_serverMaria, PatientSettings {}), std::nullopt);
}

void TestLinkSection::init()
{
    QSqlQuery wipe(m_super->connection());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM temperatures")));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria Lopez"), std::nullopt });
    PatientSettings settings;
    settings.clinicName = QStringLiteral("Riverside Oncology");
    settings.inHoursNumber = QStringLiteral("020 7946 0001");
    QCOMPARE(PatientSettingsRepository(*m_db).save(m_patient, settings), std::nullopt);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 2; ++i)
        QVERIFY(TemperatureRepository(*m_db)
                    .add({ 0, m_patient,
                        { now.addSecs(-3600 * (i + 1)),
                            *Temperature::fromInput(37.0 + i / 10.0, TemperatureUnit::Celsius) },
                        {} })
                    .ok());
}

void TestLinkSection::cleanup()
{
    m_db.reset();
}

void TestLinkSection::linkThroughTheDialog(
    MainWindow &w, const QString &password, QString *problem, const char *shot)
{
    bool filled = false;
    onNextDialog([&](QDialog *d) {
        QCOMPARE(d->objectName(), QStringLiteral("linkDialog"));
        QStringList problems;
        QVERIFY(guitest::accessibilityProblems(d, QStringLiteral("link dialog"), &problems) >= 7);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTest::keyClicks(child<QLineEdit>(d, "linkServer"), serverText());
        QTest::keyClicks(child<QLineEdit>(d, "linkLogin"), m_login);
        QTest::keyClicks(child<QLineEdit>(d, "linkPassword"), password);
        // The safest check is the default; each weaker one is named as less safe on the form. The
        // test server has no TLS, so the least safe is chosen, as a clinic without certificates must.
        auto *checking = child<QComboBox>(d, "linkChecking");
        auto *safety = child<QLabel>(d, "linkSafety");
        QCOMPARE(checking->currentIndex(), 0);
        QVERIFY(safety->isHidden());
        checking->setCurrentIndex(1);
        QVERIFY(safety->isVisibleTo(d) && safety->text().startsWith(QLatin1String("Less safe")));
        checking->setCurrentIndex(2);
        QVERIFY(safety->text().startsWith(QLatin1String("Least safe")));
        QVERIFY(child<QRadioButton>(d, "linkKeyring")->isChecked());
        QTest::mouseClick(child<QPushButton>(d, "linkButton"), Qt::LeftButton);
        auto *said = child<QLabel>(d, "linkProblem");
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible() || child<QLineEdit>(d, "linkPassword")->isEnabled(), 20000);
        if (problem && d->isVisible()) {
            *problem = said->text();
            // Nothing typed is lost: everything is still there to correct.
            QCOMPARE(child<QLineEdit>(d, "linkPassword")->text(), password);
            QCOMPARE(child<QLineEdit>(d, "linkServer")->text(), serverText());
            if (shot)
                saveShot(d, shot);
            d->reject();
        }
        filled = true;
    });
    QTest::mouseClick(child<QPushButton>(w.settingsScreen(), "linkToClinic"), Qt::LeftButton);
    QVERIFY(filled);
}

void TestLinkSection::linkingFromSettings()
{
    MainWindow w(*m_db);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(!statusAreaLine(w)->isVisible()); // not linked: nothing in the status area
    w.showScreen(MainWindow::SettingsIndex);
    QCOMPARE(sectionWords(w), QStringLiteral("Not linked to a clinic: everything stays on this computer."));
    QVERIFY(child<QPushButton>(w.settingsScreen(), "linkToClinic")->isVisible());
    QVERIFY(!child<QPushButton>(w.settingsScreen(), "linkUnlink")->isVisible());

    QString problem;
    linkThroughTheDialog(w, QStringLiteral("not the password"), &problem, "link-dialog-refused");
    QVERIFY2(problem.startsWith(QLatin1String("The clinic refused the login.")), qPrintable(problem));
    QVERIFY(!SyncLinkRepository(*m_db).get(m_patient));

    linkThroughTheDialog(w, kPassword);
    QVERIFY(SyncLinkRepository(*m_db).get(m_patient));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 2, 20000);
    QTRY_COMPARE(sectionWords(w), QStringLiteral("Linked to Riverside Oncology — last sent just now"));
    QVERIFY(statusAreaLine(w)->isVisible());
    QCOMPARE(statusAreaLine(w)->accessibleName(), sectionWords(w));
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("is linked to the clinic")));
    QVERIFY(!child<QPushButton>(w.settingsScreen(), "linkToClinic")->isVisible());
    QVERIFY(child<QPushButton>(w.settingsScreen(), "linkSendNow")->isVisible());
    QStringList problems;
    QVERIFY(guitest::accessibilityProblems(
                child<QWidget>(w.settingsScreen(), "linkSection"), QStringLiteral("link section"), &problems)
        >= 2);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The password is in the keyring, not in the file nor in libpq's password file.
    QFile raw(m_db->path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(kPassword.toUtf8()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pgpass"))));
    w.statusBar()->clearMessage();
    saveShot(w.settingsScreen(), "link-settings");
}

void TestLinkSection::theStatusLineInEachState()
{
    MainWindow w(*m_db);
    linkAndSendTheHistory(w);
    LinkStatusLine *line = statusAreaLine(w);
    QTRY_COMPARE(line->words().line, QStringLiteral("Linked to Riverside Oncology — last sent just now"));
    w.statusBar()->clearMessage();
    saveShot(w.statusBar(), "link-status-fine");

    // The server out of reach: what is logged waits, and the line says since when.
    QSqlQuery local(m_db->connection());
    const QString reachable = SyncLinkRepository(*m_db).get(m_patient)->server;
    local.prepare(QStringLiteral("UPDATE sync_links SET server = ?"));
    local.addBindValue(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=%1 sslmode=disable").arg(m_login));
    QVERIFY(local.exec());
    for (int i = 0; i < 3; ++i)
        QVERIFY(TemperatureRepository(*m_db)
                    .add({ 0, m_patient,
                        { QDateTime::currentDateTimeUtc().addSecs(-60 * i),
                            *Temperature::fromInput(37.2, TemperatureUnit::Celsius) },
                        {} })
                    .ok());
    w.session().notifyChanged();
    QTRY_VERIFY2_WITH_TIMEOUT(
        line->words().line.startsWith(QStringLiteral("3 entries waiting to be sent — no connection since ")),
        qPrintable(line->words().line), 20000);
    QVERIFY(!line->toolTip().isEmpty()); // the server's own words, for whoever wants them
    w.statusBar()->clearMessage();
    saveShot(w.statusBar(), "link-status-waiting");

    // The clinic changed the password: only a new login mends it.
    local.prepare(QStringLiteral("UPDATE sync_links SET server = ?"));
    local.addBindValue(reachable);
    QVERIFY(local.exec());
    QSqlQuery admin(m_super->connection());
    QVERIFY(admin.exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'changed by the clinic'").arg(m_login)));
    child<QPushButton>(w.settingsScreen(), "linkSendNow")->click();
    QTRY_COMPARE_WITH_TIMEOUT(line->words().line,
        QStringLiteral("The clinic refused the login: ask your nurse for a new one."), 20000);
    QVERIFY(child<QLabel>(w.settingsScreen(), "linkStatusDetail")
                ->text()
                .contains(QLatin1String("authentication failed")));
    // Mended by linking again with the new login.
    QCOMPARE(child<QPushButton>(w.settingsScreen(), "linkToClinic")->text(),
        QStringLiteral("Link &again with a new login…"));
    QVERIFY(child<QPushButton>(w.settingsScreen(), "linkToClinic")->isVisible());
    w.statusBar()->clearMessage();
    saveShot(w.statusBar(), "link-status-refused");
    saveShot(w.settingsScreen(), "link-settings-refused");
    QVERIFY(
        admin.exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'")
                       .arg(m_login, QString(kPassword).replace(QLatin1Char('\''), QLatin1String("''")))));

    // With the right password again, the three readings go, in one pass.
    child<QPushButton>(w.settingsScreen(), "linkSendNow")->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 5, 20000);
    QTRY_COMPARE(line->words().level, linkstatus::Level::Fine);
}

void TestLinkSection::unlinkingAsksAndKeepsEverything()
{
    MainWindow w(*m_db);
    linkAndSendTheHistory(w);
    // "Cancel" keeps the link.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QPushButton>(w.settingsScreen(), "linkUnlink")->click();
    QCOMPARE(MessageBox::lastQuestion().title, QStringLiteral("Unlink from the clinic"));
    QVERIFY(SyncLinkRepository(*m_db).get(m_patient));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(w.settingsScreen(), "linkUnlink")->click();
    QVERIFY(!SyncLinkRepository(*m_db).get(m_patient));
    QCOMPARE(sectionWords(w), QStringLiteral("Not linked to a clinic: everything stays on this computer."));
    QVERIFY(!statusAreaLine(w)->isVisible());
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("the clinic keeps its copy")));
    QCOMPARE(
        TemperatureRepository(*m_db)
            .between(m_patient, QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc())
            .size(),
        2);
}

void TestLinkSection::spanish()
{
    language::apply(QStringLiteral("es"));
    const auto english = qScopeGuard([] { language::apply(QStringLiteral("en")); });
    MainWindow w(*m_db);
    w.resize(1600, 1000);
    w.show();
    w.showScreen(MainWindow::SettingsIndex);
    const QString notLinked = sectionWords(w);
    QVERIFY(!notLinked.isEmpty());
    QVERIFY(notLinked != QStringLiteral("Not linked to a clinic: everything stays on this computer."));
    onNextDialog([&](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "linkServer"), serverText());
        QTest::keyClicks(child<QLineEdit>(d, "linkLogin"), m_login);
        QTest::keyClicks(child<QLineEdit>(d, "linkPassword"), kPassword);
        child<QComboBox>(d, "linkChecking")->setCurrentIndex(1);
        saveShot(d, "link-dialog-es");
        child<QComboBox>(d, "linkChecking")->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(d, "linkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 20000);
    });
    QTest::mouseClick(child<QPushButton>(w.settingsScreen(), "linkToClinic"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 2, 20000);
    QTRY_COMPARE(statusAreaLine(w)->words().level, linkstatus::Level::Fine);
    QVERIFY(statusAreaLine(w)->words().line.contains(QLatin1String("Riverside Oncology")));
    QVERIFY(!statusAreaLine(w)->words().line.contains(QLatin1String("Linked to")));
    w.statusBar()->clearMessage();
    saveShot(w.settingsScreen(), "link-settings-es");
    saveShot(w.statusBar(), "link-status-es");
}

void TestLinkSection::theClinicsValuesReachToday()
{
    MainWindow w(*m_db);
    linkAndSendTheHistory(w);
    w.showScreen(MainWindow::TodayIndex);
    auto *card = child<QFrame>(w.today(), "clinicUpdate");
    QVERIFY(!card->isVisible()); // nothing from the clinic yet

    // The nurse sets the clinic's values and, on a call, gives advice.
    PatientSettingsRepository server(*m_super);
    PatientSettings marias = server.get(m_serverMaria);
    marias.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
    marias.outOfHoursNumber = QStringLiteral("020 7946 0999");
    marias.baselineAnc = 1200;
    QCOMPARE(server.save(m_serverMaria, marias), std::nullopt);
    TriageCall call;
    call.patientId = m_serverMaria;
    call.at = QDateTime::currentDateTimeUtc().addSecs(-300);
    call.report.temperatures.append(
        { call.at.addSecs(-600), *Temperature::fromInput(37.9, TemperatureUnit::Celsius), true });
    call.level = Level::Recheck;
    call.protocolId = QStringLiteral("us-idsa");
    call.advice = QStringLiteral("Take your temperature again at 10 and ring us if it is 38 or more.");
    QVERIFY(TriageStore(*m_super).addCall(call).ok());
    child<QPushButton>(w.settingsScreen(), "linkSendNow")->click();

    auto *text = child<QLabel>(card, "clinicUpdateText");
    QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), 20000);
    // A pass may read the values before the call was saved: the next one brings the advice beside them.
    QTRY_VERIFY_WITH_TIMEOUT(text->text().contains(QStringLiteral("Advice from your nurse")), 20000);
    QVERIFY2(text->text().startsWith(QLatin1String("Updated by your clinic on ")), qPrintable(text->text()));
    QVERIFY2(
        text->text().contains(QLatin1String(
            ": your fever protocol, the evenings and weekends number and your usual level (baseline ANC).")),
        qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("Advice from your nurse: “%1”").arg(call.advice)));
    // Applied: what Today, the charts and the documents use now.
    QCOMPARE(w.session().settings().protocol.id, QStringLiteral("uk-37.5"));
    QCOMPARE(w.session().settings().outOfHoursNumber, QStringLiteral("020 7946 0999"));
    QCOMPARE(w.session().settings().inHoursNumber, QStringLiteral("020 7946 0001")); // left as it was
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(card, "clinicUpdateDetails")->click();
    QCOMPARE(MessageBox::lastQuestion().title, QStringLiteral("What your clinic changed"));
    QVERIFY2(MessageBox::lastQuestion().text.contains(
                 QStringLiteral("The evenings and weekends number: (not set) → 020 7946 0999")),
        qPrintable(MessageBox::lastQuestion().text));
    w.statusBar()->clearMessage();
    saveShot(&w, "today-clinic-update");
    language::apply(QStringLiteral("es"));
    {
        MainWindow spanish(*m_db);
        spanish.resize(1600, 1000);
        spanish.show();
        QVERIFY(child<QFrame>(spanish.today(), "clinicUpdate")->isVisible());
        saveShot(&spanish, "today-clinic-update-es");
    }
    language::apply(QStringLiteral("en"));

    // A protocol that fails a protocol file's checks: said on Today, nothing of it applied.
    QSqlQuery broken(m_super->connection());
    broken.prepare(
        QStringLiteral("UPDATE patient_settings SET protocol_json = ?, updated_ms = updated_ms + 10 "
                       "WHERE patient_id = ?"));
    broken.addBindValue(QStringLiteral(R"({"id": "clinic-x", "name": "Ours", "fever_single_c": 45.5})"));
    broken.addBindValue(m_serverMaria);
    QVERIFY(broken.exec());
    child<QPushButton>(w.settingsScreen(), "linkSendNow")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        text->text().startsWith(QLatin1String("The fever protocol from your clinic could not be used")),
        20000);
    QCOMPARE(w.session().settings().protocol.id, QStringLiteral("uk-37.5"));
    QVERIFY(!child<QPushButton>(card, "clinicUpdateDetails")->isVisible());
    QSqlQuery mended(m_super->connection());
    QVERIFY(mended.exec(QStringLiteral("UPDATE patient_settings SET protocol_json = NULL")));
}

QTEST_MAIN(TestLinkSection)
#include "tst_linksection.moc"

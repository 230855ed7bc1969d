// A caregiver in another house follows a patient (issue 19 "Caregivers who follow"), in a real
// MainWindow against the throwaway PostgreSQL the test command starts, with a real Secret Service
// and the recording notification server on the test's own session bus: File ▸ Follow someone adds
// the people the caregiver's login is linked to; they appear in "Looking after" marked "followed,
// read-only"; their window has Today, Charts and History from the server with no control that
// writes, and follows the server live (LISTEN/NOTIFY); their call-now reaches this desktop with
// their name and "from the clinic server, last update …"; and after 30 minutes without the server
// the view and a notification say so. NC_SCREENSHOT_DIR saves the documentation screenshots.
#include "../guitest.h"
#include "follow/followedwindow.h"
#include "follow/followservice.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "notificationrecorder.h"
#include "scratchdatabase.h"
#include "storage/serveradmin.h"
#include "testkeyring.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace nc;
using nc::guitest::child;
using nc::guitest::onNextDialog;
using nc::guitest::saveShot;

namespace {
const QString kPassword = QStringLiteral("looking after mum");
} // namespace

class TestFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followAFeverAndAStaleServer();

private:
    void addTemperature(int minutesAgo, double celsius)
    {
        TemperatureRecord r;
        r.patientId = m_serverMaria;
        r.reading = { QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo),
            *Temperature::fromInput(celsius, TemperatureUnit::Celsius) };
        QVERIFY(TemperatureRepository(*m_super).add(r).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<test::NotificationRecorder> m_notifications;
    QString m_login;
    qint64 m_serverMaria = 0;
};

void TestFollow::initTestCase()
{
    guitest::useOwnSettings(QStringLiteral("tst_follow"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!test::onPostgres())
        QSKIP("A followed person is on a clinic's PostgreSQL: run as tst_follow with "
              "NC_TEST_ENGINE=postgresql");
    const QString keyring = test::startKeyring(m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
    m_notifications = std::make_unique<test::NotificationRecorder>();
    QVERIFY2(m_notifications->start(), qPrintable(m_notifications->error()));
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    PatientRepository patients(*m_super);
    QVERIFY(patients.add({ 0, QStringLiteral("Someone else"), std::nullopt }).ok()); // never shown
    m_serverMaria = *patients.add({ 0, QStringLiteral("Maria Lopez"), std::nullopt });
    m_login = m_scratch->login(QStringLiteral("maria_son"));
    ServerAdmin admin(*m_super);
    QVERIFY(!admin.addUser(LoginKind::Caregiver, m_login, kPassword));
    QVERIFY(!admin.link(m_login, m_serverMaria));
    addTemperature(90, 37.2);
}

void TestFollow::followAFeverAndAStaleServer()
{
    Database local;
    QVERIFY(local.open(m_dir.filePath(QStringLiteral("caregiver.sqlite"))));
    QVERIFY(PatientRepository(local).add({ 0, QStringLiteral("Sam"), std::nullopt }).ok()); // their own
    MainWindow w(local);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(w.follows()->people().empty());

    onNextDialog([&](QDialog *d) {
        QCOMPARE(d->objectName(), QStringLiteral("followDialog"));
        QStringList problems;
        QVERIFY(guitest::accessibilityProblems(d, QStringLiteral("follow dialog"), &problems) >= 7);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTest::keyClicks(child<QLineEdit>(d, "linkServer"),
            QStringLiteral("host=%1 port=%2 dbname=%3")
                .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                    m_scratch->name()));
        QTest::keyClicks(child<QLineEdit>(d, "linkLogin"), m_login);
        QTest::keyClicks(child<QLineEdit>(d, "linkPassword"), kPassword);
        child<QComboBox>(d, "linkChecking")->setCurrentIndex(2); // the test server has no TLS
        saveShot(d, "follow-dialog");
        QTest::mouseClick(child<QPushButton>(d, "linkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 20000);
    });
    w.findChild<QAction *>(QStringLiteral("actionFollow"))->trigger();
    QCOMPARE(int(w.follows()->people().size()), 1); // Maria only: "Someone else" is not the login's
    QCOMPARE(w.follows()->people().front().follow.name, QStringLiteral("Maria Lopez"));
    // Read on the watching thread, not the window's.
    QTRY_VERIFY_WITH_TIMEOUT(w.follows()->people().front().state.lastRead.isValid(), 15000);
    QVERIFY(w.statusBar()->currentMessage().startsWith(QLatin1String("Following Maria Lopez, read-only")));
    // Nothing secret on this computer: the keyring has the password.
    QVERIFY(!QSettings().value(QStringLiteral("follows/1/server")).toString().contains(kPassword));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pgpass"))));

    auto *profiles = child<QComboBox>(&w, "profileSwitcher");
    QCOMPARE(profiles->count(), 2);
    QVERIFY2(profiles->itemText(1).startsWith(QStringLiteral("Maria Lopez — followed, read-only")),
        qPrintable(profiles->itemText(1)));

    // Her window: her screens from the server, with nothing that writes.
    w.openFollowed(0);
    auto *window = w.findChild<FollowedWindow *>(QStringLiteral("followedWindow"));
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY2(window->freshness().startsWith(QStringLiteral("From the clinic server — last update just now")),
        qPrintable(window->freshness()));
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("log_temperature")));
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("acknowledgeButton")));
    QCOMPARE(child<QLabel>(window->today(), "temperatureTileValue")->text(), QStringLiteral("37.2 °C"));

    // A fever on the server: the window follows live, and the call-now reaches this desktop.
    addTemperature(1, 38.6);
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QLabel>(window->today(), "temperatureTileValue")->text(), QStringLiteral("38.6 °C"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_notifications->notifies().isEmpty(), 15000);
    const test::NotifyCall call = m_notifications->notifies().last();
    QVERIFY2(call.summary.contains(QLatin1String("Maria Lopez")), qPrintable(call.summary));
    QVERIFY2(
        call.body.contains(QLatin1String("From the clinic server, last update ")), qPrintable(call.body));
    saveShot(window, "follow-window");
    if (!qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR")) {
        // The same person's window in Spanish (windows are built in the language, as WindowHost does).
        language::apply(QStringLiteral("es"));
        {
            QString problem;
            FollowedWindow spanish(*w.follows(), 0, w.follows()->connectForWindow(0, &problem),
                [] { return QDateTime::currentDateTime(); });
            spanish.show();
            QVERIFY(spanish.freshness().startsWith(QStringLiteral("Datos del servidor de la clínica")));
            saveShot(&spanish, "follow-window-es");
        }
        language::apply(QStringLiteral("en"));
    }
    {
        // The notification as the recording server received it, drawn for the documentation.
        QFrame shown;
        shown.setObjectName(QStringLiteral("capturedNotification"));
        shown.setStyleSheet(
            QStringLiteral("QFrame#capturedNotification { background: #2b2b2b; border-radius: 8px; } "
                           "QLabel { color: white; }"));
        auto *layout = new QVBoxLayout(&shown);
        auto *summary = new QLabel(call.summary, &shown);
        summary->setStyleSheet(QStringLiteral("font-weight: 600;"));
        layout->addWidget(summary);
        auto *body = new QLabel(call.body, &shown);
        body->setWordWrap(true);
        layout->addWidget(body);
        shown.resize(460, shown.heightForWidth(460) > 0 ? shown.heightForWidth(460) : 140);
        shown.show();
        saveShot(&shown, "follow-notification");
    }

    // The server out of reach for half an hour: said on the window and in a notification.
    QSqlQuery admin(m_super->connection());
    QVERIFY(admin.exec(QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(m_login)));
    QVERIFY(admin.exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
            .arg(m_login)));
    w.follows()->checkAll();
    QTRY_VERIFY_WITH_TIMEOUT(w.follows()->people().front().state.lostSince.isValid(), 15000);
    const QDateTime later = QDateTime::currentDateTime().addSecs(31 * 60);
    w.session().setClock([later] { return later; });
    const qsizetype before = m_notifications->notifies().size();
    w.follows()->checkAll();
    QTRY_VERIFY2_WITH_TIMEOUT(
        window->freshness().startsWith(QLatin1String("No connection to the clinic server for 31 minutes")),
        qPrintable(window->freshness()), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_notifications->notifies().size() > before, 15000);
    QCOMPARE(m_notifications->notifies().last().summary, QStringLiteral("No news of Maria Lopez"));
    QVERIFY2(
        profiles->itemData(1, Qt::AccessibleTextRole).toString().contains(QLatin1String("No connection")),
        qPrintable(profiles->itemData(1, Qt::AccessibleTextRole).toString()));
    saveShot(window, "follow-window-stale");
    QVERIFY(admin.exec(QStringLiteral("ALTER ROLE \"%1\" LOGIN").arg(m_login)));
}

QTEST_MAIN(TestFollow)
#include "tst_follow.moc"

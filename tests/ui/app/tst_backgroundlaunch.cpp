// The real neutrocare started as at login, `neutrocare --background` (issue 16), on a session bus of
// its own with a recording notification server: with a fever logged ten minutes earlier and not
// yet acknowledged, it opens no window and still puts the critical "call now" notification on the
// desktop, at once rather than a minute later.
#include "clinical/assessment.h"
#include "notificationrecorder.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

class TestBackgroundLaunch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithNoWindowAndStillNotifies();
};

void TestBackgroundLaunch::startsWithNoWindowAndStillNotifies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("patients.sqlite"));
    {
        Database db;
        QVERIFY(db.open(database));
        const auto patient = PatientRepository(db).add({ 0, QStringLiteral("Maria"), std::nullopt });
        QVERIFY(patient);
        QVERIFY(!PatientSettingsRepository(db).save(*patient, PatientSettings()));
        TemperatureRecord fever;
        fever.patientId = *patient;
        fever.reading = { QDateTime::currentDateTime().addSecs(-600),
            *Temperature::fromInput(38.6, TemperatureUnit::Celsius) };
        QVERIFY(TemperatureRepository(db).add(fever).ok());
    }

    test::NotificationRecorder server;
    QVERIFY2(server.start(), qPrintable(server.error()));

    // Its own HOME and XDG folders: the settings, the instance socket and the backups stay here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *folder : { "home", "config", "data", "cache", "tmp" })
        QVERIFY(QDir(dir.path()).mkpath(QString::fromLatin1(folder)));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("neutrocare.launch.info=true"));
    QProcess app;
    app.setProcessEnvironment(env);
    QString log;
    connect(&app, &QProcess::readyReadStandardError, this,
        [&] { log += QString::fromLocal8Bit(app.readAllStandardError()); });
    app.start(QStringLiteral(NC_APP_PATH),
        { QStringLiteral("--database"), database, QStringLiteral("--background") });
    QVERIFY(app.waitForStarted());
    const auto stop = qScopeGuard([&app] {
        app.kill();
        app.waitForFinished();
    });

    QTRY_VERIFY2_WITH_TIMEOUT(
        log.contains(QStringLiteral("started in the background: no window")), qPrintable(log), 30000);
    // Well inside the minute of the reminder timer: the check at start sent it.
    QTRY_VERIFY2_WITH_TIMEOUT(!server.notifies().isEmpty(), qPrintable(log), 30000);
    const test::NotifyCall call = server.notifies().first();
    QCOMPARE(call.appIcon, QStringLiteral(NEUTROCARE_APP_ID));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
    QCOMPARE(call.summary, levels::title(Level::CallNow));
    QVERIFY(call.actions.contains(QStringLiteral("contacted")));
    QCOMPARE(app.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestBackgroundLaunch)
#include "tst_backgroundlaunch.moc"

// Backups from the running app, driven through the real main window offscreen: the daily backup
// on an injected clock (one a day, 14 kept), File ▸ Back up now, and File ▸ Restore from backup…
// with its list of dates and sizes, the confirmation, the reload of the session, and a bad backup
// that leaves the dialog open and the data as it was.
#include "../guitest.h"
#include "app/backupservice.h"
#include "app/recordcommands.h"
#include "backup/restoredialog.h"
#include "mainwindow/mainwindow.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace nc;

namespace {

// Runs `act` on the next modal dialog once it is shown; the test continues after exec() returns.
void onNextDialog(std::function<void(QDialog *)> act)
{
    QTimer::singleShot(0, [act] {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr);
        act(dialog);
        // A failed check above returns early: never leave a modal dialog blocking the test.
        if (dialog->isVisible())
            dialog->reject();
    });
}

template<class T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void saveShot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("NC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dailyBackupWhileRunning();
    void backUpNowFromTheMenu();
    void restoreFromTheMenu();
    void badBackupKeepsTheDialogOpen();

private:
    void logTemperature(MainWindow &w, double celsius);
    int temperatures() { return TemperatureRepository(*m_db).count(m_patient); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_patient = 0;
    QDateTime m_now;
};

void TestRestoreDialog::initTestCase()
{
    guitest::useOwnSettings(QStringLiteral("NeutroCareTest"));
    Theme::apply(*qApp, false);
}

void TestRestoreDialog::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("w%1/neutrocare.sqlite").arg(++n))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    m_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::OffsetFromUTC, 3600);
}

void TestRestoreDialog::cleanup()
{
    m_db.reset();
}

void TestRestoreDialog::logTemperature(MainWindow &w, double celsius)
{
    TemperatureRecord r { 0, m_patient, { m_now, *Temperature::fromInput(celsius, TemperatureUnit::Celsius) },
        {} };
    QVERIFY(pushIfDone(
        w.session(), new AddRecordCommand<TemperatureRecord>(w.session(), r, QStringLiteral("Log")))
                .isEmpty());
}

void TestRestoreDialog::dailyBackupWhileRunning()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    BackupService *service = w.backups();
    service->backUpIfDue();
    QCOMPARE(service->backups().size(), 1);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("backed up")));
    // The hourly check on the same day makes no second copy.
    m_now = m_now.addSecs(5 * 3600);
    service->backUpIfDue();
    QCOMPARE(service->backups().size(), 1);
    // A new day, a new backup; after three weeks the newest 14 remain.
    for (int day = 1; day <= 21; ++day) {
        m_now = m_now.addDays(1);
        service->backUpIfDue();
    }
    const auto list = service->backups();
    QCOMPARE(list.size(), BackupManager::kKeep);
    QCOMPARE(list.first().created, m_now.toUTC());
}

void TestRestoreDialog::backUpNowFromTheMenu()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.findChild<QAction *>(QStringLiteral("actionBackUpNow"))->trigger();
    w.findChild<QAction *>(QStringLiteral("actionBackUpNow"))->trigger();
    // Two on the same day: "Back up now" always makes one.
    QCOMPARE(w.backups()->backups().size(), 2);
    QVERIFY(BackupManager::check(w.backups()->backups().first().path).ok);
}

void TestRestoreDialog::restoreFromTheMenu()
{
    MainWindow w(*m_db);
    w.show();
    w.session().setClock([this] { return m_now; });
    logTemperature(w, 37.0);
    QVERIFY(w.backups()->backUpNow().ok());
    m_now = m_now.addDays(1);
    logTemperature(w, 38.6);
    QCOMPARE(temperatures(), 2);
    QCOMPARE(w.session().undoStack()->count(), 2);

    // First the person changes their mind at the confirmation: nothing happens.
    onNextDialog([](QDialog *d) {
        auto *dialog = qobject_cast<RestoreDialog *>(d);
        QVERIFY(dialog);
        auto *list = child<QListWidget>(d, "backupList");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("2026")), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("KiB")), qPrintable(list->item(0)->text()));
        saveShot(d, "restore-dialog");
        QString asked;
        dialog->setConfirm([&asked](const QString &question) {
            asked = question;
            return false;
        });
        QTest::mouseClick(child<QPushButton>(d, "restoreButton"), Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("saved first")));
        QVERIFY(d->isVisible());
        QTest::mouseClick(child<QPushButton>(d, "cancelButton"), Qt::LeftButton);
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(temperatures(), 2);

    // Then they confirm: the data is as it was, the session reloaded and its undo history gone.
    onNextDialog([](QDialog *d) {
        qobject_cast<RestoreDialog *>(d)->setConfirm([](const QString &) { return true; });
        QTest::mouseClick(child<QPushButton>(d, "restoreButton"), Qt::LeftButton);
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(temperatures(), 1);
    QCOMPARE(w.session().patientId(), m_patient);
    QCOMPARE(w.session().undoStack()->count(), 0);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("restored")));
    // What was there before the restore is the newest backup, with both readings.
    const auto list = w.backups()->backups();
    QCOMPARE(list.size(), 2);
    Database before;
    QVERIFY(before.open(list.first().path));
    QCOMPARE(TemperatureRepository(before).count(m_patient), 2);
}

void TestRestoreDialog::badBackupKeepsTheDialogOpen()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    logTemperature(w, 37.0);
    const auto made = w.backups()->backUpNow();
    QVERIFY(made.ok());
    QFile f(*made);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("gone bad on the disk");
    f.close();

    RestoreDialog dialog(*w.backups(), &w);
    dialog.setConfirm([](const QString &) { return true; });
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(
        dialog.errorText().contains(QStringLiteral("Nothing was changed")), qPrintable(dialog.errorText()));
    QVERIFY(m_db->isOpen());
    QCOMPARE(temperatures(), 1);
    QCOMPARE(w.backups()->backups().size(), 1); // no safety copy needed: nothing was touched
}

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"

// Backups from the running app, driven through the real main window offscreen: the daily backup
// on an injected clock (one a day, 14 kept), File ▸ Back up now, and File ▸ Restore from backup…
// with its list of dates and sizes, the confirmation, the reload of the session, and a bad backup
// that leaves the dialog open and the data as it was.
#include "../guitest.h"
#include "app/backupservice.h"
#include "app/recordcommands.h"
#include "backup/restoredialog.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using guitest::child;
using guitest::onNextDialog;

namespace {

// Picks `path` in a file dialog and accepts it, as a click in its list would. QFileDialog::
// selectFile() leaves the file-name box alone while that box has the keyboard focus (the person may
// be typing there), and whether it has it by then depends on the window system's timing: on some
// machines nothing was chosen and the dialog stayed open.
void choose(QFileDialog *chooser, const QString &path)
{
    if (QWidget *focused = chooser->focusWidget())
        focused->clearFocus();
    chooser->selectFile(path);
    QVERIFY2(!chooser->selectedFiles().isEmpty(), qPrintable(path));
    static_cast<QDialog *>(chooser)->accept();
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
    void confirmationSaysWhatEachProfileLoses_data();
    void confirmationSaysWhatEachProfileLoses();
    void restoreOneProfileFromTheMenu();
    void backUpToAFolderAndRestoreFromTheFile();

private:
    void logTemperature(MainWindow &w, double celsius);
    void addReadings(qint64 patient, int count);
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
        guitest::saveShot(d, "restore-dialog");
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(d, "restoreButton"), Qt::LeftButton);
        const QString asked = MessageBox::lastQuestion().text;
        QVERIFY(asked.contains(QStringLiteral("saved first")));
        QVERIFY(d->isVisible());
        QTest::mouseClick(child<QPushButton>(d, "cancelButton"), Qt::LeftButton);
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(temperatures(), 2);

    // Then they confirm: the data is as it was, the session reloaded and its undo history gone.
    onNextDialog([](QDialog *d) {
        QVERIFY(qobject_cast<RestoreDialog *>(d));
        MessageBox::setNextAnswer(QMessageBox::Yes);
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
    MessageBox::setNextAnswer(QMessageBox::Yes); // were the person asked, they would restore
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::discardAnswers(), 1); // refused before any question
    QVERIFY(dialog.isVisible());
    QVERIFY2(
        dialog.errorText().contains(QStringLiteral("Nothing was changed")), qPrintable(dialog.errorText()));
    QVERIFY(m_db->isOpen());
    QCOMPARE(temperatures(), 1);
    QCOMPARE(w.backups()->backups().size(), 1); // no safety copy needed: nothing was touched
}

void TestRestoreDialog::addReadings(qint64 patient, int count)
{
    Transaction tx(*m_db);
    for (int i = 0; i < count; ++i) {
        TemperatureRecord r { 0, patient,
            { m_now.addSecs(-60 * i), *Temperature::fromInput(36.8, TemperatureUnit::Celsius) }, {} };
        QVERIFY(TemperatureRepository(*m_db).add(r).ok());
    }
    QCOMPARE(tx.commit(), QString());
}

void TestRestoreDialog::confirmationSaysWhatEachProfileLoses_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<QSize>("window");
    QTest::newRow("en") << QStringLiteral("en") << false << QSize(1600, 1000);
    QTest::newRow("en-large") << QStringLiteral("en") << true << QSize(1366, 768);
    QTest::newRow("es") << QStringLiteral("es") << false << QSize(1600, 1000);
    QTest::newRow("es-large") << QStringLiteral("es") << true << QSize(1366, 768);
}

void TestRestoreDialog::confirmationSaysWhatEachProfileLoses()
{
    QFETCH(QString, language);
    QFETCH(bool, largeText);
    QFETCH(QSize, window);
    // The window is built in the language, as WindowHost does.
    language::apply(language);
    Theme::apply(*qApp, largeText);
    const auto restoreLook = qScopeGuard([] {
        language::apply(QStringLiteral("en"));
        Theme::apply(*qApp, false);
    });

    // Three profiles; since the backup, 55 readings for Dad only.
    const qint64 mom = *PatientRepository(*m_db).add({ 0, QStringLiteral("Mom (Carmen)"), std::nullopt });
    const qint64 dad = *PatientRepository(*m_db).add({ 0, QStringLiteral("Dad (José)"), std::nullopt });
    addReadings(mom, 3);
    MainWindow w(*m_db);
    w.resize(window);
    w.show();
    w.session().setClock([this] { return m_now; });
    QVERIFY(w.backups()->backUpNow().ok());
    const BackupInfo backup = w.backups()->backups().first();
    m_now = m_now.addDays(1);
    addReadings(dad, 55);

    QString asked;
    const QByteArray shot = "restore-confirmation-" + QByteArray(QTest::currentDataTag());
    onNextDialog([&](QDialog *d) {
        auto *scope = child<QComboBox>(d, "restoreScope");
        QVERIFY(scope->isVisible());
        scope->setCurrentIndex(0); // every profile
        guitest::saveShot(d, ("restore-dialog-" + QByteArray(QTest::currentDataTag())).constData());
        onNextDialog([&](QDialog *box) {
            QCOMPARE(box->objectName(), QStringLiteral("restoreConfirmation"));
            asked = qobject_cast<QMessageBox *>(box)->text();
            guitest::saveShot(box, shot.constData());
            box->reject(); // the person changes their mind
        });
        QTest::mouseClick(child<QPushButton>(d, "restoreButton"), Qt::LeftButton);
        QVERIFY(d->isVisible());
        d->reject();
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();

    // In every language: the copy's local date, the number of profiles, who loses how many.
    QVERIFY2(asked.contains(RestoreDialog::when(backup.created)), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String(" 3 ")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("55 ")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("Dad (José)")), qPrintable(asked));
    // Only Dad loses anything.
    QVERIFY2(!asked.contains(QStringLiteral("Mom (Carmen)")), qPrintable(asked));
    if (language == QLatin1String("en")) {
        QVERIFY2(asked.contains(QStringLiteral("This replaces all 3 profiles with the copy of %1.")
                                    .arg(RestoreDialog::when(backup.created))),
            qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("made or changed since then, in Dad (José), will be lost.")),
            qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("55 record")));
        QVERIFY(asked.contains(QStringLiteral("made automatically before a restore")));
    }
    QCOMPARE(TemperatureRepository(*m_db).count(dad), 55);
    QCOMPARE(w.backups()->backups().size(), 1);
}

void TestRestoreDialog::restoreOneProfileFromTheMenu()
{
    const qint64 dad = *PatientRepository(*m_db).add({ 0, QStringLiteral("Dad (José)"), std::nullopt });
    MainWindow w(*m_db);
    w.show();
    w.session().setClock([this] { return m_now; });
    addReadings(m_patient, 2);
    QVERIFY(w.backups()->backUpNow().ok());
    m_now = m_now.addDays(1);
    // Maria's data since the backup is a mistake; Dad's is not.
    addReadings(m_patient, 4);
    addReadings(dad, 6);

    QString asked;
    onNextDialog([&](QDialog *d) {
        auto *scope = child<QComboBox>(d, "restoreScope");
        scope->setCurrentIndex(scope->findData(m_patient));
        onNextDialog([&](QDialog *box) {
            asked = qobject_cast<QMessageBox *>(box)->text();
            QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(d, "restoreButton"), Qt::LeftButton);
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();

    QVERIFY2(asked.contains(QStringLiteral("This replaces the data of Maria with the copy of")),
        qPrintable(asked));
    QVERIFY(asked.contains(QStringLiteral("The other profiles stay as they are.")));
    QVERIFY2(asked.contains(QStringLiteral("4 records made or changed since then, in Maria, will be lost.")),
        qPrintable(asked));
    QVERIFY2(!asked.contains(QStringLiteral("Dad")), qPrintable(asked));
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 2);
    QCOMPARE(TemperatureRepository(*m_db).count(dad), 6);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("restored")));

    // The copy made on the way is listed as what it is.
    RestoreDialog dialog(*w.backups(), &w);
    auto *list = child<QListWidget>(&dialog, "backupList");
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("made automatically before a restore")),
        qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(1)->text().contains(QStringLiteral("automatically")));
}

void TestRestoreDialog::backUpToAFolderAndRestoreFromTheFile()
{
    MainWindow w(*m_db);
    w.show();
    w.session().setClock([this] { return m_now; });
    addReadings(m_patient, 1);
    QTemporaryDir stick;
    onNextDialog([&](QDialog *d) {
        auto *chooser = qobject_cast<QFileDialog *>(d);
        QVERIFY(chooser);
        chooser->setDirectory(stick.path());
        choose(chooser, stick.path());
    });
    w.findChild<QAction *>(QStringLiteral("actionBackUpTo"))->trigger();
    const QStringList written = QDir(stick.path()).entryList({ QStringLiteral("*.sqlite") }, QDir::Files);
    QCOMPARE(written.size(), 1);
    const QString copy = QDir(stick.path()).filePath(written.first());
    QVERIFY(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(copy)));
    QVERIFY(w.backups()->backups().isEmpty()); // not one of the rolling backups

    addReadings(m_patient, 3);
    onNextDialog([&](QDialog *d) {
        auto *chooser = qobject_cast<QFileDialog *>(d);
        QVERIFY(chooser);
        choose(chooser, copy);
        onNextDialog([](QDialog *restore) {
            QCOMPARE(child<QListWidget>(restore, "backupList")->count(), 1);
            QVERIFY(qobject_cast<RestoreDialog *>(restore));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(child<QPushButton>(restore, "restoreButton"), Qt::LeftButton);
        });
    });
    w.findChild<QAction *>(QStringLiteral("actionRestoreFromFile"))->trigger();
    QVERIFY2(MessageBox::lastQuestion().text.contains(
                 QStringLiteral("3 records made or changed since then, in Maria")),
        qPrintable(MessageBox::lastQuestion().text));
    QCOMPARE(temperatures(), 1);

    // A file that is no NeutroCare database is refused before anything is offered.
    const QString junk = QDir(stick.path()).filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("holiday photos");
    f.close();
    QString refused;
    // The file is chosen through the dialogs' seam: the real file dialog is driven above, and its own
    // accept() waits on its file model, so the refusal's poll could find it still open under load.
    FileDialog::setNextAnswer(junk);
    onNextDialog([&](QDialog *box) {
        QCOMPARE(box->objectName(), QStringLiteral("fileRefused"));
        refused = qobject_cast<QMessageBox *>(box)->text();
        box->accept();
    });
    w.findChild<QAction *>(QStringLiteral("actionRestoreFromFile"))->trigger();
    QVERIFY2(refused.contains(QStringLiteral("cannot be restored")), qPrintable(refused));
    QCOMPARE(temperatures(), 1);
}

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"

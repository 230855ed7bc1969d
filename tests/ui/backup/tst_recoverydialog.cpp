// Start-up with a database that will not open, driven offscreen: the message in plain words, the
// latest good backup offered and restored, a bad file refused with the dialog kept open, a newer
// database offered no restore, and Quit leaving everything as it was — never an empty database.
#include "../guitest.h"
#include "backup/recoverydialog.h"
#include "storage/repositories.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

template<class T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

void overwriteMiddle(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 4 * 4096);
    f.seek(2 * 4096);
    f.write(QByteArray(4096, '\xA5'));
}

} // namespace

class TestRecoveryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(*qApp, false); }
    void init();
    void restoresTheLatestGoodBackup();
    void refusesABadFileAndStaysOpen();
    void withoutBackupsOffersAnotherFile();
    void newerDatabaseOffersNoRestore();
    void quitChangesNothing();

private:
    // A database with patients and two daily backups, the newest of them damaged.
    void prepare(bool damageTheNewestBackup = true);
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    BackupManager backups()
    {
        return BackupManager(m_path, [this] { return m_now; });
    }
};

void TestRecoveryDialog::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("r%1/neutrocare.sqlite").arg(++n));
    m_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
}

void TestRecoveryDialog::prepare(bool damageTheNewestBackup)
{
    Database db;
    QVERIFY(db.open(m_path));
    Transaction tx(db);
    for (int i = 0; i < 200; ++i)
        QVERIFY(PatientRepository(db).add({ 0, QStringLiteral("before %1").arg(i), std::nullopt }).ok());
    QCOMPARE(tx.commit(), QString());
    auto manager = backups();
    QVERIFY(manager.backUp(db).ok());
    m_now = m_now.addDays(1);
    const auto newest = manager.backUp(db);
    QVERIFY(newest.ok());
    QVERIFY(PatientRepository(db).add({ 0, QStringLiteral("after"), std::nullopt }).ok());
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.close();
    if (damageTheNewestBackup)
        overwriteMiddle(*newest);
    overwriteMiddle(m_path);
}

void TestRecoveryDialog::restoresTheLatestGoodBackup()
{
    prepare();
    const QByteArray damaged = hashOf(m_path);
    Database db;
    QVERIFY(!db.open(m_path));
    m_now = m_now.addDays(1);
    DatabaseRecovery recovery(db, backups());
    QVERIFY(recovery.canRestore());
    QVERIFY(recovery.latestGood());
    QCOMPARE(
        recovery.latestGood()->created, QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)); // the good one

    RecoveryDialog dialog(recovery);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(&dialog, "headline")->text(), recovery.headline());
    const QString words = child<QLabel>(&dialog, "explanation")->text();
    QVERIFY2(words.contains(QStringLiteral("Nothing has been changed")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("has been checked and is good")));
    QVERIFY(!words.contains(QStringLiteral("SQLITE")));
    auto *restore = child<QPushButton>(&dialog, "restoreLatestButton");
    QVERIFY(restore && restore->isVisible() && !restore->accessibleName().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "quitButton"));
    guitest::saveShot(&dialog, "recovery-damaged");

    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(db.isOpen());
    QCOMPARE(PatientRepository(db).all().size(), 200);
    // The damaged file was kept aside, byte for byte.
    const auto kept = QDir(backups().folder()).entryInfoList({ QStringLiteral("*.damaged") });
    QCOMPARE(kept.size(), 1);
    QCOMPARE(hashOf(kept.first().absoluteFilePath()), damaged);
}

void TestRecoveryDialog::refusesABadFileAndStaysOpen()
{
    prepare();
    const QByteArray damaged = hashOf(m_path);
    Database db;
    QVERIFY(!db.open(m_path));
    DatabaseRecovery recovery(db, backups());
    RecoveryDialog dialog(recovery);
    const QString bad = m_dir.filePath(QStringLiteral("holiday-photo.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10000, 'p'));
    f.close();
    FileDialog::setNextAnswer(bad);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreOtherButton"), Qt::LeftButton);
    QCOMPARE(FileDialog::lastQuestion().title, QStringLiteral("Choose a NeutroCare backup"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be used")), qPrintable(dialog.errorText()));
    QVERIFY(!db.isOpen());
    QCOMPARE(hashOf(m_path), damaged);

    // Cancelling the file chooser does nothing either.
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreOtherButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(hashOf(m_path), damaged);
}

void TestRecoveryDialog::withoutBackupsOffersAnotherFile()
{
    prepare();
    const auto list = backups().backups();
    const QString elsewhere = m_dir.filePath(QStringLiteral("usb-copy.sqlite"));
    QVERIFY(QFile::copy(list.last().path, elsewhere)); // the good, older backup
    for (const auto &b : list)
        QVERIFY(QFile::remove(b.path));

    Database db;
    QVERIFY(!db.open(m_path));
    DatabaseRecovery recovery(db, backups());
    QVERIFY(!recovery.latestGood());
    RecoveryDialog dialog(recovery);
    FileDialog::setNextAnswer(elsewhere);
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, "restoreLatestButton"));
    QVERIFY(child<QLabel>(&dialog, "explanation")->text().contains(QStringLiteral("No good backup")));
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreOtherButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(db.isOpen());
    QCOMPARE(PatientRepository(db).all().size(), 200);
}

void TestRecoveryDialog::newerDatabaseOffersNoRestore()
{
    {
        Database db;
        QVERIFY(db.open(m_path));
        QVERIFY(backups().backUp(db).ok());
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
    }
    const QByteArray before = hashOf(m_path);
    Database db;
    QVERIFY(!db.open(m_path));
    DatabaseRecovery recovery(db, backups());
    QVERIFY(!recovery.canRestore());
    RecoveryDialog dialog(recovery);
    dialog.show();
    QVERIFY(recovery.explanation().contains(QStringLiteral("newer version")));
    QVERIFY(!child<QPushButton>(&dialog, "restoreLatestButton"));
    QVERIFY(!child<QPushButton>(&dialog, "restoreOtherButton"));
    QTest::mouseClick(child<QPushButton>(&dialog, "quitButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(hashOf(m_path), before);
}

void TestRecoveryDialog::quitChangesNothing()
{
    prepare(false);
    const QByteArray before = hashOf(m_path);
    const auto backupsBefore = backups().backups().size();
    Database db;
    QVERIFY(!db.open(m_path));
    DatabaseRecovery recovery(db, backups());
    RecoveryDialog dialog(recovery);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "quitButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!db.isOpen());
    QCOMPARE(hashOf(m_path), before);
    QCOMPARE(backups().backups().size(), backupsBefore);
}

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"

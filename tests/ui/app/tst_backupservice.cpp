// The daily backup while the app runs (BackupService), on both engines (issue 17): a patient's own
// file is backed up once a day; a clinic server is backed up by its administrator with pg_dump, so a
// computer connected to one makes no copy and reports no failure.
#include "../../core/storage/scratchdatabase.h"
#include "app/backupservice.h"
#include "app/session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

class TestBackupService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dailyBackupOnItsOwnFileOnly();
};

void TestBackupService::dailyBackupOnItsOwnFileOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::ScratchDatabase scratch(dir.filePath(QStringLiteral("daily.sqlite")));
    QVERIFY2(!scratch.where().isEmpty(), qPrintable(scratch.error()));
    {
        Database db;
        QVERIFY2(db.open(scratch.where()), qPrintable(db.errorString()));
        QVERIFY(PatientRepository(db).add({ 0, QStringLiteral("Ana"), std::nullopt }).ok());
        Session session(db);
        BackupService service(session);
        QSignalSpy made(&service, &BackupService::backedUp);
        QSignalSpy failed(&service, &BackupService::failed);
        service.backUpIfDue();
        service.backUpIfDue(); // once a day, not once a call
        QCOMPARE(failed.size(), 0);
        if (test::onPostgres()) {
            QCOMPARE(made.size(), 0);
            QCOMPARE(db.engine(), Engine::PostgreSQL);
        } else {
            QCOMPARE(made.size(), 1);
            QCOMPARE(service.backups().size(), 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"

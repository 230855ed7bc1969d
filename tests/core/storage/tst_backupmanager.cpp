// Rolling backups on real files with an injected clock: one a day, pruning to 14, the checks that
// refuse damaged and newer files (and Database::open refusing the same files untouched), and a
// restore that backs up the current database first and leaves it as it was when the backup is bad.
#include "chmodspy.h"
#include "storage/backupmanager.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList patientNames(Database &db)
{
    QStringList names;
    for (const auto &p : PatientRepository(db).all())
        names << p.name;
    names.sort();
    return names;
}

QStringList patientNamesIn(const QString &path)
{
    Database db;
    return db.open(path) ? patientNames(db) : QStringList { QStringLiteral("<unreadable>") };
}

void addPatients(Database &db, const QString &prefix, int count)
{
    // One transaction for the lot: a fixture need not pay a disk sync per row.
    Transaction tx(db.connection());
    for (int i = 0; i < count; ++i)
        QVERIFY(
            PatientRepository(db).add({ 0, QStringLiteral("%1 %2").arg(prefix).arg(i), std::nullopt }).ok());
    QVERIFY(tx.commit());
}

// A healthy database with enough rows to span several pages, closed and checkpointed.
void makeDatabase(const QString &path, int patients = 300)
{
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    addPatients(db, QStringLiteral("patient"), patients);
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The ways a database file is found broken: each must be refused by check() and by open().
enum class Damage { Empty, Truncated, RandomBytes, BadPage, Newer, NotNeutroCare };

void damage(const QString &path, Damage kind)
{
    switch (kind) {
    case Damage::Empty:
        writeFile(path, {});
        break;
    case Damage::Truncated: {
        makeDatabase(path);
        const QByteArray bytes = readFile(path);
        writeFile(path, bytes.left(bytes.size() / 2 + 100));
        break;
    }
    case Damage::RandomBytes: {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (auto &b : bytes)
            b = char(gen.bounded(256));
        writeFile(path, bytes);
        break;
    }
    case Damage::BadPage: {
        makeDatabase(path);
        QByteArray bytes = readFile(path);
        // A b-tree page in the middle overwritten, the header left intact so SQLite opens it.
        const qsizetype page = 4096;
        QVERIFY(bytes.size() > 4 * page);
        for (qsizetype i = 2 * page; i < 3 * page; ++i)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        break;
    }
    case Damage::Newer: {
        makeDatabase(path, 1);
        const QString name = QStringLiteral("newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        break;
    }
    case Damage::NotNeutroCare: {
        const QString name = QStringLiteral("other");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (data BLOB)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        break;
    }
    }
}

} // namespace

class TestBackupManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void backUpMakesAnOwnerOnlyCheckedCopy();
    void anExistingBackupFolderKeepsItsMode();
    void oneADay();
    void keepsTheNewestFourteen();
    void listsOnlyFinishedBackupsOfThisDatabase();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void restoreBacksUpTheCurrentDatabaseFirst();
    void restoreOfABadBackupChangesNothing();
    void restoreOverADamagedClosedFile();
    void restoredFileIsOwnerOnlyFromItsFirstByte();
    void latestGoodSkipsDamagedBackups();
    void restoreRefusesADatabaseOpenElsewhere();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    BackupManager::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TestBackupManager::init()
{
    static int n = 0;
    const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++n));
    QDir().mkpath(folder);
    m_path = folder + QStringLiteral("/neutrocare.sqlite");
    m_now = QDateTime(QDate(2026, 3, 10), QTime(8, 30, 15), Qt::UTC);
}

void TestBackupManager::backUpMakesAnOwnerOnlyCheckedCopy()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatients(db, QStringLiteral("Maria"), 1);
    BackupManager backups(m_path, clock());
    const auto made = backups.backUp(db);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(QFileInfo(*made).fileName(), QStringLiteral("neutrocare-20260310T083015Z.sqlite"));
    QCOMPARE(QFileInfo(*made).absolutePath(), QFileInfo(m_path).absolutePath() + QStringLiteral("/backups"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFile::permissions(backups.folder()) & others));
    QVERIFY(!(QFile::permissions(*made) & others));
    QVERIFY(BackupManager::check(*made).ok);
    QCOMPARE(BackupManager::check(*made).schemaVersion, Database::kSchemaVersion);
    QCOMPARE(patientNamesIn(*made), QStringList { QStringLiteral("Maria 0") });

    const auto list = backups.backups();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().path, *made);
    QCOMPARE(list.first().created, m_now);
    QCOMPARE(list.first().size, QFileInfo(*made).size());

    // A second backup in the same second takes the next free name instead of failing.
    const auto again = backups.backUp(db);
    QVERIFY(again.ok());
    QCOMPARE(QFileInfo(*again).fileName(), QStringLiteral("neutrocare-20260310T083016Z.sqlite"));
}

void TestBackupManager::anExistingBackupFolderKeepsItsMode()
{
    // Made by the person, shared with their group: not NeutroCare's to change (DESIGN.md).
    Database db;
    QVERIFY(db.open(m_path));
    BackupManager backups(m_path, clock());
    QVERIFY(QDir().mkdir(backups.folder()));
    const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    QVERIFY(QFile::setPermissions(backups.folder(), shared));
    const auto made = backups.backUp(db);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    // The *User flags say what this process may do, not the mode: left out of the comparison.
    const auto mode
        = ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFile::permissions(backups.folder()) & mode, shared);
    QCOMPARE(QFile::permissions(*made) & mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestBackupManager::oneADay()
{
    Database db;
    QVERIFY(db.open(m_path));
    BackupManager backups(m_path, clock());
    QVERIFY(backups.isDue());
    const auto first = backups.backUpIfDue(db);
    QVERIFY(first.ok() && !first->isEmpty());
    QVERIFY(!backups.isDue());
    m_now = m_now.addSecs(14 * 3600); // 22:30 UTC, same day
    const auto later = backups.backUpIfDue(db);
    QVERIFY(later.ok() && later->isEmpty());
    m_now = m_now.addSecs(2 * 3600); // 00:30 the next day
    QVERIFY(backups.isDue());
    const auto next = backups.backUpIfDue(db);
    QVERIFY(next.ok() && !next->isEmpty());
    QCOMPARE(backups.backups().size(), 2);
}

void TestBackupManager::keepsTheNewestFourteen()
{
    Database db;
    QVERIFY(db.open(m_path));
    BackupManager backups(m_path, clock());
    const QDateTime start = m_now;
    for (int day = 0; day < 20; ++day) {
        m_now = start.addDays(day);
        QVERIFY(backups.backUpIfDue(db).ok());
        QCOMPARE(backups.backups().size(), qMin(day + 1, BackupManager::kKeep));
    }
    const auto list = backups.backups();
    QCOMPARE(list.size(), BackupManager::kKeep);
    QCOMPARE(list.first().created, start.addDays(19));
    QCOMPARE(list.last().created, start.addDays(20 - BackupManager::kKeep));
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), BackupManager::kKeep);
}

void TestBackupManager::listsOnlyFinishedBackupsOfThisDatabase()
{
    Database db;
    QVERIFY(db.open(m_path));
    BackupManager backups(m_path, clock());
    QVERIFY(backups.backUp(db).ok());
    // An interrupted copy, another database's backup and a stray file are not backups of this one.
    writeFile(backups.folder() + QStringLiteral("/neutrocare-20260311T000000Z.sqlite.partial"), "half");
    writeFile(backups.folder() + QStringLiteral("/other-20260312T000000Z.sqlite"), "x");
    writeFile(backups.folder() + QStringLiteral("/notes.txt"), "x");
    const auto list = backups.backups();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().created, m_now);
}

void TestBackupManager::refusesBrokenFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("zero-length") << int(Damage::Empty) << QStringLiteral("empty");
    QTest::newRow("truncated") << int(Damage::Truncated) << QStringLiteral("damaged");
    QTest::newRow("random bytes") << int(Damage::RandomBytes) << QStringLiteral("not a NeutroCare database");
    QTest::newRow("bad page") << int(Damage::BadPage) << QStringLiteral("damaged");
    QTest::newRow("newer schema") << int(Damage::Newer) << QStringLiteral("newer version");
    QTest::newRow("not NeutroCare") << int(Damage::NotNeutroCare)
                                    << QStringLiteral("not a NeutroCare database");
}

void TestBackupManager::refusesBrokenFiles()
{
    QFETCH(int, kind);
    QFETCH(QString, says);
    damage(m_path, Damage(kind));
    const QByteArray before = hashOf(m_path);

    const FileCheck verdict = BackupManager::check(m_path);
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.problem.contains(says), qPrintable(verdict.problem));
    QCOMPARE(hashOf(m_path), before);

    // Opening for use refuses it too, names the problem, and leaves the file as it was: never an
    // empty database in its place. (A foreign SQLite file is the one Database::open adopts by design:
    // it has user_version 0, like a NeutroCare file from before the first schema.)
    if (Damage(kind) == Damage::NotNeutroCare)
        return;
    Database db;
    QVERIFY(!db.open(m_path));
    QVERIFY(!db.errorString().isEmpty());
    QCOMPARE(
        db.problem(), Damage(kind) == Damage::Newer ? Database::Problem::Newer : Database::Problem::Damaged);
    QCOMPARE(hashOf(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal"))
        || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
}

void TestBackupManager::restoreBacksUpTheCurrentDatabaseFirst()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatients(db, QStringLiteral("before"), 2);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(db);
    QVERIFY(backup.ok());
    // Written after the backup and still only in the WAL: restoring must neither lose it from the
    // safety copy nor replay it onto the restored file.
    addPatients(db, QStringLiteral("after"), 3);
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);

    m_now = m_now.addSecs(60);
    QString safety;
    const auto error = backups.restore(*backup, &db, &safety);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QVERIFY(db.isOpen());
    QCOMPARE(patientNames(db), (QStringList { QStringLiteral("before 0"), QStringLiteral("before 1") }));
    QVERIFY(!safety.isEmpty());
    QCOMPARE(patientNamesIn(safety).size(), 5);
    QCOMPARE(backups.backups().size(), 2);
    QCOMPARE(backups.backups().first().path, safety);
    QVERIFY(!(QFile::permissions(m_path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    // The restored database takes new entries as usual.
    addPatients(db, QStringLiteral("new"), 1);
    QCOMPARE(patientNames(db).size(), 3);
}

void TestBackupManager::restoreOfABadBackupChangesNothing()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatients(db, QStringLiteral("kept"), 2);
    BackupManager backups(m_path, clock());
    const QString bad = m_dir.filePath(QStringLiteral("bad-backup.sqlite"));
    damage(bad, Damage::BadPage);
    const QString newer = m_dir.filePath(QStringLiteral("newer-backup.sqlite"));
    damage(newer, Damage::Newer);

    for (const QString &backup : { bad, newer, m_dir.filePath(QStringLiteral("missing.sqlite")), m_path }) {
        const auto error = backups.restore(backup, &db);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("Nothing was changed")), qPrintable(*error));
        QVERIFY(db.isOpen());
        QCOMPARE(patientNames(db), (QStringList { QStringLiteral("kept 0"), QStringLiteral("kept 1") }));
    }
    QVERIFY(backups.backups().isEmpty()); // nothing was even backed up: the check came first
}

void TestBackupManager::restoreOverADamagedClosedFile()
{
    Database healthy;
    QVERIFY(healthy.open(m_path));
    addPatients(healthy, QStringLiteral("good"), 1);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(healthy);
    QVERIFY(backup.ok());
    healthy.close();

    damage(m_path, Damage::Truncated);
    const QByteArray damagedBytes = readFile(m_path);
    Database db;
    QVERIFY(!db.open(m_path));
    m_now = m_now.addDays(1);
    QString safety;
    const auto error = backups.restore(*backup, &db, &safety);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QVERIFY(db.isOpen());
    QCOMPARE(patientNames(db), QStringList { QStringLiteral("good 0") });
    // The damaged bytes are kept aside, out of the list of usable backups.
    QVERIFY(safety.endsWith(QStringLiteral(".damaged")));
    QCOMPARE(readFile(safety), damagedBytes);
    QCOMPARE(backups.backups().size(), 1);
}

void TestBackupManager::restoredFileIsOwnerOnlyFromItsFirstByte()
{
    Database healthy;
    QVERIFY(healthy.open(m_path));
    addPatients(healthy, QStringLiteral("good"), 1);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(healthy);
    QVERIFY(backup.ok());
    healthy.close();
    QVERIFY(QFile::remove(m_path));

    // No database to take the mode from, and umask 0: the copy would be 0666 until chmodded.
    const mode_t umaskBefore = ::umask(0);
    const auto restore = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
    nc::test::chmodded().clear();
    const auto error = backups.restore(*backup, nullptr);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(nc::test::modeOf(m_path), QStringLiteral("0600"));
    QVERIFY2(!nc::test::chmodded().contains(m_path), qPrintable(nc::test::chmodded().join(QLatin1Char(' '))));
    QCOMPARE(patientNamesIn(m_path), QStringList { QStringLiteral("good 0") });
}

void TestBackupManager::latestGoodSkipsDamagedBackups()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatients(db, QStringLiteral("p"), 300);
    BackupManager backups(m_path, clock());
    const auto older = backups.backUp(db);
    m_now = m_now.addDays(1);
    const auto newer = backups.backUp(db);
    QVERIFY(older.ok() && newer.ok());
    QCOMPARE(backups.latestGood()->path, *newer);
    damage(*newer, Damage::Empty);
    QCOMPARE(backups.latestGood()->path, *older);
    damage(*older, Damage::RandomBytes);
    QVERIFY(!backups.latestGood());
}

void TestBackupManager::restoreRefusesADatabaseOpenElsewhere()
{
    qint64 patient = 0;
    QString backup;
    {
        Database db;
        QVERIFY(db.open(m_path));
        patient = *PatientRepository(db).add({ 0, QStringLiteral("Maria"), std::nullopt });
        const auto made = BackupManager(m_path, clock()).backUp(db);
        QVERIFY(made.ok());
        backup = *made;
    }
    // Another process (the running app, say) has it open: swapping the file from under it would
    // lose what it writes next.
    QProcess writer;
    writer.start(QStringLiteral(NC_CRASHWRITER_PATH), { m_path, QString::number(patient) });
    QVERIFY(writer.waitForReadyRead(10000));
    m_now = m_now.addSecs(60);
    const auto error = BackupManager(m_path, clock()).restore(backup, nullptr);
    writer.kill();
    writer.waitForFinished();
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("open in another program")), qPrintable(*error));
    Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(TemperatureRepository(db).count(patient) > 0); // the writer's entries are still there

    // Once it has closed, the restore goes ahead.
    db.close();
    const auto done = BackupManager(m_path, clock()).restore(backup, nullptr);
    QVERIFY2(!done, done ? qPrintable(*done) : "");
    QVERIFY(db.open(m_path));
    QCOMPARE(TemperatureRepository(db).count(patient), 0);
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"

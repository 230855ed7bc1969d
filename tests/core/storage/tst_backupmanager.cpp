// Rolling backups on real files with an injected clock: one a day, pruning to 14, the checks that
// refuse damaged and newer files (and Database::open refusing the same files untouched), and a
// restore that backs up the current database first and leaves it as it was when the backup is bad.
// SQLite only: backups of NeutroCare's own files; a server is backed up with pg_dump (server init
// takes one before an upgrade: tst_serverroles).
#include "chmodspy.h"
#include "dbfixtures.h"
#include "storage/backupmanager.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
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
    Transaction tx(db);
    for (int i = 0; i < count; ++i)
        QVERIFY(
            PatientRepository(db).add({ 0, QStringLiteral("%1 %2").arg(prefix).arg(i), std::nullopt }).ok());
    QCOMPARE(tx.commit(), QString());
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

qint64 addPatient(Database &db, const QString &name)
{
    return *PatientRepository(db).add({ 0, name, std::nullopt });
}

// `count` readings for a profile, one a minute from `first`, straight into the table: what the
// comparison counts is rows, whatever screen made them.
void addReadings(Database &db, qint64 patient, int count, qint64 first = 1'700'000'000'000)
{
    Transaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO temperatures (uuid, updated_ms, patient_id, time_ms, celsius, "
                       "entered_value, entered_unit, site) VALUES (lower(hex(randomblob(16))), 0, ?, ?, "
                       "37.0, 37.0, 'C', 'oral')"));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(patient);
        q.addBindValue(first + i * 60'000);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(tx.commit(), QString());
}

int scalar(Database &db, const QString &sql, qint64 patient)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(patient);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int readings(Database &db, qint64 patient)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM temperatures WHERE patient_id = ?"), patient);
}

const ProfileChange *changeFor(const QList<ProfileChange> &changes, qint64 id)
{
    for (const auto &change : changes) {
        if (change.patientId == id)
            return &change;
    }
    return nullptr;
}

// The ways a database file is found broken: each must be refused by check() and by open(). The
// fixtures are the committed files of tests/data/db, copied.
enum class Damage {
    Empty,
    Truncated,
    RandomBytes,
    BadPage,
    Newer,
    NotNeutroCare,
    DamagedFixture,
    NewerFixture
};

void damage(const QString &path, Damage kind)
{
    using namespace nc::testdata::dbfixtures;
    switch (kind) {
    case Damage::DamagedFixture:
    case Damage::NewerFixture:
        writeFile(path,
            readFile(QStringLiteral(NC_TEST_DATA_DIR "/db/")
                + QString::fromLatin1(kind == Damage::DamagedFixture ? kDamagedFile : kNewerFile)));
        QVERIFY(QFileInfo(path).size() > 0);
        break;
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
    void restoreOverADamagedClosedFile_data();
    void restoreOverADamagedClosedFile();
    void restoredFileIsOwnerOnlyFromItsFirstByte();
    void latestGoodSkipsDamagedBackups();
    void restoreRefusesADatabaseOpenElsewhere();
    void compareCountsWhatARestoreUndoes();
    void restoreOneProfileLeavesTheOthers();
    void restoreOneProfileKeepsAnIdTakenSince();
    void restoreOneProfileAbsentFromTheBackupChangesNothing();
    void backUpToAChosenFolder();
    void describesAChosenFile();

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
    QTest::newRow("damaged fixture") << int(Damage::DamagedFixture) << QStringLiteral("damaged");
    QTest::newRow("newer fixture") << int(Damage::NewerFixture) << QStringLiteral("newer version");
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
    const bool newer = Damage(kind) == Damage::Newer || Damage(kind) == Damage::NewerFixture;
    QCOMPARE(db.problem(), newer ? Database::Problem::Newer : Database::Problem::Damaged);
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
    // The safety copy says what it is; the backup restored from does not.
    QVERIFY(backups.backups().first().beforeRestore);
    QVERIFY(!backups.backups().last().beforeRestore);
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

void TestBackupManager::restoreOverADamagedClosedFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("truncated") << int(Damage::Truncated);
    QTest::newRow("damaged fixture") << int(Damage::DamagedFixture);
}

void TestBackupManager::restoreOverADamagedClosedFile()
{
    QFETCH(int, kind);
    Database healthy;
    QVERIFY(healthy.open(m_path));
    addPatients(healthy, QStringLiteral("good"), 1);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(healthy);
    QVERIFY(backup.ok());
    healthy.close();

    damage(m_path, Damage(kind));
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

void TestBackupManager::compareCountsWhatARestoreUndoes()
{
    Database db;
    QVERIFY(db.open(m_path));
    const qint64 mom = addPatient(db, QStringLiteral("Mom (Carmen)"));
    const qint64 dad = addPatient(db, QStringLiteral("Dad (José)"));
    const qint64 aunt = addPatient(db, QStringLiteral("Aunt (Rosa)"));
    addReadings(db, mom, 4);
    addReadings(db, dad, 10);
    addReadings(db, aunt, 3);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(db);
    QVERIFY(backup.ok());
    const QByteArray before = hashOf(*backup);

    // Since the backup: Dad has 55 new readings and one changed; Mom deleted one and changed her
    // unit; a new profile came with 2 readings; Aunt was deleted with her 3.
    addReadings(db, dad, 55, 1'800'000'000'000);
    QSqlQuery edit(db.connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE temperatures SET note = 'after lunch' WHERE id = "
                                     "(SELECT min(id) FROM temperatures WHERE patient_id = %1)")
                          .arg(dad)));
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM temperatures WHERE id = "
                                     "(SELECT min(id) FROM temperatures WHERE patient_id = %1)")
                          .arg(mom)));
    QVERIFY(edit.exec(QStringLiteral("INSERT OR REPLACE INTO patient_settings (patient_id, display_unit, "
                                     "updated_ms) VALUES (%1, 'F', 0)")
                          .arg(mom)));
    const qint64 ana = addPatient(db, QStringLiteral("Grandma (Ana)"));
    addReadings(db, ana, 2);
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM patients WHERE id = %1").arg(aunt)));

    const auto changes = BackupManager::compare(db, *backup);
    QVERIFY2(changes.ok(), changes ? "" : qPrintable(changes.error().message));
    QCOMPARE(changes->size(), 4);
    // Current profiles first, then those only the backup has.
    QCOMPARE(changes->last().patientId, aunt);

    const ProfileChange *d = changeFor(*changes, dad);
    QVERIFY(d);
    QCOMPARE(d->name, QStringLiteral("Dad (José)"));
    QVERIFY(d->inCurrent && d->inBackup);
    QCOMPARE(d->newerEntries, 56);
    QCOMPARE(d->deletedEntries, 0);
    QVERIFY(!d->settingsDiffer);

    const ProfileChange *m = changeFor(*changes, mom);
    QVERIFY(m);
    QCOMPARE(m->newerEntries, 0);
    QCOMPARE(m->deletedEntries, 1);
    QVERIFY(m->settingsDiffer);

    const ProfileChange *a = changeFor(*changes, ana);
    QVERIFY(a);
    QVERIFY(a->inCurrent && !a->inBackup);
    QCOMPARE(a->newerEntries, 2);

    const ProfileChange *r = changeFor(*changes, aunt);
    QVERIFY(r);
    QCOMPARE(r->name, QStringLiteral("Aunt (Rosa)"));
    QVERIFY(!r->inCurrent && r->inBackup);
    QCOMPARE(r->deletedEntries, 3);

    // Comparing only reads the backup.
    QCOMPARE(hashOf(*backup), before);
}

void TestBackupManager::restoreOneProfileLeavesTheOthers()
{
    Database db;
    QVERIFY(db.open(m_path));
    const qint64 mom = addPatient(db, QStringLiteral("Mom"));
    const qint64 dad = addPatient(db, QStringLiteral("Dad"));
    addReadings(db, mom, 4);
    addReadings(db, dad, 2);
    QSqlQuery edit(db.connection());
    QVERIFY(edit.exec(QStringLiteral(
        "INSERT INTO patient_settings (patient_id, display_unit, updated_ms) VALUES (%1, 'C', 0)")
                          .arg(mom)));
    QVERIFY(
        edit.exec(QStringLiteral("INSERT INTO symptoms (uuid, updated_ms, patient_id, time_ms, code) VALUES "
                                 "(lower(hex(randomblob(16))), 0, %1, 1, 'chills')")
                      .arg(mom)));
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(db);
    QVERIFY(backup.ok());
    const QByteArray before = hashOf(*backup);

    // Mom's data goes wrong (a bad import, say); Dad goes on logging.
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM temperatures WHERE patient_id = %1").arg(mom)));
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM symptoms WHERE patient_id = %1").arg(mom)));
    addReadings(db, mom, 7, 1'800'000'000'000);
    QVERIFY(edit.exec(
        QStringLiteral("UPDATE patient_settings SET display_unit = 'F' WHERE patient_id = %1").arg(mom)));
    QVERIFY(edit.exec(QStringLiteral("UPDATE patients SET name = 'Mum' WHERE id = %1").arg(mom)));
    addReadings(db, dad, 5, 1'800'000'000'000);

    m_now = m_now.addSecs(3600);
    QString safety;
    const auto error = backups.restoreProfile(*backup, db, mom, &safety);
    QVERIFY2(!error, error ? qPrintable(*error) : "");

    QCOMPARE(readings(db, mom), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM symptoms WHERE patient_id = ?"), mom), 1);
    QCOMPARE(scalar(db,
                 QStringLiteral("SELECT display_unit = 'C' FROM patient_settings WHERE patient_id = ?"), mom),
        1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT name = 'Mom' FROM patients WHERE id = ?"), mom), 1);
    QCOMPARE(readings(db, dad), 7);
    // Mom is now as in the backup, to the row; Dad's new entries are all still there.
    const auto changes = BackupManager::compare(db, *backup);
    QVERIFY(changes.ok());
    const ProfileChange *m = changeFor(*changes, mom);
    QVERIFY(m);
    QCOMPARE(m->newerEntries, 0);
    QCOMPARE(m->deletedEntries, 0);
    QVERIFY(!m->settingsDiffer);
    QCOMPARE(changeFor(*changes, dad)->newerEntries, 5);

    // What was there is kept, labelled as the copy made before a restore; the backup is untouched.
    QVERIFY(!safety.isEmpty());
    QCOMPARE(backups.backups().first().path, safety);
    QVERIFY(backups.backups().first().beforeRestore);
    Database kept;
    QVERIFY(kept.open(safety));
    QCOMPARE(readings(kept, mom), 7);
    QCOMPARE(hashOf(*backup), before);
}

void TestBackupManager::restoreOneProfileKeepsAnIdTakenSince()
{
    Database db;
    QVERIFY(db.open(m_path));
    const qint64 mom = addPatient(db, QStringLiteral("Mom"));
    const qint64 dad = addPatient(db, QStringLiteral("Dad"));
    addReadings(db, dad, 1);
    addReadings(db, mom, 2);
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(db);
    QVERIFY(backup.ok());
    // Mom's last reading, the highest id, is deleted; SQLite gives that id to Dad's next one.
    const int last = scalar(db, QStringLiteral("SELECT max(id) FROM temperatures WHERE patient_id = ?"), mom);
    QSqlQuery edit(db.connection());
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM temperatures WHERE id = %1").arg(last)));
    addReadings(db, dad, 1, 1'800'000'000'000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT patient_id FROM temperatures WHERE id = ?"), last), int(dad));

    const auto error = backups.restoreProfile(*backup, db, mom);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(readings(db, mom), 2);
    QCOMPARE(readings(db, dad), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT patient_id FROM temperatures WHERE id = ?"), last), int(dad));
}

void TestBackupManager::restoreOneProfileAbsentFromTheBackupChangesNothing()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatient(db, QStringLiteral("Mom"));
    BackupManager backups(m_path, clock());
    const auto backup = backups.backUp(db);
    QVERIFY(backup.ok());
    const qint64 newer = addPatient(db, QStringLiteral("Ana"));
    addReadings(db, newer, 3);

    const auto error = backups.restoreProfile(*backup, db, newer);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("Nothing was changed")), qPrintable(*error));
    QCOMPARE(readings(db, newer), 3);
    QCOMPARE(patientNames(db), (QStringList { QStringLiteral("Ana"), QStringLiteral("Mom") }));
    QCOMPARE(backups.backups().size(), 1); // no safety copy: nothing was touched
}

void TestBackupManager::backUpToAChosenFolder()
{
    Database db;
    QVERIFY(db.open(m_path));
    addPatients(db, QStringLiteral("p"), 2);
    const QString stick = QFileInfo(m_path).dir().filePath(QStringLiteral("usb-stick"));
    QVERIFY(QDir().mkpath(stick));
    writeFile(stick + QStringLiteral("/holiday.jpg"), "not ours");

    const auto made = BackupManager::backUpToFolder(db, stick);
    QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
    QCOMPARE(QFileInfo(*made).absolutePath(), QFileInfo(stick).absoluteFilePath());
    QVERIFY(QFileInfo(*made).fileName().startsWith(QStringLiteral("neutrocare-")));
    QVERIFY(BackupManager::check(*made).ok);
    QCOMPARE(patientNamesIn(*made).size(), 2);
    QCOMPARE(QFile::permissions(*made) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(readFile(stick + QStringLiteral("/holiday.jpg")), QByteArray("not ours"));
    // A second one in the same second gets a name of its own.
    const auto again = BackupManager::backUpToFolder(db, stick);
    QVERIFY(again.ok());
    QVERIFY(*again != *made);
    // The app's own rolling backups are not involved.
    QCOMPARE(BackupManager(m_path).backups().size(), 0);

    const auto gone = BackupManager::backUpToFolder(db, stick + QStringLiteral("/unplugged"));
    QVERIFY(!gone.ok());
    QVERIFY2(
        gone.error().message.contains(QStringLiteral("cannot be found")), qPrintable(gone.error().message));
}

void TestBackupManager::describesAChosenFile()
{
    makeDatabase(m_path, 1);
    const QString named
        = QFileInfo(m_path).dir().filePath(QStringLiteral("neutrocare-20261204T034000Z.sqlite"));
    QVERIFY(QFile::copy(m_path, named));
    const BackupInfo info = BackupManager::describeFile(named);
    QCOMPARE(info.created, QDateTime(QDate(2026, 12, 4), QTime(3, 40), Qt::UTC));
    QCOMPARE(info.size, QFileInfo(named).size());
    QVERIFY(!info.beforeRestore);
    // Any other name: the file's own time.
    const BackupInfo plain = BackupManager::describeFile(m_path);
    QCOMPARE(plain.created, QFileInfo(m_path).lastModified().toUTC());
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"

// The SQLite file on real files in a temporary folder: pragmas, permissions, migrations, the
// refused newer database, a damaged file, backups. The v1, damaged and newer files are the
// committed fixtures of tests/data/db, opened only as copies.
// SQLite only: these are a file's own safeguards (pragmas, permissions, the .bak before an upgrade);
// the server's counterparts are tst_serverdatabase and tst_serverroles.
#include "chmodspy.h"
#include "dbfixtures.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nc;
using nc::test::chmodded;
using nc::test::modeOf;
using nc::test::octal;
using namespace nc::testdata;
using namespace nc::testdata::dbfixtures;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
    return q.next() ? q.value(0) : QVariant();
}

// An empty SQLite file with the given user_version, as an older or newer app would leave it.
void makeFileWithVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A writable copy of a committed fixture in `folder`: the committed file is never opened in place.
QString copyOfFixture(const QString &folder, const char *name)
{
    const QString copy = folder + QLatin1Char('/') + QString::fromLatin1(name);
    QDir().mkpath(folder);
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(NC_TEST_DATA_DIR "/db/") + QString::fromLatin1(name), copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

// One kind's records read back by id, in the order they were stored: the file's ids count on from
// `nextId` across the profiles. Empty when every one is there, the same, and no other.
template<class Record>
QString differenceById(Database &db, qint64 patientId, const QList<Record> &expected, qint64 &nextId)
{
    const RecordRepository<Record> repository(db);
    if (repository.count(patientId) != expected.size())
        return QStringLiteral("%1 stored, %2 expected").arg(repository.count(patientId)).arg(expected.size());
    for (const Record &e : expected) {
        const qint64 id = nextId++;
        const std::optional<Record> stored = repository.get(id);
        if (!stored || stored->patientId != patientId || !same(e, *stored))
            return QStringLiteral("record %1 differs").arg(id);
    }
    return {};
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newFileIsSafe();
    void reopenIsIdempotent();
    void v1FixtureGetsIdentities();
    void migratesOldFileWithBackup();
    void v1FixtureReadsBackExactly();
    void refusesNewerFileUntouched();
    void refusesNewerFixtureUntouched();
    void refusesDamagedFixtureUntouched();
    void refusesNonDatabase();
    void backupIsAConsistentCopy();
    void existingFolderKeepsItsMode_data();
    void existingFolderKeepsItsMode();
    void createdFoldersAreOwnerOnly();
    void newFileIsOwnerOnlyFromItsFirstByte();
    void backupIsOwnerOnlyFromItsFirstByte();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::newFileIsSafe()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/new.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(db, "temp_store").toInt(), 2); // MEMORY: an import's statement journals stay off the disk
    QCOMPARE(pragma(db, "page_size").toInt(), 16384); // set before WAL mode fixed it
    QCOMPARE(pragma(db, "user_version").toInt(), Database::kSchemaVersion);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(QFile::permissions(path) & others));
    QVERIFY(!(QFile::permissions(m_dir.filePath(QStringLiteral("sub")))
        & (QFileDevice::ReadOther | QFileDevice::ExeOther)));
    QVERIFY(!QFile::exists(path + QStringLiteral(".v0.bak"))); // nothing to back up in a new file
}

void TestDatabase::reopenIsIdempotent()
{
    const QString path = m_dir.filePath(QStringLiteral("again.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "user_version").toInt(), Database::kSchemaVersion);
}

void TestDatabase::v1FixtureGetsIdentities()
{
    // Schema version 2 (issue 17): the upgrade of a v1 file backs it up first, gives every record a
    // UUID of its own and every row a change time, adds the tombstones, and keeps every index.
    const QString path = copyOfFixture(m_dir.filePath(QStringLiteral("fixture-v2")), kV1File);
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(Database::fileSchemaVersion(path + QStringLiteral(".v1.bak")), 1);
    QSqlQuery q(db.connection());
    const QStringList withUuid = { QStringLiteral("patients"), QStringLiteral("temperatures"),
        QStringLiteral("blood_counts"), QStringLiteral("symptoms"), QStringLiteral("treatments"),
        QStringLiteral("medicines"), QStringLiteral("antipyretic_doses"), QStringLiteral("alerts") };
    QSet<QString> uuids;
    int rows = 0;
    for (const QString &table : withUuid) {
        QVERIFY2(q.exec(QStringLiteral("SELECT uuid, updated_ms FROM %1").arg(table)), qPrintable(table));
        while (q.next()) {
            ++rows;
            const QString uuid = q.value(0).toString();
            QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(table + QLatin1Char(' ') + uuid));
            QCOMPARE(QUuid::fromString(uuid).version(), QUuid::Random);
            uuids.insert(uuid);
            QVERIFY(q.value(1).toLongLong() > 0);
        }
    }
    QVERIFY(rows > 10);
    QCOMPARE(uuids.size(), rows); // never two alike, across tables too
    for (const char *table : { "patient_settings", "preferences", "checklist_ticks" }) {
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE updated_ms > 0").arg(QLatin1String(table))));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tombstones")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name = "
                                  "'treatments_patient_kind_date'")));
    QVERIFY(q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());

    // A deletion leaves its record's identity behind.
    QVERIFY(q.exec(QStringLiteral("SELECT id, uuid, patient_id FROM temperatures LIMIT 1")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString uuid = q.value(1).toString();
    const qint64 patient = q.value(2).toLongLong();
    q.finish();
    QVERIFY(!TemperatureRepository(db).remove(id));
    QVERIFY(q.exec(QStringLiteral("SELECT table_name, uuid, patient_id FROM tombstones")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("temperatures"));
    QCOMPARE(q.value(1).toString(), uuid);
    QCOMPARE(q.value(2).toLongLong(), patient);
}

void TestDatabase::migratesOldFileWithBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    makeFileWithVersion(path, 0);
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "user_version").toInt(), Database::kSchemaVersion);
    const QString backup = path + QStringLiteral(".v0.bak");
    QVERIFY(QFile::exists(backup));
    // The backup is the old file, with its data.
    QCOMPARE(Database::fileSchemaVersion(backup), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT text FROM notes")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void TestDatabase::v1FixtureReadsBackExactly()
{
    // A v1 file as the app wrote it opens (upgraded, once there is a newer version) and every
    // profile, setting, preference, tick and record reads back as it was written, ids included.
    const QString path = copyOfFixture(m_dir.filePath(QStringLiteral("fixture-v1")), kV1File);
    QVERIFY(!path.isEmpty());
    QCOMPARE(Database::fileSchemaVersion(path), kV1Version);
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "user_version").toInt(), Database::kSchemaVersion);
    QCOMPARE(pragma(db, "quick_check").toString(), QStringLiteral("ok"));
    QCOMPARE(QFile::exists(path + QStringLiteral(".v%1.bak").arg(kV1Version)),
        Database::kSchemaVersion > kV1Version);

    const QList<Profile> expected = profiles();
    const QList<Patient> patients = PatientRepository(db).all();
    QCOMPARE(patients.size(), expected.size());
    qint64 next[7] = { 1, 1, 1, 1, 1, 1, 1 };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Profile &p = expected.at(i);
        const qint64 id = p.patient.id;
        QCOMPARE(patients.at(i).id, id);
        QCOMPARE(patients.at(i).name, p.patient.name);
        QCOMPARE(patients.at(i).birthYear, p.patient.birthYear);

        const PatientSettingsRepository settingsRepository(db);
        const PatientSettings settings = settingsRepository.get(id);
        QVERIFY(settings.protocol == p.settings.protocol);
        QCOMPARE(settings.clinicName, p.settings.clinicName);
        QCOMPARE(settings.inHoursNumber, p.settings.inHoursNumber);
        QCOMPARE(settings.outOfHoursNumber, p.settings.outOfHoursNumber);
        QCOMPARE(settings.displayUnit, p.settings.displayUnit);
        QCOMPARE(settings.language, p.settings.language);
        QCOMPARE(settings.clinicLlnAnc, p.settings.clinicLlnAnc);
        QCOMPARE(settings.baselineAnc, p.settings.baselineAnc);
        for (auto it = p.preferences.begin(); it != p.preferences.end(); ++it)
            QCOMPARE(settingsRepository.preference(id, it.key()), it.value());

        QMap<QDate, QStringList> ticked;
        for (const Tick &tick : p.ticks) {
            ticked[tick.date]; // a day with only unticked items reads back empty
            if (tick.ticked)
                ticked[tick.date] << tick.item;
        }
        for (auto it = ticked.begin(); it != ticked.end(); ++it) {
            it->sort();
            QCOMPARE(ChecklistRepository(db).tickedOn(id, it.key()), *it);
        }

        const RecordSet &r = p.records;
        for (const QString &why : { differenceById(db, id, r.temperatures, next[0]),
                 differenceById(db, id, r.bloodCounts, next[1]), differenceById(db, id, r.symptoms, next[2]),
                 differenceById(db, id, r.treatments, next[3]), differenceById(db, id, r.medicines, next[4]),
                 differenceById(db, id, r.antipyretics, next[5]), differenceById(db, id, r.alerts, next[6]) })
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("profile %1: %2").arg(id).arg(why)));
    }
}

void TestDatabase::refusesNewerFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    makeFileWithVersion(path, Database::kSchemaVersion + 1);
    const QByteArray before = hashOf(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesNewerFixtureUntouched()
{
    const QString path = copyOfFixture(m_dir.filePath(QStringLiteral("fixture-newer")), kNewerFile);
    QVERIFY(!path.isEmpty());
    QCOMPARE(Database::fileSchemaVersion(path), kNewerVersion);
    QVERIFY(kNewerVersion > Database::kSchemaVersion);
    const QByteArray before = hashOf(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::Newer);
    QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("data version %1").arg(kNewerVersion)),
        qPrintable(db.errorString()));
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    // The fixture is in WAL mode, as the app leaves its file: SQLite's read-only look at the version
    // leaves an empty -wal (and a -shm) beside it, which hold nothing of the data. A file in
    // rollback mode is left without one (refusesNewerFileUntouched).
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
        || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v%1.bak").arg(kNewerVersion)));
}

void TestDatabase::refusesDamagedFixtureUntouched()
{
    const QString path = copyOfFixture(m_dir.filePath(QStringLiteral("fixture-damaged")), kDamagedFile);
    QVERIFY(!path.isEmpty());
    const QByteArray before = hashOf(path);
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.problem(), Database::Problem::Damaged);
    QVERIFY2(db.errorString().contains(QStringLiteral("damaged"))
            || db.errorString().contains(QStringLiteral("could not be read")),
        qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("has not been changed")), qPrintable(db.errorString()));
    QCOMPARE(hashOf(path), before);
}

void TestDatabase::refusesNonDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.errorString().isEmpty());
    QCOMPARE(QFileInfo(path).size(), 8192);
}

void TestDatabase::backupIsAConsistentCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO patients (uuid, name, created_ms, updated_ms) VALUES ('u1', 'Maria', 0, 0)")));
    const QString copy = m_dir.filePath(QStringLiteral("live-backup.sqlite"));
    QString error;
    QVERIFY2(db.backupTo(copy, &error), qPrintable(error));
    Database restored;
    QVERIFY(restored.open(copy));
    QSqlQuery r(restored.connection());
    QVERIFY(r.exec(QStringLiteral("SELECT name FROM patients")) && r.next());
    QCOMPARE(r.value(0).toString(), QStringLiteral("Maria"));
    QVERIFY(!(QFile::permissions(copy) & QFileDevice::ReadOther));
    QVERIFY(!db.backupTo(copy, &error)); // never overwrites
}

void TestDatabase::existingFolderKeepsItsMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0755, a home folder") << 0755;
    QTest::newRow("1777, the system's temporary folder") << 01777;
    QTest::newRow("0750, shared with a group") << 0750;
}

void TestDatabase::existingFolderKeepsItsMode()
{
    QFETCH(int, mode);
    const QString folder = m_dir.filePath(QStringLiteral("shared%1").arg(mode, 0, 8));
    QVERIFY(QDir().mkdir(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(mode)), 0);
    QCOMPARE(modeOf(folder), octal(mode));

    const QString path = folder + QStringLiteral("/new.sqlite");
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO patients (uuid, name, created_ms, updated_ms) VALUES ('u1', 'Maria', 0, 0)")));
        QCOMPARE(modeOf(folder), octal(mode));
        // The database and its WAL and shared-memory files, while open: owner-only, exactly.
        QCOMPARE(modeOf(path), QStringLiteral("0600"));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), QStringLiteral("0600"));
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), QStringLiteral("0600"));
    }
    QCOMPARE(modeOf(folder), octal(mode));
    Database again;
    QVERIFY(again.open(path));
    QCOMPARE(modeOf(folder), octal(mode));
}

void TestDatabase::createdFoldersAreOwnerOnly()
{
    // Under umask 0 a folder made with the default mode would be 0777.
    const mode_t umaskBefore = ::umask(0);
    const auto restore = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
    const QString parentMode = modeOf(m_dir.path());
    chmodded().clear();
    Database db;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("made/here/new.sqlite"))), qPrintable(db.errorString()));
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("made"))), QStringLiteral("0700"));
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("made/here"))), QStringLiteral("0700"));
    QCOMPARE(modeOf(m_dir.path()), parentMode);
    QVERIFY2(chmodded().isEmpty(), qPrintable(chmodded().join(QLatin1Char(' '))));
}

void TestDatabase::newFileIsOwnerOnlyFromItsFirstByte()
{
    // Under umask 0 a file created with the default mode would be 0666; one that ends up 0600
    // without a chmod was created so, and was never readable by others.
    const mode_t umaskBefore = ::umask(0);
    const auto restore = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
    const QString path = m_dir.filePath(QStringLiteral("first-byte.sqlite"));
    chmodded().clear();
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO patients (uuid, name, created_ms, updated_ms) VALUES ('u1', 'Maria', 0, 0)")));
    QCOMPARE(modeOf(path), QStringLiteral("0600"));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), QStringLiteral("0600"));
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), QStringLiteral("0600"));
    QVERIFY2(!chmodded().contains(path), qPrintable(chmodded().join(QLatin1Char(' '))));
    QVERIFY2(!chmodded().contains(m_dir.path()), qPrintable(chmodded().join(QLatin1Char(' '))));
}

void TestDatabase::backupIsOwnerOnlyFromItsFirstByte()
{
    const QString path = m_dir.filePath(QStringLiteral("backed-up.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO patients (uuid, name, created_ms, updated_ms) VALUES ('u1', 'Maria', 0, 0)")));

    const mode_t umaskBefore = ::umask(0);
    const auto restore = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
    const QString copy = m_dir.filePath(QStringLiteral("backed-up-copy.sqlite"));
    chmodded().clear();
    QString error;
    QVERIFY2(db.backupTo(copy, &error), qPrintable(error));
    QCOMPARE(modeOf(copy), QStringLiteral("0600"));
    QVERIFY2(!chmodded().contains(copy), qPrintable(chmodded().join(QLatin1Char(' '))));
    QCOMPARE(Database::fileSchemaVersion(copy), Database::kSchemaVersion);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

// The SQLite file on real files in a temporary folder: pragmas, permissions, migrations, the
// refused newer database, a damaged file, backups.
#include "chmodspy.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using nc::test::chmodded;
using nc::test::modeOf;
using nc::test::octal;

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
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newFileIsSafe();
    void reopenIsIdempotent();
    void migratesOldFileWithBackup();
    void refusesNewerFileUntouched();
    void refusesDamagedFile();
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

void TestDatabase::refusesDamagedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        for (int i = 0; i < 200; ++i)
            q.exec(QStringLiteral("INSERT INTO patients (name, created_ms) VALUES ('patient %1', 0)").arg(i));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Scribble over the middle pages, keeping the header so SQLite still opens it.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8192);
    f.seek(4096 + 100);
    f.write(QByteArray(f.size() - 4096 - 200, '\x5a'));
    f.close();
    const QByteArray before = hashOf(path);

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("damaged"))
            || db.errorString().contains(QStringLiteral("could not be read")),
        qPrintable(db.errorString()));
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
    QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (name, created_ms) VALUES ('Maria', 0)")));
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
        QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (name, created_ms) VALUES ('Maria', 0)")));
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
    QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (name, created_ms) VALUES ('Maria', 0)")));
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
    QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (name, created_ms) VALUES ('Maria', 0)")));

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

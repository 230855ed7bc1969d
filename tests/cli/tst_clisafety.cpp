// neutrocare-cli backup | restore | check on real files: the exit codes of the CLI contract, a
// backup that restores, a damaged file named as such, and a bad backup that changes nothing.
// Files only: on a server backup, restore and check refuse, naming pg_dump, pg_restore and
// amcheck (tst_cli's rows).
#include "clirun.h"
#include "storage/backupmanager.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace nc;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    const auto run = nc::test::runCli(args);
    return { run.exitCode, QString::fromLocal8Bit(run.out), QString::fromLocal8Bit(run.err) };
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QStringList names(const QString &path)
{
    Database db;
    QStringList list;
    if (db.open(path)) {
        for (const auto &p : PatientRepository(db).all())
            list << p.name;
    }
    return list;
}

// The permission bits with the sticky and set-id ones, in octal as chmod takes them ("1777").
QString modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
}

void addPatient(const QString &path, const QString &name)
{
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(PatientRepository(db).add({ 0, name, std::nullopt }).ok());
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpListsTheCommands();
    void badArguments_data();
    void badArguments();
    void backupThenRestore();
    void backupToAFile();
    void checkNamesTheProblem();
    void restoreRefusesABadBackup();
    void newDatabaseLeavesItsFolderAlone_data();
    void newDatabaseLeavesItsFolderAlone();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSafety::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("c%1/neutrocare.sqlite").arg(++n));
    addPatient(m_db, QStringLiteral("Maria"));
}

void TestCliSafety::helpListsTheCommands()
{
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *command : { "backup --db", "restore --db", "check --db" })
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
}

void TestCliSafety::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString missing = QStringLiteral("/nonexistent/none.sqlite");
    QTest::newRow("backup without --db")
        << QStringList { QStringLiteral("backup") } << QStringLiteral("--db");
    QTest::newRow("backup of nothing") << QStringList { QStringLiteral("backup"), QStringLiteral("--db"),
        missing } << QStringLiteral("no such database");
    QTest::newRow("backup with a file") << QStringList { QStringLiteral("backup"), QStringLiteral("--db"),
        missing, QStringLiteral("x") } << QStringLiteral("takes no FILE");
    QTest::newRow("restore without file") << QStringList { QStringLiteral("restore"), QStringLiteral("--db"),
        missing } << QStringLiteral("expects one backup FILE");
    QTest::newRow("restore of nothing") << QStringList { QStringLiteral("restore"), QStringLiteral("--db"),
        missing, missing } << QStringLiteral("does not exist");
    QTest::newRow("check without --db") << QStringList { QStringLiteral("check") } << QStringLiteral("--db");
    QTest::newRow("check of nothing") << QStringList { QStringLiteral("check"), QStringLiteral("--db"),
        missing } << QStringLiteral("no such database");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("--bogus") }
                                    << QStringLiteral("bogus");
}

void TestCliSafety::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.out.isEmpty());
}

void TestCliSafety::backupThenRestore()
{
    const Run backup = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), m_db });
    QCOMPARE(backup.exitCode, 0);
    const QString file = backup.out.trimmed();
    QVERIFY2(QFileInfo(file).absolutePath() == QFileInfo(m_db).absolutePath() + QStringLiteral("/backups"),
        qPrintable(file));
    QVERIFY(BackupManager::check(file).ok);

    addPatient(m_db, QStringLiteral("Later"));
    QCOMPARE(names(m_db).size(), 2);
    const Run restore = runCli({ QStringLiteral("restore"), QStringLiteral("--db"), m_db, file });
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY(restore.out.contains(QStringLiteral("restored")));
    QCOMPARE(names(m_db), QStringList { QStringLiteral("Maria") });
    // The database it replaced was backed up first, with both people in it.
    const auto list = BackupManager(m_db).backups();
    QCOMPARE(list.size(), 2);
    QVERIFY(restore.out.contains(QDir::toNativeSeparators(list.first().path)));
    QCOMPARE(names(list.first().path).size(), 2);

    const Run check = runCli({ QStringLiteral("check"), QStringLiteral("--db"), m_db });
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out, QStringLiteral("ok\n"));
}

void TestCliSafety::backupToAFile()
{
    const QString file
        = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(QFileInfo(m_db).absolutePath().right(2)));
    const Run first
        = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), file });
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(names(file), QStringList { QStringLiteral("Maria") });
    const QByteArray before = hashOf(file);
    const Run again
        = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), file });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
    QCOMPARE(hashOf(file), before);
}

void TestCliSafety::checkNamesTheProblem()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, 'x')); // the header and the first page gone
    f.close();
    const Run check = runCli({ QStringLiteral("check"), QStringLiteral("--db"), m_db });
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.out.isEmpty());
    QVERIFY2(check.err.contains(QStringLiteral("not a NeutroCare database")), qPrintable(check.err));
    QCOMPARE(check.err.count(QLatin1Char('\n')), 1);
}

void TestCliSafety::restoreRefusesABadBackup()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a backup");
    f.close();
    const QByteArray before = hashOf(m_db);
    const Run restore = runCli({ QStringLiteral("restore"), QStringLiteral("--db"), m_db, bad });
    QCOMPARE(restore.exitCode, 2);
    QVERIFY2(restore.err.contains(QStringLiteral("Nothing was changed")), qPrintable(restore.err));
    QCOMPARE(hashOf(m_db), before);
    QVERIFY(BackupManager(m_db).backups().isEmpty());
}

void TestCliSafety::newDatabaseLeavesItsFolderAlone_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("a home folder") << QStringLiteral("0755");
    QTest::newRow("the system's temporary folder") << QStringLiteral("1777");
}

void TestCliSafety::newDatabaseLeavesItsFolderAlone()
{
    // Issue 13: a new database in /tmp made that shared folder 0700, unusable by everyone else.
    QFETCH(QString, mode);
    const QString folder = m_dir.filePath(QStringLiteral("existing-") + mode);
    QVERIFY(QDir().mkdir(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(mode.toInt(nullptr, 8))), 0);
    QCOMPARE(modeOf(folder), mode);
    // With umask 0, which the CLI inherits, a file made with the default mode would be 0666.
    const mode_t umaskBefore = ::umask(0);
    const auto restore = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
    const QString path = folder + QStringLiteral("/new.sqlite");
    const Run add = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), path,
        QStringLiteral("--add"), QStringLiteral("A") });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(modeOf(folder), mode);
    QCOMPARE(modeOf(path), QStringLiteral("0600"));
    QCOMPARE(names(path), QStringList { QStringLiteral("A") });
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"

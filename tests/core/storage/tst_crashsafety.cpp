// Crash safety: a child process (crashwriter) writes entries through the repositories and prints
// each id once its commit has returned; it is killed with SIGKILL at random moments, 100 times.
// After every kill the database must open (quick_check passes) and hold every promised entry.
// The seed is printed, and NC_CRASH_SEED replays a run.
// SQLite only: what a killed process leaves in a file; a server's transactions are PostgreSQL's
// own, and a connection lost mid-action is tst_serverdatabase's and tst_failedsaves_postgresql's.
#include "storage/repositories.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace nc;

namespace {

constexpr int kKills = 100;

struct Promise
{
    char kind; // 'T' temperature, 'S' symptom
    int sequence;
    qint64 id;
};

QList<Promise> promises(const QByteArray &output)
{
    QList<Promise> list;
    // A line cut short by the kill has no newline: its commit had returned, but it cannot be read.
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return list;
    const auto lines = output.left(end).split('\n');
    for (const QByteArray &line : lines) {
        const auto fields = line.split(' ');
        if (fields.size() == 3 && fields[0].size() == 1)
            list.append({ fields[0][0], fields[1].toInt(), fields[2].toLongLong() });
    }
    return list;
}

QString quickCheck(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() ? q.value(0).toString()
                                                                    : QStringLiteral("failed");
}

// Empty when every promise is kept, else the first one broken.
QString missing(Database &db, const QList<Promise> &kept)
{
    TemperatureRepository temperatures(db);
    SymptomRepository symptoms(db);
    for (const Promise &p : kept) {
        const QString note = QStringLiteral("seq %1").arg(p.sequence);
        const QString found = p.kind == 'T' ? temperatures.get(p.id).value_or(TemperatureRecord {}).note
                                            : symptoms.get(p.id).value_or(SymptomRecord {}).note;
        if (found != note)
            return QStringLiteral("%1 id %2 (%3)").arg(QLatin1Char(p.kind)).arg(p.id).arg(note);
    }
    return {};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesSigkill();
};

void TestCrashSafety::survivesSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    qint64 patient = 0;
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        patient = *PatientRepository(db).add({ 0, QStringLiteral("Crash test"), std::nullopt });
    }

    const quint32 seed = qEnvironmentVariableIsSet("NC_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("NC_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (NC_CRASH_SEED replays it)", seed);
    QRandomGenerator rng(seed);

    QList<Promise> all;
    int killedMidWrite = 0;
    for (int run = 0; run < kKills; ++run) {
        QProcess child;
        child.start(QStringLiteral(NC_CRASHWRITER_PATH), { path, QString::number(patient) });
        QVERIFY(child.waitForStarted(10000));
        if (run % 5 == 0) {
            // Anywhere, start-up and opening included.
            QThread::msleep(rng.bounded(0, 150));
        } else {
            // In the middle of a stream of commits.
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            QThread::msleep(rng.bounded(1, 120));
        }
        child.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(child.waitForFinished(10000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
            qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                           .arg(run)
                           .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        const auto kept = promises(child.readAllStandardOutput());
        if (!kept.isEmpty())
            ++killedMidWrite;
        all += kept;

        Database db;
        QVERIFY2(db.open(path), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(db.errorString())));
        QCOMPARE(quickCheck(db), QStringLiteral("ok"));
        const QString lost = missing(db, kept);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("run %1 lost %2").arg(run).arg(lost)));
    }

    // At the end, everything ever promised is still there.
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(quickCheck(db), QStringLiteral("ok"));
    const QString lost = missing(db, all);
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost %1").arg(lost)));
    qInfo("kills survived: %d of %d (%d mid-write); entries promised and checked: %lld; rows in the file: %d",
        kKills, kKills, killedMidWrite, static_cast<long long>(all.size()),
        TemperatureRepository(db).count(patient) + SymptomRepository(db).count(patient));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

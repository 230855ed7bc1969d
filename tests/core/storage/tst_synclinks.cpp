// The home link's marks (issue 19, schema version 3): a profile linked to its clinic has every
// insert, edit and delete of its records marked in the same transaction as the change, once per
// record and in the order of the changes; a profile that is not linked is never marked; linking
// marks the history that is already there; clearing what was sent keeps a mark made since; and
// unlinking keeps every record. On a real SQLite file, through the repositories the app uses.
#include "dbfixtures.h"
#include "storage/alertepisodes.h"
#include "storage/repositories.h"
#include "storage/synclinks.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-03-02T08:00:00+01:00"), Qt::ISODate);

TemperatureRecord reading(qint64 patient, int minutes, double celsius)
{
    return { 0, patient,
        { kStart.addSecs(60 * minutes), *Temperature::fromInput(celsius, TemperatureUnit::Celsius) }, {} };
}

QString uuidOf(Database &db, const char *table, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList describe(const QList<SyncMark> &marks)
{
    QStringList out;
    for (const SyncMark &m : marks)
        out << m.table + (m.deleted ? QStringLiteral(" deleted") : QString());
    return out;
}

} // namespace

class TestSyncLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aNewFileHasTheMarks();
    void aProfileThatIsNotLinkedIsNeverMarked();
    void linkingMarksTheHistoryInOrder();
    void everyChangeMarksItsRecordOnceInOrder();
    void aMarkIsPartOfItsChangesTransaction();
    void aBulkInsertMarksEveryRecord();
    void clearingKeepsAMarkMadeSinceItWasRead();
    void unlinkingKeepsEveryRecord();
    void deletingTheProfileDropsItsLink();
    void attemptsAreNotedInWords();
    void aVersion1FileUpgradesWithNoMarks();

private:
    SyncLink linkOf(qint64 patient) const
    {
        return { patient, QStringLiteral("postgresql://clinic.example/riverside"), QStringLiteral("asha"),
            kStart, std::nullopt, {} };
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_asha = 0;
    qint64 m_ben = 0;
};

void TestSyncLinks::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("link.sqlite")));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("link.sqlite"))), qPrintable(m_db->errorString()));
    m_asha = *PatientRepository(*m_db).add({ 0, QStringLiteral("Asha"), std::nullopt });
    m_ben = *PatientRepository(*m_db).add({ 0, QStringLiteral("Ben"), std::nullopt });
}

void TestSyncLinks::cleanup()
{
    m_db.reset();
}

void TestSyncLinks::aNewFileHasTheMarks()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(SyncLinkRepository(*m_db).all().isEmpty());
    const auto triggers = [&] {
        return q.exec(QStringLiteral(
                   "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_mark_%'"))
                && q.next()
            ? q.value(0).toInt()
            : -1;
    };
    // The marking triggers exist while a profile is linked, so an unlinked file pays nothing.
    QCOMPARE(triggers(), 0);
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    QCOMPARE(links.link(linkOf(m_ben)), std::nullopt);
    QCOMPARE(triggers(), 3 * int(std::size(kSyncedTables))); // insert, update, delete each
    QCOMPARE(links.unlink(m_asha), std::nullopt);
    QCOMPARE(triggers(), 3 * int(std::size(kSyncedTables))); // Ben is still linked
    QCOMPARE(links.unlink(m_ben), std::nullopt);
    QCOMPARE(triggers(), 0);
}

void TestSyncLinks::aProfileThatIsNotLinkedIsNeverMarked()
{
    TemperatureRepository temperatures(*m_db);
    const qint64 id = *temperatures.add(reading(m_ben, 0, 37.0));
    TemperatureRecord changed = *temperatures.get(id);
    changed.note = QStringLiteral("changed");
    QCOMPARE(temperatures.update(changed), std::nullopt);
    QCOMPARE(ChecklistRepository(*m_db).setTicked(m_ben, kStart.date(), QStringLiteral("hands"), true),
        std::nullopt);
    QCOMPARE(temperatures.remove(id), std::nullopt);
    QVERIFY(SyncLinkRepository(*m_db).link(linkOf(m_asha)) == std::nullopt); // the other profile
    QCOMPARE(SyncLinkRepository(*m_db).pendingCount(m_ben), 0);
    QCOMPARE(SyncLinkRepository(*m_db).pendingCount(m_asha), 0);
}

void TestSyncLinks::linkingMarksTheHistoryInOrder()
{
    Assessment callNow;
    callNow.level = Level::CallNow;
    QVERIFY(AlertRepository(*m_db).add(alertepisodes::episodeOf(m_asha, callNow, kStart)).ok());
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_asha, 0, 38.4)).ok());
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_asha, 30, 38.6)).ok());
    QVERIFY(TreatmentRepository(*m_db)
                .add({ 0, m_asha, { QDate(2026, 2, 24), TreatmentKind::Chemotherapy, {}, {} }, {}, {} })
                .ok());
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_ben, 0, 36.8)).ok());

    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    // The treatment the readings are read against first, the alert after the readings.
    QCOMPARE(describe(links.pending(m_asha, 100)),
        QStringList({ QStringLiteral("treatments"), QStringLiteral("temperatures"),
            QStringLiteral("temperatures"), QStringLiteral("alerts") }));
    QCOMPARE(links.pendingCount(m_ben), 0);

    // Linking again (a new server or login) keeps the marks, and their order.
    const QList<SyncMark> before = links.pending(m_asha, 100);
    SyncLink moved = linkOf(m_asha);
    moved.server = QStringLiteral("host=clinic2.example dbname=riverside");
    QCOMPARE(links.link(moved), std::nullopt);
    QCOMPARE(links.pending(m_asha, 100).size(), before.size());
    QCOMPARE(links.pending(m_asha, 100).constFirst().seq, before.constFirst().seq);
    QCOMPARE(links.get(m_asha)->server, moved.server);
    QCOMPARE(links.get(m_asha)->login, QStringLiteral("asha"));
    QCOMPARE(links.get(m_asha)->linkedAt, kStart);
}

void TestSyncLinks::everyChangeMarksItsRecordOnceInOrder()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    TemperatureRepository temperatures(*m_db);
    const qint64 first = *temperatures.add(reading(m_asha, 0, 37.9));
    const qint64 second = *temperatures.add(reading(m_asha, 10, 38.1));
    QList<SyncMark> marks = links.pending(m_asha, 100);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).record, uuidOf(*m_db, "temperatures", first));
    QCOMPARE(marks.at(1).record, uuidOf(*m_db, "temperatures", second));

    // An edit moves the record's one mark after the others: it is sent as it is now.
    TemperatureRecord edited = *temperatures.get(first);
    edited.note = QStringLiteral("rechecked");
    QCOMPARE(temperatures.update(edited), std::nullopt);
    marks = links.pending(m_asha, 100);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).record, uuidOf(*m_db, "temperatures", second));
    QCOMPARE(marks.at(1).record, uuidOf(*m_db, "temperatures", first));
    QVERIFY(marks.at(1).seq > marks.at(0).seq);

    // A deletion: the same one mark, now a tombstone to send.
    const QString firstUuid = uuidOf(*m_db, "temperatures", first);
    QCOMPARE(temperatures.remove(first), std::nullopt);
    marks = links.pending(m_asha, 100);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(1).record, firstUuid);
    QVERIFY(marks.at(1).deleted);
    QVERIFY(!marks.at(0).deleted);

    // A table keyed by its columns is marked by them.
    QCOMPARE(ChecklistRepository(*m_db).setTicked(m_asha, QDate(2026, 3, 2), QStringLiteral("hands"), true),
        std::nullopt);
    QCOMPARE(links.pending(m_asha, 100).constLast().table, QStringLiteral("checklist_ticks"));
    QCOMPARE(links.pending(m_asha, 100).constLast().record, QStringLiteral("2026-03-02/hands"));
    // Unticked again: the checklist's upsert changes the row, and the one mark moves with it.
    const qint64 tickedSeq = links.pending(m_asha, 100).constLast().seq;
    QCOMPARE(ChecklistRepository(*m_db).setTicked(m_asha, QDate(2026, 3, 2), QStringLiteral("hands"), false),
        std::nullopt);
    QCOMPARE(links.pending(m_asha, 100).size(), 3);
    QVERIFY(links.pending(m_asha, 100).constLast().seq > tickedSeq);
    QCOMPARE(links.pending(m_asha, 1).size(), 1); // the limit holds
}

void TestSyncLinks::aMarkIsPartOfItsChangesTransaction()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    {
        Transaction tx(*m_db); // the caller's transaction, never committed: an import that failed
        QCOMPARE(TemperatureRepository(*m_db).addAll({ reading(m_asha, 0, 37.0), reading(m_asha, 5, 37.1) }),
            std::nullopt);
        QCOMPARE(links.pendingCount(m_asha), 2); // inside it, the marks are there with the records
    }
    QVERIFY(TemperatureRepository(*m_db).latest(m_asha, 10).isEmpty());
    QCOMPARE(links.pendingCount(m_asha), 0);
}

void TestSyncLinks::aBulkInsertMarksEveryRecord()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    QList<TemperatureRecord> many;
    for (int i = 0; i < 250; ++i)
        many.append(reading(m_asha, i, 36.5 + (i % 10) / 10.0));
    QCOMPARE(TemperatureRepository(*m_db).addAll(many), std::nullopt);
    QCOMPARE(links.pendingCount(m_asha), 250);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM temperatures t JOIN sync_marks m ON m.record = t.uuid AND "
                "m.table_name = 'temperatures' WHERE t.patient_id = %1")
                       .arg(m_asha))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 250);
}

void TestSyncLinks::clearingKeepsAMarkMadeSinceItWasRead()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    TemperatureRepository temperatures(*m_db);
    const qint64 a = *temperatures.add(reading(m_asha, 0, 37.0));
    QVERIFY(temperatures.add(reading(m_asha, 5, 37.2)).ok());
    const QList<SyncMark> sent = links.pending(m_asha, 100); // read, then sent while…
    TemperatureRecord edited = *temperatures.get(a); // …the person edits one of them
    edited.note = QStringLiteral("edited while sending");
    QCOMPARE(temperatures.update(edited), std::nullopt);
    QCOMPARE(links.clear(sent), std::nullopt); // the server committed what was read
    const QList<SyncMark> left = links.pending(m_asha, 100);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().record, uuidOf(*m_db, "temperatures", a));
    QCOMPARE(links.clear(left), std::nullopt);
    QCOMPARE(links.pendingCount(m_asha), 0);
}

void TestSyncLinks::unlinkingKeepsEveryRecord()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_asha, 0, 37.4)).ok());
    QCOMPARE(links.unlink(m_asha), std::nullopt);
    QVERIFY(!links.get(m_asha));
    QCOMPARE(links.pendingCount(m_asha), 0);
    QCOMPARE(TemperatureRepository(*m_db).latest(m_asha, 10).size(), 1);
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_asha, 5, 37.5)).ok());
    QCOMPARE(links.pendingCount(m_asha), 0); // no longer linked: no longer marked
}

void TestSyncLinks::deletingTheProfileDropsItsLink()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    QVERIFY(TemperatureRepository(*m_db).add(reading(m_asha, 0, 37.4)).ok());
    QCOMPARE(PatientRepository(*m_db).remove(m_asha), std::nullopt);
    QVERIFY(!links.get(m_asha));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_marks")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestSyncLinks::attemptsAreNotedInWords()
{
    SyncLinkRepository links(*m_db);
    QCOMPARE(links.link(linkOf(m_asha)), std::nullopt);
    QVERIFY(!links.get(m_asha)->lastSentAt);
    const QDateTime sent = kStart.addSecs(3600);
    QCOMPARE(links.noteAttempt(m_asha, sent, {}), std::nullopt);
    QCOMPARE(links.get(m_asha)->lastSentAt, sent);
    QCOMPARE(links.get(m_asha)->lastProblem, QString());
    const QString problem = QStringLiteral("No connection to the clinic's server.");
    QCOMPARE(links.noteAttempt(m_asha, sent.addSecs(600), problem), std::nullopt);
    QCOMPARE(links.get(m_asha)->lastSentAt, sent); // still when it last worked
    QCOMPARE(links.get(m_asha)->lastProblem, problem);
}

void TestSyncLinks::aVersion1FileUpgradesWithNoMarks()
{
    const QString copy = m_dir.filePath(QStringLiteral("v1.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(
        QStringLiteral(NC_TEST_DATA_DIR "/db/") + QLatin1String(testdata::dbfixtures::kV1File), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Database old;
    QVERIFY2(old.open(copy), qPrintable(old.errorString()));
    QSqlQuery q(old.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_marks")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(SyncLinkRepository(old).all().isEmpty());
    QVERIFY(!PatientRepository(old).all().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncLinks)
#include "tst_synclinks.moc"

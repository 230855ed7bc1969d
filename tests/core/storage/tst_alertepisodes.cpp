// Alert episodes: when an assessment at a call level begins one (the pure rule, table-driven),
// and on a real file that an episode is stored once, unacknowledged, and filled in by the
// acknowledgement rather than lost when nobody presses "I contacted my care team".
#include "scratchdatabase.h"
#include "storage/alertepisodes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-11T21:00:00+01:00"), Qt::ISODate);
constexpr int kLookback = Protocol::kDefaultLookbackHours;

AlertRecord stored(Level level, int hoursAgo, std::optional<AlertOutcome> outcome = std::nullopt)
{
    AlertRecord r;
    r.raisedAt = kNow.addSecs(-qint64(hoursAgo) * 3600);
    r.level = level;
    if (outcome) {
        r.acknowledgedAt = r.raisedAt.addSecs(600);
        r.outcome = outcome;
    }
    return r;
}

Assessment callNow()
{
    Assessment a;
    a.level = Level::CallNow;
    a.protocolId = Protocol::defaultId();
    a.reasons = { { Finding::FeverSingle, QStringLiteral("fever") },
        { Finding::RedFlagSymptom, QStringLiteral("rigors") } };
    return a;
}

} // namespace

class TestAlertEpisodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void begins_data();
    void begins();
    void unacknowledgedEpisodeIsStoredOnce();
    void acknowledgementFillsTheOpenEpisode();
    void escalationAndLookbackBeginAnew();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_patient = 0;
};

void TestAlertEpisodes::init()
{
    static int n = 0;
    m_scratch
        = std::make_unique<test::ScratchDatabase>(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++n)));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_scratch->where()), qPrintable(m_db->errorString()));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Ana"), std::nullopt });
}

void TestAlertEpisodes::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestAlertEpisodes::begins_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<std::optional<AlertRecord>>("latest");
    QTest::addColumn<bool>("expected");
    const std::optional<AlertRecord> none;
    QTest::newRow("call now, no episode yet") << Level::CallNow << none << true;
    QTest::newRow("call today, no episode yet") << Level::CallToday << none << true;
    QTest::newRow("recheck never") << Level::Recheck << none << false;
    QTest::newRow("caution never") << Level::Caution << none << false;
    QTest::newRow("ok never") << Level::Ok << none << false;
    QTest::newRow("same call, still open")
        << Level::CallNow << std::optional(stored(Level::CallNow, 2)) << false;
    QTest::newRow("lower call continues a higher one")
        << Level::CallToday << std::optional(stored(Level::CallNow, 2)) << false;
    QTest::newRow("rise to call now") << Level::CallNow << std::optional(stored(Level::CallToday, 2)) << true;
    QTest::newRow("after contact") << Level::CallNow
                                   << std::optional(stored(Level::CallNow, 2, AlertOutcome::WentToHospital))
                                   << true;
    QTest::newRow("after could not reach")
        << Level::CallNow << std::optional(stored(Level::CallNow, 2, AlertOutcome::CouldNotReach)) << true;
    QTest::newRow("open one inside the lookback")
        << Level::CallNow << std::optional(stored(Level::CallNow, kLookback)) << false;
    QTest::newRow("open one older than the lookback")
        << Level::CallNow << std::optional(stored(Level::CallNow, kLookback + 1)) << true;
}

void TestAlertEpisodes::begins()
{
    QFETCH(Level, level);
    QFETCH(std::optional<AlertRecord>, latest);
    QFETCH(bool, expected);
    QCOMPARE(alertepisodes::begins(level, kNow, latest, kLookback), expected);
}

void TestAlertEpisodes::unacknowledgedEpisodeIsStoredOnce()
{
    // The case of issue 14: call now at 101.6 °F and nobody pressed "I contacted my care team".
    const Expected<qint64> first = alertepisodes::record(*m_db, m_patient, callNow(), kNow);
    QVERIFY(first && *first > 0);
    // Every later assessment of the same alert continues it.
    QCOMPARE(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(60)), qint64(0));
    QCOMPARE(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(3600)), qint64(0));
    // Below the call levels nothing is stored.
    Assessment recheck;
    recheck.level = Level::Recheck;
    QCOMPARE(*alertepisodes::record(*m_db, m_patient, recheck, kNow.addSecs(7200)), qint64(0));

    const QList<AlertRecord> all = AlertRepository(*m_db).latest(m_patient, 10);
    QCOMPARE(all.size(), 1);
    const AlertRecord &e = all.constFirst();
    QCOMPARE(e.raisedAt, kNow);
    QCOMPARE(e.level, Level::CallNow);
    QCOMPARE(
        e.reasonCodes, (QStringList { QStringLiteral("fever_single"), QStringLiteral("red_flag_symptom") }));
    QCOMPARE(e.protocolId, Protocol::defaultId());
    QVERIFY(!e.acknowledgedAt);
    QVERIFY(!e.outcome);
    QCOMPARE(alertepisodes::outcomeText(e.outcome), QStringLiteral("Not acknowledged"));
    // An unacknowledged episode never counts as contact: the engine's acknowledgement stays unset.
    QVERIFY(!latestAcknowledgement(*m_db, m_patient));
}

void TestAlertEpisodes::acknowledgementFillsTheOpenEpisode()
{
    const qint64 id = *alertepisodes::record(*m_db, m_patient, callNow(), kNow);
    const auto open = alertepisodes::openEpisode(*m_db, m_patient, kNow.addSecs(900));
    QVERIFY(open);
    QCOMPARE(open->id, id);
    QVERIFY(!acknowledgeAlert(*m_db, id, kNow.addSecs(900), AlertOutcome::StayHomeMonitor, {}));
    QVERIFY(!alertepisodes::openEpisode(*m_db, m_patient, kNow.addSecs(960)));
    QCOMPARE(AlertRepository(*m_db).count(m_patient), 1);
    // The alert comes back after the contact: a new episode.
    QVERIFY(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(4 * 3600)) > id);
    QCOMPARE(AlertRepository(*m_db).count(m_patient), 2);
    // No episode open long after: an acknowledgement then stores a row of its own.
    QVERIFY(!alertepisodes::openEpisode(*m_db, m_patient, kNow.addDays(3)));
}

void TestAlertEpisodes::escalationAndLookbackBeginAnew()
{
    Assessment today = callNow();
    today.level = Level::CallToday;
    QVERIFY(*alertepisodes::record(*m_db, m_patient, today, kNow) > 0);
    QVERIFY(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(600)) > 0);
    QCOMPARE(*alertepisodes::record(*m_db, m_patient, today, kNow.addSecs(1200)), qint64(0));
    QCOMPARE(AlertRepository(*m_db).count(m_patient), 2);
    // Past the protocol's lookback (a shorter one chosen here) the same level is a new episode.
    PatientSettings settings;
    settings.protocol.lookbackHours = 12;
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_patient, settings));
    QCOMPARE(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(11 * 3600)), qint64(0));
    QVERIFY(*alertepisodes::record(*m_db, m_patient, callNow(), kNow.addSecs(13 * 3600)) > 0);
    QCOMPARE(AlertRepository(*m_db).count(m_patient), 3);
}

QTEST_GUILESS_MAIN(TestAlertEpisodes)
#include "tst_alertepisodes.moc"

// neutrocare-cli link | sync | unlink (issue 19) between a patient's file and the throwaway
// PostgreSQL the test command starts, on a session bus of its own with a real Secret Service
// (gnome-keyring-daemon, started here): the password goes to the keyring, never the file or the
// command line, and sync finds it there with no PGPASSWORD; or, when asked, to libpq's password file,
// owner-only; a second sync sends nothing; unlinking keeps every record and forgets the password;
// and every refusal is one line with the CLI contract's exit code.
#include "clirun.h"
#include "scratchdatabase.h"
#include "testkeyring.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using nc::test::CliRun;
using nc::test::runCli;

const QByteArray kPassword = "at home: 'the' \\ link";

} // namespace

class TestCliHomeLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void keyringLinkSendsAndUnlinkForgets();
    void passwordFileWhenAsked();
    void refusals_data();
    void refusals();
    void anUnreachableServerKeepsEverything();
    void certificatesAreCheckedUnlessChosenOtherwise();
    void threeDaysOfflineArriveInOrder();
    void hostileServerAnswersLoseNothing_data();
    void hostileServerAnswersLoseNothing();

private:
    // The CLI as a person's script runs it: no PGPASSWORD, no PGUSER, only what the link keeps.
    CliRun cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.remove(QStringLiteral("PGUSER"));
        env.insert(QStringLiteral("PGPASSFILE"), m_dir->filePath(QStringLiteral("pgpass")));
        return runCli(args, input, env);
    }
    QString serverText() const
    {
        // The test server has no TLS: the weaker mode is chosen explicitly, as a clinic without
        // certificates would have to.
        return QStringLiteral("host=%1 port=%2 dbname=%3 sslmode=disable")
            .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                m_scratch->name());
    }
    QStringList linkArgs(const QString &server = {}) const
    {
        return { QStringLiteral("link"), QStringLiteral("--db"), m_file, QStringLiteral("--patient"),
            QStringLiteral("1"), QStringLiteral("--server"), server.isEmpty() ? serverText() : server,
            QStringLiteral("--login"), m_login };
    }
    QStringList serverRows(const QString &sql) const
    {
        QSqlQuery q(m_super->connection());
        QStringList out;
        if (q.exec(sql)) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<nc::test::ScratchDatabase> m_scratch;
    std::unique_ptr<nc::Database> m_super;
    QString m_login;
    QString m_file;
};

void TestCliHomeLink::initTestCase()
{
    if (!nc::test::onPostgres())
        QSKIP(
            "link and sync need a PostgreSQL server: run as tst_cli_homelink with NC_TEST_ENGINE=postgresql");
    m_dir = std::make_unique<QTemporaryDir>();
    const QString keyring = nc::test::startKeyring(m_dir->filePath(QStringLiteral("data")));
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));

    m_scratch = std::make_unique<nc::test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<nc::Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));
    m_login = m_scratch->login(QStringLiteral("asha"));
    const QStringList superArgs { QStringLiteral("--db"), m_scratch->where() };
    QCOMPARE(runCli(QStringList { QStringLiteral("patients") } + superArgs
                 + QStringList { QStringLiteral("--add"), QStringLiteral("Asha") })
                 .exitCode,
        0);
    const CliRun added
        = runCli(QStringList { QStringLiteral("server"), QStringLiteral("add-user") } + superArgs
                + QStringList { QStringLiteral("--role"), QStringLiteral("patient"),
                    QStringLiteral("--login"), m_login, QStringLiteral("--patient"), QStringLiteral("1") },
            kPassword + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void TestCliHomeLink::init()
{
    QSqlQuery wipe(m_super->connection());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM temperatures")));
    m_file
        = m_dir->filePath(QStringLiteral("home-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QFile::remove(m_dir->filePath(QStringLiteral("pgpass")));
    QCOMPARE(cli({ QStringLiteral("patients"), QStringLiteral("--db"), m_file, QStringLiteral("--add"),
                     QStringLiteral("Asha") })
                 .exitCode,
        0);
    QFile csv(m_dir->filePath(QStringLiteral("readings.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("kind,time,value,unit,site\n"
              "temperature,2026-03-01T10:00:00+01:00,37.2,C,oral\n"
              "temperature,2026-03-01T12:00:00+01:00,38.4,C,oral\n");
    csv.close();
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--db"), m_file, QStringLiteral("--patient"),
                     QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), csv.fileName() })
                 .exitCode,
        0);
}

void TestCliHomeLink::cleanupTestCase()
{
    m_super.reset();
    m_scratch.reset();
}

void TestCliHomeLink::keyringLinkSendsAndUnlinkForgets()
{
    const CliRun linked = cli(linkArgs(), kPassword + '\n');
    QVERIFY2(linked.exitCode == 0, linked.err.constData());
    QVERIFY2(linked.out.contains("2 records to send"), linked.out.constData());
    QVERIFY2(linked.out.contains("less safe"), linked.out.constData());
    // Kept in the keyring only: not in the file, not in libpq's password file.
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kPassword));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("pgpass"))));

    const CliRun sent = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(sent.out, QByteArray("profile 1: sent 2, deletions 0, still to send 0\n"));
    QCOMPARE(serverRows(QStringLiteral("SELECT celsius FROM temperatures ORDER BY time_ms")),
        QStringList({ QStringLiteral("37.2"), QStringLiteral("38.4") }));
    const CliRun again = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file,
        QStringLiteral("--patient"), QStringLiteral("1") });
    QCOMPARE(again.out, QByteArray("profile 1: sent 0, deletions 0, still to send 0\n"));
    QCOMPARE(
        serverRows(QStringLiteral("SELECT count(*) FROM temperatures")), QStringList { QStringLiteral("2") });

    const CliRun unlinked = cli({ QStringLiteral("unlink"), QStringLiteral("--db"), m_file,
        QStringLiteral("--patient"), QStringLiteral("1") });
    QVERIFY2(unlinked.exitCode == 0, unlinked.err.constData());
    QVERIFY(unlinked.out.contains("ask the clinic"));
    const CliRun after = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QCOMPARE(after.exitCode, 2);
    // Linked again, the keyring no longer has the password: the login is tried and refused.
    const CliRun relinked = cli(linkArgs(), "not the password\n");
    QCOMPARE(relinked.exitCode, 1);
    QCOMPARE(relinked.err.count('\n'), 1);
    QVERIFY2(relinked.err.contains("password authentication failed"), relinked.err.constData());
    QCOMPARE(
        cli({ QStringLiteral("export"), QStringLiteral("--db"), m_file, QStringLiteral("--patient"),
                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-") })
            .out.count('\n'),
        3); // the header and both readings: unlinking kept every record
}

void TestCliHomeLink::passwordFileWhenAsked()
{
    const CliRun linked
        = cli(linkArgs() + QStringList { QStringLiteral("--keep-password"), QStringLiteral("password-file") },
            kPassword + '\n');
    QVERIFY2(linked.exitCode == 0, linked.err.constData());
    QFile pgpass(m_dir->filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.exists());
    QCOMPARE(
        pgpass.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
        QFile::Permissions());
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    const QByteArray line = pgpass.readAll();
    pgpass.close();
    QVERIFY2(line.contains(":" + m_login.toUtf8() + ":at home\\: 'the' \\\\ link"), line.constData());
    const CliRun sent = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY(sent.out.contains("sent 2"));
    QCOMPARE(cli({ QStringLiteral("unlink"), QStringLiteral("--db"), m_file, QStringLiteral("--patient"),
                     QStringLiteral("1") })
                 .exitCode,
        0);
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    QVERIFY(!pgpass.readAll().contains(m_login.toUtf8())); // forgotten
}

void TestCliHomeLink::refusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong password") << QStringList() << QByteArray("wrong\n") << 1
                                    << QStringLiteral("password authentication failed");
    QTest::newRow("empty password") << QStringList() << QByteArray("\n") << 2 << QStringLiteral("stdin:");
    QTest::newRow("a file for a server")
        << QStringList { QStringLiteral("--server"), QStringLiteral("/tmp/x.sqlite") } << kPassword + '\n'
        << 2 << QStringLiteral("--server:");
    QTest::newRow("a password in the server")
        << QStringList { QStringLiteral("--server"), QStringLiteral("postgresql://a:secret@localhost/x") }
        << kPassword + '\n'
        << 2 << QStringLiteral("holds a password");
    QTest::newRow("unknown place") << QStringList { QStringLiteral("--keep-password"),
        QStringLiteral("notes") } << kPassword + '\n'
                                   << 2 << QStringLiteral("--keep-password:");
}

void TestCliHomeLink::refusals()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QStringList args = linkArgs();
    for (int i = 0; i + 1 < extra.size(); i += 2) {
        const qsizetype at = args.indexOf(extra.at(i));
        if (at >= 0)
            args[at + 1] = extra.at(i + 1);
        else
            args << extra.at(i) << extra.at(i + 1);
    }
    const CliRun run = cli(args, input);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
}

void TestCliHomeLink::anUnreachableServerKeepsEverything()
{
    const CliRun linked = cli(linkArgs(), kPassword + '\n');
    QVERIFY2(linked.exitCode == 0, linked.err.constData());
    // The link's server moved out of reach (a port nothing listens on): the readings stay marked.
    nc::Database local;
    QVERIFY(local.open(m_file));
    QSqlQuery q(local.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_links SET server = 'host=127.0.0.1 port=1 dbname=x user=%1'")
                       .arg(m_login)));
    local.close();
    const CliRun offline = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QCOMPARE(offline.exitCode, 1);
    QCOMPARE(offline.err.count('\n'), 1);
    QVERIFY2(offline.err.contains("2 records still to send"), offline.err.constData());
    QCOMPARE(
        serverRows(QStringLiteral("SELECT count(*) FROM temperatures")), QStringList { QStringLiteral("0") });
}

void TestCliHomeLink::certificatesAreCheckedUnlessChosenOtherwise()
{
    // No sslmode given: verify-full, which a server without TLS cannot meet. Refused, in one line,
    // and nothing linked.
    QString server = serverText();
    server.remove(QStringLiteral(" sslmode=disable"));
    const CliRun refused = cli(linkArgs(server), kPassword + '\n');
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY2(refused.err.contains("SSL"), refused.err.constData());
    QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file }).exitCode, 2); // not linked
}

// Three days of readings logged with the link down (the server out of reach), then the link back:
// every reading arrives, once, in the order it was logged.
void TestCliHomeLink::threeDaysOfflineArriveInOrder()
{
    const CliRun linked = cli(linkArgs(), kPassword + '\n');
    QVERIFY2(linked.exitCode == 0, linked.err.constData());
    QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file }).exitCode, 0);
    QString reachable;
    {
        nc::Database local;
        QVERIFY(local.open(m_file));
        QSqlQuery q(local.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT server FROM sync_links")) && q.next());
        reachable = q.value(0).toString();
        QVERIFY(
            q.exec(QStringLiteral("UPDATE sync_links SET server = 'host=127.0.0.1 port=1 dbname=x user=%1'")
                       .arg(m_login)));
    }
    // Every four hours for three days, with a sync attempt after each that cannot reach the clinic.
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-02T06:00:00+01:00"), Qt::ISODate);
    for (int i = 0; i < 18; ++i) {
        QFile csv(m_dir->filePath(QStringLiteral("offline.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("kind,time,value,unit,site\ntemperature,%1,%2,C,oral\n")
                      .arg(start.addSecs(4 * 3600 * i).toString(Qt::ISODateWithMs),
                          QString::number(36.5 + (i % 12) / 10.0))
                      .toUtf8());
        csv.close();
        QCOMPARE(
            cli({ QStringLiteral("import"), QStringLiteral("--db"), m_file, QStringLiteral("--patient"),
                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), csv.fileName() })
                .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file }).exitCode, 1);
    }
    {
        nc::Database local;
        QVERIFY(local.open(m_file));
        QSqlQuery q(local.connection());
        q.prepare(QStringLiteral("UPDATE sync_links SET server = ?"));
        q.addBindValue(reachable);
        QVERIFY(q.exec());
    }
    const CliRun back = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.out, QByteArray("profile 1: sent 18, deletions 0, still to send 0\n"));
    // In the order they were logged: the server's own numbering follows the readings' times.
    const QStringList byServerOrder
        = serverRows(QStringLiteral("SELECT time_ms FROM temperatures WHERE time_ms >= %1 ORDER BY id")
                         .arg(start.toMSecsSinceEpoch()));
    QCOMPARE(byServerOrder.size(), 18);
    QStringList byTime = byServerOrder;
    std::sort(byTime.begin(), byTime.end(),
        [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    QCOMPARE(byServerOrder, byTime);
    QCOMPARE(serverRows(QStringLiteral("SELECT count(*) FROM temperatures")),
        QStringList { QStringLiteral("20") });
}

// The server changes under a linked profile: a login taken away, a schema older or newer than this
// NeutroCare's. Each sync ends in one line saying so, and every reading stays marked for later.
void TestCliHomeLink::hostileServerAnswersLoseNothing_data()
{
    QTest::addColumn<QString>("breakIt");
    QTest::addColumn<QString>("mendIt");
    QTest::addColumn<QString>("says");
    QTest::newRow("login revoked") << QStringLiteral("ALTER ROLE \"%LOGIN%\" NOLOGIN")
                                   << QStringLiteral("ALTER ROLE \"%LOGIN%\" LOGIN")
                                   << QStringLiteral("not permitted to log in");
    QTest::newRow("newer schema") << QStringLiteral("UPDATE schema_version SET version = 99")
                                  << QStringLiteral("UPDATE schema_version SET version = %VERSION%")
                                  << QStringLiteral("99");
    QTest::newRow("older schema") << QStringLiteral("UPDATE schema_version SET version = 1")
                                  << QStringLiteral("UPDATE schema_version SET version = %VERSION%")
                                  << QStringLiteral("server init");
}

void TestCliHomeLink::hostileServerAnswersLoseNothing()
{
    QFETCH(QString, breakIt);
    QFETCH(QString, mendIt);
    QFETCH(QString, says);
    const CliRun linked = cli(linkArgs(), kPassword + '\n');
    QVERIFY2(linked.exitCode == 0, linked.err.constData());
    QSqlQuery admin(m_super->connection());
    const auto run = [&](QString sql) {
        return admin.exec(
            sql.replace(QLatin1String("%LOGIN%"), m_login)
                .replace(QLatin1String("%VERSION%"), QString::number(nc::Database::kSchemaVersion)));
    };
    QVERIFY2(run(breakIt), qPrintable(admin.lastError().text()));
    const auto mend = qScopeGuard([&] {
        if (!run(mendIt))
            qWarning("could not mend: %s", qPrintable(admin.lastError().text()));
    });
    const CliRun refused = cli({ QStringLiteral("sync"), QStringLiteral("--db"), m_file });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY2(refused.err.contains(says.toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("2 records still to send"), refused.err.constData());
    QCOMPARE(
        serverRows(QStringLiteral("SELECT count(*) FROM temperatures")), QStringList { QStringLiteral("0") });
}

QTEST_GUILESS_MAIN(TestCliHomeLink)
#include "tst_cli_homelink.moc"

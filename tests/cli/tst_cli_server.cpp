// neutrocare-cli server init | add-user | link | users, run as a clinic's administrator would, on the
// throwaway PostgreSQL that scripts/test starts: init twice, a password read from stdin and never from
// the command line, the logins then used by the other commands, and every refusal in one line with
// the CLI contract's exit code. PostgreSQL only: a file has no logins.
#include "clirun.h"
#include "scratchdatabase.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using nc::test::CliRun;
using nc::test::runCli;

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initTwiceIsSafe();
    void addedLoginsWorkWithTheirPasswords();
    void usersListsWhatWasAdded();
    void refusals_data();
    void refusals();

private:
    QStringList server(const char *subcommand, QStringList more = {}) const
    {
        return QStringList { QStringLiteral("server"), QString::fromLatin1(subcommand),
            QStringLiteral("--db"), m_scratch->where() }
        + more;
    }
    // A connection as `login`, its password from libpq's environment as a script would give it.
    CliRun as(const QString &login, const QString &password, const QStringList &args,
        const QByteArray &input = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGUSER"), login);
        return runCli(args, input, env);
    }
    QString login(const char *name) const
    {
        return m_scratch->name() + QStringLiteral("_as_") + QLatin1String(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<nc::test::ScratchDatabase> m_scratch;
};

void TestCliServer::initTestCase()
{
    if (!nc::test::onPostgres())
        QSKIP(
            "server commands need a PostgreSQL server: run as tst_cli_server with NC_TEST_ENGINE=postgresql");
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<nc::test::ScratchDatabase>(QString(), false);
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
}

void TestCliServer::initTwiceIsSafe()
{
    // Before init the app's commands refuse the server, naming what to run.
    CliRun run = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), m_scratch->where() });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("server init"), run.err.constData());

    const QStringList backups { QStringLiteral("--backup-dir"), m_dir->path() };
    run = runCli(server("init", backups));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out,
        QStringLiteral("set up at data version %1, roles version %2\n")
            .arg(nc::Database::kSchemaVersion)
            .arg(nc::ServerAdmin::kSetupVersion)
            .toUtf8());
    run = runCli(server("init", backups));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out,
        QStringLiteral("already set up at data version %1; nothing changed\n")
            .arg(nc::Database::kSchemaVersion)
            .toUtf8());
    // Nothing but the server administrator's warnings (the test cluster lets anyone connect to postgres).
    for (const QByteArray &line : run.err.split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith("neutrocare-cli: warning: "), line.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList()); // nothing held data to back up
}

void TestCliServer::addedLoginsWorkWithTheirPasswords()
{
    CliRun run = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), m_scratch->where(),
        QStringLiteral("--add"), QStringLiteral("Asha") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("1\n"));
    runCli({ QStringLiteral("patients"), QStringLiteral("--db"), m_scratch->where(), QStringLiteral("--add"),
        QStringLiteral("Ben") });

    const QString password = QStringLiteral("correct horse ' \" battery");
    run = runCli(server("add-user",
                     { QStringLiteral("--role"), QStringLiteral("patient"), QStringLiteral("--login"),
                         login("asha"), QStringLiteral("--patient"), QStringLiteral("1") }),
        password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("added %1 (patient)\n").arg(login("asha")));
    run = runCli(server("add-user",
                     { QStringLiteral("--role"), QStringLiteral("caregiver"), QStringLiteral("--login"),
                         login("son") }),
        "another one\r\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli(server("link",
        { QStringLiteral("--caregiver"), login("son"), QStringLiteral("--patient"), QStringLiteral("1") }));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("linked %1 to patient 1\n").arg(login("son")));

    // Each login sees what its role allows, through the app's own commands.
    const QStringList list { QStringLiteral("patients"), QStringLiteral("--db"), m_scratch->where() };
    run = as(login("asha"), password, list);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("1\tAsha\n"));
    run = as(login("son"), QStringLiteral("another one"), list);
    QCOMPARE(run.out, QByteArray("1\tAsha\n"));
    // A caregiver writes nothing, and a patient nothing for another: the refusal is one sentence.
    const QStringList import { QStringLiteral("import"), QStringLiteral("--db"), m_scratch->where(),
        QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-") };
    const QByteArray csv = "kind,time,value,unit\r\ntemperature,2026-03-10T07:45:00+01:00,38.4,C\r\n";
    run = as(login("son"), QStringLiteral("another one"), import, csv);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && run.err.contains("may not change this"), run.err.constData());
    run = as(login("asha"), password, import, csv);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("stored: 1\n"), run.out.constData());
    // A wrong password: exit 1, one line naming the server.
    run = as(login("asha"), QStringLiteral("wrong"), list);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(m_scratch->name().toUtf8()), run.err.constData());
}

void TestCliServer::usersListsWhatWasAdded()
{
    const CliRun run = runCli(server("users"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out),
        QStringLiteral("%1\tpatient\t1\n%2\tcaregiver\t1\n").arg(login("asha"), login("son")));
}

void TestCliServer::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("dbname=") + m_scratch->name();
    const auto command = [&](const char *sub, const QStringList &more) {
        return QStringList { QStringLiteral("server"), QString::fromLatin1(sub), QStringLiteral("--db"), db }
        + more;
    };
    QTest::newRow("no subcommand") << QStringList { QStringLiteral("server") } << QByteArray() << 2
                                   << QStringLiteral("server: expects init, add-user, link or users");
    QTest::newRow("unknown subcommand")
        << QStringList { QStringLiteral("server"), QStringLiteral("drop") } << QByteArray() << 2
        << QStringLiteral("server: unknown command \"drop\"");
    QTest::newRow("a file") << QStringList { QStringLiteral("server"), QStringLiteral("users"),
        QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite") }
                            << QByteArray() << 2
                            << QStringLiteral("server users: --db: \"/tmp/x.sqlite\" is a file");
    QTest::newRow("a password on the command line")
        << command("add-user",
               { QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--login"),
                   QStringLiteral("x"), QStringLiteral("--password"), QStringLiteral("secret") })
        << QByteArray("secret\n") << 2 << QStringLiteral("server add-user: Unknown option 'password'.");
    QTest::newRow("no password on stdin")
        << command("add-user",
               { QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--login"), login("x") })
        << QByteArray() << 2 << QStringLiteral("server add-user: stdin: the password is empty");
    QTest::newRow("unknown role") << command("add-user",
        { QStringLiteral("--role"), QStringLiteral("root"), QStringLiteral("--login"), login("x") })
                                  << QByteArray("pw\n") << 2
                                  << QStringLiteral("server add-user: --role: \"root\" is not admin");
    QTest::newRow("no login") << command("add-user", { QStringLiteral("--role"), QStringLiteral("staff") })
                              << QByteArray("pw\n") << 2
                              << QStringLiteral("server add-user: --login: is required");
    QTest::newRow("a patient login without its patient")
        << command("add-user",
               { QStringLiteral("--role"), QStringLiteral("patient"), QStringLiteral("--login"), login("x") })
        << QByteArray("pw\n") << 2 << QStringLiteral("server add-user: A patient login names its patient");
    QTest::newRow("a patient the server has not")
        << command("add-user",
               { QStringLiteral("--role"), QStringLiteral("patient"), QStringLiteral("--login"), login("x"),
                   QStringLiteral("--patient"), QStringLiteral("99") })
        << QByteArray("pw\n") << 2 << QStringLiteral("server add-user: There is no patient with the id 99");
    QTest::newRow("a login that exists")
        << command("add-user",
               { QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--login"), login("son") })
        << QByteArray("pw\n") << 2 << QStringLiteral("server add-user: A login named");
    QTest::newRow("linking a patient login")
        << command("link",
               { QStringLiteral("--caregiver"), login("asha"), QStringLiteral("--patient"),
                   QStringLiteral("1") })
        << QByteArray() << 2
        << QStringLiteral("server link: \"%1\" is not a caregiver login").arg(login("asha"));
    QTest::newRow("a server that is not there")
        << QStringList { QStringLiteral("server"), QStringLiteral("users"), QStringLiteral("--db"),
               QStringLiteral("postgresql://localhost:1/none") }
        << QByteArray() << 1
        << QStringLiteral("postgresql://localhost:1/none: Could not connect to the clinic server");
}

void TestCliServer::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(args, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(
        run.err.startsWith(QStringLiteral("neutrocare-cli: %1").arg(message).toUtf8()), run.err.constData());
    // Nothing was added by a refusal.
    QVERIFY(!runCli(server("users")).out.contains(login("x").toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"

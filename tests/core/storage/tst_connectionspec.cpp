// What `--database` and `--db` name (issue 17): a SQLite file, or a PostgreSQL server by URI or by
// libpq keywords, taken apart the way QPSQL wants it; a mistake is refused in words.
#include "storage/connectionspec.h"

#include <QTest>

using namespace nc;

class TestConnectionSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesStayFiles_data();
    void filesStayFiles();
    void uri();
    void keywords();
    void connectOptionsAreQuoted();
    void displayNeverShowsThePassword();
    void refusedInWords_data();
    void refusedInWords();
};

void TestConnectionSpec::filesStayFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << QStringLiteral("/home/ana/.local/share/NeutroCare/neutrocare.sqlite");
    QTest::newRow("relative") << QStringLiteral("data/neutrocare.sqlite");
    QTest::newRow("a folder with = in its name") << QStringLiteral("/tmp/a=b/neutrocare.sqlite");
    QTest::newRow("a space") << QStringLiteral("/home/ana/My files/neutrocare.sqlite");
}

void TestConnectionSpec::filesStayFiles()
{
    QFETCH(QString, text);
    QVERIFY(!ConnectionSpec::namesServer(text));
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY(spec);
    QCOMPARE(spec->engine, Engine::SQLite);
    QCOMPARE(spec->path, text);
    QCOMPARE(spec->display(), text);
}

void TestConnectionSpec::uri()
{
    const QString text = QStringLiteral("postgresql://nurse%40ward@clinic.example:6543/"
                                        "neutro%20care?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem");
    QVERIFY(ConnectionSpec::namesServer(text));
    QString error;
    const auto spec = ConnectionSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->engine, Engine::PostgreSQL);
    QCOMPARE(spec->host, QStringLiteral("clinic.example"));
    QCOMPARE(spec->port, 6543);
    QCOMPARE(spec->user, QStringLiteral("nurse@ward"));
    QCOMPARE(spec->database, QStringLiteral("neutro care"));
    QCOMPARE(spec->password, QString());
    QCOMPARE(spec->options,
        (QStringList {
            QStringLiteral("sslmode=verify-full"), QStringLiteral("sslrootcert=/etc/ssl/ca.pem") }));

    // The short scheme, and nothing but the database: the rest is libpq's (PGHOST, the password file…).
    const auto bare = ConnectionSpec::parse(QStringLiteral("postgres:///neutrocare"));
    QVERIFY(bare);
    QCOMPARE(bare->host, QString());
    QCOMPARE(bare->port, -1);
    QCOMPARE(bare->database, QStringLiteral("neutrocare"));
}

void TestConnectionSpec::keywords()
{
    const QString text = QStringLiteral(
        "host=clinic.example port = 5432 dbname='neutro care' user=o\\'brien sslmode=verify-full");
    QVERIFY(ConnectionSpec::namesServer(text));
    QString error;
    const auto spec = ConnectionSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->engine, Engine::PostgreSQL);
    QCOMPARE(spec->host, QStringLiteral("clinic.example"));
    QCOMPARE(spec->port, 5432);
    QCOMPARE(spec->database, QStringLiteral("neutro care"));
    QCOMPARE(spec->user, QStringLiteral("o'brien"));
    QCOMPARE(spec->options, QStringList { QStringLiteral("sslmode=verify-full") });

    const auto quoted = ConnectionSpec::parse(QStringLiteral("dbname='a \\'b\\' \\\\c'"));
    QVERIFY(quoted);
    QCOMPARE(quoted->database, QStringLiteral("a 'b' \\c"));
}

void TestConnectionSpec::connectOptionsAreQuoted()
{
    // QPSQL puts its connect options into libpq's text as they are: a value with a space, a quote or a
    // backslash goes quoted, or libpq would read the rest of it as other keywords.
    const auto spec = ConnectionSpec::parse(QStringLiteral(
        "host=h sslmode=verify-full sslrootcert='/home/ana/My files/ca.crt' options='-c search_path=a\\'b'"));
    QVERIFY(spec);
    QCOMPARE(spec->options,
        (QStringList { QStringLiteral("sslmode=verify-full"),
            QStringLiteral("sslrootcert=/home/ana/My files/ca.crt"),
            QStringLiteral("options=-c search_path=a'b") }));
    QCOMPARE(spec->connectOptions(),
        QStringLiteral("sslmode='verify-full';sslrootcert='/home/ana/My files/ca.crt';"
                       "options='-c search_path=a\\'b'"));
    QCOMPARE(ConnectionSpec::parse(QStringLiteral("host=h"))->connectOptions(), QString());
}

void TestConnectionSpec::displayNeverShowsThePassword()
{
    for (const QString &text : { QStringLiteral("postgresql://nurse:s3cret@clinic.example/neutrocare"),
             QStringLiteral("host=clinic.example dbname=neutrocare user=nurse password=s3cret") }) {
        const auto spec = ConnectionSpec::parse(text);
        QVERIFY(spec);
        QCOMPARE(spec->password, QStringLiteral("s3cret"));
        QVERIFY(!spec->display().contains(QStringLiteral("s3cret")));
        QCOMPARE(spec->display(), QStringLiteral("neutrocare on clinic.example"));
    }
}

void TestConnectionSpec::refusedInWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("said");
    QTest::newRow("port not a number")
        << QStringLiteral("host=h port=abc dbname=d") << QStringLiteral("port");
    QTest::newRow("port out of range") << QStringLiteral("postgresql://h:70000/d") << QStringLiteral("port");
    QTest::newRow("no value") << QStringLiteral("host=h dbname") << QStringLiteral("no value");
    QTest::newRow("open quote") << QStringLiteral("host=h dbname='neutro") << QStringLiteral("not closed");
    QTest::newRow("a semicolon") << QStringLiteral("host=h dbname=d sslmode=a;b") << QStringLiteral("\";\"");
}

void TestConnectionSpec::refusedInWords()
{
    QFETCH(QString, text);
    QFETCH(QString, said);
    QString error;
    QVERIFY(!ConnectionSpec::parse(text, &error));
    QVERIFY2(error.contains(said), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"

// Protocol::fromFile(): the clinic's protocol file as the profile form and `sheet --protocol` read it.

#include "clinical/protocol.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;

class TestProtocolFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFile();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
    void saysWhenTheFileCannotBeRead();

private:
    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("protocol%1.json").arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestProtocolFile::readsAFile()
{
    Protocol clinic = Protocol::defaultProtocol();
    clinic.id = QStringLiteral("clinic");
    clinic.name = QStringLiteral("Our clinic");
    clinic.single.thresholdC = 38.5;
    bool readable = false;
    const auto read = Protocol::fromFile(write(clinic.toJsonBytes()), &readable);
    QVERIFY(readable);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, clinic);
}

void TestProtocolFile::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("no id") << QByteArray(R"({"single": {"threshold_c": 38}})") << QStringLiteral("id");
}

void TestProtocolFile::refusesWhatItCannotUse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, field);
    bool readable = false;
    const auto read = Protocol::fromFile(write(content), &readable);
    QVERIFY(readable);
    QVERIFY(!read.ok());
    // Exactly what fromJsonBytes() says about the same bytes.
    QCOMPARE(read.error(), Protocol::fromJsonBytes(content).error());
    QCOMPARE(read.error().field, field);
}

void TestProtocolFile::saysWhenTheFileCannotBeRead()
{
    bool readable = true;
    const auto read = Protocol::fromFile(m_dir.filePath(QStringLiteral("none.json")), &readable);
    QVERIFY(!readable);
    QVERIFY(!read.ok());
    QVERIFY(read.error().field.isEmpty());
    QVERIFY(!read.error().message.isEmpty());
    // Without the flag it is still an error.
    QVERIFY(!Protocol::fromFile(m_dir.filePath(QStringLiteral("none.json"))).ok());
}

QTEST_GUILESS_MAIN(TestProtocolFile)
#include "tst_protocolfile.moc"

// What neutrocare-cli refuses at its doors, with exit 2 and one line naming the field and the
// reason: text beyond DESIGN.md's limits (a profile's name, a sheet's clinic), and numbers each
// plausible alone whose product is not (a derived ANC over the maximum).
#include "clirun.h"
#include "scratchdatabase.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = nc::test::CliRun;
using nc::test::runCli;

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileNameLimits_data();
    void profileNameLimits();
    void sheetRefusesAControlCharacter();
    void assessRefusesADerivedAncOverTheMaximum();

private:
    QTemporaryDir m_dir;
};

void TestCliInput::profileNameLimits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says"); // empty: accepted
    QTest::newRow("200 characters") << QString(200, QLatin1Char('n')) << QString();
    QTest::newRow("201 characters") << QString(201, QLatin1Char('n')) << QStringLiteral("201 characters");
    QTest::newRow("tab inside") << QStringLiteral("Ann\tMarie") << QString();
    QTest::newRow("escape") << QStringLiteral("Ann\x1b[2J") << QStringLiteral("U+001B");
}

void TestCliInput::profileNameLimits()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    // A file, or a database on the test server (tst_cliinput_postgresql): the same refusals.
    const nc::test::ScratchDatabase scratch(
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite")));
    const QString db = scratch.where();
    QVERIFY2(!db.isEmpty(), qPrintable(scratch.error()));
    const Run add
        = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), db, QStringLiteral("--add"), name });
    const Run list = runCli({ QStringLiteral("patients"), QStringLiteral("--db"), db });
    if (says.isEmpty()) {
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(QString::fromUtf8(list.out), QStringLiteral("1\t") + name + QLatin1Char('\n'));
        return;
    }
    QCOMPARE(add.exitCode, 2);
    const QString err = QString::fromUtf8(add.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("neutrocare-cli: patients: --add: ")) && err.contains(says),
        qPrintable(err));
    QVERIFY(list.out.isEmpty()); // nothing stored
}

void TestCliInput::sheetRefusesAControlCharacter()
{
    const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
    const Run run
        = runCli({ QStringLiteral("sheet"), QStringLiteral("--topic"), QStringLiteral("when-to-call"),
            QStringLiteral("-o"), pdf, QStringLiteral("--clinic"), QStringLiteral("City\x1b[2J Clinic") });
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("neutrocare-cli: sheet: --clinic: "))
            && err.contains(QStringLiteral("U+001B")),
        qPrintable(err));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliInput::assessRefusesADerivedAncOverTheMaximum()
{
    // Issue 13: WBC 150,000 x 90 % passed validation, then failed on the database with SQL's words.
    const Run run = runCli({ QStringLiteral("assess") },
        R"({"now": "2026-03-10T08:00:00+01:00", "counts": [{"time": "2026-03-09T08:00:00+01:00", "wbc": 150000,
            "unit": "cells/uL", "neutrophils_pct": 90}]})");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("neutrocare-cli: stdin: counts[0].wbc: ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("neutrophil count (ANC)"))
            && err.contains(QStringLiteral("highest accepted")),
        qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"

// What neutrocare-cli refuses at its doors, with exit 2 and one line naming the field and the
// reason: numbers each plausible alone whose product is not (a derived ANC over the maximum).
#include "clirun.h"

#include <QTest>

namespace {

using Run = nc::test::CliRun;
using nc::test::runCli;

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assessRefusesADerivedAncOverTheMaximum();
};

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

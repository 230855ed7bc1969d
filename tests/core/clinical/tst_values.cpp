// CLINICAL.md §1: units, the ε tolerance, plausibility with "did you mean", and the ANC.
#include "clinical/bloodcount.h"
#include "clinical/temperature.h"

#include <QTest>

using namespace nc;

class TestValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thresholdTolerance_data();
    void thresholdTolerance();
    void plausibility_data();
    void plausibility();
    void countUnits_data();
    void countUnits();
    void derivedAnc_data();
    void derivedAnc();
    void derivedAncOverTheMaximumSaysWhy();
    void codes();
};

void TestValues::thresholdTolerance_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<bool>("meets");
    const int C = int(TemperatureUnit::Celsius), F = int(TemperatureUnit::Fahrenheit);
    QTest::newRow("100.4 F >= 38.0") << 100.4 << F << 38.0 << true << true;
    QTest::newRow("101.0 F >= 38.3") << 101.0 << F << 38.3 << true << true;
    QTest::newRow("100.9 F < 38.3") << 100.9 << F << 38.3 << true << false;
    QTest::newRow("38.3 C not > 38.3") << 38.3 << C << 38.3 << false << false;
    QTest::newRow("38.31 C > 38.3") << 38.31 << C << 38.3 << false << true;
    QTest::newRow("38.0 C >= 38.0") << 38.0 << C << 38.0 << true << true;
    QTest::newRow("37.99 C < 38.0") << 37.99 << C << 38.0 << true << false;
    QTest::newRow("38.0 C not > 38.0") << 38.0 << C << 38.0 << false << false;
    QTest::newRow("100.5 F > 38.0") << 100.5 << F << 38.0 << false << true;
}

void TestValues::thresholdTolerance()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(double, threshold);
    QFETCH(bool, inclusive);
    QFETCH(bool, meets);
    const auto t = Temperature::fromInput(value, TemperatureUnit(unit));
    QVERIFY(t.ok());
    QCOMPARE(units::meetsThreshold(t->celsius(), threshold, inclusive), meets);
}

void TestValues::plausibility_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("hint");
    const int C = int(TemperatureUnit::Celsius), F = int(TemperatureUnit::Fahrenheit);
    QTest::newRow("30.0 C lowest") << 30.0 << C << true << "";
    QTest::newRow("29.9 C too low") << 29.9 << C << false << "";
    QTest::newRow("45.0 C highest") << 45.0 << C << true << "";
    QTest::newRow("45.1 C too high") << 45.1 << C << false << "";
    QTest::newRow("86.0 F lowest") << 86.0 << F << true << "";
    QTest::newRow("85.9 F too low") << 85.9 << F << false << "";
    QTest::newRow("113.0 F highest") << 113.0 << F << true << "";
    QTest::newRow("113.2 F too high") << 113.2 << F << false << "";
    QTest::newRow("101 typed as C") << 101.0 << C << false << "°F?";
    QTest::newRow("38.4 typed as F") << 38.4 << F << false << "°C?";
}

void TestValues::plausibility()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(bool, ok);
    QFETCH(QString, hint);
    const auto t = Temperature::fromInput(value, TemperatureUnit(unit));
    QCOMPARE(t.ok(), ok);
    if (!ok) {
        QCOMPARE(t.error().field, QStringLiteral("value"));
        if (!hint.isEmpty())
            QVERIFY2(t.error().message.endsWith(hint), qPrintable(t.error().message));
        else
            QVERIFY(!t.error().message.contains(QStringLiteral("Did you mean")));
    } else {
        QCOMPARE(t->enteredValue(), value);
        QCOMPARE(int(t->enteredUnit()), unit);
    }
}

void TestValues::countUnits_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("cells");
    QTest::addColumn<bool>("ok");
    QTest::newRow("cells/uL") << 400.0 << int(CountUnit::CellsPerMicrolitre) << 400.0 << true;
    QTest::newRow("10^9/L") << 0.4 << int(CountUnit::GigaPerLitre) << 400.0 << true;
    QTest::newRow("10^3/uL") << 1.5 << int(CountUnit::KiloPerMicrolitre) << 1500.0 << true;
    QTest::newRow("zero") << 0.0 << int(CountUnit::CellsPerMicrolitre) << 0.0 << true;
    QTest::newRow("G-CSF high 40,000 is fine") << 40.0 << int(CountUnit::GigaPerLitre) << 40000.0 << true;
    QTest::newRow("100,000 highest") << 100.0 << int(CountUnit::GigaPerLitre) << 100000.0 << true;
    QTest::newRow("over 100,000") << 100001.0 << int(CountUnit::CellsPerMicrolitre) << 0.0 << false;
    QTest::newRow("negative") << -0.1 << int(CountUnit::GigaPerLitre) << 0.0 << false;
}

void TestValues::countUnits()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(double, cells);
    QFETCH(bool, ok);
    const auto c = BloodCount::measured(QDateTime::currentDateTimeUtc(), value, CountUnit(unit));
    QCOMPARE(c.ok(), ok);
    if (ok) {
        QCOMPARE(c->anc(), cells);
        QCOMPARE(c->provenance(), AncProvenance::Measured);
    } else {
        QCOMPARE(c.error().field, QStringLiteral("anc"));
    }
}

void TestValues::derivedAnc_data()
{
    QTest::addColumn<double>("wbc");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QVariant>("total");
    QTest::addColumn<QVariant>("segs");
    QTest::addColumn<QVariant>("bands");
    QTest::addColumn<double>("anc");
    QTest::addColumn<QString>("errorField");
    const QVariant none;
    const int cells = int(CountUnit::CellsPerMicrolitre), giga = int(CountUnit::GigaPerLitre);
    QTest::newRow("total %") << 3.1 << giga << QVariant(45.0) << none << none << 1395.0 << "";
    QTest::newRow("segs + bands") << 2100.0 << cells << none << QVariant(20.0) << QVariant(2.0) << 462.0
                                  << "";
    QTest::newRow("segs, bands absent = 0")
        << 2100.0 << cells << none << QVariant(20.0) << none << 420.0 << "";
    QTest::newRow("no differential") << 2100.0 << cells << none << none << none << 0.0 << "differential";
    QTest::newRow("total and segs: never add bands to a total")
        << 2100.0 << cells << QVariant(40.0) << QVariant(30.0) << none << 0.0 << "differential";
    QTest::newRow("bands without segs")
        << 2100.0 << cells << none << none << QVariant(5.0) << 0.0 << "segs_pct";
    QTest::newRow("total over 100") << 2100.0 << cells << QVariant(100.5) << none << none << 0.0
                                    << "neutrophils_pct";
    QTest::newRow("total 100 ok") << 2100.0 << cells << QVariant(100.0) << none << none << 2100.0 << "";
    QTest::newRow("segs + bands = 100 ok")
        << 1000.0 << cells << none << QVariant(90.0) << QVariant(10.0) << 1000.0 << "";
    QTest::newRow("segs + bands > 100")
        << 1000.0 << cells << none << QVariant(90.0) << QVariant(11.0) << 0.0 << "bands_pct";
    QTest::newRow("negative %") << 1000.0 << cells << QVariant(-1.0) << none << none << 0.0
                                << "neutrophils_pct";
    QTest::newRow("WBC 500,000 ok") << 500.0 << giga << QVariant(10.0) << none << none << 50000.0 << "";
    QTest::newRow("WBC over 500,000") << 500.1 << giga << QVariant(10.0) << none << none << 0.0 << "wbc";
    // Each number plausible, their product not: the ANC has the same ceiling as a measured one.
    QTest::newRow("derived ANC 100,000 highest")
        << 125.0 << giga << QVariant(80.0) << none << none << 100000.0 << "";
    QTest::newRow("derived ANC over 100,000 (WBC 150,000 x 90%)")
        << 150000.0 << cells << QVariant(90.0) << none << none << 0.0 << "wbc";
    QTest::newRow("derived ANC just over 100,000, segs + bands")
        << 100001.0 << cells << none << QVariant(95.0) << QVariant(5.0) << 0.0 << "wbc";
}

void TestValues::derivedAnc()
{
    QFETCH(double, wbc);
    QFETCH(int, unit);
    QFETCH(QVariant, total);
    QFETCH(QVariant, segs);
    QFETCH(QVariant, bands);
    QFETCH(double, anc);
    QFETCH(QString, errorField);
    auto opt
        = [](const QVariant &v) { return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt; };
    const auto c = BloodCount::derived(
        QDateTime::currentDateTimeUtc(), wbc, CountUnit(unit), { opt(total), opt(segs), opt(bands) });
    QCOMPARE(c.ok(), errorField.isEmpty());
    if (c.ok()) {
        QVERIFY(qAbs(c->anc() - anc) < 1e-9);
        QCOMPARE(c->provenance(), AncProvenance::Derived);
    } else {
        QCOMPARE(c.error().field, errorField);
    }
}

void TestValues::derivedAncOverTheMaximumSaysWhy()
{
    const auto c = BloodCount::derived(
        QDateTime::currentDateTimeUtc(), 150000, CountUnit::CellsPerMicrolitre, Differential::total(90));
    QVERIFY(!c.ok());
    const QLocale locale;
    for (const QString &shown :
        { locale.toString(135000.0, 'f', 0), locale.toString(BloodCount::kMaxAnc, 'f', 0) })
        QVERIFY2(c.error().message.contains(shown), qPrintable(c.error().message));
}

void TestValues::codes()
{
    for (auto site : sites::all())
        QCOMPARE(sites::fromCode(sites::code(site)), site);
    QVERIFY(sites::mayReadLow(MeasurementSite::Axillary));
    QVERIFY(sites::mayReadLow(MeasurementSite::Temporal));
    QVERIFY(sites::mayReadLow(MeasurementSite::Tympanic));
    QVERIFY(!sites::mayReadLow(MeasurementSite::Oral));
    QVERIFY(!sites::mayReadLow(MeasurementSite::Rectal));
    QCOMPARE(units::countUnitFromCode(QStringLiteral("10^3/uL")), CountUnit::KiloPerMicrolitre);
    QVERIFY(!units::countUnitFromCode(QStringLiteral("K/uL")));
    QVERIFY(!units::temperatureUnitFromCode(QStringLiteral("c")));
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"

// Every threshold, in every unit, reads as the first one-decimal value that fires the engine's
// rule: typing the number shown triggers it, typing one step below (above, for a low rule) does not.

#include "clinical/thresholdtext.h"

#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestThresholdText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleTrigger_data();
    void singleTrigger();
    void lowAndSustained();
    void printedValueFiresAndTheNextDoesNot_data();
    void printedValueFiresAndTheNextDoesNot();
};

void TestThresholdText::singleTrigger_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("fahrenheit");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("us-idsa °C") << u"us-idsa"_s << false << QStringLiteral("38.3 °C or higher");
    QTest::newRow("us-idsa °F") << u"us-idsa"_s << true << QStringLiteral("101.0 °F or higher");
    QTest::newRow("us-cdc-38 °F") << u"us-cdc-38"_s << true << QStringLiteral("100.4 °F or higher");
    QTest::newRow("esmo-2016 °C") << u"esmo-2016"_s << false << QStringLiteral("38.4 °C or higher");
    QTest::newRow("esmo-2016 °F") << u"esmo-2016"_s << true << QStringLiteral("101.0 °F or higher");
    QTest::newRow("uk-nice °C") << u"uk-nice"_s << false << QStringLiteral("38.1 °C or higher");
    QTest::newRow("uk-nice °F") << u"uk-nice"_s << true << QStringLiteral("100.5 °F or higher");
    QTest::newRow("uk-37.5 °C") << u"uk-37.5"_s << false << QStringLiteral("37.5 °C or higher");
    QTest::newRow("uk-37.5 °F") << u"uk-37.5"_s << true << QStringLiteral("99.5 °F or higher");
}

void TestThresholdText::singleTrigger()
{
    QFETCH(QString, protocol);
    QFETCH(bool, fahrenheit);
    QFETCH(QString, phrase);
    const Protocol p = *Protocol::preset(protocol);
    const auto unit = fahrenheit ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius;
    QCOMPARE(TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit).phrase(), phrase);
}

void TestThresholdText::lowAndSustained()
{
    const Protocol uk = *Protocol::preset(QStringLiteral("uk-37.5"));
    QCOMPARE(TemperatureTrigger::low(uk.low->thresholdC, TemperatureUnit::Celsius).phrase(),
        QStringLiteral("35.9 °C or lower"));
    QCOMPARE(TemperatureTrigger::low(uk.low->thresholdC, TemperatureUnit::Fahrenheit).phrase(),
        QStringLiteral("96.7 °F or lower"));
    const Protocol idsa = *Protocol::preset(QStringLiteral("us-idsa"));
    QCOMPARE(triggers::sustainedPhrase(*idsa.sustained, TemperatureUnit::Fahrenheit),
        QStringLiteral("100.4 °F or higher for 1 hour or longer"));
    const Protocol esmo = *Protocol::preset(QStringLiteral("esmo-2016"));
    QCOMPARE(triggers::sustainedPhrase(*esmo.sustained, TemperatureUnit::Celsius),
        QStringLiteral("38.1 °C or higher for 2 hours or longer"));
    QCOMPARE(triggers::duration(90), QStringLiteral("90 minutes"));
}

// Whatever the threshold, the printed number is exactly the boundary of the engine's comparison.
void TestThresholdText::printedValueFiresAndTheNextDoesNot_data()
{
    QTest::addColumn<double>("thresholdC");
    QTest::addColumn<bool>("inclusive");
    for (double t : { 37.5, 37.8, 38.0, 38.1, 38.3, 38.5, 39.0 }) {
        QTest::addRow("≥ %.1f", t) << t << true;
        QTest::addRow("> %.1f", t) << t << false;
    }
}

void TestThresholdText::printedValueFiresAndTheNextDoesNot()
{
    QFETCH(double, thresholdC);
    QFETCH(bool, inclusive);
    for (auto unit : { TemperatureUnit::Celsius, TemperatureUnit::Fahrenheit }) {
        const auto high = TemperatureTrigger::high(thresholdC, inclusive, unit);
        QVERIFY(units::meetsThreshold(units::toCelsius(high.displayValue, unit), thresholdC, inclusive));
        QVERIFY(
            !units::meetsThreshold(units::toCelsius(high.displayValue - 0.1, unit), thresholdC, inclusive));
        // The same thresholds as a low rule: the value shown fires, one step above does not.
        const auto low = TemperatureTrigger::low(thresholdC - 2, unit);
        QVERIFY(units::belowThreshold(units::toCelsius(low.displayValue, unit), thresholdC - 2));
        QVERIFY(!units::belowThreshold(units::toCelsius(low.displayValue + 0.1, unit), thresholdC - 2));
    }
}

QTEST_APPLESS_MAIN(TestThresholdText)
#include "tst_thresholdtext.moc"

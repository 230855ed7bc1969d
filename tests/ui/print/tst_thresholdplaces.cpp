// Every place that shows a fever threshold shows the same number, and that number is the one that
// counts: for every preset, in both units, the Today reason (the engine's message), the chart's
// line, the Learn articles (content placeholders), the When-to-call sheet and the wallet card all
// show the first one-decimal reading that triggers the rule. Typing the number shown triggers it;
// typing one step below does not. (us-idsa in °F once said "fever limit of 100.9 °F" on screen,
// a reading that does not trigger, while the sheet said 101.0 °F.)

#include "charts/chartmodels.h"
#include "clinical/assessment.h"
#include "clinical/thresholdtext.h"
#include "content/contentfill.h"
#include "pdftext.h"
#include "print/walletcard.h"
#include "print/whentocallsheet.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::charts;

class TestThresholdPlaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPlaceShowsTheNumberThatTriggers_data();
    void everyPlaceShowsTheNumberThatTriggers();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestThresholdPlaces::everyPlaceShowsTheNumberThatTriggers_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("unit");
    for (const Protocol &p : Protocol::presets()) {
        for (auto unit : { TemperatureUnit::Celsius, TemperatureUnit::Fahrenheit }) {
            QTest::addRow("%s %s", qPrintable(p.id), qPrintable(units::temperatureUnitSymbol(unit)))
                << p.id << int(unit);
        }
    }
}

void TestThresholdPlaces::everyPlaceShowsTheNumberThatTriggers()
{
    QFETCH(QString, protocol);
    QFETCH(int, unit);
    const auto u = TemperatureUnit(unit);
    PatientSettings settings;
    settings.protocol = *Protocol::preset(protocol);
    settings.displayUnit = u;
    const Protocol &p = settings.protocol;
    const TemperatureTrigger trigger = TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, u);
    const QString phrase = trigger.phrase();

    // Typing the number shown triggers the rule; one step below does not.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    auto assessTyped = [&](double value) {
        AssessmentInput in;
        in.now = now;
        in.protocol = p;
        in.displayUnit = u;
        in.temperatures.append({ now.addSecs(-600), *Temperature::fromInput(value, u) });
        return assess(in);
    };
    const Assessment shown = assessTyped(trigger.displayValue);
    QVERIFY(shown.hasReason(Finding::FeverSingle));
    QVERIFY(!assessTyped(trigger.displayValue - 0.1).hasReason(Finding::FeverSingle));

    // Today's reason.
    const auto fever = std::find_if(shown.reasons.begin(), shown.reasons.end(),
        [](const FindingMessage &f) { return f.code == Finding::FeverSingle; });
    QVERIFY2(fever->message.contains(phrase), qPrintable(fever->message));

    // The chart's line.
    const TimeRange range { now.addDays(-1), now };
    const auto chart = TemperatureChartModel::build({}, {}, p, u, range, 800);
    const auto line = std::find_if(chart.thresholds.begin(), chart.thresholds.end(),
        [](const auto &t) { return t.kind == ThresholdKind::Single; });
    QVERIFY(line != chart.thresholds.end());
    QCOMPARE(line->detail, phrase);

    // Learn's articles.
    QCOMPARE(content::fill(QStringLiteral("{{single_threshold}}"), settings), phrase);

    // The When-to-call sheet (the number big, its words beside it) and the wallet card.
    const QString sheetPath = m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(++m_files));
    QVERIFY(!printing::writePdf(WhenToCallSheet(settings), sheetPath, Paper::A4));
    const QString sheet = test::pdfText(sheetPath);
    QVERIFY2(sheet.contains(trigger.value() + QLatin1Char(' ') + trigger.qualifier()), qPrintable(sheet));
    WalletCardData card;
    card.name = QStringLiteral("Maria Lopez");
    card.settings = settings;
    const QString cardPath = m_dir.filePath(QStringLiteral("card-%1.pdf").arg(++m_files));
    QVERIFY(!printing::writePdf(WalletCard(card), cardPath, Paper::A4));
    const QString cardText = test::pdfText(cardPath);
    QVERIFY2(cardText.contains(phrase), qPrintable(cardText));
}

QTEST_MAIN(TestThresholdPlaces)
#include "tst_thresholdplaces.moc"

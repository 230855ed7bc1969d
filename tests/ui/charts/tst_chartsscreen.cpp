// The charts screen offscreen: ranges, shared pan and zoom, empty charts, palettes, large text,
// export and window-less rendering. Set NC_SCREENSHOT_DIR to also save the screenshots in docs/.

#include "../guitest.h"
#include "ancchart.h"
#include "chartfixture.h"
#include "chartrenderer.h"
#include "chartsscreen.h"
#include "chartview.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"
#include "temperaturechart.h"
#include "timewindow.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace nc;
using namespace nc::charts;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1E, 0x23, 0x28));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xEC, 0xEF));
    p.setColor(QPalette::Base, QColor(0x15, 0x19, 0x1D));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x28, 0x2E));
    p.setColor(QPalette::Text, QColor(0xE8, 0xEC, 0xEF));
    p.setColor(QPalette::Button, QColor(0x2A, 0x31, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xE8, 0xEC, 0xEF));
    p.setColor(QPalette::Highlight, QColor(0x4F, 0xB3, 0xBA));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x14, 0x18));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA5, 0xB0));
    return p;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

qint64 axisSpan(TimeChart *chart)
{
    return chart->timeAxis()->min().msecsTo(chart->timeAxis()->max());
}

QXYSeries *lineSeries(TimeChart *chart)
{
    return qobject_cast<QLineSeries *>(chart->series().first());
}

bool sameAxis(TimeChart *a, TimeChart *b)
{
    return a->timeAxis()->min() == b->timeAxis()->min() && a->timeAxis()->max() == b->timeAxis()->max();
}

// Distinct colours in a sparse grid of pixels: a blank image has one.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestChartsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rangesShowTheirPeriod();
    void customRange();
    void keysPanAndZoomBothCharts();
    void mouseDragAndWheel();
    void tooltipNamesTheReading();
    void emptyChartsSayWhatToLog();
    void followsDisplayUnit();
    void darkPaletteAndLargeText();
    void exportWritesPngAndSvg();
    void saveButtonsWriteTheChosenFile_data();
    void saveButtonsWriteTheChosenFile();
    void rendersWithoutAWindow();
    void controlsHaveNamesAndShortcuts();
    void inTheMainWindow();
    void screenshots();

private:
    std::unique_ptr<ChartsScreen> makeScreen();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    testing::ChartFixture m_fixture;
};

void TestChartsScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Theme::apply(*qApp, false);
}

void TestChartsScreen::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("charts%1.sqlite").arg(++n))),
        qPrintable(m_db->errorString()));
    m_fixture = testing::buildChartFixture(*m_db);
}

void TestChartsScreen::cleanup()
{
    m_db.reset();
}

std::unique_ptr<ChartsScreen> TestChartsScreen::makeScreen()
{
    auto screen = std::make_unique<ChartsScreen>(*m_db);
    const QDateTime now = m_fixture.now;
    screen->setClock([now] { return now; });
    screen->resize(1600, 1000);
    screen->setPatient(m_fixture.patientId);
    screen->show();
    settle();
    return screen;
}

void TestChartsScreen::rangesShowTheirPeriod()
{
    auto screen = makeScreen();
    auto *temperature = screen->temperatureChart();
    auto *anc = screen->ancChart();
    const QDateTime endOfToday = m_fixture.now.date().addDays(1).startOfDay(Qt::OffsetFromUTC, 3600);

    screen->setRangePreset(RangePreset::Week);
    QCOMPARE(temperature->timeAxis()->max(), endOfToday);
    QCOMPARE(axisSpan(temperature), qint64(7) * 24 * 3600 * 1000);
    QVERIFY(sameAxis(temperature, anc));
    // Twice a day for 7 days, the last evening's reading included, plus the neighbour before.
    QCOMPARE(temperature->model().readingsInRange, 14);
    QCOMPARE(temperature->drawnPointCount(), 15);
    QCOMPARE(lineSeries(temperature)->count(), 15); // what the chart library was given
    QCOMPARE(lineSeries(anc)->count(), anc->drawnPointCount());
    const qsizetype weekCounts = anc->model().countsInRange;
    QCOMPARE(weekCounts, 1); // cycle 3, day 7

    screen->setRangePreset(RangePreset::Month);
    QCOMPARE(axisSpan(temperature), qint64(30) * 24 * 3600 * 1000);
    QCOMPARE(temperature->model().readingsInRange, 60);
    QVERIFY(sameAxis(temperature, anc));
    QVERIFY(anc->model().countsInRange > weekCounts);

    screen->setRangePreset(RangePreset::Cycle);
    QCOMPARE(
        temperature->timeAxis()->min().toOffsetFromUtc(3600).date(), m_fixture.cycles.last().addDays(-1));
    QVERIFY(sameAxis(temperature, anc));
    // The cycle's predicted nadir window is shaded and labelled as a prediction.
    QCOMPARE(temperature->model().readingsInRange, 2 * 9 + 2);

    screen->setRangePreset(RangePreset::All);
    QCOMPARE(
        temperature->timeAxis()->min().toOffsetFromUtc(3600).date(), m_fixture.cycles.first().addDays(-3));
    QCOMPARE(temperature->model().readingsInRange, m_fixture.temperatureCount);
    QCOMPARE(anc->model().countsInRange, 12);
    QCOMPARE(temperature->drawnPointCount(), m_fixture.temperatureCount); // small: nothing dropped
    QCOMPARE(lineSeries(temperature)->count(), m_fixture.temperatureCount);
    QCOMPARE(lineSeries(anc)->count(), 12);
    QVERIFY(sameAxis(temperature, anc));
}

void TestChartsScreen::customRange()
{
    auto screen = makeScreen();
    const QDate from = m_fixture.cycles.first().addDays(8);
    const QDate to = m_fixture.cycles.first().addDays(12);
    screen->setCustomRange(from, to);
    QCOMPARE(screen->rangePreset(), RangePreset::Custom);
    QCOMPARE(screen->temperatureChart()->timeAxis()->min().toOffsetFromUtc(3600).date(), from);
    QCOMPARE(screen->temperatureChart()->timeAxis()->max().toOffsetFromUtc(3600).date(), to.addDays(1));
    // Five days, two readings a day, and the febrile day has four.
    QCOMPARE(screen->temperatureChart()->model().readingsInRange, 12);
    const auto &points = screen->temperatureChart()->model().points;
    QVERIFY(std::any_of(points.begin(), points.end(), [](const TemperaturePoint &p) { return p.fever; }));
    QVERIFY(std::any_of(points.begin(), points.end(), [](const TemperaturePoint &p) { return p.masked; }));
    // Loaded with an indexed range query around the period, never the whole history.
    screen->reload();
    QVERIFY(screen->data()->loaded.from.daysTo(screen->data()->loaded.to) <= 3 * 5);
    QVERIFY(screen->data()->temperatures.size() < m_fixture.temperatureCount / 2);
}

void TestChartsScreen::keysPanAndZoomBothCharts()
{
    auto screen = makeScreen();
    screen->setRangePreset(RangePreset::Month);
    auto *temperature = screen->temperatureChart();
    auto *anc = screen->ancChart();
    auto *view = screen->temperatureView();
    view->setFocus();
    const QDateTime home = temperature->timeAxis()->min();
    const qint64 span = axisSpan(temperature);

    const auto loaded = screen->data();
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(temperature->timeAxis()->min(), home.addMSecs(-span / 10));
    QCOMPARE(screen->data(), loaded); // a short pan stays inside what was loaded: no query
    QVERIFY(sameAxis(temperature, anc));

    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(temperature->timeAxis()->min(), home.addMSecs(span / 10));
    QVERIFY(sameAxis(temperature, anc));

    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(axisSpan(temperature) < span);
    QVERIFY(sameAxis(temperature, anc));
    QTest::keyClick(screen->ancView(), Qt::Key_Minus);
    QTest::keyClick(screen->ancView(), Qt::Key_Minus);
    QVERIFY(axisSpan(temperature) > span);
    QVERIFY(sameAxis(temperature, anc));

    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(temperature->timeAxis()->min(), home);
    QCOMPARE(axisSpan(anc), span);
    QVERIFY(sameAxis(temperature, anc));

    // Panning back past the loaded period loads the earlier readings.
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(temperature->model().readingsInRange, 0);
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_PageUp);
    // The 30 days before the home period hold the last 24 days of the history: 2 a day, and the
    // febrile day's 2 extra.
    QCOMPARE(temperature->model().readingsInRange, 50);
    QVERIFY(sameAxis(temperature, anc));
}

void TestChartsScreen::mouseDragAndWheel()
{
    auto screen = makeScreen();
    screen->setRangePreset(RangePreset::Month);
    auto *temperature = screen->temperatureChart();
    auto *viewport = screen->temperatureView()->viewport();
    const QDateTime home = temperature->timeAxis()->min();
    const qint64 span = axisSpan(temperature);
    const QRectF plot = temperature->plotRect();
    const QPoint start = plot.center().toPoint();

    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(int(plot.width() / 4), 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(int(plot.width() / 4), 0));
    // Dragging right by a quarter of the plot shows a quarter of the span earlier.
    QVERIFY(std::abs(temperature->timeAxis()->min().msecsTo(home.addMSecs(-span / 4))) < span / 100);
    QVERIFY(sameAxis(temperature, screen->ancChart()));

    QWheelEvent wheel(QPointF(start), viewport->mapToGlobal(QPointF(start)), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(axisSpan(temperature) < span);
    QVERIFY(sameAxis(temperature, screen->ancChart()));
}

void TestChartsScreen::tooltipNamesTheReading()
{
    auto screen = makeScreen();
    screen->setCustomRange(m_fixture.feverTime.date().addDays(-1), m_fixture.feverTime.date().addDays(1));
    auto *chart = screen->temperatureChart();
    const auto &points = chart->model().points;
    auto fever = std::find_if(points.begin(), points.end(),
        [&](const TemperaturePoint &p) { return p.time == m_fixture.feverTime; });
    QVERIFY(fever != points.end());
    const double y = chart->plotRect().bottom()
        - (fever->value - chart->model().yMin) / (chart->model().yMax - chart->model().yMin)
            * chart->plotRect().height();
    const QString tip = chart->tooltipAt(QPointF(chart->xFor(fever->time) + 2, y - 2));
    QVERIFY2(tip.contains(QStringLiteral("38.4")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Oral")) || tip.contains(QStringLiteral("oral")));
    QVERIFY(tip.contains(QStringLiteral("Fever")));
    QVERIFY(tip.contains(QStringLiteral("Called the hotline")));
    QVERIFY(tip.contains(QLocale().toString(m_fixture.feverTime.toLocalTime(), QStringLiteral("HH:mm"))));
    QVERIFY(chart->tooltipAt(QPointF(chart->plotRect().left() - 40, y)).isEmpty());
}

void TestChartsScreen::emptyChartsSayWhatToLog()
{
    const qint64 empty
        = PatientRepository(*m_db).add(Patient { 0, QStringLiteral("New person"), {} }).value();
    auto screen = makeScreen();
    screen->setPatient(empty);
    auto *temperature = screen->temperatureChart();
    QVERIFY(temperature->isEmpty());
    QVERIFY(temperature->emptyText().contains(QStringLiteral("Log a temperature")));
    QVERIFY(screen->ancChart()->emptyText().contains(QStringLiteral("Log a blood count")));
    QVERIFY(!temperature->valueAxis()->labelsVisible()); // no bare axes
    QVERIFY(screen->temperatureView()->accessibleDescription().contains(QStringLiteral("Log a temperature")));
    const QImage image = screen->temperatureView()->grab().toImage();
    QVERIFY(colourCount(image) > 2); // the message is drawn
}

void TestChartsScreen::followsDisplayUnit()
{
    auto settings = PatientSettingsRepository(*m_db).get(m_fixture.patientId);
    settings.displayUnit = TemperatureUnit::Fahrenheit;
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_fixture.patientId, settings));
    auto screen = makeScreen();
    screen->setRangePreset(RangePreset::All);
    auto *chart = screen->temperatureChart();
    QVERIFY(chart->valueAxis()->titleText().contains(QStringLiteral("°F")));
    const auto &points = chart->model().points;
    auto fever = std::find_if(points.begin(), points.end(),
        [&](const TemperaturePoint &p) { return p.time == m_fixture.feverTime; });
    QVERIFY(fever != points.end());
    QCOMPARE(qRound(fever->value * 10), qRound(units::celsiusToFahrenheit(38.4) * 10));
    QVERIFY(chart->valueAxis()->max() > 101);
}

void TestChartsScreen::darkPaletteAndLargeText()
{
    auto screen = makeScreen();
    const QColor lightBackground = screen->temperatureChart()->chartStyle().background;
    // The app's stylesheet is written for its light theme; a dark desktop palette goes without it.
    qApp->setStyleSheet(QString());
    screen->setPalette(darkPalette());
    settle();
    const ChartStyle dark = screen->temperatureChart()->chartStyle();
    QVERIFY(dark.dark);
    QCOMPARE(dark.background, darkPalette().color(QPalette::Base));
    QVERIFY(dark.background != lightBackground);
    QVERIFY(dark.text.lightness() > dark.background.lightness());
    QCOMPARE(screen->ancChart()->chartStyle().background, dark.background);
    const QImage image = screen->temperatureView()->grab().toImage();
    QCOMPARE(image.pixelColor(3, 3), dark.background);

    QFont large = screen->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    screen->setFont(large);
    settle();
    QVERIFY(screen->temperatureChart()->chartStyle().scale > 1.3);
    QCOMPARE(screen->temperatureChart()->chartStyle().font.pointSizeF(), large.pointSizeF());
    Theme::apply(*qApp, false);
}

void TestChartsScreen::exportWritesPngAndSvg()
{
    auto screen = makeScreen();
    screen->setRangePreset(RangePreset::All);
    const QString png = m_dir.filePath(QStringLiteral("charts.png"));
    const QString svg = m_dir.filePath(QStringLiteral("charts.svg"));
    QCOMPARE(screen->exportPng(png), std::nullopt);
    QCOMPARE(screen->exportSvg(svg), std::nullopt);

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), screen->temperatureView()->width());
    QVERIFY(colourCount(image) > 20);

    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("not a blood count"));
    // The readings' markers are shapes in a vector file, not embedded pictures.
    QVERIFY(text.contains("<ellipse") || text.contains("<circle"));
    QVERIFY(!text.contains("<image"));

    screen->copyToClipboard();
    QVERIFY(!QApplication::clipboard()->image().isNull());

    QVERIFY(screen->exportPng(m_dir.filePath(QStringLiteral("missing/dir/charts.png"))).has_value());
}

void TestChartsScreen::saveButtonsWriteTheChosenFile_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("written");
    QTest::newRow("png") << QStringLiteral("chartSavePng") << QStringLiteral("chosen.png")
                         << QStringLiteral("chosen.png");
    // A name typed without its suffix gets the one of its kind.
    QTest::newRow("svg, no suffix") << QStringLiteral("chartSaveSvg") << QStringLiteral("chosen")
                                    << QStringLiteral("chosen.svg");
}

void TestChartsScreen::saveButtonsWriteTheChosenFile()
{
    QFETCH(QString, button);
    QFETCH(QString, answer);
    QFETCH(QString, written);
    auto screen = makeScreen();
    auto *save = screen->findChild<QPushButton *>(button);
    QVERIFY(save);
    const QString suffix = written.section(QLatin1Char('.'), -1);
    QTemporaryDir folder;

    // The person cancels: nothing is written.
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(QDir(folder.path()).isEmpty());

    FileDialog::setNextAnswer(folder.filePath(answer));
    QTest::mouseClick(save, Qt::LeftButton);
    const FileDialog::Question asked = FileDialog::lastQuestion();
    QCOMPARE(asked.title, QStringLiteral("Save the charts"));
    QVERIFY2(asked.suggested.endsWith(QStringLiteral("/neutrocare-charts-%1.%2")
                                          .arg(m_fixture.now.date().toString(Qt::ISODate), suffix)),
        qPrintable(asked.suggested));
    QVERIFY2(asked.filter.contains(QStringLiteral("*.") + suffix), qPrintable(asked.filter));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList { written });
    if (suffix == QStringLiteral("png")) {
        const QImage image(folder.filePath(written));
        QCOMPARE(image.width(), screen->temperatureView()->width());
        QVERIFY(colourCount(image) > 20);
    } else {
        QVERIFY(QSvgRenderer(folder.filePath(written)).isValid());
    }

    // A folder that is not there: the person is told, in a message box.
    FileDialog::setNextAnswer(folder.filePath(QStringLiteral("missing/") + written));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(MessageBox::discardAnswers(), 0);
    QCOMPARE(MessageBox::lastQuestion().title, QStringLiteral("The charts were not saved"));
}

void TestChartsScreen::rendersWithoutAWindow()
{
    const TimeRange range { m_fixture.cycles.first().startOfDay(Qt::OffsetFromUTC, 3600),
        m_fixture.now.date().addDays(1).startOfDay(Qt::OffsetFromUTC, 3600) };
    auto data = std::make_shared<const ChartData>(
        ChartData::load(*m_db, m_fixture.patientId, range, m_fixture.now));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    const ChartStyle style = ChartStyle::fromPalette(QPalette(), font);
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartRenderer::render(&painter, QRectF(0, 0, 1200, 800), data, range, style);
    painter.end();
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
    QVERIFY(colourCount(image) > 20);
    // Both halves are drawn: the temperature chart above, the blood count below.
    QVERIFY(colourCount(image.copy(0, 0, 1200, 400)) > 10);
    QVERIFY(colourCount(image.copy(0, 450, 1200, 350)) > 10);
}

void TestChartsScreen::controlsHaveNamesAndShortcuts()
{
    auto screen = makeScreen();
    for (const char *name : { "chartSavePng", "chartSaveSvg", "chartCopy", "chartReset" }) {
        auto *button = screen->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    QCOMPARE(screen->actions().size(), 4);
    for (QAction *action : screen->actions())
        QVERIFY(!action->shortcut().isEmpty());
    for (QWidget *w :
        { static_cast<QWidget *>(screen->temperatureView()), static_cast<QWidget *>(screen->ancView()),
            static_cast<QWidget *>(screen->findChild<QComboBox *>(QStringLiteral("chartRange"))) }) {
        QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    }
    // Ctrl+0 resets pan and zoom from anywhere on the screen.
    screen->temperatureView()->setFocus();
    const TimeRange home = screen->timeWindow()->home();
    QTest::keyClick(screen->temperatureView(), Qt::Key_Plus);
    QVERIFY(screen->timeWindow()->range() != home);
    QTest::keyClick(screen->temperatureView(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(screen->timeWindow()->range(), home);
}

void TestChartsScreen::inTheMainWindow()
{
    MainWindow w(*m_db);
    const QDateTime now = m_fixture.now;
    w.session().setClock([now] { return now; }); // the charts follow the session's clock
    w.resize(1600, 1000);
    w.show();
    w.switchPatient(m_fixture.patientId);
    w.session().notifyChanged();
    w.showScreen(2); // after History
    settle();
    auto *charts = w.chartsScreen();
    QVERIFY(charts->isVisible());
    QVERIFY(!charts->temperatureChart()->isEmpty());
    QCOMPARE(charts->temperatureChart()->model().readingsInRange, 60); // 30 days by default
    // A new reading shows up at once: the screen reloads when the session says data changed.
    TemperatureRecord r;
    r.patientId = m_fixture.patientId;
    r.reading.time = now.addSecs(-600);
    r.reading.temperature = Temperature::fromInput(38.6, TemperatureUnit::Celsius).value();
    QVERIFY(TemperatureRepository(*m_db).add(r).ok());
    w.session().notifyChanged();
    QCOMPARE(charts->temperatureChart()->model().readingsInRange, 61);
    QVERIFY(charts->temperatureChart()->model().points.last().fever);
}

void TestChartsScreen::screenshots()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write the documentation screenshots");
    auto screen = makeScreen();
    screen->setRangePreset(RangePreset::All);
    guitest::saveShot(screen.get(), "charts-light");
    const QPalette light = screen->palette();
    // The app's stylesheet is written for its light theme; a dark desktop palette goes without it.
    qApp->setStyleSheet(QString());
    screen->setPalette(darkPalette());
    guitest::saveShot(screen.get(), "charts-dark");
    screen->setPalette(light);
    Theme::apply(*qApp, true);
    guitest::saveShot(screen.get(), "charts-large-text");
    Theme::apply(*qApp, false);
    // In Spanish: a screen built with the Spanish translator and number formats installed.
    language::apply(QStringLiteral("es"));
    auto spanish = makeScreen();
    spanish->setRangePreset(RangePreset::All);
    guitest::saveShot(spanish.get(), "charts-es");
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestChartsScreen)
#include "tst_chartsscreen.moc"

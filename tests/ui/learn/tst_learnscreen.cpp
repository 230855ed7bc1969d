// Drives the Learn screen as a reader would: typing in the search box, clicking a link inside an
// article, going back and forward. Set NC_SCREENSHOT_DIR to also save docs/screenshots/learn.png.

#include "../guitest.h"
#include "clinical/thresholdtext.h"
#include "content/contentfill.h"
#include "learn/articlelistmodel.h"
#include "learn/learnscreen.h"
#include "mainwindow/mainwindow.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace nc;
using nc::guitest::saveShot;
using nc::guitest::useOwnSettings;

namespace {

// Clicks the link to `href` inside the browser, where a reader would.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            // Clicked only once it is on screen, where a reader sees it.
            if (!QTest::qWaitFor([&] {
                    return browser->viewport()->rect().contains(browser->cursorRect(cursor).center());
                }))
                return false;
            const QPoint at = browser->cursorRect(cursor).center();
            QTest::mouseMove(browser->viewport(), at);
            QTest::mousePress(browser->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseRelease(browser->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

} // namespace

class TestLearnScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchFiltersTheList();
    void listSelectionOpensTheArticle();
    void linkNavigatesAndBackWorks();
    void articleIsFilledFromSettings();
    void largeTextGrowsTheArticle();
    void everyControlHasNameAndFocus();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestLearnScreen::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCareLearnTest"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Theme::apply(*qApp, false);
    QVERIFY(m_dir.isValid());
}

void TestLearnScreen::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("learn%1.sqlite").arg(++n))));
    const Expected<qint64> id
        = PatientRepository(*m_db).add(Patient { 0, QStringLiteral("Maria Lopez"), 1968 });
    QVERIFY(id.ok());
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(*id);
}

void TestLearnScreen::cleanup()
{
    m_session.reset();
    m_db.reset();
}

void TestLearnScreen::searchFiltersTheList()
{
    LearnScreen screen(*m_session);
    // The model keeps Qt's rules through every filter and reset below.
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    screen.show();
    const int all = screen.model()->rowCount();
    QCOMPARE(all, int(ContentCatalogue::shipped().articles(QStringLiteral("en")).size()));

    QTest::keyClicks(screen.searchBox(), QStringLiteral("kostmann"));
    const int filtered = screen.articleList()->model()->rowCount();
    QVERIFY(filtered >= 1);
    QVERIFY(filtered < all);
    const auto top = ContentCatalogue::shipped().article(screen.model()->idAt(0), QStringLiteral("en"));
    QVERIFY(top && top->topics.contains(QStringLiteral("type-kostmann")));
    QVERIFY(screen.findChild<QLabel *>(QStringLiteral("learnResultCount"))
                ->text()
                .contains(QStringLiteral("kostmann")));

    // Accents and case do not matter.
    screen.searchBox()->clear();
    QTest::keyClicks(screen.searchBox(), QStringLiteral("DÉNGUE"));
    QVERIFY(screen.model()->rowCount() >= 1);

    screen.searchBox()->clear();
    QTest::keyClicks(screen.searchBox(), QStringLiteral("qwertzuiop"));
    QCOMPARE(screen.model()->rowCount(), 0);
    QVERIFY(screen.findChild<QLabel *>(QStringLiteral("learnResultCount"))
                ->text()
                .startsWith(QStringLiteral("No article")));

    QTest::keyClick(screen.searchBox(), Qt::Key_Escape);
    QVERIFY(screen.searchBox()->text().isEmpty());
    QCOMPARE(screen.model()->rowCount(), all);

    // Enter opens the best match.
    QTest::keyClicks(screen.searchBox(), QStringLiteral("pegfilgrastim"));
    QTest::keyClick(screen.searchBox(), Qt::Key_Return);
    QCOMPARE(screen.currentArticleId(), QStringLiteral("treatments"));

    // Another language reloads the list, filtered as it was.
    screen.model()->setLanguage(QStringLiteral("es"));
    QVERIFY(screen.model()->rowCount() >= 1);
    QVERIFY(screen.model()->rowCount() < all);
}

void TestLearnScreen::listSelectionOpensTheArticle()
{
    LearnScreen screen(*m_session);
    screen.resize(1200, 800);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    const int row = screen.model()->rowOf(QStringLiteral("food-safety"));
    QVERIFY(row >= 0);
    const QRect rect = screen.articleList()->visualRect(screen.model()->index(row));
    QTest::mouseClick(screen.articleList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(screen.currentArticleId(), QStringLiteral("food-safety"));
    QVERIFY(screen.articleView()->toPlainText().startsWith(QStringLiteral("Food safety")));

    // Keyboard: Down moves to the next article.
    screen.articleList()->setFocus();
    QTest::keyClick(screen.articleList(), Qt::Key_Down);
    QCOMPARE(screen.currentArticleId(), screen.model()->idAt(row + 1));
}

void TestLearnScreen::linkNavigatesAndBackWorks()
{
    LearnScreen screen(*m_session);
    screen.resize(1200, 800);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    auto *back = screen.findChild<QPushButton *>(QStringLiteral("learnBack"));
    auto *forward = screen.findChild<QPushButton *>(QStringLiteral("learnForward"));
    screen.openArticle(QStringLiteral("when-to-call"));
    QVERIFY(screen.articleView()->toPlainText().contains(QStringLiteral("why a fever is an emergency")));

    QVERIFY(clickLink(screen.articleView(), QStringLiteral("article:fever-emergency")));
    QTRY_COMPARE(screen.currentArticleId(), QStringLiteral("fever-emergency"));
    QVERIFY(screen.articleView()->toPlainText().startsWith(QStringLiteral("Why a fever is an emergency")));
    // The list follows the article being read.
    QCOMPARE(
        screen.articleList()->currentIndex().row(), screen.model()->rowOf(QStringLiteral("fever-emergency")));
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(screen.currentArticleId(), QStringLiteral("when-to-call"));
    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(screen.currentArticleId(), QStringLiteral("fever-emergency"));

    // Alt+Left goes back too.
    screen.articleView()->setFocus();
    QTest::keyClick(screen.articleView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(screen.currentArticleId(), QStringLiteral("when-to-call"));

    // Unknown ids are ignored; the page stays.
    screen.openArticle(QStringLiteral("no-such-article"));
    QCOMPARE(screen.currentArticleId(), QStringLiteral("when-to-call"));
}

void TestLearnScreen::articleIsFilledFromSettings()
{
    LearnScreen screen(*m_session);
    screen.show();
    screen.openArticle(QStringLiteral("when-to-call"));
    const PatientSettings defaults = m_session->settings();
    QVERIFY(screen.articleView()->toPlainText().contains(TemperatureTrigger::high(
        defaults.protocol.single.thresholdC, defaults.protocol.single.inclusive, TemperatureUnit::Celsius)
                                                             .phrase()));

    PatientSettings s = defaults;
    s.protocol = *Protocol::preset(QStringLiteral("us-cdc-38"));
    s.displayUnit = TemperatureUnit::Fahrenheit;
    s.clinicName = QStringLiteral("Riverside Oncology");
    s.inHoursNumber = QStringLiteral("020 7946 0001");
    s.outOfHoursNumber = QStringLiteral("020 7946 0999");
    QVERIFY(!m_session->saveSettings(s));
    const QString text = screen.articleView()->toPlainText();
    QVERIFY(text.contains(TemperatureTrigger::high(38.0, true, TemperatureUnit::Fahrenheit).phrase()));
    QVERIFY(text.contains(QStringLiteral("020 7946 0001")));
    QVERIFY(text.contains(QStringLiteral("020 7946 0999")));
    QVERIFY(text.contains(QStringLiteral("Riverside Oncology")));
    QVERIFY(!text.contains(QLatin1String("{{")));
}

void TestLearnScreen::largeTextGrowsTheArticle()
{
    LearnScreen screen(*m_session);
    screen.show();
    const qreal normal = screen.articleView()->font().pointSizeF();
    // The application's font change reaches the screen as an event.
    Theme::apply(*qApp, true);
    QTRY_VERIFY2(screen.articleView()->font().pointSizeF() > normal * 1.2,
        qPrintable(QStringLiteral("%1 → %2").arg(normal).arg(screen.articleView()->font().pointSizeF())));
    Theme::apply(*qApp, false);
    QTRY_COMPARE(screen.articleView()->font().pointSizeF(), normal);
}

void TestLearnScreen::everyControlHasNameAndFocus()
{
    LearnScreen screen(*m_session);
    screen.show();
    QStringList problems;
    int audited = 0;
    for (QWidget *widget : screen.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextBrowser *>(widget);
        if (!interactive || !widget->isVisibleTo(&screen))
            continue;
        ++audited;
        if (widget->accessibleName().trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + widget->objectName();
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reachable by Tab: ") + widget->objectName();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Not an empty screen: the search box, the list, Back, Forward, Print and the article.
    QVERIFY2(audited >= 6, qPrintable(QString::number(audited)));

    // Tab walks from the search box to the list and on to the article.
    screen.searchBox()->setFocus();
    QWidget *w = screen.searchBox();
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&screen))
            w = w->nextInFocusChain();
        order << w->objectName();
    }
    QVERIFY2(order.contains(QStringLiteral("articleList")), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(order.contains(QStringLiteral("articleView")), qPrintable(order.join(QLatin1Char(' '))));
}

void TestLearnScreen::screenshot()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write docs/screenshots/learn.png");
    PatientSettings s = m_session->settings();
    s.clinicName = QStringLiteral("Riverside Oncology");
    s.inHoursNumber = QStringLiteral("020 7946 0001");
    s.outOfHoursNumber = QStringLiteral("020 7946 0999");
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_session->patientId(), s));
    MainWindow w(*m_db);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showScreen(2);
    QTest::keyClicks(w.learn()->searchBox(), QStringLiteral("fever"));
    QTest::keyClick(w.learn()->searchBox(), Qt::Key_Return);
    QCOMPARE(w.learn()->currentArticleId(), QStringLiteral("fever-emergency"));
    saveShot(&w, "learn");
}

QTEST_MAIN(TestLearnScreen)
#include "tst_learnscreen.moc"

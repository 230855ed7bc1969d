// First run on the real main window (issue 14, item 12): a profile made without the care team's
// numbers gets a lasting, non-blocking prompt on Today that opens Settings at the numbers, gone
// once they are saved; Cancel on the welcome asks before quitting, and "Go back" keeps what was
// typed.

#include "../guitest.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsscreen.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void careTeamPromptUntilNumbersSet_data();
    void careTeamPromptUntilNumbersSet();
    void cancelOnWelcomeAsks_data();
    void cancelOnWelcomeAsks();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFirstRun::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_firstrun"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
}

void TestFirstRun::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++n))));
}

void TestFirstRun::cleanup()
{
    m_db.reset();
}

void TestFirstRun::careTeamPromptUntilNumbersSet_data()
{
    QTest::addColumn<QString>("daytime"); // typed on the welcome
    QTest::addColumn<QString>("evenings");
    QTest::addColumn<bool>("prompted");
    QTest::newRow("no numbers") << QString() << QString() << true;
    QTest::newRow("daytime only") << QStringLiteral("020 7946 0001") << QString() << true;
    QTest::newRow("evenings only") << QString() << QStringLiteral("0800 555 0199") << true;
    QTest::newRow("both") << QStringLiteral("020 7946 0001") << QStringLiteral("0800 555 0199") << false;
}

void TestFirstRun::careTeamPromptUntilNumbersSet()
{
    QFETCH(QString, daytime);
    QFETCH(QString, evenings);
    QFETCH(bool, prompted);
    MainWindow w(*m_db);
    w.resize(1366, 768);
    w.show();
    onNextDialog([&](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "profileName"), QStringLiteral("Maria"));
        QTest::keyClicks(child<QLineEdit>(d, "inHoursNumber"), daytime);
        QTest::keyClicks(child<QLineEdit>(d, "outOfHoursNumber"), evenings);
        QTest::mouseClick(child<QPushButton>(d, "createProfile"), Qt::LeftButton);
    });
    QVERIFY(w.ensureProfile());
    QVERIFY(w.today()->isVisible());
    // The offscreen platform does not give the window back its focus when the welcome closes.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    auto *prompt = w.today()->findChild<QWidget *>(QStringLiteral("careTeamPrompt"));
    QVERIFY2(prompt, "Today has no prompt to add the care team's numbers");
    QCOMPARE(prompt->isVisible(), prompted);
    if (!prompted)
        return;
    auto *add = child<QPushButton>(prompt, "addCareTeamNumbers");
    QCOMPARE(add->text().remove(QLatin1Char('&')), QStringLiteral("Add your care team's numbers"));
    if (daytime.isEmpty() && evenings.isEmpty())
        saveShot(&w, "today-care-team-prompt");
    // Non-blocking: logging works with the prompt on screen.
    QVERIFY(child<QPushButton>(w.today(), "log_temperature")->isEnabled());

    // Opens Settings at the first missing number.
    QTest::mouseClick(add, Qt::LeftButton);
    SettingsScreen *s = w.settingsScreen();
    QVERIFY(s->isVisible());
    auto *inHours = child<QLineEdit>(s, "inHoursNumber");
    auto *outOfHours = child<QLineEdit>(s, "outOfHoursNumber");
    QTRY_VERIFY((daytime.isEmpty() ? inHours : outOfHours)->hasFocus());
    if (daytime.isEmpty())
        QTest::keyClicks(inHours, QStringLiteral("020 7946 0001"));
    if (evenings.isEmpty())
        QTest::keyClicks(outOfHours, QStringLiteral("0800 555 0199"));

    QTest::mouseClick(child<QPushButton>(s, "saveSettings"), Qt::LeftButton);
    w.showScreen(MainWindow::TodayIndex);
    QVERIFY(w.today()->isVisible());
    QVERIFY(!prompt->isVisible());
}

void TestFirstRun::cancelOnWelcomeAsks_data()
{
    QTest::addColumn<bool>("quit");
    QTest::newRow("quit") << true;
    QTest::newRow("go back") << false;
}

void TestFirstRun::cancelOnWelcomeAsks()
{
    QFETCH(bool, quit);
    MainWindow w(*m_db);
    w.show();
    QString asked;
    bool answered = false;
    onNextDialog([&](QDialog *welcome) {
        QTest::keyClicks(child<QLineEdit>(welcome, "profileName"), QStringLiteral("Maria"));
        // The question comes over the welcome: answer it when it is shown.
        onNextDialog([&](QDialog *question) {
            asked = question->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            answered = true;
            child<QAbstractButton>(question, quit ? "quitWithoutProfile" : "backToWelcome")->click();
        });
        welcome->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        if (quit)
            return;
        // Back on the welcome, with the name still there.
        QTRY_VERIFY(answered);
        QVERIFY(welcome->isVisible());
        QCOMPARE(child<QLineEdit>(welcome, "profileName")->text(), QStringLiteral("Maria"));
        QTest::mouseClick(child<QPushButton>(welcome, "createProfile"), Qt::LeftButton);
    });
    const bool created = w.ensureProfile();
    QTRY_VERIFY(answered);
    QCOMPARE(asked, QStringLiteral("Quit NeutroCare without creating a profile?"));
    QCOMPARE(created, !quit);
    QCOMPARE(w.session().patients().size(), quit ? 0 : 1);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"

// Drives the Precautions screen: ticks saved per day and per patient, the cycle's day-by-day
// strip, and the nadir highlight inside a predicted window only, with the session's clock frozen.
// Set NC_SCREENSHOT_DIR to also save docs/screenshots/precautions.png.

#include "../guitest.h"
#include "content/contentcatalogue.h"
#include "mainwindow/mainwindow.h"
#include "precautions/adherencestrip.h"
#include "precautions/precautionsscreen.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using nc::guitest::saveShot;
using nc::guitest::useOwnSettings;

namespace {

// Clicks the box itself, as a person aims for it (a click far right of the text does not toggle).
void clickBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

QString priorityItem()
{
    for (const ChecklistItem &item : ContentCatalogue::shipped().checklist(QStringLiteral("en"))) {
        if (item.priorityInNadir)
            return item.id;
    }
    return {};
}

QString ordinaryItem()
{
    for (const ChecklistItem &item : ContentCatalogue::shipped().checklist(QStringLiteral("en"))) {
        if (!item.priorityInNadir)
            return item.id;
    }
    return {};
}

} // namespace

class TestPrecautionsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tickPersistsPerDayAndPatient();
    void keyboardTicks();
    void adherenceAcrossTheCycle();
    void nadirHighlightOnlyInsideTheWindow_data();
    void nadirHighlightOnlyInsideTheWindow();
    void everyControlHasNameAndFocus();
    void screenshot();

private:
    void setToday(const QDate &date);
    void addChemotherapy(qint64 patientId, const QDate &date);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    QDateTime m_now;
};

void TestPrecautionsScreen::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCarePrecautionsTest"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Theme::apply(*qApp, false);
    QVERIFY(m_dir.isValid());
    QVERIFY(!priorityItem().isEmpty());
    QVERIFY(!ordinaryItem().isEmpty());
}

void TestPrecautionsScreen::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("precautions%1.sqlite").arg(++n))));
    m_ana = *PatientRepository(*m_db).add(Patient { 0, QStringLiteral("Ana"), 1970 });
    m_ben = *PatientRepository(*m_db).add(Patient { 0, QStringLiteral("Ben"), 1955 });
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(m_ana);
    setToday(QDate(2026, 3, 10));
}

void TestPrecautionsScreen::cleanup()
{
    m_session.reset();
    m_db.reset();
}

void TestPrecautionsScreen::setToday(const QDate &date)
{
    m_now = QDateTime(date, QTime(9, 30), Qt::OffsetFromUTC, 3600);
    const QDateTime now = m_now;
    m_session->setClock([now] { return now; });
    m_session->notifyChanged();
}

void TestPrecautionsScreen::addChemotherapy(qint64 patientId, const QDate &date)
{
    TreatmentRecord chemo;
    chemo.patientId = patientId;
    chemo.treatment = { date, TreatmentKind::Chemotherapy };
    chemo.regimen = QStringLiteral("FEC, cycle 1");
    QVERIFY(TreatmentRepository(*m_db).add(chemo).ok());
    m_session->notifyChanged();
}

void TestPrecautionsScreen::tickPersistsPerDayAndPatient()
{
    const QString item = QStringLiteral("hand-hygiene");
    const QDate day = m_now.date();
    {
        PrecautionsScreen screen(*m_session);
        screen.show();
        QCheckBox *box = screen.checkBox(item);
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        clickBox(box);
        QVERIFY(box->isChecked());
        QCOMPARE(ChecklistRepository(*m_db).tickedOn(m_ana, day), QStringList { item });
        const int total = int(ContentCatalogue::shipped().checklist(QStringLiteral("en")).size());
        QCOMPARE(screen.findChild<QLabel *>(QStringLiteral("precautionsProgress"))->text(),
            QStringLiteral("1 of %1 done today").arg(total));

        // Another patient does not see it.
        m_session->setPatient(m_ben);
        QVERIFY(!screen.checkBox(item)->isChecked());
        QVERIFY(ChecklistRepository(*m_db).tickedOn(m_ben, day).isEmpty());
        m_session->setPatient(m_ana);
        QVERIFY(screen.checkBox(item)->isChecked());

        // The next day starts fresh; the day before keeps its tick.
        setToday(day.addDays(1));
        QVERIFY(!screen.checkBox(item)->isChecked());
        QVERIFY(ChecklistRepository(*m_db).tickedOn(m_ana, day.addDays(1)).isEmpty());
        setToday(day);
        QVERIFY(screen.checkBox(item)->isChecked());

        // Unticking is saved too.
        clickBox(screen.checkBox(QStringLiteral("shoes")));
        clickBox(screen.checkBox(QStringLiteral("shoes")));
        QCOMPARE(ChecklistRepository(*m_db).tickedOn(m_ana, day), QStringList { item });
    }
    // A new screen (the app restarted) reads the saved tick.
    PrecautionsScreen again(*m_session);
    QVERIFY(again.checkBox(item)->isChecked());
    QVERIFY(!again.checkBox(QStringLiteral("shoes"))->isChecked());
}

void TestPrecautionsScreen::keyboardTicks()
{
    PrecautionsScreen screen(*m_session);
    screen.show();
    QCheckBox *box = screen.checkBox(QStringLiteral("dental-care"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(ChecklistRepository(*m_db).tickedOn(m_ana, m_now.date()).contains(QStringLiteral("dental-care")));
}

void TestPrecautionsScreen::adherenceAcrossTheCycle()
{
    const QDate today = m_now.date();
    addChemotherapy(m_ana, today.addDays(-4));
    ChecklistRepository ticks(*m_db);
    QVERIFY(!ticks.setTicked(m_ana, today.addDays(-2), QStringLiteral("shoes"), true));
    QVERIFY(!ticks.setTicked(m_ana, today.addDays(-2), QStringLiteral("no-sharing"), true));
    QVERIFY(!ticks.setTicked(m_ben, today.addDays(-1), QStringLiteral("shoes"), true)); // someone else's
    PrecautionsScreen screen(*m_session);
    screen.show();
    clickBox(screen.checkBox(QStringLiteral("hand-hygiene")));

    const QList<AdherenceDay> days = screen.adherence()->days();
    QCOMPARE(days.size(), 5); // the dose day to today
    QCOMPARE(days.first().date, today.addDays(-4));
    QCOMPARE(days.first().cycleDay, 0);
    QCOMPARE(days.at(2).ticked, 2);
    QCOMPARE(days.at(3).ticked, 0);
    QCOMPARE(days.last().ticked, 1);
    QVERIFY(days.last().today);
    // The counts are written in words on each day, not shown by colour alone.
    auto *cell = screen.adherence()->findChild<QWidget *>(
        QStringLiteral("adherenceDay_") + today.addDays(-2).toString(Qt::ISODate));
    QVERIFY(cell);
    QVERIFY(cell->accessibleName().contains(QStringLiteral("2 of ")));
    bool saysCount = false;
    for (QLabel *label : cell->findChildren<QLabel *>())
        saysCount = saysCount || label->text().startsWith(QStringLiteral("2 of "));
    QVERIFY(saysCount);
    QVERIFY(screen.findChild<QLabel *>(QStringLiteral("adherenceSummary"))
                ->text()
                .contains(QStringLiteral("3 of ")));

    // Without a cycle, the last two weeks.
    m_session->setPatient(m_ben);
    QCOMPARE(screen.adherence()->days().size(), 14);
    QCOMPARE(screen.adherence()->days().at(12).ticked, 1);
}

void TestPrecautionsScreen::nadirHighlightOnlyInsideTheWindow_data()
{
    QTest::addColumn<int>("daysSinceDose");
    QTest::addColumn<bool>("inside");
    const Protocol p = Protocol::defaultProtocol();
    QTest::newRow("day before the window") << p.nadirStartDay - 1 << false;
    QTest::newRow("first day") << p.nadirStartDay << true;
    QTest::newRow("middle") << (p.nadirStartDay + p.nadirEndDay) / 2 << true;
    QTest::newRow("last day") << p.nadirEndDay << true;
    QTest::newRow("day after") << p.nadirEndDay + 1 << false;
    QTest::newRow("dose day") << 0 << false;
}

void TestPrecautionsScreen::nadirHighlightOnlyInsideTheWindow()
{
    QFETCH(int, daysSinceDose);
    QFETCH(bool, inside);
    const QDate dose(2026, 3, 2);
    addChemotherapy(m_ana, dose);
    setToday(dose.addDays(daysSinceDose));
    PrecautionsScreen screen(*m_session);
    screen.show();
    QCOMPARE(screen.inLowCountDays(), inside);
    QCOMPARE(screen.isHighlighted(priorityItem()), inside);
    QVERIFY(!screen.isHighlighted(ordinaryItem()));
    auto *banner = screen.findChild<QWidget *>(QStringLiteral("nadirBanner"));
    QCOMPARE(banner->isVisibleTo(&screen), inside);
    // Words and an icon, not colour alone.
    auto *badge = screen.findChild<QWidget *>(QStringLiteral("priority_") + priorityItem());
    QCOMPARE(badge->isVisibleTo(&screen), inside);
    if (inside) {
        bool words = false;
        bool icon = false;
        for (QLabel *label : badge->findChildren<QLabel *>()) {
            words = words || label->text() == QStringLiteral("Most important in your low-count days");
            icon = icon || !label->pixmap().isNull();
        }
        QVERIFY(words);
        QVERIFY(icon);
        QVERIFY(screen.checkBox(priorityItem())
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("Most important")));
        QVERIFY(screen.findChild<QLabel *>(QStringLiteral("nadirBannerText"))
                    ->text()
                    .contains(QStringLiteral("day %1 after treatment").arg(daysSinceDose)));
    }
    // Another patient, with no treatment, sees no highlight on the same day.
    m_session->setPatient(m_ben);
    QVERIFY(!screen.inLowCountDays());
    QVERIFY(!screen.isHighlighted(priorityItem()));
}

void TestPrecautionsScreen::everyControlHasNameAndFocus()
{
    PrecautionsScreen screen(*m_session);
    screen.show();
    QStringList problems;
    int boxes = 0;
    for (QWidget *widget : screen.findChildren<QWidget *>()) {
        if (!qobject_cast<QAbstractButton *>(widget) || !widget->isVisibleTo(&screen))
            continue;
        ++boxes;
        if (widget->accessibleName().trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + widget->objectName();
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reachable by Tab: ") + widget->objectName();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(boxes, int(ContentCatalogue::shipped().checklist(QStringLiteral("en")).size()));
}

void TestPrecautionsScreen::screenshot()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write docs/screenshots/precautions.png");
    const QDate today = QDate::currentDate();
    const QDate dose = today.addDays(-9);
    TreatmentRecord chemo;
    chemo.patientId = m_ana;
    chemo.treatment = { dose, TreatmentKind::Chemotherapy };
    QVERIFY(TreatmentRepository(*m_db).add(chemo).ok());
    ChecklistRepository ticks(*m_db);
    const QList<ChecklistItem> items = ContentCatalogue::shipped().checklist(QStringLiteral("en"));
    for (int day = 0; day < 9; ++day) {
        const int done = int(items.size()) - (day * 5) % 7;
        for (int i = 0; i < done; ++i)
            QVERIFY(!ticks.setTicked(m_ana, dose.addDays(day), items.at(i).id, true));
    }
    for (const char *id : { "hand-hygiene", "dental-care", "food-safety", "shoes" })
        QVERIFY(!ticks.setTicked(m_ana, today, QString::fromLatin1(id), true));
    MainWindow w(*m_db);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showScreen(3);
    saveShot(&w, "precautions");
}

QTEST_MAIN(TestPrecautionsScreen)
#include "tst_precautionsscreen.moc"

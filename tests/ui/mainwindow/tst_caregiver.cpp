// A caregiver looking after more than one person, on the real main window offscreen (issue 14,
// items 3, 4 and 13): told when someone else needs a call, never switched or logging for the
// wrong person by accident, and never shown a message that no longer applies.
// Set NC_SCREENSHOT_DIR to also save the caregiver banner's screenshots.

#include "../guitest.h"
#include "exchange/exchangeactions.h"
#include "history/historymodel.h"
#include "history/historyscreen.h"
#include "language.h"
#include "mainwindow/caregiverbanner.h"
#include "mainwindow/mainwindow.h"
#include "print/printdocument.h"
#include "reports/printcommands.h"
#include "today/statuscard.h"
#include "today/todayscreen.h"
#include "widgets/dialogs.h"
#include "widgets/levelstyle.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace nc;
using namespace nc::guitest;

namespace {

const QString kMom = QStringLiteral("Mom (Carmen Rodríguez de la Fuente)");
const QString kDad = QStringLiteral("Dad (José)");

QString statusTitle(MainWindow &w)
{
    return child<QLabel>(w.today()->statusCard(), "statusTitle")->text();
}

// The import dialog shows a progress dialog first: wait for the dialog of this name.
void onNextNamedDialog(const QString &name, std::function<void(QDialog *)> handle, int triesLeft = 500)
{
    QTimer::singleShot(10, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name && dialog->isVisible())
            handle(dialog);
        else if (triesLeft > 0)
            onNextNamedDialog(name, handle, triesLeft - 1);
    });
}

QList<QWidget *> bannerRows(MainWindow &w)
{
    QList<QWidget *> rows;
    for (auto *row : child<CaregiverBanner>(&w, "caregiverBanner")
                         ->findChildren<QFrame *>(QStringLiteral("caregiverAlert")))
        rows << row;
    return rows;
}

} // namespace

class TestCaregiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    // Item 3
    void bannerNamesAnotherPersonAtCallNow();
    void bannerShowsAnOverdueRecheck();
    void switcherMarksEachLevel();
    // Item 4
    void wheelAndKeysNeverSwitch();
    void dialogsNameThePerson();
    void exportSuggestsNameAndDate();
    void importErrorsInFullAndTranslated();
    // Item 13
    void statusBarClearedOnChange();
    void deleteSaysHowToUndo();
    void overdueRecheckChangesTitleAndColour();
    void screenshots();

private:
    MainWindow *makeWindow(QSize size = QSize(1600, 1000));
    qint64 createProfile(MainWindow &w, const QString &name);
    void addRecords(MainWindow &w, qint64 patient, const QString &events);
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestCaregiver::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCareCaregiverTest"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestCaregiver::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY2(
        m_db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n))), qPrintable(m_db->errorString()));
    m_now = sessionNow();
}

void TestCaregiver::cleanup()
{
    m_window.reset();
    m_db.reset();
}

MainWindow *TestCaregiver::makeWindow(QSize size)
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->resize(size);
    m_window->show();
    m_window->session().setClock([this] { return m_now; });
    return m_window.get();
}

qint64 TestCaregiver::createProfile(MainWindow &w, const QString &name)
{
    Patient p;
    p.name = name;
    const auto id = PatientRepository(*m_db).add(p);
    if (!id.ok())
        qFatal("profile not stored");
    PatientSettings settings;
    settings.clinicName = QStringLiteral("Riverside Oncology");
    settings.inHoursNumber = QStringLiteral("020 7946 0001");
    settings.outOfHoursNumber = QStringLiteral("0800 555 0199");
    PatientSettingsRepository(*m_db).save(id.value(), settings);
    w.switchPatient(id.value());
    return id.value();
}

// "T30=38.9" is a reading 30 minutes before m_now, "S10=rigors" a symptom.
void TestCaregiver::addRecords(MainWindow &w, qint64 patient, const QString &events)
{
    for (const QString &e : events.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QDateTime at = m_now.addSecs(-60 * e.mid(1).section(QLatin1Char('='), 0, 0).toInt());
        const QString what = e.section(QLatin1Char('='), 1);
        if (e.startsWith(QLatin1Char('T'))) {
            TemperatureRecord r;
            r.patientId = patient;
            r.reading = { at, *Temperature::fromInput(what.toDouble(), TemperatureUnit::Celsius) };
            QVERIFY(TemperatureRepository(*m_db).add(r).ok());
        } else {
            SymptomRecord r;
            r.patientId = patient;
            r.entry = { at, *symptoms::fromCode(what) };
            QVERIFY(SymptomRepository(*m_db).add(r).ok());
        }
    }
    w.session().notifyChanged();
}

QString TestCaregiver::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

void TestCaregiver::bannerNamesAnotherPersonAtCallNow()
{
    MainWindow &w = *makeWindow();
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T30=38.9"));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
    // Her own call-now card is on screen: no banner about herself.
    QVERIFY(bannerRows(w).isEmpty());
    QVERIFY(!child<CaregiverBanner>(&w, "caregiverBanner")->isVisible());

    const qint64 dad = createProfile(w, kDad);
    QCOMPARE(w.session().patientId(), dad);
    QTRY_COMPARE(bannerRows(w).size(), 1);
    QWidget *row = bannerRows(w).first();
    QVERIFY(row->isVisible());
    QCOMPARE(row->property("patientId").toLongLong(), mom);
    // In words (the whole name, uncut), with the level's icon and colour.
    const QString text = child<QLabel>(row, "caregiverMessage")->text();
    QCOMPARE(text, CaregiverBanner::tr("%1 needs a call to the care team now").arg(kMom));
    QVERIFY(row->styleSheet().contains(LevelStyle::of(Level::CallNow).background.name()));
    bool hasIcon = false;
    for (auto *label : row->findChildren<QLabel *>())
        hasIcon = hasIcon
            || (!label->pixmap().isNull() && label->accessibleName() == levels::title(Level::CallNow));
    QVERIFY(hasIcon);

    // "Show" is reached by keyboard and switches to her, on Today.
    auto *show = child<QPushButton>(row, "showProfileButton");
    QVERIFY(show->focusPolicy() & Qt::TabFocus);
    QVERIFY(show->accessibleName().contains(kMom));
    w.showScreen(MainWindow::HistoryIndex);
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space);
    QCOMPARE(w.session().patientId(), mom);
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), static_cast<QWidget *>(w.today()));
    // Dad has no warning: no banner now.
    QTRY_VERIFY(bannerRows(w).isEmpty());

    // It follows the data: Dad's fever while Mom is on screen brings it back, about him.
    addRecords(w, dad, QStringLiteral("S10=rigors"));
    QTRY_COMPARE(bannerRows(w).size(), 1);
    QCOMPARE(bannerRows(w).first()->property("patientId").toLongLong(), dad);
}

void TestCaregiver::bannerShowsAnOverdueRecheck()
{
    MainWindow &w = *makeWindow();
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T40=38.1"));
    const Assessment a = w.session().assess();
    QCOMPARE(a.level, Level::Recheck);
    QVERIFY(a.recheckBy && *a.recheckBy > m_now);
    createProfile(w, kDad);
    // A recheck not yet due is no reason to interrupt.
    QVERIFY(bannerRows(w).isEmpty());

    // Once it is overdue, the banner says so (the minute timer re-assesses; a change does too).
    m_now = a.recheckBy->addSecs(120);
    w.session().notifyChanged();
    QTRY_COMPARE(bannerRows(w).size(), 1);
    QCOMPARE(child<QLabel>(bannerRows(w).first(), "caregiverMessage")->text(),
        CaregiverBanner::tr("%1 needs a temperature check now: the recheck is overdue").arg(kMom));
}

void TestCaregiver::switcherMarksEachLevel()
{
    // Dad's short name is on screen first; Mom's long one comes later, as a caregiver adds her.
    MainWindow &w = *makeWindow();
    const qint64 dad = createProfile(w, kDad);
    addRecords(w, dad, QStringLiteral("T30=36.8"));
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T30=38.9"));
    w.switchPatient(dad);
    auto *switcher = child<QComboBox>(&w, "profileSwitcher");
    QCOMPARE(switcher->count(), 2);
    const int momRow = switcher->findData(mom);
    const int dadRow = switcher->findData(dad);
    // Words beside each name, the level's own icon, and its full title for screen readers.
    QCOMPARE(switcher->itemText(momRow), MainWindow::tr("%1 — %2").arg(kMom, MainWindow::tr("call now")));
    QCOMPARE(
        switcher->itemText(dadRow), MainWindow::tr("%1 — %2").arg(kDad, MainWindow::tr("no warning signs")));
    QVERIFY(switcher->itemData(momRow, Qt::AccessibleTextRole)
                .toString()
                .contains(levels::title(Level::CallNow)));
    QVERIFY(switcher->itemData(dadRow, Qt::AccessibleTextRole).toString().contains(levels::title(Level::Ok)));
    QVERIFY(!switcher->itemIcon(momRow).isNull());
    QVERIFY(
        switcher->itemIcon(momRow).pixmap(24).toImage() != switcher->itemIcon(dadRow).pixmap(24).toImage());

    // The long name with its mark is not cut: the closed switcher is as wide as the style needs
    // for its icon, text and arrow.
    w.switchPatient(mom);
    QStyleOptionComboBox option;
    option.initFrom(switcher);
    option.currentText = switcher->currentText();
    option.currentIcon = switcher->itemIcon(momRow);
    option.iconSize = switcher->iconSize();
    const QSize contents(
        switcher->fontMetrics().horizontalAdvance(option.currentText) + option.iconSize.width(),
        switcher->fontMetrics().height());
    const int needed
        = switcher->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, switcher).width();
    QTRY_VERIFY2(switcher->width() >= needed,
        qPrintable(
            QStringLiteral("%1 px of %2 for %3").arg(switcher->width()).arg(needed).arg(option.currentText)));
}

void TestCaregiver::wheelAndKeysNeverSwitch()
{
    MainWindow &w = *makeWindow();
    createProfile(w, kMom);
    const qint64 dad = createProfile(w, kDad);
    auto *switcher = child<QComboBox>(&w, "profileSwitcher");
    QCOMPARE(switcher->currentData().toLongLong(), dad);

    // The wheel passing over it, either way.
    for (const int delta : { 120, -120, 120 }) {
        const QPointF at(switcher->width() / 2.0, switcher->height() / 2.0);
        QWheelEvent wheel(at, switcher->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(switcher, &wheel);
        QCOMPARE(w.session().patientId(), dad);
    }
    // Arrow keys, Page Up/Down, Home/End and a typed letter.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    switcher->setFocus();
    for (const Qt::Key key : { Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
             Qt::Key_End, Qt::Key_M }) {
        QTest::keyClick(switcher, key);
        switcher->hidePopup();
        QCOMPARE(w.session().patientId(), dad);
        QCOMPARE(switcher->currentData().toLongLong(), dad);
    }
    // An explicit choice does switch: open the list, move to Mom, press Enter.
    QTest::keyClick(switcher, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(switcher->view()->isVisible());
    const int momRow = switcher->findData(w.session().patients().first().id);
    switcher->view()->setCurrentIndex(switcher->model()->index(momRow, 0));
    QTest::keyClick(switcher->view(), Qt::Key_Return);
    QTRY_COMPARE(w.session().patientId(), w.session().patients().first().id);
}

void TestCaregiver::dialogsNameThePerson()
{
    MainWindow &w = *makeWindow(QSize(1366, 768));
    createProfile(w, kDad);
    createProfile(w, kMom);
    for (const char *kind : { "temperature", "count", "symptom", "painkiller", "treatment", "medicine" }) {
        QString title;
        QString firstLine;
        bool firstInLayout = false;
        onNextDialog([&](QDialog *d) {
            title = d->windowTitle();
            auto *label = child<QLabel>(d, "forPatient");
            firstLine = label->text();
            firstInLayout = d->layout()->itemAt(0)->widget() == label && label->isVisible()
                && label->width() >= label->minimumSizeHint().width();
            d->reject();
        });
        w.openLogDialog(QString::fromLatin1(kind));
        QVERIFY2(title.contains(kMom), qPrintable(title));
        QVERIFY2(firstLine.contains(kMom), qPrintable(firstLine));
        QVERIFY(firstInLayout);
    }
    QString ackTitle;
    onNextDialog([&](QDialog *d) {
        ackTitle = d->windowTitle();
        d->reject();
    });
    w.openAcknowledge();
    QVERIFY2(ackTitle.contains(kMom), qPrintable(ackTitle));

    // Import: the title and the first line say into whose records.
    FileDialog::setNextAnswer(writeFile(
        QStringLiteral("one.csv"), "kind,time,value,unit\ntemperature,2026-03-10T08:00:00+01:00,36.8,C\n"));
    QString importTitle;
    QString importFirst;
    onNextNamedDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
        importTitle = d->windowTitle();
        importFirst = qobject_cast<QLabel *>(d->layout()->itemAt(0)->widget())->text();
        d->reject();
    });
    w.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY2(importTitle.contains(kMom), qPrintable(importTitle));
    QVERIFY2(importFirst.contains(kMom), qPrintable(importFirst));
    QVERIFY2(FileDialog::lastQuestion().title.contains(kMom), qPrintable(FileDialog::lastQuestion().title));
    // Print: the report's dialog, and the title of every preview.
    QString reportTitle;
    QString reportFirst;
    onNextDialog([&](QDialog *d) {
        reportTitle = d->windowTitle();
        reportFirst = qobject_cast<QLabel *>(d->layout()->itemAt(0)->widget())->text();
        d->reject();
    });
    w.findChild<QAction *>(QStringLiteral("actionPrintReport"))->trigger();
    QVERIFY2(reportTitle.contains(kMom), qPrintable(reportTitle));
    QVERIFY2(reportFirst.contains(kMom), qPrintable(reportFirst));
    QPrinter printer;
    const auto sheet = w.printCommands()->whenToCallSheet();
    const auto preview = w.printCommands()->previewDialog(*sheet, printer);
    QVERIFY2(preview->windowTitle().contains(kMom), qPrintable(preview->windowTitle()));
}

void TestCaregiver::exportSuggestsNameAndDate()
{
    QCOMPARE(ExchangeActions::suggestedFileName(
                 QStringLiteral("Mom (Carmen)"), QDate(2026, 12, 4), QStringLiteral("csv")),
        QStringLiteral("neutrocare-Mom-Carmen-2026-12-04.csv"));
    QCOMPARE(ExchangeActions::suggestedFileName(
                 QStringLiteral("Dad / José"), QDate(2026, 1, 2), QStringLiteral("json")),
        QStringLiteral("neutrocare-Dad-José-2026-01-02.json"));
    QCOMPARE(
        ExchangeActions::suggestedFileName(QStringLiteral("../.."), QDate(2026, 1, 2), QStringLiteral("csv")),
        QStringLiteral("neutrocare-2026-01-02.csv"));

    MainWindow &w = *makeWindow();
    createProfile(w, kMom);
    FileDialog::setNextAnswer(QString()); // the person cancels
    w.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    const auto question = FileDialog::lastQuestion();
    QVERIFY2(question.title.contains(kMom), qPrintable(question.title));
    QVERIFY2(question.suggested.endsWith(QStringLiteral("/neutrocare-Mom-Carmen-Rodríguez-de-la-Fuente-")
                 + m_now.date().toString(Qt::ISODate) + QStringLiteral(".csv")),
        qPrintable(question.suggested));
}

void TestCaregiver::importErrorsInFullAndTranslated()
{
    // Problems a person meets in a file, in Spanish: none is left in English (a wrong time once
    // was), none is cut short.
    const QByteArray bad = "kind,time,value,unit,code,anc,wbc,neutrophils_pct\n"
                           "temperature,2026-03-10T08:00:00+01:00,38.4,C,,,,\n"
                           "temperature,2026-03-10T09:00:00+01:00,101,C,,,,\n"
                           "temperature,yesterday,37,C,,,,\n"
                           "blood_count,2026-03-10T09:00:00+01:00,,,,900,4.1,\n"
                           "blood_count,2026-03-10T09:00:00+01:00,,,,-5,,\n"
                           "temperature,2026-03-10T09:00:00+01:00,abc,C,,,,\n";
    const QString path = writeFile(QStringLiteral("bad.csv"), bad);
    QStringList english;
    {
        MainWindow &w = *makeWindow();
        createProfile(w, kMom);
        onNextNamedDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
            auto *errors = child<QTableWidget>(d, "errorTable");
            for (int r = 0; r < errors->rowCount(); ++r)
                english << errors->item(r, 0)->text() + QLatin1Char('|') + errors->item(r, 2)->text();
            d->reject();
        });
        FileDialog::setNextAnswer(path);
        w.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
        m_window.reset();
    }
    QVERIFY(english.size() >= 5);

    language::apply(QStringLiteral("es"));
    MainWindow &w = *makeWindow(QSize(1366, 768));
    w.switchPatient(w.session().patients().first().id);
    QStringList spanish;
    QStringList cut;
    onNextNamedDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
        auto *errors = child<QTableWidget>(d, "errorTable");
        saveShot(d, "import-errors-es");
        for (int r = 0; r < errors->rowCount(); ++r) {
            spanish << errors->item(r, 0)->text() + QLatin1Char('|') + errors->item(r, 2)->text();
            // Shown in full: the row is as tall as its wrapped text, and nothing is elided.
            const QString problem = errors->item(r, 2)->text();
            const int needed = errors->fontMetrics()
                                   .boundingRect(QRect(0, 0, errors->columnWidth(2) - 8, 100000),
                                       Qt::TextWordWrap, problem)
                                   .height();
            if (errors->rowHeight(r) < needed || errors->textElideMode() != Qt::ElideNone)
                cut << errors->item(r, 2)->text();
        }
        d->reject();
    });
    FileDialog::setNextAnswer(path);
    w.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    language::apply(QStringLiteral("en"));
    QCOMPARE(spanish.size(), english.size());
    QStringList untranslated;
    for (int i = 0; i < spanish.size(); ++i) {
        if (spanish.at(i).section(QLatin1Char('|'), 1) == english.at(i).section(QLatin1Char('|'), 1))
            untranslated << spanish.at(i);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestCaregiver::statusBarClearedOnChange()
{
    MainWindow &w = *makeWindow();
    const qint64 dad = createProfile(w, kDad);
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T30=38.9"));
    w.checkReminders();
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Call your care team now")),
        qPrintable(w.statusBar()->currentMessage()));
    // After the call is recorded, the reminder no longer stands.
    onNextDialog([](QDialog *d) {
        child<QRadioButton>(d, "outcome_went_to_hospital")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openAcknowledge(), int(QDialog::Accepted));
    QVERIFY(w.today()->statusCard()->assessment().level < Level::CallNow);
    QVERIFY2(!w.statusBar()->currentMessage().contains(QStringLiteral("Call your care team now")),
        qPrintable(w.statusBar()->currentMessage()));

    // Mom's import result is not shown once Dad is on screen.
    FileDialog::setNextAnswer(writeFile(
        QStringLiteral("mom.csv"), "kind,time,value,unit\ntemperature,2026-03-10T08:00:00+01:00,36.8,C\n"));
    onNextNamedDialog(QStringLiteral("importDialog"),
        [](QDialog *d) { QTest::mouseClick(child<QPushButton>(d, "importButton"), Qt::LeftButton); });
    w.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("mom.csv")),
        qPrintable(w.statusBar()->currentMessage()));
    w.switchPatient(dad);
    QCOMPARE(w.statusBar()->currentMessage(), QString());
}

void TestCaregiver::deleteSaysHowToUndo()
{
    MainWindow &w = *makeWindow();
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T30=36.8"));
    w.showScreen(MainWindow::HistoryIndex);
    w.history()->showKind(QStringLiteral("temperature"));
    QCOMPARE(w.history()->model()->rowCount(), 1);
    w.history()->table()->selectRow(0);
    w.history()->deleteSelected();
    QCOMPARE(TemperatureRepository(*m_db).count(mom), 0);
    QCOMPARE(w.statusBar()->currentMessage(), HistoryScreen::tr("Deleted — Ctrl+Z to undo"));
    // And Ctrl+Z does undo it, which is a change: the message goes.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(TemperatureRepository(*m_db).count(mom), 1);
    QCOMPARE(w.statusBar()->currentMessage(), QString());
}

void TestCaregiver::overdueRecheckChangesTitleAndColour()
{
    MainWindow &w = *makeWindow();
    const qint64 mom = createProfile(w, kMom);
    addRecords(w, mom, QStringLiteral("T40=38.1"));
    auto *card = w.today()->statusCard();
    QCOMPARE(card->assessment().level, Level::Recheck);
    QCOMPARE(statusTitle(w), levels::title(Level::Recheck));
    const QString soonStyle = card->styleSheet();

    // The time passes with the card on screen: within seconds it is overdue in title and colour.
    const QDateTime due = *card->assessment().recheckBy;
    m_now = due.addSecs(2);
    QTRY_VERIFY_WITH_TIMEOUT(card->assessment().recheckOverdue, 4000);
    QCOMPARE(statusTitle(w), QStringLiteral("Take your temperature now"));
    QVERIFY(card->styleSheet() != soonStyle);
    QVERIFY(card->styleSheet().contains(LevelStyle::of(card->assessment()).background.name()));
}

void TestCaregiver::screenshots()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write the caregiver banner's screenshots");
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("es") }) {
        for (const bool large : { false, true }) {
            for (const QSize size : { QSize(1366, 768), QSize(1600, 1000) }) {
                language::apply(lang);
                Theme::apply(*qApp, large);
                m_window.reset();
                cleanup();
                init();
                MainWindow &w = *makeWindow(size);
                // Grandma's recheck goes overdue, then Mom has a fever, while Dad is on screen.
                const qint64 grandma = createProfile(w, QStringLiteral("Abuela (Lucía)"));
                addRecords(w, grandma, QStringLiteral("T40=38.1"));
                m_now = w.session().assess().recheckBy->addSecs(120);
                const qint64 mom = createProfile(w, kMom);
                addRecords(w, mom, QStringLiteral("T30=38.9"));
                createProfile(w, kDad);
                addRecords(w, w.session().patientId(), QStringLiteral("T30=36.8"));
                QTRY_COMPARE(bannerRows(w).size(), 2);
                saveShot(&w,
                    qPrintable(QStringLiteral("caregiver-banner-%1-%2-%3x%4")
                                   .arg(lang, large ? QStringLiteral("large") : QStringLiteral("normal"))
                                   .arg(size.width())
                                   .arg(size.height())));
            }
        }
    }
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestCaregiver)
#include "tst_caregiver.moc"

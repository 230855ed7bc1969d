// Drives the real main window offscreen, as a patient would: by object name, keys and clicks.
// Set NC_SCREENSHOT_DIR to also save the screenshots used in docs/.

#include "../guitest.h"
#include "../languagerows.h"
#include "history/historymodel.h"
#include "history/historyscreen.h"
#include "language.h"
#include "log/entrydialogs.h"
#include "mainwindow/mainwindow.h"
#include "settings/firstrundialog.h"
#include "settings/profileform.h"
#include "today/statuscard.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace nc;
using namespace nc::guitest;

namespace {

// The fewest named, focusable controls the accessibility walk must find in a place.
constexpr int kLeastOnAScreen = 4;
constexpr int kLeastInADialog = 3;

QString statusTitle(MainWindow &w)
{
    return child<QLabel>(w.today()->statusCard(), "statusTitle")->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createProfileAndFever();
    void recheckCountdownAndAcknowledge();
    void badValueKeepsDialogOpen();
    void editAndUndo();
    void profilesNeverMix();
    void everyControlHasNameAndFocus();
    void screensBuiltWhenFirstShown();
    void shortcutsShownAreTheKeysThatWork();
    void screenshots();
    void clinicalStatesOnToday();
    void everyLanguage_data();
    void everyLanguage();

private:
    void addRecordsForToday(MainWindow &w, const QString &events);
    void createProfile(MainWindow &w, const QString &name, const QString &number);
    void logTemperature(MainWindow &w, const QString &value);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
};

void TestMainWindow::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCareTest"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en")); // as the app does: English plural forms
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY2(
        m_db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n))), qPrintable(m_db->errorString()));
    m_now = sessionNow();
}

void TestMainWindow::cleanup()
{
    m_db.reset();
}

void TestMainWindow::createProfile(MainWindow &w, const QString &name, const QString &number)
{
    answerProfileDialog(name, number);
    if (w.session().patients().isEmpty()) {
        QVERIFY(w.ensureProfile());
    } else {
        w.findChild<QAction *>(QStringLiteral("actionNewProfile"))->trigger();
    }
}

void TestMainWindow::logTemperature(MainWindow &w, const QString &value)
{
    onNextDialog([value](QDialog *d) {
        auto *edit = child<QLineEdit>(d, "temperatureValue");
        edit->clear();
        QTest::keyClicks(edit, value);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Accepted));
}

void TestMainWindow::createProfileAndFever()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Maria"), QStringLiteral("020 7946 0001"));
    QCOMPARE(w.session().patients().size(), 1);
    // No reading yet: Today asks for one, never "no warning signs" (CLINICAL.md §6).
    QCOMPARE(statusTitle(w), QStringLiteral("Take your temperature — none logged in the last 12 hours"));

    logTemperature(w, QStringLiteral("38.4"));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
    QVERIFY(w.today()->statusCard()->assessment().hasReason(Finding::FeverSingle));
    QCOMPARE(statusTitle(w), levels::title(Level::CallNow));
    QVERIFY(child<QLabel>(w.today()->statusCard(), "inHoursNumber")
                ->text()
                .contains(QStringLiteral("020 7946 0001")));
    const QString script = child<QLabel>(w.today()->statusCard(), "callScript")->text();
    QVERIFY2(script.contains(QStringLiteral("38.4")), qPrintable(script));
    QTRY_VERIFY(child<QPushButton>(w.today()->statusCard(), "acknowledgeButton")->isVisible());
    // The call-now reminder fires and repeats until acknowledged.
    w.checkReminders();
    QVERIFY(!w.lastReminder().isEmpty());
}

void TestMainWindow::recheckCountdownAndAcknowledge()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Ana"), QStringLiteral("555 0100"));
    logTemperature(w, QStringLiteral("38.1"));
    const Assessment a = w.today()->statusCard()->assessment();
    QCOMPARE(a.level, Level::Recheck);
    QVERIFY(a.recheckBy.has_value());
    auto *countdown = child<QLabel>(w.today()->statusCard(), "recheckCountdown");
    QVERIFY2(countdown->text().contains(QStringLiteral("again in")), qPrintable(countdown->text()));

    logTemperature(w, QStringLiteral("38.5"));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);

    onNextDialog([](QDialog *d) {
        child<QRadioButton>(d, "outcome_went_to_hospital")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openAcknowledge(), int(QDialog::Accepted));
    const Assessment after = w.today()->statusCard()->assessment();
    QVERIFY(after.level < Level::CallNow);
    QVERIFY(after.hasReason(Finding::RecentlyContacted));

    w.history()->showKind(QStringLiteral("alert"));
    auto *model = w.history()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, 3), Qt::DisplayRole).toString(),
        HistoryScreen::tr("Told to go to hospital"));
}

void TestMainWindow::badValueKeepsDialogOpen()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Sam"), QStringLiteral("555 0101"));
    QString shownError;
    QString keptText;
    onNextDialog([&](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "temperatureValue"), QStringLiteral("101"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        QVERIFY(d->isVisible());
        shownError = child<QLabel>(d, "errorLabel")->text();
        keptText = child<QLineEdit>(d, "temperatureValue")->text();
        d->reject();
    });
    QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Rejected));
    QVERIFY2(shownError.contains(QStringLiteral("°F")), qPrintable(shownError));
    QCOMPARE(keptText, QStringLiteral("101"));
    QCOMPARE(TemperatureRepository(*m_db).count(w.session().patientId()), 0);
}

void TestMainWindow::screensBuiltWhenFirstShown()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Kim"), QStringLiteral("555 0103"));
    // Start-up builds Today alone (DESIGN.md's start-up budget).
    QVERIFY(w.isScreenBuilt(MainWindow::TodayIndex));
    for (int i = MainWindow::HistoryIndex; i <= MainWindow::SettingsIndex; ++i)
        QVERIFY2(!w.isScreenBuilt(i), qPrintable(QString::number(i)));

    // A reading logged before History exists is there when History is first opened, by keyboard.
    logTemperature(w, QStringLiteral("37.6"));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier);
    QVERIFY(w.isScreenBuilt(MainWindow::HistoryIndex));
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyScreen"));
    w.history()->showKind(QStringLiteral("temperature"));
    QCOMPARE(w.history()->model()->rowCount(), 1);
    QVERIFY(!w.isScreenBuilt(MainWindow::ChartsIndex));

    // Once built, a screen is kept: going back and forth shows the same widget, still up to date.
    HistoryScreen *history = w.history();
    w.showScreen(MainWindow::TodayIndex);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.today()));
    logTemperature(w, QStringLiteral("37.2"));
    QVERIFY(w.showScreenNamed(QStringLiteral("historyScreen")));
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(history));
    QCOMPARE(history->model()->rowCount(), 2);

    // Asking for a screen by name builds it; an unknown name shows nothing new.
    QVERIFY(w.showScreenNamed(QStringLiteral("settingsScreen")));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("settingsScreen"));
    QVERIFY(!w.showScreenNamed(QStringLiteral("noSuchScreen")));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("settingsScreen"));
}

void TestMainWindow::shortcutsShownAreTheKeysThatWork()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Jo"), QStringLiteral("555 0104"));
    // No two actions answer the same keys (Symptoms once said Ctrl+Y, which is Redo).
    QHash<QKeySequence, QString> owners;
    for (QAction *action : w.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!owners.contains(key),
                qPrintable(QStringLiteral("%1 is both %2 and %3")
                               .arg(key.toString(), owners.value(key), action->text())));
            owners.insert(key, action->text());
        }
    }
    // Each log button on Today names the keys its menu action answers to.
    for (const char *kind : { "temperature", "count", "symptom", "painkiller", "treatment", "medicine" }) {
        auto *action = w.findChild<QAction *>(QStringLiteral("actionLog_") + QLatin1String(kind));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        auto *button = child<QPushButton>(w.today(), (QByteArray("log_") + kind).constData());
        QVERIFY2(button->text().contains(action->shortcut().toString(QKeySequence::NativeText)),
            qPrintable(button->text()));
    }
    // And the keys do open the dialog: Ctrl+Shift+Y opens symptoms.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    bool opened = false;
    onNextDialog([&opened](QDialog *d) {
        opened = d->inherits("nc::SymptomDialog");
        d->reject();
    });
    QTest::keyClick(&w, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(opened);
}

void TestMainWindow::editAndUndo()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Lee"), QStringLiteral("555 0102"));
    logTemperature(w, QStringLiteral("37.0"));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showScreen(1);
    w.history()->showKind(QStringLiteral("temperature"));
    auto *table = w.history()->table();
    QCOMPARE(w.history()->model()->rowCount(), 1);
    table->selectRow(0);
    onNextDialog([](QDialog *d) {
        auto *edit = child<QLineEdit>(d, "temperatureValue");
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("38.6"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    w.history()->editSelected();
    const qint64 patient = w.session().patientId();
    QCOMPARE(TemperatureRepository(*m_db).latest(patient, 1).first().reading.temperature.celsius(), 38.6);
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);

    QCOMPARE(w.session().undoStack()->count(), 2);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(TemperatureRepository(*m_db).latest(patient, 1).first().reading.temperature.celsius(), 37.0);

    table->selectRow(0);
    w.history()->deleteSelected();
    QCOMPARE(TemperatureRepository(*m_db).count(patient), 0);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(TemperatureRepository(*m_db).count(patient), 1);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(TemperatureRepository(*m_db).count(patient), 0);
}

void TestMainWindow::profilesNeverMix()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("First"), QStringLiteral("111"));
    const qint64 first = w.session().patientId();
    logTemperature(w, QStringLiteral("38.9"));
    createProfile(w, QStringLiteral("Second"), QStringLiteral("222"));
    const qint64 second = w.session().patientId();
    QVERIFY(first != second);
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::Ok);
    QCOMPARE(TemperatureRepository(*m_db).count(second), 0);
    w.history()->showKind(QStringLiteral("temperature"));
    QCOMPARE(w.history()->model()->rowCount(), 0);

    auto *switcher = child<QComboBox>(&w, "profileSwitcher");
    QCOMPARE(switcher->count(), 2);
    w.switchPatient(first);
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
    QCOMPARE(w.history()->model()->rowCount(), 1);
}

void TestMainWindow::everyControlHasNameAndFocus()
{
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.show();
    createProfile(w, QStringLiteral("Kim"), QStringLiteral("555"));
    QStringList problems;
    QMap<QString, int> audited; // the controls checked in each place
    auto audit = [&problems, &audited](QWidget *root, const QString &where) {
        audited[where] = accessibilityProblems(root, where, &problems);
    };
    const int screens = child<QListWidget>(&w, "navigation")->count();
    for (int i = 0; i < screens; ++i) {
        w.showScreen(i);
        audit(&w, QStringLiteral("screen %1").arg(i));
    }
    for (const char *kind : { "temperature", "count", "symptom", "painkiller", "treatment", "medicine" }) {
        onNextDialog([&, kind](QDialog *d) {
            audit(d, QString::fromLatin1(kind));
            d->reject();
        });
        w.openLogDialog(QString::fromLatin1(kind));
    }
    onNextDialog([&](QDialog *d) {
        audit(d, QStringLiteral("acknowledge"));
        d->reject();
    });
    w.openAcknowledge();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // An empty window or dialog would pass the checks above: every place was walked, and had at
    // least the controls it cannot do without (a screen: the screen list, the profile switcher and
    // its own; a dialog: a field, Save and Cancel).
    QCOMPARE(audited.size(), screens + 7);
    for (auto it = audited.cbegin(); it != audited.cend(); ++it) {
        const int least = it.key().startsWith(QLatin1String("screen")) ? kLeastOnAScreen : kLeastInADialog;
        QVERIFY2(it.value() >= least,
            qPrintable(QStringLiteral("%1: %2 controls checked").arg(it.key()).arg(it.value())));
    }
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write the documentation screenshots");
    // Shown as a patient in the UK would see it, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    MainWindow w(*m_db);
    w.session().setClock([this] { return m_now; });
    w.resize(1600, 1000);
    w.show();
    createProfile(w, QStringLiteral("Maria Lopez"), QStringLiteral("020 7946 0001"));
    logTemperature(w, QStringLiteral("36.8"));
    saveShot(&w, "today-ok");
    TreatmentRecord chemo;
    chemo.patientId = w.session().patientId();
    chemo.treatment.date = m_now.date().addDays(-9);
    chemo.treatment.kind = TreatmentKind::Chemotherapy;
    chemo.regimen = QStringLiteral("FEC-T, cycle 2");
    const auto chemoId = TreatmentRepository(*m_db).add(chemo);
    QVERIFY2(chemoId.ok(), chemoId.ok() ? "" : qPrintable(chemoId.error().message));
    BloodCountRecord count;
    count.patientId = chemo.patientId;
    count.count = *BloodCount::measured(m_now.addDays(-2), 1.2, CountUnit::GigaPerLitre);
    count.enteredUnit = CountUnit::GigaPerLitre;
    const auto added = BloodCountRepository(*m_db).add(count);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    w.session().notifyChanged();
    saveShot(&w, "today-caution");
    logTemperature(w, QStringLiteral("37.1"));
    w.session().notifyChanged();
    logTemperature(w, QStringLiteral("38.1"));
    saveShot(&w, "today-recheck");
    onNextDialog([&](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "temperatureValue"), QStringLiteral("38.6"));
        saveShot(d, "log-temperature");
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    w.openLogDialog(QStringLiteral("temperature"));
    saveShot(&w, "today-call-now");
    w.showScreen(1);
    saveShot(&w, "history");
    w.showScreen(0);
    Theme::apply(*qApp, true);
    w.session().notifyChanged();
    saveShot(&w, "today-large-text");
    Theme::apply(*qApp, false);
    // The same day in Spanish (the window is built in the language, as WindowHost does).
    language::apply(QStringLiteral("es"));
    {
        MainWindow spanish(*m_db);
        spanish.session().setClock([this] { return m_now; });
        spanish.resize(1600, 1000);
        spanish.show();
        spanish.switchPatient(w.session().patientId());
        saveShot(&spanish, "today-es");
    }
    language::apply(QStringLiteral("en"));
}

void TestMainWindow::everyLanguage_data()
{
    test::addLanguageRows();
}

// Each shipped language, as a patient with a fever meets it: the window built in the language (as
// WindowHost does) and mirrored for a right-to-left one, every screen walked for names and Tab
// reach, no missing-glyph box anywhere, and the clinic's number and the temperature reading left to
// right inside the sentence that holds them.
void TestMainWindow::everyLanguage()
{
    QFETCH(QString, code);
    QCOMPARE(language::apply(code), code);
    const Qt::LayoutDirection direction = QLocale().textDirection();
    QCOMPARE(direction, code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    {
        MainWindow w(*m_db);
        w.session().setClock([this] { return m_now; });
        w.resize(1600, 1000);
        w.show();
        QCOMPARE(w.layoutDirection(), direction);
        createProfile(w, QStringLiteral("Maria Lopez"), QStringLiteral("+1 555 0100"));
        logTemperature(w, QStringLiteral("36.8"));
        saveShot(&w, qPrintable(QStringLiteral("today-ok-") + code));
        onNextDialog([&](QDialog *d) {
            QCOMPARE(d->layoutDirection(), direction);
            QStringList missing = textsWithMissingGlyphs(d);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
            QTest::keyClicks(child<QLineEdit>(d, "temperatureValue"), QStringLiteral("38.6"));
            saveShot(d, qPrintable(QStringLiteral("log-temperature-") + code));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Accepted));
        saveShot(&w, qPrintable(QStringLiteral("today-call-now-") + code));

        // The numbers on the call-now card, in the order they are dialled and read.
        auto *number = child<QLabel>(&w, "inHoursNumber");
        QVERIFY2(readsLeftToRight(number->text(), QStringLiteral("+1 555 0100"), number->font(), direction),
            qPrintable(number->text()));
        const QString fever = Temperature::format(38.6, TemperatureUnit::Celsius);
        int temperatures = 0;
        for (QLabel *label : w.findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->text().contains(fever))
                continue;
            ++temperatures;
            QVERIFY2(
                readsLeftToRight(label->text(), fever, label->font(), direction), qPrintable(label->text()));
        }
        QVERIFY(temperatures > 0);

        QStringList problems;
        int checked = 0;
        static const char *const screens[]
            = { "today", "history", "charts", "learn", "precautions", "settings" };
        for (int i = 0; i < child<QListWidget>(&w, "navigation")->count(); ++i) {
            w.showScreen(i);
            QApplication::processEvents();
            if (i > 0 && i < int(std::size(screens)))
                saveShot(&w, qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(screens[i]), code)));
            checked += accessibilityProblems(&w, QStringLiteral("%1 screen %2").arg(code).arg(i), &problems);
            for (const QString &text : textsWithMissingGlyphs(&w))
                problems << QStringLiteral("%1 screen %2: missing glyphs: %3").arg(code).arg(i).arg(text);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked > 50);
        qInfo("%s: %d controls walked", qPrintable(code), checked);
    }
    language::apply(QStringLiteral("en"));
}

// Stores records directly, for states a dialog cannot make in one step: "A60=paracetamol" is a
// dose 60 minutes ago, "T30=36.9" a reading, "S10=cough" a symptom (minutes before m_now).
void TestMainWindow::addRecordsForToday(MainWindow &w, const QString &events)
{
    const qint64 patient = w.session().patientId();
    for (const QString &e : events.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QDateTime at = m_now.addSecs(-60 * e.mid(1).section(QLatin1Char('='), 0, 0).toInt());
        const QString what = e.section(QLatin1Char('='), 1);
        if (e.startsWith(QLatin1Char('A'))) {
            AntipyreticRecord r;
            r.patientId = patient;
            r.dose = { at, *antipyretics::fromCode(what) };
            QVERIFY(AntipyreticRepository(*m_db).add(r).ok());
        } else if (e.startsWith(QLatin1Char('T'))) {
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

// CLINICAL.md §6 on Today, in English and Spanish: no reading asks for one (never the green
// "no warning signs"); a normal number under a fever medicine is a recheck that says to call even
// if the thermometer reads normal; call_today shows the numbers, a script quoting the reading
// that triggered, and what to do when nobody answers. Screenshots of each when asked.
void TestMainWindow::clinicalStatesOnToday()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("es") }) {
        language::apply(lang);
        const QByteArray suffix = lang == QLatin1String("en") ? QByteArray() : QByteArray("-es");
        MainWindow w(*m_db);
        w.resize(1600, 1000);
        w.show();
        w.session().setClock([this] { return m_now; });
        createProfile(w, QStringLiteral("Maria Lopez ") + lang, QStringLiteral("020 7946 0001"));
        auto *card = w.today()->statusCard();

        QCOMPARE(card->assessment().level, Level::Ok);
        QVERIFY(card->assessment().hasNote(Finding::NoRecentReading));
        QCOMPARE(statusTitle(w), levels::headline(card->assessment()));
        QVERIFY(statusTitle(w) != levels::title(Level::Ok));
        saveShot(&w, QByteArray("today-no-reading" + suffix).constData());

        addRecordsForToday(w, QStringLiteral("A90=paracetamol;T30=36.9"));
        QCOMPARE(card->assessment().level, Level::Recheck);
        QVERIFY(card->assessment().hasReason(Finding::MayBeMasked));
        QCOMPARE(*card->assessment().recheckBy, m_now.addSecs((360 - 90) * 60));
        QVERIFY(child<QLabel>(card, "recheckCountdown")->text().contains(QStringLiteral("4")));
        saveShot(&w, QByteArray("today-masked-recheck" + suffix).constData());

        // 38.0 two hours ago (a borderline reading), then a sore throat: call today, and the
        // script quotes the 38.0, not the later masked 36.9.
        addRecordsForToday(w, QStringLiteral("T120=37.9;S10=sore_throat"));
        QCOMPARE(card->assessment().level, Level::CallNow); // two ambers: borderline + symptom
        const QString script = child<QLabel>(card, "callScript")->text();
        QVERIFY2(script.contains(Temperature::format(37.9, TemperatureUnit::Celsius))
                && !script.contains(Temperature::format(36.9, TemperatureUnit::Celsius)),
            qPrintable(script));
        saveShot(&w, QByteArray("today-call-now-two-ambers" + suffix).constData());
    }
    language::apply(QStringLiteral("en"));

    // call_today alone: the numbers, the script and the no-answer advice.
    MainWindow w(*m_db);
    w.resize(1600, 1000);
    w.show();
    w.session().setClock([this] { return m_now; });
    createProfile(w, QStringLiteral("Ana Call Today"), QStringLiteral("020 7946 0002"));
    addRecordsForToday(w, QStringLiteral("T240=37.0;A100=ibuprofen;T30=36.8;S10=cough"));
    auto *card = w.today()->statusCard();
    QCOMPARE(card->assessment().level, Level::CallToday);
    QVERIFY(child<QLabel>(card, "inHoursNumber")->text().contains(QStringLiteral("020 7946 0002")));
    QVERIFY(child<QLabel>(card, "noAnswerAdvice")->text().contains(QStringLiteral("emergency department")));
    const QString script = child<QLabel>(card, "callScript")->text();
    QVERIFY2(script.contains(QStringLiteral("36.8")) && script.contains(QStringLiteral("Ibuprofen")),
        qPrintable(script));
    saveShot(&w, "today-call-today");
    language::apply(QStringLiteral("es"));
    {
        MainWindow spanish(*m_db);
        spanish.resize(1600, 1000);
        spanish.show();
        spanish.session().setClock([this] { return m_now; });
        spanish.switchPatient(w.session().patientId());
        QCOMPARE(spanish.today()->statusCard()->assessment().level, Level::CallToday);
        saveShot(&spanish, "today-call-today-es");
    }
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

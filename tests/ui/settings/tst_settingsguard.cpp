// Settings on the real main window (issue 14, item 5): what is in force is always shown from the
// stored settings, apart from the choice being edited; any edit shows "Unsaved changes" and
// clears "Saved."; leaving Settings or switching profile with unsaved changes asks Save / Discard /
// Keep editing; the language switches at once; a clinic's protocol file shows its thresholds.

#include "../guitest.h"
#include "clinical/thresholdtext.h"
#include "language.h"
#include "learn/learnscreen.h"
#include "mainwindow/caregiverbanner.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsscreen.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nc;
using namespace nc::guitest;

namespace {

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestSettingsGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inForceAndUnsavedMarker();
    void guardOnLeaving_data();
    void guardOnLeaving();
    void bannerShowAsksOnce();
    void languageSwitchesAtOnce();
    void clinicFileShowsItsThresholds();
    void screenshots();

private:
    qint64 addPatient(const QString &name, const PatientSettings &settings = {});
    PatientSettings stored(qint64 patient) const { return PatientSettingsRepository(*m_db).get(patient); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_maria = 0;
    qint64 m_jose = 0;
};

void TestSettingsGuard::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_settingsguard"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

qint64 TestSettingsGuard::addPatient(const QString &name, const PatientSettings &settings)
{
    const qint64 id = *PatientRepository(*m_db).add({ 0, name, std::nullopt });
    PatientSettings s = settings;
    s.inHoursNumber = QStringLiteral("020 7946 0001");
    s.outOfHoursNumber = QStringLiteral("0800 555 0199");
    if (PatientSettingsRepository(*m_db).save(id, s))
        qFatal("settings not saved");
    return id;
}

void TestSettingsGuard::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++n))));
    m_maria = addPatient(QStringLiteral("Maria"));
    m_jose = addPatient(QStringLiteral("José"));
}

void TestSettingsGuard::cleanup()
{
    m_db.reset();
}

void TestSettingsGuard::inForceAndUnsavedMarker()
{
    MainWindow w(*m_db);
    w.resize(1366, 768);
    w.show();
    QCOMPARE(w.session().patientId(), m_maria);
    w.showScreen(MainWindow::SettingsIndex);
    SettingsScreen *s = w.settingsScreen();
    auto *inForce = child<QLabel>(s, "protocolInForce");
    auto *unsaved = child<QLabel>(s, "unsavedChanges");
    auto *status = child<QLabel>(s, "settingsStatus");
    const Protocol idsa = Protocol::defaultProtocol();
    const Protocol nice = *Protocol::preset(QStringLiteral("uk-nice"));
    const QString idsaInC
        = TemperatureTrigger::high(idsa.single.thresholdC, idsa.single.inclusive, TemperatureUnit::Celsius)
              .phrase();
    QVERIFY2(inForce->text().contains(idsa.displayName()), qPrintable(inForce->text()));
    QVERIFY2(inForce->text().contains(idsaInC), qPrintable(inForce->text()));
    QVERIFY(!unsaved->isVisible());

    // Another protocol and °F, not saved: the protocol in force is still the stored one.
    choose(child<QComboBox>(s, "protocol"), QStringLiteral("uk-nice"));
    choose(child<QComboBox>(s, "displayUnit"), QStringLiteral("F"));
    QVERIFY(unsaved->isVisible());
    QVERIFY2(inForce->text().contains(idsa.displayName()), qPrintable(inForce->text()));
    QVERIFY(!inForce->text().contains(nice.displayName()));
    QCOMPARE(w.session().settings().protocol.id, idsa.id);

    // Saved: in force, the marker gone, "Saved." said.
    QTest::mouseClick(child<QPushButton>(s, "saveSettings"), Qt::LeftButton);
    QCOMPARE(stored(m_maria).protocol.id, nice.id);
    QCOMPARE(stored(m_maria).displayUnit, TemperatureUnit::Fahrenheit);
    QVERIFY(!unsaved->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Saved."));
    const QString niceInF
        = TemperatureTrigger::high(nice.single.thresholdC, nice.single.inclusive, TemperatureUnit::Fahrenheit)
              .phrase();
    QVERIFY2(inForce->text().contains(nice.displayName()), qPrintable(inForce->text()));
    QVERIFY2(inForce->text().contains(niceInF), qPrintable(inForce->text()));

    // A further edit: "Saved." goes, the marker comes back; undoing the edit by hand clears it.
    auto *clinic = child<QLineEdit>(s, "clinicName");
    QTest::keyClicks(clinic, QStringLiteral("X"));
    QVERIFY(status->text().isEmpty());
    QVERIFY(unsaved->isVisible());
    QTest::keyClick(clinic, Qt::Key_Backspace);
    QVERIFY(!unsaved->isVisible());
}

void TestSettingsGuard::guardOnLeaving_data()
{
    QTest::addColumn<QString>("how"); // "screen": to Today; "profile": to José
    QTest::addColumn<QByteArray>("answer");
    for (const char *how : { "screen", "profile" }) {
        for (const char *answer : { "guardSave", "guardDiscard", "guardCancel" })
            QTest::addRow("%s %s", how, answer) << QString::fromLatin1(how) << QByteArray(answer);
    }
}

void TestSettingsGuard::guardOnLeaving()
{
    QFETCH(QString, how);
    QFETCH(QByteArray, answer);
    MainWindow w(*m_db);
    w.resize(1366, 768);
    w.show();
    w.showScreen(MainWindow::SettingsIndex);
    SettingsScreen *s = w.settingsScreen();
    auto *protocol = child<QComboBox>(s, "protocol");
    choose(protocol, QStringLiteral("uk-nice"));
    choose(child<QComboBox>(s, "displayUnit"), QStringLiteral("F"));

    QString asked;
    bool dialogShown = false;
    onNextDialog([&](QDialog *d) {
        dialogShown = true;
        asked = d->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        child<QAbstractButton>(d, answer.constData())->click();
    });
    if (how == QLatin1String("screen")) {
        w.showScreen(MainWindow::TodayIndex);
    } else {
        auto *switcher = child<QComboBox>(&w, "profileSwitcher");
        const int jose = switcher->findData(m_jose);
        switcher->setCurrentIndex(jose);
        Q_EMIT switcher->activated(jose);
    }
    QTRY_VERIFY(dialogShown);
    QVERIFY2(asked.contains(QStringLiteral("not saved")), qPrintable(asked));

    const PatientSettings after = stored(m_maria);
    if (answer == "guardCancel") {
        // Nothing left: Settings, Maria and the edits stay.
        QVERIFY(s->isVisible());
        QCOMPARE(child<QListWidget>(&w, "navigation")->currentRow(), int(MainWindow::SettingsIndex));
        QCOMPARE(w.session().patientId(), m_maria);
        QCOMPARE(child<QComboBox>(&w, "profileSwitcher")->currentData().toLongLong(), m_maria);
        QCOMPARE(protocol->currentData().toString(), QStringLiteral("uk-nice"));
        QVERIFY(child<QLabel>(s, "unsavedChanges")->isVisible());
        QCOMPARE(after.protocol.id, Protocol::defaultId());
        return;
    }
    if (how == QLatin1String("screen"))
        QVERIFY(w.today()->isVisible() && !s->isVisible());
    else
        QCOMPARE(w.session().patientId(), m_jose);
    if (answer == "guardSave") {
        QCOMPARE(after.protocol.id, QStringLiteral("uk-nice"));
        QCOMPARE(after.displayUnit, TemperatureUnit::Fahrenheit);
    } else {
        QCOMPARE(after.protocol.id, Protocol::defaultId());
        QCOMPARE(after.displayUnit, TemperatureUnit::Celsius);
        QCOMPARE(protocol->currentData().toString(), Protocol::defaultId()); // shows what is stored
    }
    QVERIFY(!child<QLabel>(s, "unsavedChanges")->isVisible());

    // Clean now: leaving asks nothing.
    w.showScreen(MainWindow::SettingsIndex);
    w.showScreen(MainWindow::LearnIndex);
    QVERIFY(w.learn()->isVisible());
}

void TestSettingsGuard::bannerShowAsksOnce()
{
    // The caregiver banner's "Show" switches profile, then shows Today: "Keep editing" is one
    // answer, not a question asked twice.
    MainWindow w(*m_db);
    w.show();
    w.showScreen(MainWindow::SettingsIndex);
    SettingsScreen *s = w.settingsScreen();
    choose(child<QComboBox>(s, "protocol"), QStringLiteral("uk-nice"));
    int asked = 0;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, [&] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ++asked;
            child<QAbstractButton>(d, "guardCancel")->click();
        }
    });
    answerer.start();
    Q_EMIT w.findChild<CaregiverBanner *>()->showRequested(m_jose);
    answerer.stop();
    QCOMPARE(asked, 1);
    QCOMPARE(w.session().patientId(), m_maria);
    QVERIFY(s->isVisible());
    QVERIFY(child<QLabel>(s, "unsavedChanges")->isVisible());
}

void TestSettingsGuard::languageSwitchesAtOnce()
{
    MainWindow w(*m_db);
    w.show();
    QSignalSpy wanted(&w, &MainWindow::languageWanted);
    w.showScreen(MainWindow::SettingsIndex);
    SettingsScreen *s = w.settingsScreen();
    choose(child<QComboBox>(s, "language"), QStringLiteral("es"));
    // No "Save settings": stored and asked for at once.
    QCOMPARE(stored(m_maria).language, QStringLiteral("es"));
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().first().toString(), QStringLiteral("es"));
    QVERIFY(!child<QLabel>(s, "unsavedChanges")->isVisible());

    // With other changes unsaved, the window about to be rebuilt asks first; Save keeps both.
    choose(child<QComboBox>(s, "protocol"), QStringLiteral("uk-nice"));
    bool dialogShown = false;
    onNextDialog([&](QDialog *d) {
        dialogShown = true;
        child<QAbstractButton>(d, "guardSave")->click();
    });
    choose(child<QComboBox>(s, "language"), QStringLiteral("en"));
    QTRY_VERIFY(dialogShown);
    QCOMPARE(stored(m_maria).language, QStringLiteral("en"));
    QCOMPARE(stored(m_maria).protocol.id, QStringLiteral("uk-nice"));
    QCOMPARE(wanted.count(), 2);

    // Keep editing: the language stays as it was, and the edit with it.
    choose(child<QComboBox>(s, "displayUnit"), QStringLiteral("F"));
    dialogShown = false;
    onNextDialog([&](QDialog *d) {
        dialogShown = true;
        child<QAbstractButton>(d, "guardCancel")->click();
    });
    choose(child<QComboBox>(s, "language"), QStringLiteral("es"));
    QTRY_VERIFY(dialogShown);
    QCOMPARE(child<QComboBox>(s, "language")->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(stored(m_maria).language, QStringLiteral("en"));
    QCOMPARE(wanted.count(), 2);
    QVERIFY(child<QLabel>(s, "unsavedChanges")->isVisible());
}

void TestSettingsGuard::clinicFileShowsItsThresholds()
{
    PatientSettings s = stored(m_maria);
    const auto file = Protocol::fromJsonBytes(
        R"({"id": "riverside", "name": "Riverside 2026", "single": {"threshold_c": 38.0},)"
        R"( "sustained": {"threshold_c": 37.8, "minutes": 60}})");
    QVERIFY2(file, file ? "" : qPrintable(file.error().message));
    QVERIFY(file->sustained);
    s.protocol = *file;
    s.displayUnit = TemperatureUnit::Fahrenheit;
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_maria, s));

    MainWindow w(*m_db);
    w.show();
    w.showScreen(MainWindow::SettingsIndex);
    SettingsScreen *screen = w.settingsScreen();
    const QString single = TemperatureTrigger::high(38.0, true, TemperatureUnit::Fahrenheit).phrase();
    const QString sustained = triggers::sustainedPhrase(*s.protocol.sustained, TemperatureUnit::Fahrenheit);
    QCOMPARE(single, QStringLiteral("100.4 °F or higher"));
    QLabel *source = nullptr;
    for (QLabel *label : screen->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("From your clinic's protocol file")))
            source = label;
    }
    QVERIFY(source);
    QVERIFY2(source->text().contains(single), qPrintable(source->text()));
    QVERIFY2(source->text().contains(sustained), qPrintable(source->text()));
    // In the unit chosen on the form, as it is being edited.
    choose(child<QComboBox>(screen, "displayUnit"), QStringLiteral("C"));
    QVERIFY2(source->text().contains(QStringLiteral("38.0 °C or higher")), qPrintable(source->text()));
}

void TestSettingsGuard::screenshots()
{
    const QString dir = qEnvironmentVariable("NC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set NC_SCREENSHOT_DIR to write the screenshots");
    for (const QString &shot : { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("en-large"),
             QStringLiteral("es-large") }) {
        const QString code = shot.left(2);
        language::apply(code);
        Theme::apply(*qApp, shot.endsWith(QLatin1String("large")));
        MainWindow w(*m_db);
        w.resize(1366, 768);
        w.show();
        w.showScreen(MainWindow::SettingsIndex);
        SettingsScreen *s = w.settingsScreen();
        choose(child<QComboBox>(s, "protocol"), QStringLiteral("uk-nice"));
        choose(child<QComboBox>(s, "displayUnit"), QStringLiteral("F"));
        saveShot(&w, qPrintable(QStringLiteral("settings-unsaved-%1").arg(shot)));
        bool dialogShown = false;
        onNextDialog([&](QDialog *d) {
            dialogShown = true;
            // The dialog over the window, as the person sees it.
            saveShot(d, qPrintable(QStringLiteral("settings-guard-dialog-%1").arg(shot)));
            QPixmap screen = w.grab();
            QPainter painter(&screen);
            painter.fillRect(screen.rect(), QColor(0, 0, 0, 60));
            painter.drawPixmap(screen.rect().center() - d->rect().center(), d->grab());
            painter.end();
            const QString path = dir + QStringLiteral("/settings-guard-%1.png").arg(shot);
            QVERIFY2(screen.save(path), qPrintable(QStringLiteral("could not write ") + path));
            child<QAbstractButton>(d, "guardCancel")->click();
        });
        w.showScreen(MainWindow::TodayIndex);
        QTRY_VERIFY(dialogShown);
    }
    language::apply(QStringLiteral("en"));
    Theme::apply(*qApp, false);
}

QTEST_MAIN(TestSettingsGuard)
#include "tst_settingsguard.moc"

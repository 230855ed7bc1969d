// Settings' clinic-set values (CLINICAL.md §2): the usual level (baseline ANC, at least 1000/µL)
// and the lower limit of normal (at least 1500/µL), both optional, refused below their floors
// with the reason and saved otherwise; a clinic's protocol file shows its own LLN, not a field;
// and Today's ANC tile shows the usual level it reads counts against.
#include "../guitest.h"
#include "app/appsettings.h"
#include "language.h"
#include "settings/settingsscreen.h"
#include "today/todayscreen.h"
#include "widgets/numberinput.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nc;
using nc::guitest::child;

class TestSettingsScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clinicValues_data();
    void clinicValues();
    void llnOfAClinicFileIsShownNotAsked();
    void usualLevelOnToday();
    void remindWhenClosed();
    void startAtLoginRunsInTheBackground();
    void screenshots();

private:
    PatientSettings saved() const { return PatientSettingsRepository(*m_db).get(m_patient); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_patient = 0;
};

void TestSettingsScreen::initTestCase()
{
    guitest::useOwnSettings(QStringLiteral("tst_settingsscreen"));
}

void TestSettingsScreen::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_patient, PatientSettings()));
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(m_patient);
}

void TestSettingsScreen::cleanup()
{
    m_session.reset();
    m_db.reset();
}

// "Keep reminding me when the window is closed": on by default, reached from the keyboard, named
// for a screen reader, an unsaved change until "Save settings" stores it.
void TestSettingsScreen::remindWhenClosed()
{
    SettingsScreen screen(*m_session);
    auto *box = child<QCheckBox>(&screen, "remindWhenClosed");
    QVERIFY(box->isChecked());
    QCOMPARE(box->accessibleName(), QStringLiteral("Keep reminding me when the window is closed"));
    QCOMPARE(box->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    QVERIFY(box->text().contains(QLatin1Char('&'))); // Alt+W

    box->setChecked(false);
    QVERIFY(screen.hasUnsavedChanges());
    QVERIFY(AppSettings().value(AppSettings::Key::RemindWhenClosed).toBool());
    child<QPushButton>(&screen, "saveSettings")->click();
    QVERIFY(!screen.hasUnsavedChanges());
    QVERIFY(!AppSettings().value(AppSettings::Key::RemindWhenClosed).toBool());
    screen.reload();
    QVERIFY(!box->isChecked());
    AppSettings().setValue(AppSettings::Key::RemindWhenClosed, true);
}

// The XDG autostart entry "start at login" writes runs NeutroCare in the background: no window,
// the reminders running.
void TestSettingsScreen::startAtLoginRunsInTheBackground()
{
    SettingsScreen screen(*m_session);
    auto *box = child<QCheckBox>(&screen, "autostart");
    box->setChecked(true);
    child<QPushButton>(&screen, "saveSettings")->click();
    QVERIFY(appprefs::startMinimisedAtLogin());
    const QDir autostart(
        QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + QStringLiteral("/autostart"));
    const QStringList entries = autostart.entryList({ QStringLiteral("*.desktop") }, QDir::Files);
    QCOMPARE(entries.size(), 1);
    const QString path = autostart.filePath(entries.first());
    QFile entry(path);
    QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<QByteArray> lines = entry.readAll().split('\n');
    QVERIFY(lines.contains("Exec=neutrocare --background"));
    box->setChecked(false);
    child<QPushButton>(&screen, "saveSettings")->click();
    QVERIFY(!QFile::exists(path));
}

void TestSettingsScreen::clinicValues_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says"); // empty: saved
    QTest::addColumn<std::optional<double>>("stored");

    const std::optional<double> none;
    QTest::newRow("usual level not set") << QByteArray("baselineAnc") << QString() << QString() << none;
    QTest::newRow("usual level 999") << QByteArray("baselineAnc") << QStringLiteral("999")
                                     << QStringLiteral("at least 1,000/µL") << none;
    QTest::newRow("usual level 1000")
        << QByteArray("baselineAnc") << QStringLiteral("1000") << QString() << std::optional<double>(1000);
    QTest::newRow("usual level 1,210")
        << QByteArray("baselineAnc") << QStringLiteral("1,210") << QString() << std::optional<double>(1210);
    QTest::newRow("usual level in words")
        << QByteArray("baselineAnc") << QStringLiteral("low") << QStringLiteral("must be a number") << none;
    QTest::newRow("usual level over any count") << QByteArray("baselineAnc") << QStringLiteral("100001")
                                                << QStringLiteral("at most 100,000/µL") << none;
    QTest::newRow("LLN not set") << QByteArray("clinicLlnAnc") << QString() << QString() << none;
    QTest::newRow("LLN 1499") << QByteArray("clinicLlnAnc") << QStringLiteral("1499")
                              << QStringLiteral("lower limit of normal must lie between 1500") << none;
    QTest::newRow("LLN 1500") << QByteArray("clinicLlnAnc") << QStringLiteral("1500") << QString()
                              << std::optional<double>(1500);
    QTest::newRow("LLN 10000") << QByteArray("clinicLlnAnc") << QStringLiteral("10000") << QString()
                               << std::optional<double>(10000);
    QTest::newRow("LLN 10001") << QByteArray("clinicLlnAnc") << QStringLiteral("10001")
                               << QStringLiteral("must lie between 1500 and 10000") << none;
}

void TestSettingsScreen::clinicValues()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, typed);
    QFETCH(QString, says);
    QFETCH(std::optional<double>, stored);

    SettingsScreen screen(*m_session);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    QVERIFY(child<QLabel>(&screen, "clinicValuesIntro")
                ->text()
                .contains(QStringLiteral("only as your clinic tells you")));
    auto *edit = child<QLineEdit>(&screen, field.constData());
    edit->setText(typed);
    child<QPushButton>(&screen, "saveSettings")->click();

    auto *error = child<QLabel>(&screen, "clinicValuesError");
    const PatientSettings s = saved();
    const std::optional<double> value = field == "baselineAnc" ? s.baselineAnc : s.clinicLlnAnc;
    if (says.isEmpty()) {
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(child<QLabel>(&screen, "settingsStatus")->text(), QStringLiteral("Saved."));
        QCOMPARE(value, stored);
        // Shown again as saved, in the locale's digits.
        screen.reload();
        QCOMPARE(parseNumber(edit->text()), stored);
    } else {
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(says), qPrintable(error->text()));
        QVERIFY(edit->hasFocus());
        QCOMPARE(edit->text(), typed); // kept, to be corrected
        QVERIFY(!value);
    }
}

void TestSettingsScreen::llnOfAClinicFileIsShownNotAsked()
{
    PatientSettings s = saved();
    s.protocol = *Protocol::fromJsonBytes(
        R"({"id": "riverside", "single": {"threshold_c": 38.0}, "lln_anc": 1800})");
    s.clinicLlnAnc = 1700; // set while a preset was in force
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_patient, s));

    SettingsScreen screen(*m_session);
    screen.show();
    auto *field = child<QLineEdit>(&screen, "clinicLlnAnc");
    auto *fromFile = child<QLabel>(&screen, "llnFromProtocolFile");
    QVERIFY(!field->isVisible());
    QVERIFY(fromFile->isVisible());
    QCOMPARE(fromFile->text(), QStringLiteral("1,800/µL, set by your clinic's protocol file."));

    // Choosing a preset offers the field again, with the preset's default as its placeholder.
    auto *protocol = child<QComboBox>(&screen, "protocol");
    protocol->setCurrentIndex(protocol->findData(Protocol::defaultId()));
    QVERIFY(field->isVisible());
    QVERIFY(!fromFile->isVisible());
    QCOMPARE(field->placeholderText(), QStringLiteral("Not set: 2,000"));

    // Back to the file: saving keeps no second LLN beside the file's.
    protocol->setCurrentIndex(protocol->count() - 1);
    QVERIFY(fromFile->isVisible());
    child<QPushButton>(&screen, "saveSettings")->click();
    QVERIFY(!saved().clinicLlnAnc);
    QCOMPARE(saved().protocolInForce().llnAnc, 1800.0);
}

void TestSettingsScreen::usualLevelOnToday()
{
    const QDateTime now(QDate(2026, 3, 10), QTime(9, 0), QTimeZone(3600));
    m_session->setClock([now] { return now; });
    QVERIFY(BloodCountRepository(*m_db).add(
        { 0, m_patient, *BloodCount::measured(now.addSecs(-3600), 1300, CountUnit::CellsPerMicrolitre),
            CountUnit::CellsPerMicrolitre, {}, {} }));
    TodayScreen today(*m_session);
    auto *detail = child<QLabel>(&today, "ancTileDetail");
    today.refresh();
    QVERIFY(!detail->text().contains(QStringLiteral("usual level")));

    SettingsScreen screen(*m_session);
    child<QLineEdit>(&screen, "baselineAnc")->setText(QStringLiteral("1210"));
    child<QPushButton>(&screen, "saveSettings")->click();
    today.refresh();
    QVERIFY2(detail->text().contains(QStringLiteral("at your usual level")), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QStringLiteral("Your usual level, set by your clinic: 1,210/µL.")));
}

// The documentation's pictures of Settings at a laptop's 1366×768: the top (the year-of-birth spin
// box, the drop-downs) and the clinic-set values, in English and Spanish, normal and large text.
void TestSettingsScreen::screenshots()
{
    if (qEnvironmentVariableIsEmpty("NC_SCREENSHOT_DIR"))
        QSKIP("set NC_SCREENSHOT_DIR to write the documentation screenshots");
    PatientSettings s = saved();
    s.baselineAnc = 1210;
    s.clinicLlnAnc = 1700;
    s.clinicName = QStringLiteral("Riverside Oncology");
    s.inHoursNumber = QStringLiteral("020 7946 0001");
    QVERIFY(!PatientSettingsRepository(*m_db).save(m_patient, s));
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("es") }) {
        for (const bool large : { false, true }) {
            language::apply(lang);
            Theme::apply(*qApp, large);
            SettingsScreen screen(*m_session);
            screen.resize(1366 - 200, 768 - 80); // the window less its sidebar and menu
            screen.show();
            screen.reload();
            const QString name = QStringLiteral("settings%1%2")
                                     .arg(large ? QStringLiteral("-large-text") : QString(),
                                         lang == QLatin1String("en") ? QString() : QStringLiteral("-es"));
            guitest::saveShot(&screen, qPrintable(name));
            auto *scroll = screen.findChild<QScrollArea *>();
            QVERIFY(scroll);
            scroll->ensureWidgetVisible(child<QLineEdit>(&screen, "clinicLlnAnc"), 10, 200);
            guitest::saveShot(&screen,
                qPrintable(QString(name).replace(
                    QStringLiteral("settings"), QStringLiteral("settings-clinic-values"))));
        }
    }
    language::apply(QStringLiteral("en"));
    Theme::apply(*qApp, false);
}

QTEST_MAIN(TestSettingsScreen)
#include "tst_settingsscreen.moc"

// Issue 14, item 8. A date typed in the locale's format is that date (typing 11/24/26 gave
// 12/24/26: with the whole text selected QDateTimeEdit refused the first keys and kept the month,
// and a separator after a section that filled itself skipped the next one), typed by keys into
// the real dialogs. A time in the future is refused with the reason for every record of something
// that has happened, the dialog keeping what was typed: the engine ignores events after now, so a
// future dose stored as given would count for nothing.
#include "../guitest.h"
#include "app/recordcommands.h"
#include "log/entrydialogs.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using nc::guitest::child;

namespace {

// The session's clock in these tests: a Friday noon, so 24 November is in the past.
const QDateTime kNow(QDate(2026, 12, 4), QTime(12, 0));

enum class Focus { SelectAll, Tab, Click };

// Puts the focus in `edit` the way a person would, then types `text` key by key.
void typeInto(QDateTimeEdit *edit, Focus focus, const QString &text)
{
    switch (focus) {
    case Focus::SelectAll:
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        break;
    case Focus::Tab:
        edit->setFocus(Qt::TabFocusReason);
        break;
    case Focus::Click:
        // Into the first characters, as a person clicks on the date.
        QTest::mouseClick(edit->findChild<QLineEdit *>(), Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
        break;
    }
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::useOwnSettings(QStringLiteral("tst_dates")); }
    void init();
    void cleanup();
    void treatmentDateTypedAsWritten_data();
    void treatmentDateTypedAsWritten();
    void whenTypedAsWritten_data();
    void whenTypedAsWritten();
    void futureTreatmentIsRefusedAndKept();
    void futureTimeIsRefused_data();
    void futureTimeIsRefused();
    void aFewMinutesAheadIsNow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_patient = 0;
};

void TestDates::init()
{
    static int n = 0;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++n))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(m_patient);
    m_session->setClock([] { return kNow; });
}

void TestDates::cleanup()
{
    m_session.reset();
    m_db.reset();
    QLocale::setDefault(QLocale::c());
}

void TestDates::treatmentDateTypedAsWritten_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Focus>("focus");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QDate nov24(2026, 11, 24);
    QTest::newRow("en_US, select all") << us << Focus::SelectAll << QStringLiteral("11/24/26") << nov24;
    QTest::newRow("en_US, tab") << us << Focus::Tab << QStringLiteral("11/24/26") << nov24;
    QTest::newRow("en_US, click") << us << Focus::Click << QStringLiteral("11/24/26") << nov24;
    QTest::newRow("en_US, one-digit month")
        << us << Focus::SelectAll << QStringLiteral("1/24/26") << QDate(2026, 1, 24);
    QTest::newRow("en_GB, select all") << gb << Focus::SelectAll << QStringLiteral("24/11/2026") << nov24;
    QTest::newRow("en_GB, tab") << gb << Focus::Tab << QStringLiteral("24/11/2026") << nov24;
    QTest::newRow("en_GB, click") << gb << Focus::Click << QStringLiteral("24/11/2026") << nov24;
}

void TestDates::treatmentDateTypedAsWritten()
{
    QFETCH(QLocale, locale);
    QFETCH(Focus, focus);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QLocale::setDefault(locale);

    TreatmentDialog dialog(*m_session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *date = child<QDateTimeEdit>(&dialog, "treatmentDate");
    typeInto(date, focus, typed);
    QCOMPARE(date->date(), expected);
    QCOMPARE(date->text(), typed);

    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = TreatmentRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().treatment.date, expected);
}

void TestDates::whenTypedAsWritten_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Focus>("focus");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDateTime>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QDate nov24(2026, 11, 24);
    QTest::newRow("en_US, select all")
        << us << Focus::SelectAll << QStringLiteral("11/24/26 9:30 PM") << QDateTime(nov24, QTime(21, 30));
    QTest::newRow("en_US, click") << us << Focus::Click << QStringLiteral("11/24/26 10:05 AM")
                                  << QDateTime(nov24, QTime(10, 5));
    QTest::newRow("en_GB, select all")
        << gb << Focus::SelectAll << QStringLiteral("24/11/2026 21:30") << QDateTime(nov24, QTime(21, 30));
    QTest::newRow("en_GB, tab") << gb << Focus::Tab << QStringLiteral("24/11/2026 09:05")
                                << QDateTime(nov24, QTime(9, 5));
}

void TestDates::whenTypedAsWritten()
{
    QFETCH(QLocale, locale);
    QFETCH(Focus, focus);
    QFETCH(QString, typed);
    QFETCH(QDateTime, expected);
    QLocale::setDefault(locale);

    TemperatureDialog dialog(*m_session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "temperatureValue"), QStringLiteral("37.2"));
    auto *when = child<QDateTimeEdit>(&dialog, "timeEdit");
    typeInto(when, focus, typed);
    QCOMPARE(when->dateTime(), expected);

    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = TemperatureRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().reading.time, expected);
}

void TestDates::futureTreatmentIsRefusedAndKept()
{
    TreatmentDialog dialog(*m_session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *date = child<QDateTimeEdit>(&dialog, "treatmentDate");
    typeInto(date, Focus::SelectAll, QStringLiteral("12/24/26"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "regimen"), QStringLiteral("FEC-T, cycle 2"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(QStringLiteral("Date: 12/24/26 is after today.")), qPrintable(error));
    QCOMPARE(date->text(), QStringLiteral("12/24/26"));
    QCOMPARE(child<QLineEdit>(&dialog, "regimen")->text(), QStringLiteral("FEC-T, cycle 2"));
    QVERIFY(dialog.focusWidget() == date || date->isAncestorOf(dialog.focusWidget()));
    guitest::saveShot(&dialog, "log-treatment-future-refused");
    QCOMPARE(TreatmentRepository(*m_db).count(m_patient), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Today is allowed: the dose given this morning.
    typeInto(date, Focus::SelectAll, QStringLiteral("12/4/26"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(TreatmentRepository(*m_db).latest(m_patient, 1).first().treatment.date, kNow.date());
}

void TestDates::futureTimeIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    for (const char *kind : { "temperature", "count", "symptom", "painkiller" })
        QTest::newRow(kind) << QString::fromLatin1(
            kind) << (qstrcmp(kind, "count") == 0 ? QStringLiteral("Blood taken") : QStringLiteral("When"));
}

void TestDates::futureTimeIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    std::unique_ptr<LogDialog> dialog;
    std::function<int()> stored;
    if (kind == QLatin1String("temperature")) {
        dialog = std::make_unique<TemperatureDialog>(*m_session, nullptr);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "temperatureValue"), QStringLiteral("38.4"));
        stored = [this] { return TemperatureRepository(*m_db).count(m_patient); };
    } else if (kind == QLatin1String("count")) {
        dialog = std::make_unique<BloodCountDialog>(*m_session, nullptr);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "ancValue"), QStringLiteral("0.4"));
        stored = [this] { return BloodCountRepository(*m_db).count(m_patient); };
    } else if (kind == QLatin1String("symptom")) {
        dialog = std::make_unique<SymptomDialog>(*m_session, nullptr);
        child<QListWidget>(dialog.get(), "symptomList")->item(0)->setCheckState(Qt::Checked);
        stored = [this] { return SymptomRepository(*m_db).count(m_patient); };
    } else {
        dialog = std::make_unique<AntipyreticDialog>(*m_session, nullptr);
        stored = [this] { return AntipyreticRepository(*m_db).count(m_patient); };
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *when = child<QDateTimeEdit>(dialog.get(), "timeEdit");
    typeInto(when, Focus::SelectAll, QStringLiteral("12/5/26 9:00 AM"));
    const QString typed = when->text();
    QCOMPARE(typed, QStringLiteral("12/5/26 9:00 AM"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    const QString error = dialog->errorText();
    QVERIFY2(
        error.startsWith(field + QStringLiteral(": 12/5/26 9:00 AM is later than now.")), qPrintable(error));
    QCOMPARE(when->text(), typed);
    QCOMPARE(stored(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestDates::aFewMinutesAheadIsNow()
{
    // Another device's clock a little fast is no future: within records::kClockSkewSeconds.
    AntipyreticDialog dialog(*m_session, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QDateTimeEdit>(&dialog, "timeEdit"), Focus::SelectAll, QStringLiteral("12/4/26 12:04 PM"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AntipyreticRepository(*m_db).count(m_patient), 1);
}

QTEST_MAIN(TestDates)
#include "tst_dates.moc"

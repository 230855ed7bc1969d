// Issue 14, item 2, on the real main window: a person at call-now on 101.6 °F who never presses
// "I contacted my care team" still finds the alert in History's alert log and in the report,
// marked "Not acknowledged"; acknowledging then answers that same alert (one row, undoable).

#include "../guitest.h"
#include "../print/pdftext.h"
#include "history/historymodel.h"
#include "history/historyscreen.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "print/patientreport.h"
#include "print/printdocument.h"
#include "today/statuscard.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

class TestUnansweredAlert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unansweredAlertIsKeptAndAnsweredInPlace();

private:
    void logTemperature(MainWindow &w, const QString &value);
    QString cell(MainWindow &w, int column);
    QTemporaryDir m_dir;
};

void TestUnansweredAlert::initTestCase()
{
    useOwnSettings(QStringLiteral("NeutroCareTest"));
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestUnansweredAlert::logTemperature(MainWindow &w, const QString &value)
{
    onNextDialog([value](QDialog *d) {
        auto *edit = child<QLineEdit>(d, "temperatureValue");
        edit->clear();
        QTest::keyClicks(edit, value);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openLogDialog(QStringLiteral("temperature")), int(QDialog::Accepted));
}

QString TestUnansweredAlert::cell(MainWindow &w, int column)
{
    w.history()->showKind(QStringLiteral("alert"));
    const auto *model = w.history()->model();
    return model->rowCount() == 1 ? model->data(model->index(0, column), Qt::DisplayRole).toString()
                                  : QStringLiteral("%1 rows").arg(model->rowCount());
}

void TestUnansweredAlert::unansweredAlertIsKeptAndAnsweredInPlace()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("alerts.sqlite"))));
    MainWindow w(db);
    w.show();
    answerProfileDialog(QStringLiteral("Rosa"));
    QVERIFY(w.ensureProfile());
    PatientSettings settings = w.session().settings();
    settings.displayUnit = TemperatureUnit::Fahrenheit;
    QVERIFY(!w.session().saveSettings(settings));

    logTemperature(w, QStringLiteral("101.6"));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
    // Columns: When, Level, Protocol, Outcome, Outcome logged, Note.
    QCOMPARE(cell(w, 1), levels::title(Level::CallNow));
    QCOMPARE(cell(w, 2), Protocol::defaultProtocol().displayName());
    QCOMPARE(cell(w, 3), QStringLiteral("Not acknowledged"));
    QCOMPARE(cell(w, 4), QString());

    // The same alert goes on: no second row, with later readings or the reminder clock.
    logTemperature(w, QStringLiteral("101.8"));
    w.checkReminders();
    QCOMPARE(cell(w, 3), QStringLiteral("Not acknowledged"));

    // The report says so too, instead of "ALERTS 0" and "No alerts in this period".
    const QDate today = w.session().now().date();
    const auto data = ReportData::load(db, w.session().patientId(), today, today, w.session().now());
    QVERIFY(data);
    QCOMPARE(data->alerts.size(), 1);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(!printing::writePdf(PatientReport(*data, false), pdf, Paper::A4));
    test::keepForDocs(pdf, QStringLiteral("report-unanswered.pdf"));
    const QString text = test::pdfText(pdf);
    QVERIFY2(!text.contains(QStringLiteral("No alerts in this period")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not acknowledged")), qPrintable(text));

    // "I contacted my care team" answers that alert in place.
    onNextDialog([](QDialog *d) {
        child<QRadioButton>(d, "outcome_went_to_hospital")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QCOMPARE(w.openAcknowledge(), int(QDialog::Accepted));
    QCOMPARE(cell(w, 3), QStringLiteral("Told to go to hospital"));
    QVERIFY(!cell(w, 4).isEmpty());
    // Undone, the alert is unanswered again, still one row.
    w.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(cell(w, 3), QStringLiteral("Not acknowledged"));
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);
}

QTEST_MAIN(TestUnansweredAlert)
#include "tst_unansweredalert.moc"

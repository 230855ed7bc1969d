// Hostile text typed into free-text fields (HTML, an image tag, a right-to-left override, control
// characters) is shown and printed exactly as typed and never interpreted: every screen's label
// that holds it is plain text (or escapes it), History shows it unchanged, and the printed report
// carries it literally. Storage, CSV and FHIR are covered by tests/core/exchange/tst_hostiletext.

#include "../guitest.h"
#include "../languagerows.h"
#include "../print/pdftext.h"
#include "history/historymodel.h"
#include "history/historyscreen.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "print/patientreport.h"
#include "print/printdocument.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

namespace {
// Markup that would show as bold text and load a file if it were ever taken as rich text, an RTL
// override that would flip what follows, and a tab.
const QString kHostile
    = QStringLiteral("<b>Ana</b><img src=\"/etc/hostname\"> \u202Eevil\u202C\t'; DROP TABLE x;--");
const QString kMarker = QStringLiteral("<b>Ana</b>");
} // namespace

class TestHostileTextShown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screensShowItAsTyped_data();
    void screensShowItAsTyped();
    void reportPrintsItAsTyped_data();
    void reportPrintsItAsTyped();
    void cleanup();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_patient = 0;
    QDateTime m_now;
};

void TestHostileTextShown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("hostile.sqlite"))));
    m_now = sessionNow();
    const auto id = PatientRepository(m_db).add({ 0, kHostile, std::nullopt });
    QVERIFY(id.ok());
    m_patient = *id;
    PatientSettings settings;
    settings.clinicName = kHostile;
    settings.inHoursNumber = kHostile;
    QVERIFY(!PatientSettingsRepository(m_db).save(m_patient, settings));
    TemperatureRecord fever;
    fever.patientId = m_patient;
    fever.reading = { m_now.addSecs(-600), *Temperature::fromInput(38.6, TemperatureUnit::Celsius) };
    fever.note = kHostile;
    QVERIFY(TemperatureRepository(m_db).add(fever).ok());
    TreatmentRecord chemo;
    chemo.patientId = m_patient;
    chemo.treatment.date = m_now.date().addDays(-9);
    chemo.treatment.kind = TreatmentKind::Chemotherapy;
    chemo.regimen = kHostile;
    chemo.note = kHostile;
    QVERIFY(TreatmentRepository(m_db).add(chemo).ok());
}

// Every shipped language: the walk runs in each, Arabic's right-to-left marks and isolates included.
void TestHostileTextShown::screensShowItAsTyped_data()
{
    test::addLanguageRows();
}

void TestHostileTextShown::screensShowItAsTyped()
{
    QFETCH(QString, code);
    QCOMPARE(language::apply(code), code);
    MainWindow w(m_db);
    w.session().setClock([this] { return m_now; });
    w.resize(1400, 900);
    w.show();
    w.switchPatient(m_patient);
    QStringList problems;
    int shown = 0;
    const int screens = child<QListWidget>(&w, "navigation")->count();
    auto *stack = w.findChild<QStackedWidget *>();
    for (int i = 0; i < screens; ++i) {
        w.showScreen(i);
        QTRY_VERIFY(w.isScreenBuilt(i) && stack->currentWidget()->isVisible());
        for (QLabel *label : w.findChildren<QLabel *>()) {
            if (!label->text().contains(kMarker))
                continue;
            ++shown;
            // Plain text shows the markup as typed; rich text would interpret it.
            if (label->textFormat() != Qt::PlainText)
                problems << QStringLiteral("screen %1: label %2 may take the text as rich text")
                                .arg(i)
                                .arg(label->objectName());
        }
    }
    QVERIFY2(shown > 0, "the hostile text is shown somewhere (the call-now card, the profile)");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // History lists the note exactly as typed.
    w.history()->showKind(QStringLiteral("temperature"));
    HistoryModel *model = w.history()->model();
    QCOMPARE(model->rowCount(), 1);
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->data(model->index(0, c), Qt::DisplayRole).toString();
    QVERIFY2(cells.contains(kHostile), qPrintable(cells.join(QLatin1String(" | "))));
}

void TestHostileTextShown::reportPrintsItAsTyped_data()
{
    screensShowItAsTyped_data();
}

void TestHostileTextShown::reportPrintsItAsTyped()
{
    QFETCH(QString, code);
    QCOMPARE(language::apply(code), code);
    const auto data = ReportData::load(m_db, m_patient, m_now.date().addDays(-10), m_now.date(), m_now);
    QVERIFY(data.has_value());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(!printing::writePdf(PatientReport(*data, true), path, Paper::A4));
    const QString text = test::pdfText(path, test::TextMode::Raw);
    // The markup is printed as characters, not applied: its tags are there to read.
    QVERIFY2(text.contains(kMarker), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("<img src=")));
    QVERIFY(text.contains(QStringLiteral("DROP TABLE x")));
}

void TestHostileTextShown::cleanup()
{
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestHostileTextShown)
#include "tst_hostiletextshown.moc"

// File ▸ Import… and File ▸ Export… driven offscreen through the real main window: the preview
// before storing (records per kind, duplicates, untracked codes, withdrawn results, errors with
// line/field/reason), storing, a cancelled import that stores nothing, and exports.
// Set NC_SCREENSHOT_DIR to also save the preview screenshots.
#include "../../core/exchange/sampledata.h"
#include "../guitest.h"
#include "exchange/csv.h"
#include "exchange/exchangeactions.h"
#include "exchange/exchangeprogress.h"
#include "exchange/fhir.h"
#include "exchange/importdialog.h"
#include "exchange/importer.h"
#include "mainwindow/mainwindow.h"
#include "storage/repositories.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace nc;
using namespace nc::testdata;

using nc::guitest::saveShot;

namespace {

// Runs `handle` on the modal dialog named `name` once it is shown. It polls rather than waits, so
// it never blocks inside the event processing of a progress step.
void onNextDialog(const QString &name, std::function<void(QDialog *)> handle, int triesLeft = 500)
{
    QTimer::singleShot(10, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name && dialog->isVisible())
            handle(dialog);
        else if (triesLeft > 0)
            onNextDialog(name, handle, triesLeft - 1);
    });
}

QStringList column(QTableWidget *t, int c)
{
    QStringList cells;
    for (int r = 0; r < t->rowCount(); ++r)
        cells << t->item(r, c)->text();
    return cells;
}

} // namespace

class TestExchangeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importCsvThroughTheMenu();
    void previewListsErrorsAndStoresNothing();
    void previewOfAPortalExport();
    void duplicatesOnly();
    void cancelledImportStoresNothing();
    void exportThroughTheMenu();

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    qsizetype stored() { return collectRecords(*m_db, m_patient).size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_patient = 0;
};

void TestExchangeDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("g.sqlite"))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Ann"), std::nullopt });
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->session().patientId(), m_patient);
}

void TestExchangeDialog::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestExchangeDialog::importCsvThroughTheMenu()
{
    const RecordSet sample = everyKind();
    FileDialog::setNextAnswer(writeFile(QStringLiteral("records.csv"), *csv::write(sample)));
    bool previewed = false;
    onNextDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
        QVERIFY(!d->findChild<QTableWidget *>(QStringLiteral("errorTable")));
        auto *kinds = d->findChild<QTableWidget *>(QStringLiteral("kindTable"));
        QVERIFY(kinds);
        QCOMPARE(kinds->rowCount(), 7);
        QCOMPARE(column(kinds, 0).first(), recordkinds::displayName(RecordKind::Temperature));
        QCOMPARE(column(kinds, 1).first(), QString::number(sample.temperatures.size()));
        QCOMPARE(column(kinds, 2), QStringList(7, QStringLiteral("0")));
        // Nothing is stored while the preview is open.
        QCOMPARE(stored(), 0);
        auto *import = d->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        QVERIFY(!import->accessibleName().isEmpty());
        saveShot(d, "import-preview");
        previewed = true;
        QTest::mouseClick(import, Qt::LeftButton);
    });
    action("actionImport")->trigger();
    QVERIFY(previewed);
    QCOMPARE(stored(), sample.size());
    QVERIFY2(difference(collectRecords(*m_db, m_patient),
                 csv::read(*csv::write(collectRecords(*m_db, m_patient))).records)
                 .isEmpty(),
        "stored records re-export exactly");
    QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(sample.size())));
}

void TestExchangeDialog::previewListsErrorsAndStoresNothing()
{
    const QString path = writeFile(QStringLiteral("bad.csv"),
        "kind,time,value,unit\n"
        "temperature,2026-03-10T08:00:00+01:00,38.4,C\n"
        "temperature,2026-03-10T09:00:00+01:00,101,C\n"
        "symptom,2026-03-10T09:00:00,,\n");
    FileDialog::setNextAnswer(path);
    onNextDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
        auto *errors = d->findChild<QTableWidget *>(QStringLiteral("errorTable"));
        QVERIFY(errors);
        QCOMPARE(errors->rowCount(), 3);
        QCOMPARE(column(errors, 0),
            QStringList({ QStringLiteral("line 3"), QStringLiteral("line 4"), QStringLiteral("line 4") }));
        QCOMPARE(column(errors, 1),
            QStringList({ QStringLiteral("value"), QStringLiteral("time"), QStringLiteral("code") }));
        QVERIFY(errors->item(0, 2)->text().contains(QStringLiteral("Did you mean")));
        QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("importButton")));
        saveShot(d, "import-errors");
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    });
    action("actionImport")->trigger();
    QCOMPARE(stored(), 0);

    // A wholly wrong file: the first hundred are listed and all are counted.
    QByteArray wrong = "kind,time,value,unit\n";
    for (int i = 0; i < 150; ++i)
        wrong += "temperature,2026-03-10T08:00:00+01:00,-38.4,C\n";
    FileDialog::setNextAnswer(writeFile(QStringLiteral("wrong.csv"), wrong));
    onNextDialog(QStringLiteral("importDialog"), [&](QDialog *d) {
        QCOMPARE(d->findChild<QTableWidget *>(QStringLiteral("errorTable"))->rowCount(), 100);
        // (This test runs without the English plural forms, so "%n problem(s)" stays as written.)
        const QString status = d->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("150 problem")), qPrintable(status));
        QVERIFY2(status.endsWith(QStringLiteral("the first 100 are listed.")), qPrintable(status));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    });
    action("actionImport")->trigger();
    QCOMPARE(stored(), 0);
}

void TestExchangeDialog::previewOfAPortalExport()
{
    ImportDialog dialog(
        m_window->session(), QStringLiteral(NC_TEST_DATA_DIR "/fhir/epic-cbc-bundle.json"), m_window.get());
    QVERIFY(dialog.loaded());
    auto *skipped = dialog.findChild<QTableWidget *>(QStringLiteral("skippedTable"));
    QVERIFY(skipped);
    QCOMPARE(skipped->rowCount(), 3);
    QVERIFY(column(skipped, 0).first().startsWith(QStringLiteral("718-7 Hemoglobin")));
    QCOMPARE(column(dialog.findChild<QTableWidget *>(QStringLiteral("kindTable")), 0),
        QStringList { recordkinds::displayName(RecordKind::BloodCount) });

    ImportDialog withdrawn(
        m_window->session(), QStringLiteral(NC_TEST_DATA_DIR "/fhir/entered-in-error.json"), m_window.get());
    auto *label = withdrawn.findChild<QLabel *>(QStringLiteral("withdrawnLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("2")));
    withdrawn.accept();
    QCOMPARE(withdrawn.result(), int(QDialog::Accepted));
    QCOMPARE(withdrawn.storedCount(), 1);
    QCOMPARE(stored(), 1);
}

void TestExchangeDialog::duplicatesOnly()
{
    const QByteArray file = *csv::write(everyKind());
    QVERIFY(storeImport(*m_db, m_patient, csv::read(file).records).ok());
    ImportDialog dialog(m_window->session(), writeFile(QStringLiteral("again.csv"), file), m_window.get());
    auto *kinds = dialog.findChild<QTableWidget *>(QStringLiteral("kindTable"));
    QCOMPARE(column(kinds, 1), QStringList(7, QStringLiteral("0")));
    QCOMPARE(column(kinds, 2).first(), QString::number(everyKind().temperatures.size()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(dialog.statusText().contains(QStringLiteral("already stored")));
}

void TestExchangeDialog::cancelledImportStoresNothing()
{
    ExchangeProgress::setMinimumDuration(0);
    const QString path = writeFile(QStringLiteral("big.csv"), *csv::write(randomSet(6000, 9)));
    ImportDialog dialog(m_window->session(), path, m_window.get());
    QVERIFY(dialog.loaded());
    QCOMPARE(dialog.plan().addedTotal(), 6000);
    bool pressed = false;
    QTimer::singleShot(0, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exchangeProgress"));
        if (!progress)
            progress = dialog.findChild<QProgressDialog *>(QStringLiteral("exchangeProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        saveShot(progress, "import-progress");
        progress->cancel();
        pressed = true;
    });
    dialog.accept();
    QVERIFY(pressed);
    QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(stored(), 0);
    ExchangeProgress::setMinimumDuration(700);
}

void TestExchangeDialog::exportThroughTheMenu()
{
    QVERIFY(storeImport(*m_db, m_patient, everyKind()).ok());
    const QString csvPath = m_dir->filePath(QStringLiteral("out.csv"));
    FileDialog::setNextAnswer(csvPath);
    action("actionExport")->trigger();
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll(), *csv::write(collectRecords(*m_db, m_patient)));

    const QString jsonPath = m_dir->filePath(QStringLiteral("out.json"));
    FileDialog::setNextAnswer(jsonPath);
    action("actionExport")->trigger();
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const ParsedImport back = fhir::read(jsonFile.readAll());
    QVERIFY(back.ok());
    QCOMPARE(back.records.temperatures.size(), everyKind().temperatures.size());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("out.json")));

    // A cancelled export leaves the file that was there untouched.
    csvFile.seek(0);
    const QByteArray before = csvFile.readAll();
    csvFile.close();
    ExchangeProgress::setMinimumDuration(0);
    QVERIFY(storeImport(*m_db, m_patient, randomSet(3000, 4)).ok());
    QTimer::singleShot(0, [&] {
        if (auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exchangeProgress")))
            progress->cancel();
    });
    ExchangeActions actions(m_window->session(), m_window.get());
    const QString error = actions.exportTo(csvPath, ExchangeFormat::Csv);
    ExchangeProgress::setMinimumDuration(700);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QFile after(csvPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchangedialog.moc"

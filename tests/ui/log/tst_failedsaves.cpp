// A save the database refuses — the disk full (SQLITE_FULL through PRAGMA max_page_count), a
// read-only database (PRAGMA query_only, which root cannot bypass as it can file permissions, or
// PostgreSQL's read-only transactions) or a clinic server that went away — leaves the log dialog
// open with everything typed and a sentence saying why; once the cause is gone the same Save stores
// it. A delete or undo that fails is said and not kept on the undo stack. On both engines
// (tst_failedsaves_postgresql), each test that only one engine can stage says why it skips.
#include "app/recordcommands.h"
#include "log/entrydialogs.h"
#include "scratchdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace nc;

namespace {

template<class T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

bool exec(Database &db, const QStringList &statements)
{
    return std::all_of(
        statements.cbegin(), statements.cend(), [&db](const QString &sql) { return exec(db, sql); });
}

int pragmaValue(Database &db, const char *pragma)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && q.next() ? q.value(0).toInt()
                                                                                      : -1;
}

} // namespace

class TestFailedSaves : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void temperatureOnAFullDisk();
    void temperatureInAReadOnlyDatabase();
    void medicineInAReadOnlyDatabase();
    void symptomsAllOrNothing();
    void symptomsUndoneAllOrNothing();
    void failedDeleteAndUndoAreSaid();
    void temperatureWhenTheServerGoesAway();

private:
    // Fills the database up to its page limit, so the next new row needs a page it cannot have.
    void fillTheDisk();

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_patient = 0;
};

void TestFailedSaves::init()
{
    static int n = 0;
    m_scratch
        = std::make_unique<test::ScratchDatabase>(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++n)));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_scratch->where()), qPrintable(m_db->errorString()));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(m_patient);
}

void TestFailedSaves::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_scratch.reset();
}

void TestFailedSaves::fillTheDisk()
{
    const int pages = pragmaValue(*m_db, "page_count");
    QVERIFY(exec(*m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    TemperatureRepository repo(*m_db);
    for (int i = 0; i < 10000; ++i) {
        TemperatureRecord r { 0, m_patient,
            { m_session->now().addSecs(-3600 - i), *Temperature::fromInput(36.6, TemperatureUnit::Celsius) },
            QStringLiteral("filler %1").arg(i) };
        if (!repo.add(r))
            return;
    }
    QFAIL("the page limit never filled");
}

void TestFailedSaves::temperatureOnAFullDisk()
{
    if (test::onPostgres())
        QSKIP("PostgreSQL has no page limit a test can set; its disk-full state (53100) has its own words in "
              "describeWriteError");
    fillTheDisk();
    const int stored = TemperatureRepository(*m_db).count(m_patient);
    QSignalSpy said(m_session.get(), &Session::saveFailed);

    TemperatureDialog dialog(*m_session, nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "temperatureValue"), QStringLiteral("38.3"));
    child<QComboBox>(&dialog, "temperatureSite")->setCurrentIndex(1);
    child<QCheckBox>(&dialog, "antipyreticCheck")->setChecked(true);
    const QString note = QStringLiteral("shivering after lunch, a long note that must survive the failure ")
        + QString(200, QLatin1Char('x'));
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(note);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    // Still open, saying why in a sentence, with everything typed.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("disk is full")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().contains(QStringLiteral("SQL")));
    QVERIFY(child<QWidget>(&dialog, "errorLabel")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "temperatureValue")->text(), QStringLiteral("38.3"));
    QCOMPARE(child<QComboBox>(&dialog, "temperatureSite")->currentIndex(), 1);
    QVERIFY(child<QCheckBox>(&dialog, "antipyreticCheck")->isChecked());
    QCOMPARE(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(), note);
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), stored);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(said.count(), 1);

    // Space freed: the same Save now stores exactly what was typed.
    QVERIFY(exec(*m_db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const auto latest = TemperatureRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.first().reading.temperature.celsius(), 38.3);
    QCOMPARE(latest.first().note, note);
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestFailedSaves::temperatureInAReadOnlyDatabase()
{
    QVERIFY(exec(*m_db, test::readOnlySql()));
    TemperatureDialog dialog(*m_session, nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "temperatureValue"), QStringLiteral("37.9"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("read-only")), qPrintable(dialog.errorText()));
    QCOMPARE(child<QLineEdit>(&dialog, "temperatureValue")->text(), QStringLiteral("37.9"));
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 0);

    QVERIFY(exec(*m_db, test::writableAgainSql()));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 1);
}

void TestFailedSaves::medicineInAReadOnlyDatabase()
{
    QVERIFY(exec(*m_db, test::readOnlySql()));
    MedicineDialog dialog(*m_session, nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "medicineName"), QStringLiteral("Clozapine"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "medicineDose"), QStringLiteral("100 mg at night"));
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(QStringLiteral("from Dr Okafor"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("read-only")), qPrintable(dialog.errorText()));
    QCOMPARE(child<QLineEdit>(&dialog, "medicineName")->text(), QStringLiteral("Clozapine"));
    QCOMPARE(child<QLineEdit>(&dialog, "medicineDose")->text(), QStringLiteral("100 mg at night"));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(), QStringLiteral("from Dr Okafor"));
    QCOMPARE(MedicineRepository(*m_db).count(m_patient), 0);

    QVERIFY(exec(*m_db, test::writableAgainSql()));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = MedicineRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().dose, QStringLiteral("100 mg at night"));
}

void TestFailedSaves::symptomsAllOrNothing()
{
    QVERIFY(exec(*m_db, test::readOnlySql()));
    SymptomDialog dialog(*m_session, nullptr);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "symptomList");
    list->item(0)->setCheckState(Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("read-only")), qPrintable(dialog.errorText()));
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(2)->checkState(), Qt::Checked);
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 0);
    // Nothing half-logged to undo, and no empty entry to redo.
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canRedo());

    QVERIFY(exec(*m_db, test::writableAgainSql()));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 2);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 0);
}

void TestFailedSaves::symptomsUndoneAllOrNothing()
{
    SymptomDialog dialog(*m_session, nullptr);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "symptomList");
    for (int row : { 0, 1, 2 })
        list->item(row)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 3);

    // The database refuses to delete the second of the three: undo removes none of them, says
    // so, and leaves nothing on the stack that claims the symptoms were taken back.
    QSignalSpy said(m_session.get(), &Session::saveFailed);
    const QList<SymptomRecord> logged = SymptomRepository(*m_db).latest(m_patient, 10);
    const QStringList refuse = test::onPostgres()
        ? QStringList { QStringLiteral("CREATE FUNCTION nc_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                       "$$BEGIN RAISE EXCEPTION 'refused'; END$$"),
              QStringLiteral(
                  "CREATE TRIGGER refuse BEFORE DELETE ON symptoms FOR EACH ROW WHEN (OLD.id = %1) "
                  "EXECUTE FUNCTION nc_refuse()")
                  .arg(logged.at(1).id) }
        : QStringList { QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE DELETE ON symptoms WHEN OLD.id = %1 "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                            .arg(logged.at(1).id) };
    QVERIFY(exec(*m_db, refuse));
    m_session->undoStack()->undo();
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 3);
    QCOMPARE(said.count(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canRedo());

    // Undone in full once the database allows it, and redone in full with the same entries.
    QVERIFY(exec(*m_db,
        test::onPostgres() ? QStringLiteral("DROP TRIGGER refuse ON symptoms")
                           : QStringLiteral("DROP TRIGGER refuse")));
    SymptomRecord another = logged.first();
    another.id = 0;
    QVERIFY(pushIfDone(
        *m_session, new AddRecordsCommand<SymptomRecord>(*m_session, { another }, QStringLiteral("Log")))
                .isEmpty());
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 4);
    m_session->undoStack()->undo();
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 3);
    m_session->undoStack()->redo();
    QCOMPARE(SymptomRepository(*m_db).count(m_patient), 4);
}

void TestFailedSaves::failedDeleteAndUndoAreSaid()
{
    TemperatureRecord r { 0, m_patient,
        { m_session->now(), *Temperature::fromInput(37.0, TemperatureUnit::Celsius) }, {} };
    r.id = *TemperatureRepository(*m_db).add(r);
    QSignalSpy said(m_session.get(), &Session::saveFailed);

    // A delete pushed while the database refuses writes is said, and not left on the stack as done.
    QVERIFY(exec(*m_db, test::readOnlySql()));
    m_session->undoStack()->push(
        new RemoveRecordCommand<TemperatureRecord>(*m_session, r, QStringLiteral("Delete")));
    QCOMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(QStringLiteral("read-only")));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 1);

    // An undo that fails leaves the entry, says so, and drops the command: no false "undone".
    QVERIFY(exec(*m_db, test::writableAgainSql()));
    TemperatureRecord added { 0, m_patient,
        { m_session->now(), *Temperature::fromInput(37.4, TemperatureUnit::Celsius) }, {} };
    QVERIFY(pushIfDone(
        *m_session, new AddRecordCommand<TemperatureRecord>(*m_session, added, QStringLiteral("Log")))
                .isEmpty());
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 2);
    QVERIFY(exec(*m_db, test::readOnlySql()));
    m_session->undoStack()->undo();
    QCOMPARE(said.count(), 2);
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 2);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canRedo());
}

void TestFailedSaves::temperatureWhenTheServerGoesAway()
{
    if (!test::onPostgres())
        QSKIP("A file has no connection to lose: run as tst_failedsaves_postgresql");
    TemperatureDialog dialog(*m_session, nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "temperatureValue"), QStringLiteral("38.6"));
    child<QComboBox>(&dialog, "temperatureSite")->setCurrentIndex(2);
    child<QPlainTextEdit>(&dialog, "noteEdit")
        ->setPlainText(QStringLiteral("typed while the network was down"));

    // The server ends the connection and, for now, takes no new one.
    QVERIFY(
        m_scratch->admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_scratch->name())));
    QVERIFY(m_scratch->admin(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                       "'%1' AND pid <> pg_backend_pid()")
            .arg(m_scratch->name())));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("connection to the clinic server was lost")),
        qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Nothing you typed is lost")),
        qPrintable(dialog.errorText()));
    QCOMPARE(child<QLineEdit>(&dialog, "temperatureValue")->text(), QStringLiteral("38.6"));
    QCOMPARE(child<QComboBox>(&dialog, "temperatureSite")->currentIndex(), 2);
    QCOMPARE(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(),
        QStringLiteral("typed while the network was down"));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Back: the same Save connects again and stores what was typed.
    QVERIFY(
        m_scratch->admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_scratch->name())));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = TemperatureRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().reading.temperature.celsius(), 38.6);
    QCOMPARE(stored.first().note, QStringLiteral("typed while the network was down"));
}

QTEST_MAIN(TestFailedSaves)
#include "tst_failedsaves.moc"

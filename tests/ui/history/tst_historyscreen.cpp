// History on its own: pages load lazily over a long history, and every kind of entry can be
// edited from it and the edit undone.

#include "../guitest.h"
#include "history/historymodel.h"
#include "history/historyscreen.h"
#include "log/entrydialogs.h"
#include "sampledata/heavyhistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

class TestHistoryScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesLoadLazily();
    void modelKeepsQtsRules();
    void editsEveryKind_data();
    void editsEveryKind();
    void alertLogIsNotRewritten();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    QDateTime m_now;
};

void TestHistoryScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryScreen::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++n))));
    const auto patient = PatientRepository(*m_db).add({ 0, QStringLiteral("Jo"), std::nullopt });
    QVERIFY(patient.ok());
    m_now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00+01:00"), Qt::ISODate);
    m_session = std::make_unique<Session>(*m_db);
    m_session->setClock([this] { return m_now; });
    m_session->setPatient(*patient);
}

void TestHistoryScreen::cleanup()
{
    m_session.reset();
    m_db.reset();
}

void TestHistoryScreen::pagesLoadLazily()
{
    sample::HeavyHistorySpec spec;
    spec.end = m_now;
    spec.temperatures = 2000;
    spec.labs = 100;
    spec.symptoms = 300;
    spec.treatments = 20;
    const auto written = sample::writeHeavyHistory(*m_db, m_session->patientId(), spec);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written->temperatures, 2000);

    HistoryScreen screen(*m_session);
    screen.resize(1200, 800);
    screen.show();
    screen.showKind(QStringLiteral("temperature"));
    HistoryModel *model = screen.model();
    // Only the first page is read; the newest entry comes first.
    QCOMPARE(model->rowCount(), HistoryModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    const auto newest = TemperatureRepository(*m_db).latest(m_session->patientId(), 1).first();
    QCOMPARE(model->idAt(0), newest.id);

    // Scrolling to the end asks for the next page, and no more than that.
    screen.table()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > HistoryModel::kPageSize);
    QVERIFY(model->rowCount() <= 3 * HistoryModel::kPageSize);

    for (const char *kind : { "count", "symptom", "treatment" }) {
        screen.showKind(QString::fromLatin1(kind));
        QVERIFY2(model->rowCount() > 0, kind);
        QVERIFY2(model->rowCount() <= HistoryModel::kPageSize, kind);
    }
}

void TestHistoryScreen::modelKeepsQtsRules()
{
    // Less than a page of each kind first, so that every reset below loads the whole list: Qt
    // 6.4's tester fetches more from inside its own modelReset handler, before it counts the reset
    // as over, and would report a reset that leaves pages to fetch against a correct model.
    sample::HeavyHistorySpec spec;
    spec.end = m_now;
    spec.temperatures = HistoryModel::kPageSize / 2;
    spec.labs = 20;
    spec.symptoms = 50;
    spec.treatments = 5;
    QVERIFY(sample::writeHeavyHistory(*m_db, m_session->patientId(), spec).ok());
    HistoryScreen screen(*m_session);
    HistoryModel *model = screen.model();
    screen.resize(1200, 800);
    screen.show();
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Each kind is a reset, filled anew.
        for (const char *kind : { "temperature", "count", "symptom", "alert", "treatment" }) {
            screen.showKind(QString::fromLatin1(kind));
            QVERIFY2((model->rowCount() > 0) == (qstrcmp(kind, "alert") != 0), kind);
        }
        // A new entry reloads the list, with the entry first.
        TreatmentRecord chemo;
        chemo.patientId = m_session->patientId();
        chemo.treatment.date = m_now.date();
        chemo.treatment.kind = TreatmentKind::Chemotherapy;
        const auto added = TreatmentRepository(*m_db).add(chemo);
        QVERIFY(added.ok());
        m_session->notifyChanged();
        QCOMPARE(model->idAt(0), *added);
    }

    // Then pages: readings to fill three more, fetched one by one while the tester watches (it
    // fetches too).
    spec.temperatures = 3 * HistoryModel::kPageSize;
    spec.seed += 1;
    QVERIFY(sample::writeHeavyHistory(*m_db, m_session->patientId(), spec).ok());
    screen.showKind(QStringLiteral("temperature"));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int page = 0; page < 4 && model->canFetchMore({}); ++page)
        model->fetchMore({});
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->rowCount(), TemperatureRepository(*m_db).count(m_session->patientId()));
}

void TestHistoryScreen::editsEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("blood count") << QStringLiteral("count");
    QTest::newRow("symptom") << QStringLiteral("symptom");
    QTest::newRow("painkiller") << QStringLiteral("painkiller");
    QTest::newRow("treatment") << QStringLiteral("treatment");
    QTest::newRow("medicine") << QStringLiteral("medicine");
}

void TestHistoryScreen::editsEveryKind()
{
    QFETCH(QString, kind);
    const qint64 patient = m_session->patientId();
    const QDateTime earlier = m_now.addSecs(-3600);

    // One entry of the kind, then a change made in its edit dialog, and what to check after.
    std::function<void(QDialog *)> change;
    std::function<QString()> stored;
    QString before;
    QString after;
    if (kind == QLatin1String("count")) {
        BloodCountRecord r { 0, patient,
            *BloodCount::derived(earlier, 2.0, CountUnit::GigaPerLitre, Differential::manual(20, 5)),
            CountUnit::GigaPerLitre, QStringLiteral("City lab"), {} };
        QVERIFY(BloodCountRepository(*m_db).add(r).ok());
        change = [](QDialog *d) {
            // Shown back as typed: WBC 2 ×10⁹/L, segs 20 %, bands 5 %.
            QCOMPARE(child<QComboBox>(d, "countShape")->currentIndex(), 2);
            QCOMPARE(child<QLineEdit>(d, "segsPct")->text(), QStringLiteral("20"));
            auto *bands = child<QLineEdit>(d, "bandsPct");
            bands->selectAll();
            QTest::keyClicks(bands, QStringLiteral("0"));
        };
        stored = [this, patient] {
            return QString::number(BloodCountRepository(*m_db).latest(patient, 1).first().count.anc());
        };
        before = QStringLiteral("500");
        after = QStringLiteral("400");
    } else if (kind == QLatin1String("symptom")) {
        QVERIFY(SymptomRepository(*m_db).add({ 0, patient, { earlier, SymptomCode::Cough }, {} }).ok());
        change = [](QDialog *d) {
            auto *list = child<QListWidget>(d, "symptomList");
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("sore_throat"))
                    list->item(i)->setCheckState(Qt::Checked);
            }
        };
        stored = [this, patient] {
            return symptoms::code(SymptomRepository(*m_db).latest(patient, 1).first().entry.code);
        };
        before = QStringLiteral("cough");
        after = QStringLiteral("sore_throat");
    } else if (kind == QLatin1String("painkiller")) {
        QVERIFY(
            AntipyreticRepository(*m_db).add({ 0, patient, { earlier, Antipyretic::Paracetamol }, {} }).ok());
        change = [](QDialog *d) {
            auto *drug = child<QComboBox>(d, "antipyreticDrug");
            drug->setCurrentIndex(drug->findData(QStringLiteral("ibuprofen")));
        };
        stored = [this, patient] {
            return antipyretics::code(AntipyreticRepository(*m_db).latest(patient, 1).first().dose.drug);
        };
        before = QStringLiteral("paracetamol");
        after = QStringLiteral("ibuprofen");
    } else if (kind == QLatin1String("treatment")) {
        TreatmentRecord r { 0, patient, { m_now.date().addDays(-3), TreatmentKind::Chemotherapy, 8, 15 },
            QStringLiteral("FEC"), {} };
        QVERIFY(TreatmentRepository(*m_db).add(r).ok());
        change = [](QDialog *d) {
            QCOMPARE(child<QSpinBox>(d, "nadirStart")->value(), 8);
            auto *regimen = child<QLineEdit>(d, "regimen");
            regimen->selectAll();
            QTest::keyClicks(regimen, QStringLiteral("FEC-T, cycle 2"));
        };
        stored = [this, patient] { return TreatmentRepository(*m_db).latest(patient, 1).first().regimen; };
        before = QStringLiteral("FEC");
        after = QStringLiteral("FEC-T, cycle 2");
    } else {
        MedicineRecord r { 0, patient, QStringLiteral("Clozapine"), QStringLiteral("100 mg"),
            m_now.date().addDays(-30), std::nullopt, {} };
        QVERIFY(MedicineRepository(*m_db).add(r).ok());
        change = [](QDialog *d) {
            QVERIFY(child<QLabel>(d, "medicineFlag")->isVisibleTo(d)); // flagged when shown again
            auto *dose = child<QLineEdit>(d, "medicineDose");
            dose->selectAll();
            QTest::keyClicks(dose, QStringLiteral("150 mg"));
        };
        stored = [this, patient] { return MedicineRepository(*m_db).latest(patient, 1).first().dose; };
        before = QStringLiteral("100 mg");
        after = QStringLiteral("150 mg");
    }

    HistoryScreen screen(*m_session);
    screen.show();
    screen.showKind(kind);
    QCOMPARE(screen.model()->rowCount(), 1);
    QVERIFY(screen.findChild<QPushButton *>(QStringLiteral("historyEdit"))->isVisibleTo(&screen));
    screen.table()->selectRow(0);
    bool saved = false;
    onNextDialog([&](QDialog *d) {
        change(d);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        saved = !d->isVisible();
        if (!saved)
            d->reject();
    });
    screen.editSelected();
    QVERIFY(saved);
    QCOMPARE(stored(), after);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(stored(), before);
    m_session->undoStack()->redo();
    QCOMPARE(stored(), after);
}

void TestHistoryScreen::alertLogIsNotRewritten()
{
    AlertRecord alert;
    alert.patientId = m_session->patientId();
    alert.raisedAt = m_now.addSecs(-600);
    alert.acknowledgedAt = m_now;
    alert.outcome = AlertOutcome::StayHomeMonitor;
    QVERIFY(AlertRepository(*m_db).add(alert).ok());
    HistoryScreen screen(*m_session);
    screen.show();
    screen.showKind(QStringLiteral("alert"));
    QCOMPARE(screen.model()->rowCount(), 1);
    QVERIFY(!screen.findChild<QPushButton *>(QStringLiteral("historyEdit"))->isVisibleTo(&screen));
}

QTEST_MAIN(TestHistoryScreen)
#include "tst_historyscreen.moc"

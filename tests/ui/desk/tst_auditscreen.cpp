// The triage desk's audit trail screen (issue 18) on the throwaway PostgreSQL of scripts/test: it
// lists every change, newest first; the patient, login and day filters change the rows; a selected
// change shows its old and new values; Export CSV… writes the rows shown through the dialogs seam;
// a patient login is told in words it may not read the trail; and every control has a name and is
// reached by Tab.
#include "../guitest.h"
#include "desk/audit/auditmodel.h"
#include "desk/audit/auditscreen.h"
#include "scratchdatabase.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "widgets/dateinput.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <memory>

using namespace nc;
using nc::guitest::child;

namespace {

const QString kPassword = QStringLiteral("audit-screen password");
const QString kNumber = QStringLiteral("020 7946 0001");

QString problem(const std::optional<InputError> &error)
{
    return error ? error->field + QStringLiteral(": ") + error->message : QString();
}

} // namespace

class TestAuditScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listsEveryChangeNewestFirst();
    void filtersChangeTheRows();
    void selectingAChangeShowsOldAndNew();
    void exportWritesTheRowsShown();
    void aPatientLoginIsToldItMayNotRead();
    void everyControlHasANameAndIsReachedByTab();

private:
    std::unique_ptr<Database> as(const QString &login);
    QString login(const char *name) const { return m_scratch->login(QLatin1String(name)); }
    // The newest row the model shows of `who` writing `table` for Asha; -1 when none.
    int rowOf(const AuditModel *model, const QString &who, const QString &table) const;

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_nurse;
    qint64 m_asha = 0;
    qint64 m_ben = 0;
};

std::unique_ptr<Database> TestAuditScreen::as(const QString &name)
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_scratch->whereAs(name, kPassword))) {
        qWarning("%s", qPrintable(db->errorString()));
        return nullptr;
    }
    return db;
}

int TestAuditScreen::rowOf(const AuditModel *model, const QString &who, const QString &table) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto entry = model->entryAt(row);
        if (entry && entry->login == who && entry->table == table && entry->patientId == m_asha)
            return row;
    }
    return -1;
}

void TestAuditScreen::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The audit trail is the clinic server's: run with NC_TEST_ENGINE=postgresql");
    guitest::useOwnSettings(QStringLiteral("tst_auditscreen"));
    Theme::apply(*qApp, false);
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));

    PatientRepository patients(*m_super);
    m_asha = patients.add({ 0, QStringLiteral("Asha Rao"), std::nullopt }).value();
    m_ben = patients.add({ 0, QStringLiteral("Ben Okafor"), std::nullopt }).value();
    QVERIFY(!PatientSettingsRepository(*m_super).save(m_asha, PatientSettings {}));
    QVERIFY(!PatientSettingsRepository(*m_super).save(m_ben, PatientSettings {}));
    ServerAdmin admin(*m_super);
    QCOMPARE(problem(admin.addUser(LoginKind::Staff, login("nurse"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Patient, login("asha"), kPassword, m_asha)), QString());

    const auto asha = as(login("asha"));
    QVERIFY(asha);
    QVERIFY(
        TemperatureRepository(*asha)
            .add({ 0, m_asha,
                { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(38.6, TemperatureUnit::Celsius) },
                QStringLiteral("shivering") })
            .ok());
    m_nurse = as(login("nurse"));
    QVERIFY(m_nurse);
    PatientSettingsRepository settings(*m_nurse);
    PatientSettings ashas = settings.get(m_asha);
    ashas.inHoursNumber = kNumber;
    QCOMPARE(settings.save(m_asha, ashas).value_or(QString()), QString());
}

void TestAuditScreen::cleanupTestCase()
{
    m_nurse.reset();
    m_super.reset();
    m_scratch.reset();
}

void TestAuditScreen::listsEveryChangeNewestFirst()
{
    AuditScreen screen(*m_nurse);
    const auto trail = AuditTrail(*m_nurse).entries({});
    QVERIFY(trail.ok());
    QCOMPARE(screen.model()->rowCount(), int(trail->size()));
    // Two patients, two settings rows, two logins, Asha's login given her record, a reading, the number.
    QCOMPARE(screen.model()->rowCount(), 9);
    QCOMPARE(screen.model()->headerData(AuditModel::What, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("What"));
    const QAbstractItemModel *model = screen.model();
    QCOMPARE(model->index(0, AuditModel::Who).data().toString(), login("nurse"));
    QCOMPARE(model->index(0, AuditModel::Patient).data().toString(), QStringLiteral("Asha Rao"));
    QCOMPARE(model->index(0, AuditModel::What).data().toString(),
        QStringLiteral("Settings and clinic values changed"));
    QCOMPARE(model->index(1, AuditModel::Who).data().toString(), login("asha"));
    QCOMPARE(model->index(1, AuditModel::What).data().toString(), QStringLiteral("Temperature added"));
    QCOMPARE(model->index(1, AuditModel::Record).data().toString(), trail->at(1).record);
    QCOMPARE(model->index(1, AuditModel::When).data().toString(),
        QLocale().toString(trail->at(1).at, QLocale::ShortFormat));
    QVERIFY(child<QLabel>(&screen, "auditIsFinal")
                ->text()
                .contains(QLatin1String("cannot be changed by anyone")));
    QCOMPARE(child<QLabel>(&screen, "auditStatus")->text(), QStringLiteral("9 change(s)."));
}

void TestAuditScreen::filtersChangeTheRows()
{
    AuditScreen screen(*m_nurse);
    auto *patient = child<QComboBox>(&screen, "auditPatient");
    auto *who = child<QComboBox>(&screen, "auditLogin");
    QCOMPARE(patient->count(), 3); // all, Asha, Ben
    QCOMPARE(patient->itemText(0), QStringLiteral("All patients"));
    QCOMPARE(who->itemText(0), QStringLiteral("Anyone"));
    QVERIFY(who->findData(login("nurse")) > 0);
    QVERIFY(who->findData(login("asha")) > 0);
    const int all = screen.model()->rowCount();

    patient->setCurrentIndex(patient->findData(m_ben));
    QCOMPARE(screen.model()->rowCount(), 2); // registered, then given settings
    QVERIFY(screen.model()->entryAt(0)->patientId == m_ben);
    patient->setCurrentIndex(patient->findData(m_asha));
    QCOMPARE(screen.model()->rowCount(), 5); // and her login given her record
    who->setCurrentIndex(who->findData(login("nurse")));
    QCOMPARE(screen.model()->rowCount(), 1);
    QCOMPARE(screen.filter().login, login("nurse"));
    QCOMPARE(screen.filter().patientId, std::optional<qint64>(m_asha));
    patient->setCurrentIndex(0);
    QCOMPARE(screen.model()->rowCount(), 1);
    who->setCurrentIndex(who->findData(login("asha")));
    QCOMPARE(screen.model()->rowCount(), 1);
    QCOMPARE(screen.model()->entryAt(0)->table, QStringLiteral("temperatures"));
    who->setCurrentIndex(0);
    QCOMPARE(screen.model()->rowCount(), all);

    // Days: from tomorrow on, nothing; up to today, everything.
    auto *fromOn = child<QCheckBox>(&screen, "auditFromOn");
    auto *from = child<DateInput>(&screen, "auditFrom");
    QVERIFY(!from->isEnabled());
    from->setDate(QDate::currentDate().addDays(1));
    fromOn->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(screen.model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(&screen, "auditStatus")->text(), QStringLiteral("0 change(s)."));
    // A date typed in an enabled field is read once typing pauses.
    from->setDate(QDate::currentDate().addDays(-1));
    QTRY_COMPARE(screen.model()->rowCount(), all);
    fromOn->setChecked(false);
    auto *toOn = child<QCheckBox>(&screen, "auditToOn");
    child<DateInput>(&screen, "auditTo")->setDate(QDate::currentDate().addDays(-1));
    toOn->setChecked(true);
    QCOMPARE(screen.model()->rowCount(), 0);
    toOn->setChecked(false);
    QCOMPARE(screen.model()->rowCount(), all);

    // Refresh reads what happened since, and keeps the patient chosen.
    patient->setCurrentIndex(patient->findData(m_ben));
    PatientSettingsRepository settings(*m_nurse);
    PatientSettings bens = settings.get(m_ben);
    bens.clinicName = QStringLiteral("Riverside");
    QCOMPARE(settings.save(m_ben, bens).value_or(QString()), QString());
    QCOMPARE(screen.model()->rowCount(), 2);
    screen.refresh();
    QCOMPARE(patient->currentData().toLongLong(), m_ben);
    QCOMPARE(screen.model()->rowCount(), 3);
    QVERIFY(screen.model()->entryAt(0)->newValues.value(QStringLiteral("clinic_name"))
        == QStringLiteral("Riverside"));
}

void TestAuditScreen::selectingAChangeShowsOldAndNew()
{
    AuditScreen screen(*m_nurse);
    screen.resize(1200, 800);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    auto *table = child<QTableView>(&screen, "auditTable");
    auto *details = child<QPlainTextEdit>(&screen, "auditDetails");
    QVERIFY(details->isReadOnly());
    QCOMPARE(details->toPlainText(), QString());

    const int change = rowOf(screen.model(), login("nurse"), QStringLiteral("patient_settings"));
    QVERIFY(change >= 0);
    table->selectRow(change);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("in_hours_number: (blank) → ") + kNumber), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed by ") + login("nurse")), qPrintable(text));
    // Only the changed value: not the columns that stayed, nor the time of the change.
    QVERIFY2(!text.contains(QLatin1String("display_unit")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("updated_ms")), qPrintable(text));
    guitest::saveShot(&screen, "desk-audit-trail");

    // An insert shows every value it was added with.
    const int reading = rowOf(screen.model(), login("asha"), QStringLiteral("temperatures"));
    QVERIFY(reading >= 0);
    table->selectRow(reading);
    const QString added = details->toPlainText();
    QVERIFY2(added.contains(QLatin1String("Added with these values:")), qPrintable(added));
    QVERIFY2(added.contains(QLatin1String("note: shivering")), qPrintable(added));
    QVERIFY2(added.contains(QLatin1String("celsius: 38.6")), qPrintable(added));

    // The keyboard moves the selection, and the details follow.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), reading - 1);
    QVERIFY(details->toPlainText() != added);
}

void TestAuditScreen::exportWritesTheRowsShown()
{
    AuditScreen screen(*m_nurse);
    auto *patient = child<QComboBox>(&screen, "auditPatient");
    patient->setCurrentIndex(patient->findData(m_asha));
    const int rows = screen.model()->rowCount();
    QVERIFY(rows > 0);
    QTemporaryDir folder;
    auto *exportButton = child<QPushButton>(&screen, "auditExport");

    // The person cancels: nothing is written.
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(QDir(folder.path()).isEmpty());

    FileDialog::setNextAnswer(folder.filePath(QStringLiteral("trail")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const FileDialog::Question asked = FileDialog::lastQuestion();
    QCOMPARE(asked.title, QStringLiteral("Export the audit trail"));
    QVERIFY2(asked.suggested.endsWith(
                 QStringLiteral("/neutrocare-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        qPrintable(asked.suggested));
    QVERIFY2(asked.filter.contains(QLatin1String("*.csv")), qPrintable(asked.filter));
    QFile file(folder.filePath(QStringLiteral("trail.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.at(0).endsWith(
        QLatin1String("time,login,patient_id,patient_name,table,action,record,old_values,new_values")));
    QVERIFY(lines.at(1).contains(login("nurse")));
    QVERIFY2(child<QLabel>(&screen, "auditStatus")->text().contains(QLatin1String("trail.csv")),
        qPrintable(child<QLabel>(&screen, "auditStatus")->text()));

    // A folder that is not there: the person is told, in a message box.
    FileDialog::setNextAnswer(folder.filePath(QStringLiteral("missing/trail.csv")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(MessageBox::discardAnswers(), 0);
    QCOMPARE(MessageBox::lastQuestion().title, QStringLiteral("The audit trail was not exported"));
}

void TestAuditScreen::aPatientLoginIsToldItMayNotRead()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    AuditScreen screen(*asha);
    QCOMPARE(screen.model()->rowCount(), 0);
    const QString status = child<QLabel>(&screen, "auditStatus")->text();
    QVERIFY2(status.contains(QLatin1String("may not read the audit trail")), qPrintable(status));
}

void TestAuditScreen::everyControlHasANameAndIsReachedByTab()
{
    AuditScreen screen(*m_nurse);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QStringList problems;
    QStringList focusable;
    for (QWidget *widget : screen.findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(&screen))
            continue;
        // A spin box's or a combo box's own editor takes the focus for it.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        focusable << widget->objectName();
        if (widget->accessibleName().trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: %1 %2")
                            .arg(
                                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Not an empty screen: both lists, both day boxes and days, both buttons, the table, the details.
    QStringList expected = { QStringLiteral("auditPatient"), QStringLiteral("auditLogin"),
        QStringLiteral("auditFromOn"), QStringLiteral("auditFrom"), QStringLiteral("auditToOn"),
        QStringLiteral("auditTo"), QStringLiteral("auditRefresh"), QStringLiteral("auditExport"),
        QStringLiteral("auditTable"), QStringLiteral("auditDetails") };
    for (const QString &name : std::as_const(expected))
        QVERIFY2(focusable.contains(name),
            qPrintable(name + QStringLiteral(" is not focusable: ") + focusable.join(QLatin1Char(' '))));

    // Tab walks from the patient list through the filters to the table and the details (the day
    // fields are skipped while their box is unticked).
    QWidget *w = child<QComboBox>(&screen, "auditPatient");
    w->setFocus();
    QStringList order { w->objectName() };
    for (int i = 0; i < 7; ++i) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&screen) || !w->isEnabled())
            w = w->nextInFocusChain();
        order << w->objectName();
    }
    QCOMPARE(order,
        QStringList({ QStringLiteral("auditPatient"), QStringLiteral("auditLogin"),
            QStringLiteral("auditFromOn"), QStringLiteral("auditToOn"), QStringLiteral("auditRefresh"),
            QStringLiteral("auditExport"), QStringLiteral("auditTable"), QStringLiteral("auditDetails") }));
}

QTEST_MAIN(TestAuditScreen)
#include "tst_auditscreen.moc"

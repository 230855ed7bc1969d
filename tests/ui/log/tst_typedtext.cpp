// DESIGN.md "Data safety" in the log dialogs: text beyond the limits (a note over 4,000
// characters, a medicine name over 200, a control character) is refused by name and reason, the
// dialog stays open with everything typed and the focus on the field to fix, nothing is stored;
// once fixed, the same Save stores exactly what was typed.
#include "../guitest.h"
#include "app/recordcommands.h"
#include "log/entrydialogs.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using nc::guitest::child;

class TestTypedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::useOwnSettings(QStringLiteral("tst_typedtext")); }
    void init();
    void cleanup();
    void noteOverTheLimitIsRefusedAndKept();
    void controlCharacterInANoteIsRefused();
    void medicineNameOverTheLimitIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_patient = 0;
};

void TestTypedText::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++n))));
    m_patient = *PatientRepository(*m_db).add({ 0, QStringLiteral("Maria"), std::nullopt });
    m_session = std::make_unique<Session>(*m_db);
    m_session->setPatient(m_patient);
}

void TestTypedText::cleanup()
{
    m_session.reset();
    m_db.reset();
}

void TestTypedText::noteOverTheLimitIsRefusedAndKept()
{
    TemperatureDialog dialog(*m_session, nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "temperatureValue"), QStringLiteral("38.3"));
    auto *note = child<QPlainTextEdit>(&dialog, "noteEdit");
    const QString start = QStringLiteral("shivering\tafter lunch\n");
    const QString typed = start + QString(text::kNoteMax + 1 - start.size(), QLatin1Char('x'));
    note->setPlainText(typed);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    // Still open, naming the field and the reason, with everything typed and the note to fix.
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QWidget>(&dialog, "errorLabel")->isVisible());
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(QStringLiteral("Note: ")), qPrintable(error));
    QVERIFY2(error.contains(QLocale().toString(4001)) && error.contains(QLocale().toString(4000)),
        qPrintable(error));
    QCOMPARE(note->toPlainText(), typed);
    QCOMPARE(child<QLineEdit>(&dialog, "temperatureValue")->text(), QStringLiteral("38.3"));
    QCOMPARE(dialog.focusWidget(), note);
    QCOMPARE(TemperatureRepository(*m_db).count(m_patient), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);

    // One character fewer: 4,000, tab and line break included, stored exactly.
    note->setPlainText(typed.chopped(1));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = TemperatureRepository(*m_db).latest(m_patient, 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().note, typed.chopped(1));
}

void TestTypedText::controlCharacterInANoteIsRefused()
{
    AntipyreticDialog dialog(*m_session, nullptr);
    dialog.show();
    const QString typed = QStringLiteral("pasted \x1b[2J from a terminal");
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(typed);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("U+001B")), qPrintable(dialog.errorText()));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(), typed);
    QCOMPARE(AntipyreticRepository(*m_db).count(m_patient), 0);
}

void TestTypedText::medicineNameOverTheLimitIsRefused()
{
    MedicineDialog dialog(*m_session, nullptr);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "medicineName");
    const QString typed(text::kShortMax + 1, QLatin1Char('m'));
    name->setText(typed);
    QTest::keyClicks(child<QLineEdit>(&dialog, "medicineDose"), QStringLiteral("100 mg"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(
        dialog.errorText().startsWith(QStringLiteral("Medicine name: ")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QLocale().toString(201)), qPrintable(dialog.errorText()));
    QCOMPARE(name->text(), typed);
    QCOMPARE(child<QLineEdit>(&dialog, "medicineDose")->text(), QStringLiteral("100 mg"));
    QCOMPARE(dialog.focusWidget(), name);
    QCOMPARE(MedicineRepository(*m_db).count(m_patient), 0);

    name->setText(typed.chopped(1));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(MedicineRepository(*m_db).latest(m_patient, 1).first().name, typed.chopped(1));
}

QTEST_MAIN(TestTypedText)
#include "tst_typedtext.moc"

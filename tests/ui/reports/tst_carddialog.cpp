// File → Print wallet alert card in the real main window: the dialog asks the name on the card and
// each side's language; the card printed follows it (the staff side in both languages when they
// differ), and the choices are kept for the next card and the When-to-call sheet's caregiver script.

#include "../guitest.h"
#include "../print/pdftext.h"
#include "../print/sampledata.h"
#include "mainwindow/mainwindow.h"
#include "reports/carddialog.h"
#include "reports/printcommands.h"
#include "storage/textlimits.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestCardDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOnTheProfilesDefaults();
    void printsTheChosenNameAndLanguages();
    void keepsTheChoicesForNextTime();
    void cancelPrintsNothing();
    void tooLongANameIsRefused();

private:
    // Triggers File → Print wallet alert card; `fill` sets the dialog, which is then accepted
    // (or cancelled). Returns the previewed card's text, empty when nothing was previewed.
    QString printCard(const std::function<void(CardDialog *)> &fill, bool accept = true);
    QString pdfOf(const PrintDocument &document);
    QTemporaryDir m_dir;
    Database m_db;
    test::Sample m_sample;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;
};

void TestCardDialog::initTestCase()
{
    guitest::useOwnSettings(u"tst_carddialog"_s);
    QVERIFY(m_db.open(m_dir.filePath(u"card.sqlite"_s)));
    m_sample = test::addSample(m_db);
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->session().setClock([] { return test::sampleTime(QDate(2026, 3, 20), 9); });
    m_window->switchPatient(m_sample.patientId);
    m_window->show();
}

QString TestCardDialog::pdfOf(const PrintDocument &document)
{
    const QString path = m_dir.filePath(u"doc-%1.pdf"_s.arg(++m_files));
    if (printing::writePdf(document, path, Paper::A4))
        return {};
    test::keepForDocs(path, u"gui-card-%1.pdf"_s.arg(m_files));
    return test::pdfText(path, test::TextMode::Raw);
}

QString TestCardDialog::printCard(const std::function<void(CardDialog *)> &fill, bool accept)
{
    QString seen;
    m_window->printCommands()->setPreviewHook([&](const PrintDocument &d) { seen = pdfOf(d); });
    bool filled = false;
    guitest::onNextDialog([&](QDialog *d) {
        auto *dialog = qobject_cast<CardDialog *>(d);
        QVERIFY(dialog);
        fill(dialog);
        filled = true;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
        if (dialog->isVisible()) // refused: close it so the test goes on
            dialog->reject();
    });
    m_window->findChild<QAction *>(u"actionPrintCard"_s)->trigger();
    if (!filled)
        qWarning("the card dialog did not open");
    return seen;
}

void TestCardDialog::opensOnTheProfilesDefaults()
{
    printCard(
        [](CardDialog *d) {
            // Nothing chosen yet: the profile's name, its language, the interface's for the staff.
            QCOMPARE(d->nameEdit()->text(), u"Margaret O'Connor"_s);
            QCOMPARE(d->language(), u"en"_s);
            QCOMPARE(d->staffLanguage(), u"en"_s);
            QVERIFY(d->windowTitle().contains(u"Margaret O'Connor"_s));
            QVERIFY(d->languageBox()->findData(u"es"_s) >= 0);
            QCOMPARE(d->staffLanguageBox()->itemText(d->staffLanguageBox()->findData(u"es"_s)), u"Español"_s);
        },
        false);
}

void TestCardDialog::printsTheChosenNameAndLanguages()
{
    const QString text = printCard([](CardDialog *d) {
        d->nameEdit()->clear();
        QTest::keyClicks(d->nameEdit(), u"Margaret Anne O'Connor"_s);
        d->staffLanguageBox()->setCurrentIndex(d->staffLanguageBox()->findData(u"es"_s));
        guitest::saveShot(d, "card-dialog");
    });
    // The front in English, the back in Spanish with the English below it.
    for (const QString &s :
        { u"Margaret Anne O'Connor"_s, u"CHEMOTHERAPY ALERT"_s, u"PARA EL PERSONAL DE URGENCIAS"_s,
            u"Equipo de oncología:"_s, u"38,3 °C"_s, u"FOR EMERGENCY STAFF"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    // The interface is still in English.
    QCOMPARE(m_window->findChild<QAction *>(u"actionPrintCard"_s)->text(),
        PrintCommands::tr("Print wallet alert &card…"));
    QCOMPARE(QLocale().decimalPoint(), u"."_s);
}

void TestCardDialog::keepsTheChoicesForNextTime()
{
    PatientSettingsRepository settings(m_db);
    QCOMPARE(settings.preference(m_sample.patientId, WalletCardData::kDocumentNameKey),
        u"Margaret Anne O'Connor"_s);
    QCOMPARE(settings.preference(m_sample.patientId, WalletCardData::kStaffLanguageKey), u"es"_s);
    printCard(
        [](CardDialog *d) {
            QCOMPARE(d->nameEdit()->text(), u"Margaret Anne O'Connor"_s);
            QCOMPARE(d->staffLanguage(), u"es"_s);
        },
        false);
    // The When-to-call sheet's script for a caregiver names her as on the card.
    const QString sheet = pdfOf(*m_window->printCommands()->whenToCallSheet()).simplified();
    QVERIFY2(
        sheet.contains(u"My ______, Margaret Anne O'Connor, is having chemotherapy"_s), qPrintable(sheet));

    // Back to the profile's name: nothing kept, so a renamed profile shows its new name.
    printCard([](CardDialog *d) { d->nameEdit()->clear(); });
    QCOMPARE(settings.preference(m_sample.patientId, WalletCardData::kDocumentNameKey), QString());
}

void TestCardDialog::cancelPrintsNothing()
{
    QVERIFY(printCard([](CardDialog *) {}, false).isEmpty());
}

void TestCardDialog::tooLongANameIsRefused()
{
    bool refused = false;
    const QString text = printCard([&](CardDialog *d) {
        d->nameEdit()->setText(QString(text::kShortMax + 1, u'x'));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        refused = d->isVisible() && d->findChild<QLabel *>(u"problem"_s)->isVisible();
        d->nameEdit()->setText(u"Margaret"_s);
    });
    QVERIFY(refused);
    QVERIFY(text.contains(u"Margaret"_s));
}

QTEST_MAIN(TestCardDialog)
#include "tst_carddialog.moc"

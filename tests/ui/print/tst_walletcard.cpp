// The wallet card read back from its PDF: both sides' texts from the patient's data, the
// protocol's triggers in the display unit, one page on A4 and Letter.

#include "pdftext.h"
#include "print/walletcard.h"
#include "sampledata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestWalletCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsThePatientsData();
    void bothSidesOnOnePage_data();
    void bothSidesOnOnePage();
    void triggersInTheDisplayUnit();
    void emptyProfileLeavesBlanks();
    void longTextShrinksToFit();
    void unknownPatient();

private:
    QString write(const WalletCardData &data, Paper paper = Paper::A4);
    QTemporaryDir m_dir;
    Database m_db;
    test::Sample m_sample;
    int m_files = 0;
};

void TestWalletCard::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(u"card.sqlite"_s)));
    m_sample = test::addSample(m_db);
}

QString TestWalletCard::write(const WalletCardData &data, Paper paper)
{
    const QString path = m_dir.filePath(u"card-%1.pdf"_s.arg(++m_files));
    const auto error = printing::writePdf(WalletCard(data), path, paper);
    return error ? QString() : path;
}

void TestWalletCard::loadsThePatientsData()
{
    const auto data = WalletCardData::load(m_db, m_sample.patientId);
    QVERIFY(data);
    QCOMPARE(data->name, u"Margaret O'Connor"_s);
    QCOMPARE(data->regimen, u"AC (doxorubicin, cyclophosphamide) cycle 1"_s);
    QCOMPARE(data->lastTreatment, m_sample.cycleStart); // the G-CSF dose the day after is no treatment date
    QCOMPARE(data->settings.inHoursNumber, u"0161 446 3000"_s);
}

void TestWalletCard::bothSidesOnOnePage_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4") << Paper::A4 << QSize(595, 842);
    QTest::newRow("Letter") << Paper::Letter << QSize(612, 792);
}

void TestWalletCard::bothSidesOnOnePage()
{
    QFETCH(Paper, paper);
    QFETCH(QSize, points);
    const QString path = write(*WalletCardData::load(m_db, m_sample.patientId), paper);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), 1);
    QCOMPARE(test::pdfPageSize(path), points);
    const QString text = test::pdfText(path, test::TextMode::Raw);
    // Front.
    for (const QString &s :
        { u"CHEMOTHERAPY ALERT"_s, u"Margaret O'Connor"_s, u"AC (doxorubicin, cyclophosphamide)"_s,
            u"2 Mar 2026"_s, u"0161 446 3000"_s, u"0161 446 3658"_s, u"RIVERSIDE CANCER CENTRE"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    // Back.
    for (const QString &s : { u"FOR EMERGENCY STAFF"_s, u"on chemotherapy"_s, u"neutropenic sepsis"_s,
             u"treat as an emergency"_s, u"antibiotics within one hour"_s, u"38.3 °C or higher"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    if (paper == Paper::A4)
        test::keepForDocs(path, u"card.pdf"_s);
}

void TestWalletCard::triggersInTheDisplayUnit()
{
    auto data = *WalletCardData::load(m_db, m_sample.patientId);
    data.settings.displayUnit = TemperatureUnit::Fahrenheit;
    data.settings.protocol = *Protocol::preset(u"uk-37.5"_s);
    const QString text = test::pdfText(write(data), test::TextMode::Raw);
    QVERIFY2(text.contains(u"99.5 °F or higher"_s), qPrintable(text));
    QVERIFY2(text.contains(u"96.7 °F or lower"_s), qPrintable(text));
}

void TestWalletCard::emptyProfileLeavesBlanks()
{
    WalletCardData data;
    data.name = u"<Sam & Co>"_s;
    const QString text = test::pdfText(write(data), test::TextMode::Raw);
    QVERIFY2(text.contains(u"<Sam & Co>"_s), qPrintable(text));
    QVERIFY(text.contains(u"______"_s));
}

void TestWalletCard::longTextShrinksToFit()
{
    auto data = *WalletCardData::load(m_db, m_sample.patientId);
    data.name = u"Maria de los Ángeles Fernández-Castellanos y Rodríguez-Villanueva"_s;
    data.regimen
        = u"FOLFIRINOX (oxaliplatin, irinotecan, leucovorin, fluorouracil) with bevacizumab, cycle 4 of 12"_s;
    const QString path = write(data);
    const QString text = test::pdfText(path, test::TextMode::Raw);
    // Nothing is cut: the last line of each side is still on the page, and so is the regimen's end.
    QVERIFY2(text.contains(u"cycle 4 of 12"_s), qPrintable(text));
    QVERIFY(text.contains(u"0161 446 3658"_s));
    QVERIFY(text.contains(u"Oncology team:"_s));
    test::keepForDocs(path, u"card-long.pdf"_s);
}

void TestWalletCard::unknownPatient()
{
    QVERIFY(!WalletCardData::load(m_db, 9999));
}

QTEST_MAIN(TestWalletCard)
#include "tst_walletcard.moc"

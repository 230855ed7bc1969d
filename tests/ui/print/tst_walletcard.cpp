// The wallet card read back from its PDF: both sides' texts from the patient's data, the
// protocol's triggers in the display unit, one page on A4 and Letter; the name on documents; each
// side in its own language, the staff side in both when the clinic's is not the patient's.

#include "language.h"
#include "pdftext.h"
#include "print/walletcard.h"
#include "sampledata.h"
#include "storage/repositories.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestWalletCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothSidesOnOnePage_data();
    void bothSidesOnOnePage();
    void triggersInTheDisplayUnit();
    void emptyProfileLeavesBlanks();
    void longTextShrinksToFit();
    void nameOnDocuments();
    void sidesInTheirLanguages_data();
    void sidesInTheirLanguages();
    void bilingualCardFitsTheCard();
    void numbersStayWhole_data();
    void numbersStayWhole();

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

void TestWalletCard::nameOnDocuments()
{
    // The profile is called what the family calls him; the card says who he is.
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"names.sqlite"_s)));
    const auto id = PatientRepository(db).add({ 0, u"Dad (José)"_s, std::nullopt });
    QVERIFY(id);
    // Which name the data holds is tested with it (tests/core/storage/tst_walletcarddata).
    PatientSettingsRepository settings(db);
    QVERIFY(!settings.setPreference(*id, WalletCardData::kDocumentNameKey, u" José García Ruiz "_s));
    const auto data = WalletCardData::load(db, *id);
    QVERIFY(data);
    const QString text = test::pdfText(write(*data), test::TextMode::Raw);
    QVERIFY2(text.contains(u"José García Ruiz"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Dad"_s), qPrintable(text));
}

void TestWalletCard::sidesInTheirLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("staffLanguage");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // The patient reads Spanish, the hospital English: the front in Spanish, the back in English
    // with the Spanish below it.
    QTest::newRow("es, staff en") << u"es"_s << u"en"_s
                                  << QStringList { u"ALERTA: QUIMIOTERAPIA"_s, u"NOMBRE"_s,
                                         u"FOR EMERGENCY STAFF"_s, u"antibiotics within one hour"_s,
                                         u"Oncology team:"_s, u"38.3 °C or higher"_s,
                                         u"PARA EL PERSONAL DE URGENCIAS"_s, u"Valore al paciente"_s }
                                  << QStringList { u"CHEMOTHERAPY ALERT"_s, u"Equipo de oncología"_s };
    QTest::newRow("en, staff es") << u"en"_s << u"es"_s
                                  << QStringList { u"CHEMOTHERAPY ALERT"_s, u"NAME"_s,
                                         u"PARA EL PERSONAL DE URGENCIAS"_s, u"Equipo de oncología:"_s,
                                         u"38,3 °C"_s, u"FOR EMERGENCY STAFF"_s }
                                  << QStringList { u"ALERTA: QUIMIOTERAPIA"_s, u"Oncology team"_s };
    // One language: no second staff text.
    QTest::newRow("es only") << u"es"_s << QString()
                             << QStringList { u"ALERTA: QUIMIOTERAPIA"_s, u"PARA EL PERSONAL DE URGENCIAS"_s,
                                    u"Equipo de oncología:"_s }
                             << QStringList { u"FOR EMERGENCY STAFF"_s, u"CHEMOTHERAPY ALERT"_s };
    QTest::newRow("en, staff en") << u"en"_s << u"en"_s
                                  << QStringList { u"CHEMOTHERAPY ALERT"_s, u"FOR EMERGENCY STAFF"_s }
                                  << QStringList { u"PARA EL PERSONAL DE URGENCIAS"_s };
}

void TestWalletCard::sidesInTheirLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, staffLanguage);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    auto data = *WalletCardData::load(m_db, m_sample.patientId);
    data.language = language;
    data.staffLanguage = staffLanguage;
    const QLocale before;
    const QString path = write(data);
    // The interface's language and number formats are back once the card is printed.
    QCOMPARE(language::current(), u"en"_s);
    QCOMPARE(QLocale(), before);
    QCOMPARE(WalletCard::tr("FOR EMERGENCY STAFF"), u"FOR EMERGENCY STAFF"_s);
    const QString text = test::pdfText(path, test::TextMode::Raw);
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    for (const QString &s : absent)
        QVERIFY2(!text.contains(s), qPrintable(s + u" found in: "_s + text));
}

void TestWalletCard::bilingualCardFitsTheCard()
{
    // Both staff texts and the long name still end inside the card's outline (nothing is cut).
    auto data = *WalletCardData::load(m_db, m_sample.patientId);
    data.language = u"es"_s;
    data.staffLanguage = u"en"_s;
    data.name = u"José García Ruiz"_s;
    const QString path = write(data);
    QCOMPARE(test::pdfPages(path), 1);
    const QList<test::PdfWord> words = test::pdfWords(path, 1);
    QRectF backSide;
    double cardBottom = 0;
    for (const test::PdfWord &w : words) {
        if (w.text == u"EMERGENCY"_s)
            backSide = w.box;
        if (w.text == u"3658"_s) // the last number on both sides
            cardBottom = std::max(cardBottom, w.box.bottom());
    }
    QVERIFY(!backSide.isNull());
    // The card is 53.98 mm high from the top of its band; the band's title sits in its top 6 mm.
    const double cardHeightPt = WalletCard::kHeightMm / 25.4 * 72;
    QVERIFY2(cardBottom < backSide.top() + cardHeightPt - 2, qPrintable(QString::number(cardBottom)));
    QVERIFY(test::pdfText(path, test::TextMode::Raw).contains(u"Valore al paciente"_s));
    test::keepForDocs(path, u"card-bilingual.pdf"_s);
}

void TestWalletCard::numbersStayWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("staffLanguage");
    QTest::newRow("en, staff es") << u"en"_s << u"es"_s;
    QTest::newRow("es, staff en") << u"es"_s << u"en"_s;
    QTest::newRow("es") << u"es"_s << u"es"_s;
}

void TestWalletCard::numbersStayWhole()
{
    // The back's footer names the team's numbers; a longer language must not split one over two lines.
    QFETCH(QString, language);
    QFETCH(QString, staffLanguage);
    auto data = *WalletCardData::load(m_db, m_sample.patientId);
    data.language = language;
    data.staffLanguage = staffLanguage;
    const QList<test::PdfWord> words = test::pdfWords(write(data), 1);
    // The out-of-hours number, "0161 446 3658", is the last three words on the back.
    qsizetype last = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i).text == u"3658"_s)
            last = i;
    }
    QVERIFY(last >= 2);
    QCOMPARE(words.at(last - 2).text, u"0161"_s);
    QCOMPARE(qRound(words.at(last - 2).box.top()), qRound(words.at(last).box.top()));
}

QTEST_MAIN(TestWalletCard)
#include "tst_walletcard.moc"

// Every education article as a handout: one or two pages on A4 and on Letter in every shipped
// language, its title and filled-in thresholds, the clinic in the header, and the sources and
// review date in the footer.

#include "content/contentcatalogue.h"
#include "pdftext.h"
#include "print/handout.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestHandout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyArticleFitsTwoPages_data();
    void everyArticleFitsTwoPages();
    void filledForThePatient();
    void unknownArticle();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

PatientSettings clinicSettings()
{
    PatientSettings s;
    s.clinicName = u"Riverside Cancer Centre"_s;
    s.inHoursNumber = u"0161 446 3000"_s;
    s.outOfHoursNumber = u"0161 446 3658"_s;
    return s;
}

} // namespace

void TestHandout::everyArticleFitsTwoPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Paper>("paper");
    const ContentCatalogue &catalogue = ContentCatalogue::shipped();
    QVERIFY(!catalogue.languages().isEmpty());
    for (const QString &language : catalogue.languages()) {
        for (const Article &a : catalogue.articles(language)) {
            for (Paper paper : { Paper::A4, Paper::Letter })
                QTest::addRow(
                    "%s %s %s", qPrintable(language), qPrintable(a.id), qPrintable(paper::code(paper)))
                    << language << a.id << paper;
        }
    }
}

void TestHandout::everyArticleFitsTwoPages()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    QFETCH(Paper, paper);
    const Article article = *ContentCatalogue::shipped().article(id, language);
    const auto handout = Handout::create(ContentCatalogue::shipped(), id, language, clinicSettings());
    QVERIFY(handout);
    QCOMPARE(handout->title(), article.title);
    const QString path = m_dir.filePath(u"handout-%1.pdf"_s.arg(++m_files));
    QVERIFY(!printing::writePdf(*handout, path, paper));
    const int pages = test::pdfPages(path);
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(u"%1 pages"_s.arg(pages)));
    const QString text = test::pdfText(path, test::TextMode::Raw);
    QVERIFY2(test::pdfSays(text, article.title), qPrintable(article.title));
    QVERIFY(text.contains(u"Riverside Cancer Centre"_s));
    QVERIFY2(text.contains(u"Sources:"_s), qPrintable(text));
    QVERIFY(text.contains(article.reviewed.toString(u"yyyy"_s)));
    // The article's link syntax and placeholders never reach paper.
    QVERIFY(!text.contains(u"article:"_s));
    QVERIFY(!text.contains(u"{{"_s));
}

void TestHandout::filledForThePatient()
{
    PatientSettings s = clinicSettings();
    s.displayUnit = TemperatureUnit::Fahrenheit;
    const auto handout = Handout::create(ContentCatalogue::shipped(), u"when-to-call"_s, u"en"_s, s);
    QVERIFY(handout);
    const QString path = m_dir.filePath(u"when-to-call-article.pdf"_s);
    QVERIFY(!printing::writePdf(*handout, path, Paper::Letter));
    const QString text = test::pdfText(path, test::TextMode::Raw);
    QVERIFY2(text.contains(u"101"_s) && text.contains(u"°F"_s), qPrintable(text));
    QVERIFY(!text.contains(u"°C"_s));
    QVERIFY(text.contains(u"0161 446 3658"_s));
    test::keepForDocs(path, u"handout.pdf"_s);
}

void TestHandout::unknownArticle()
{
    QVERIFY(!Handout::create(ContentCatalogue::shipped(), u"no-such-article"_s, u"en"_s, clinicSettings()));
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"

// The When-to-call sheet read back from its PDF: the protocol's triggers in the display unit, the
// care team's numbers, the clinic in the header, one page on A4 and on Letter, user text escaped.

#include "language.h"
#include "pdftext.h"
#include "print/whentocallsheet.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

namespace {

PatientSettings settingsFor(const QString &protocol, TemperatureUnit unit)
{
    PatientSettings s;
    s.protocol = *Protocol::preset(protocol);
    s.displayUnit = unit;
    s.clinicName = QStringLiteral("Riverside Oncology");
    s.inHoursNumber = QStringLiteral("0161 446 3000");
    s.outOfHoursNumber = QStringLiteral("0161 446 3658");
    return s;
}

} // namespace

class TestWhenToCallSheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfToolsAreInstalled();
    void thresholdsInTheDisplayUnit_data();
    void thresholdsInTheDisplayUnit();
    void onePageOnEachPaper_data();
    void onePageOnEachPaper();
    void blankNumbersLeaveRoomToWrite();
    void userTextIsEscaped();
    void scriptForACaregiver_data();
    void scriptForACaregiver();

private:
    QString write(const PatientSettings &settings, Paper paper = Paper::A4, const QString &name = {});
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestWhenToCallSheet::write(const PatientSettings &settings, Paper paper, const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(++m_files));
    const auto error = printing::writePdf(WhenToCallSheet(settings, name), path, paper);
    if (error)
        qWarning() << *error;
    return error ? QString() : path;
}

void TestWhenToCallSheet::pdfToolsAreInstalled()
{
    // The PDF tests read their documents back with poppler-utils: without it they fail, saying so.
    for (const QString &tool : { u"pdftotext"_s, u"pdfinfo"_s })
        QVERIFY2(test::missingTool(tool).isEmpty(), qPrintable(test::missingTool(tool)));
    QVERIFY(test::missingTool(u"no-such-pdf-tool"_s).contains(u"poppler-utils"_s));
}

void TestWhenToCallSheet::thresholdsInTheDisplayUnit_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("fahrenheit");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("us-idsa °C") << u"us-idsa"_s << false
                                << QStringList { u"38.3 °C"_s, u"38.0 °C"_s, u"1 hour or longer"_s }
                                << QStringList { u"°F"_s, u"36.0"_s };
    QTest::newRow("us-idsa °F") << u"us-idsa"_s << true << QStringList { u"101.0 °F"_s, u"100.4 °F"_s }
                                << QStringList { u"°C"_s, u"100.9"_s };
    QTest::newRow("uk-37.5 °C") << u"uk-37.5"_s << false
                                << QStringList { u"37.5 °C"_s, u"35.9 °C or lower"_s }
                                << QStringList { u"38.3"_s, u"°F"_s };
    // The preset's own name says "(37.5 °C)": only the triggers must change unit.
    QTest::newRow("uk-37.5 °F") << u"uk-37.5"_s << true << QStringList { u"99.5 °F"_s, u"96.7 °F or lower"_s }
                                << QStringList { u"36.0 °C"_s, u"37.5 °C or"_s };
    QTest::newRow("esmo °C") << u"esmo-2016"_s << false
                             << QStringList { u"38.4 °C or higher"_s, u"38.1 °C or higher"_s, u"2 hours"_s }
                             << QStringList { u"°F"_s };
}

void TestWhenToCallSheet::thresholdsInTheDisplayUnit()
{
    QFETCH(QString, protocol);
    QFETCH(bool, fahrenheit);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const auto settings
        = settingsFor(protocol, fahrenheit ? TemperatureUnit::Fahrenheit : TemperatureUnit::Celsius);
    const QString path = write(settings);
    QVERIFY(!path.isEmpty());
    const QString text = test::pdfText(path);
    for (const QString &s : present)
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing from: ") + text));
    for (const QString &s : absent)
        QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" should not be in: ") + text));
    for (const QString &s : { QStringLiteral("Riverside Oncology"), QStringLiteral("0161 446 3000"),
             QStringLiteral("0161 446 3658"), settings.protocol.name })
        QVERIFY2(text.contains(s), qPrintable(s));
    // A red flag and an amber symptom, by their display names.
    QVERIFY(text.contains(symptoms::displayName(SymptomCode::BreathingDifficulty)));
    QVERIFY(text.contains(symptoms::displayName(SymptomCode::SoreThroat)));
}

void TestWhenToCallSheet::onePageOnEachPaper_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4") << Paper::A4 << QSize(595, 842);
    QTest::newRow("Letter") << Paper::Letter << QSize(612, 792);
}

void TestWhenToCallSheet::onePageOnEachPaper()
{
    QFETCH(Paper, paper);
    QFETCH(QSize, points);
    for (const QString &protocol :
        { QStringLiteral("us-idsa"), QStringLiteral("uk-37.5"), QStringLiteral("esmo-2016") }) {
        const QString path = write(settingsFor(protocol, TemperatureUnit::Fahrenheit), paper);
        QCOMPARE(test::pdfPages(path), 1);
        QCOMPARE(test::pdfPageSize(path), points);
    }
}

void TestWhenToCallSheet::blankNumbersLeaveRoomToWrite()
{
    PatientSettings s;
    const QString text = test::pdfText(write(s));
    QVERIFY(text.contains(QStringLiteral("In hours")));
    QVERIFY(text.contains(QStringLiteral("_____")));
    QVERIFY(text.contains(QStringLiteral("38.3 °C")));
}

void TestWhenToCallSheet::userTextIsEscaped()
{
    PatientSettings s = settingsFor(QStringLiteral("us-idsa"), TemperatureUnit::Celsius);
    s.inHoursNumber = QStringLiteral("<b>0800</b> & 1");
    const QString text = test::pdfText(write(s));
    QVERIFY2(text.contains(QStringLiteral("<b>0800</b> & 1")), qPrintable(text));
}

void TestWhenToCallSheet::scriptForACaregiver_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("script");
    const QString named = u"My ______, José García Ruiz, is having chemotherapy."_s;
    const QString blank = u"My ______, ______, is having chemotherapy."_s;
    QTest::newRow("A4, named") << Paper::A4 << u"en"_s << u"José García Ruiz"_s << named;
    QTest::newRow("Letter, named") << Paper::Letter << u"en"_s << u"José García Ruiz"_s << named;
    QTest::newRow("A4, no name") << Paper::A4 << u"en"_s << QString() << blank;
    // The Spanish sheet is the longest: it must still fit.
    QTest::newRow("Letter, Spanish") << Paper::Letter << u"es"_s << u"José García Ruiz"_s
                                     << u"José García Ruiz"_s;
    QTest::newRow("A4, Spanish") << Paper::A4 << u"es"_s << u"José García Ruiz"_s << u"José García Ruiz"_s;
}

void TestWhenToCallSheet::scriptForACaregiver()
{
    QFETCH(Paper, paper);
    QFETCH(QString, language);
    QFETCH(QString, name);
    QFETCH(QString, script);
    const language::Scope scope(language);
    // The fullest sheet: a protocol with all three triggers, in °F.
    const QString path = write(settingsFor(u"esmo-2016"_s, TemperatureUnit::Fahrenheit), paper, name);
    QCOMPARE(test::pdfPages(path), 1);
    const QString text = test::pdfText(path).simplified();
    QVERIFY2(text.contains(script), qPrintable(text));
    // Nothing below the footer's rule: the last line of the page is still the footer.
    const QList<test::PdfWord> words = test::pdfWords(path, 1);
    QVERIFY(!words.isEmpty());
    double lowestBody = 0;
    double footerTop = 1e9;
    for (const test::PdfWord &w : words) {
        if (w.text.startsWith(u"Protocol"_s) || w.text.startsWith(u"Protocolo"_s))
            footerTop = std::min(footerTop, w.box.top());
        else if (w.box.top() < footerTop)
            lowestBody = std::max(lowestBody, w.box.bottom());
    }
    QVERIFY2(lowestBody < footerTop, qPrintable(u"%1 %2"_s.arg(lowestBody).arg(footerTop)));
}

QTEST_MAIN(TestWhenToCallSheet)
#include "tst_whentocallsheet.moc"

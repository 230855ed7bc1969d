// The caregiver/clinic report read back from its PDF: the status, a reading's value with its
// fever flag, a lab's grades, a symptom, an alert's acknowledgement and outcome, checklist
// adherence; private notes only when chosen; long ranges paginated with repeated headers.

#include "language.h"
#include "pdftext.h"
#include "print/pageframe.h"
#include "print/patientreport.h"
#include "print/reportcharts.h"
#include "print/whentocallsheet.h"
#include "sampledata.h"

#include <QImage>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace nc;
using namespace Qt::StringLiterals;

class TestPatientReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheFigures();
    void notesOnlyWhenChosen();
    void fahrenheit();
    void paperSizes_data();
    void paperSizes();
    void longRangesRepeatTableHeaders();
    void wrappedRowsStayOnOnePage();
    void emptyRange();
    void everyAlertEpisodeIsListed();
    void nothingCrossesTheFooterOrMargins_data();
    void nothingCrossesTheFooterOrMargins();
    void userTextIsEscaped();
    void clinicSetValues();

private:
    QString write(const ReportData &data, bool notes, Paper paper = Paper::A4);
    // A new profile with `count` readings `hoursApart` hours apart from `first`, noted by `note`.
    static qint64 addReadings(Database &db, const QString &name, const QDateTime &first, int count,
        int hoursApart, const std::function<QString(int)> &note = {});
    ReportData load(const QDate &from, const QDate &to);
    QTemporaryDir m_dir;
    Database m_db;
    test::Sample m_sample;
    int m_files = 0;
    const QDateTime m_now = test::sampleTime(QDate(2026, 3, 20), 12);
};

void TestPatientReport::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(u"report.sqlite"_s)));
    m_sample = test::addSample(m_db);
}

ReportData TestPatientReport::load(const QDate &from, const QDate &to)
{
    return *ReportData::load(m_db, m_sample.patientId, from, to, m_now);
}

QString TestPatientReport::write(const ReportData &data, bool notes, Paper paper)
{
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(++m_files));
    const auto error = printing::writePdf(PatientReport(data, notes), path, paper);
    return error ? QString() : path;
}

qint64 TestPatientReport::addReadings(Database &db, const QString &name, const QDateTime &first, int count,
    int hoursApart, const std::function<QString(int)> &note)
{
    const qint64 p = *PatientRepository(db).add({ 0, name, {} });
    TemperatureRepository temps(db);
    for (int i = 0; i < count; ++i)
        temps.add({ 0, p,
            { first.addSecs(qint64(i) * hoursApart * 3600),
                *Temperature::fromInput(36.5 + (i % 7) * 0.1, TemperatureUnit::Celsius) },
            note ? note(i) : QString() });
    return p;
}

void TestPatientReport::showsTheFigures()
{
    const QString path = write(load(m_sample.cycleStart, m_sample.last), false);
    QVERIFY(!path.isEmpty());
    test::keepForDocs(path, u"report.pdf"_s);
    const QString text = test::pdfText(path);
    for (const QString &s : { u"Report for Margaret O'Connor"_s, u"2 March 2026 to 16 March 2026"_s,
             // a reading with its fever flag
             u"38.9 °C "_s + sites::displayName(MeasurementSite::Tympanic) + u" ▲ Fever"_s, u"38.6 °C"_s,
             // labs with severity and grades (300/µL: severe, v5 grade 4, v6 grade 3)
             u"300 /µL"_s, u"WBC 2,100 × 43%"_s,
             // symptoms, alerts with acknowledgement and outcome
             u"Shaking chills"_s, u"Red flag"_s, u"Told to go to hospital"_s,
             // painkiller doses in a section of their own
             u"Painkiller doses"_s,
             // checklist adherence and the clinic header
             u"Precautions checklist"_s, u"Overall:"_s, u"Riverside Cancer Centre"_s,
             u"AC (doxorubicin, cyclophosphamide) cycle 1"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    // 300/µL: severe; CTCAE v5.0 grade 4, v6.0 grade 3.
    QVERIFY2(text.contains(QRegularExpression(u"300 /µL measured Severe neutropenia 4 ?/ ?3 A&E"_s)),
        qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(
                 u"Painkiller doses .* Time Medicine \\d+ \\w+ \\d{4} \\d\\d:\\d\\d Paracetamol"_s)),
        qPrintable(text));
    // The alert's reasons, whichever way their cell wraps.
    QVERIFY(test::pdfText(path, test::TextMode::Raw).contains(u"fever, red-flag symptom"_s));
}

void TestPatientReport::notesOnlyWhenChosen()
{
    const ReportData d = load(m_sample.cycleStart, m_sample.last);
    const QString without = test::pdfText(write(d, false));
    QVERIFY(!without.contains(u"shivery"_s));
    QVERIFY(!without.contains(u"Dr Patel"_s));
    QVERIFY(!without.contains(u"Drawn in A&E"_s));
    QVERIFY(without.contains(u"Private notes are not included"_s));
    const QString withPath = write(d, true);
    test::keepForDocs(withPath, u"report-notes.pdf"_s);
    const QString with = test::pdfText(withPath);
    QVERIFY2(with.contains(u"shivery"_s), qPrintable(with));
    QVERIFY(with.contains(u"Dr Patel"_s));
    QVERIFY(with.contains(u"Drawn in"_s));
}

void TestPatientReport::fahrenheit()
{
    ReportData d = load(m_sample.cycleStart, m_sample.last);
    d.settings.displayUnit = TemperatureUnit::Fahrenheit;
    const QString text = test::pdfText(write(d, false));
    QVERIFY2(text.contains(u"102.0 °F"_s), qPrintable(text)); // 38.9 °C
    QVERIFY(text.contains(u"101.0 °F or higher"_s));
}

void TestPatientReport::paperSizes_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4") << Paper::A4 << QSize(595, 842);
    QTest::newRow("Letter") << Paper::Letter << QSize(612, 792);
}

void TestPatientReport::paperSizes()
{
    QFETCH(Paper, paper);
    QFETCH(QSize, points);
    const QString path = write(load(m_sample.cycleStart, m_sample.last), true, paper);
    QCOMPARE(test::pdfPageSize(path), points);
    QVERIFY(test::pdfPages(path) >= 2);
}

void TestPatientReport::wrappedRowsStayOnOnePage()
{
    // Readings whose notes wrap over several lines, enough of them to fill pages: no reading's
    // row starts on one page and ends on the next.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"notes.sqlite"_s)));
    const QDate first(2026, 2, 1);
    constexpr int kReadings = 120;
    const qint64 p = addReadings(db, u"Long Notes"_s, test::sampleTime(first, 8), kReadings, 6, [](int i) {
        const QString words
            = u"felt cold and tired after the walk, drank water and rested "_s.repeated(1 + i % 4);
        return u"head%1 %2 tail%1"_s.arg(i, 3, 10, QLatin1Char('0')).arg(words);
    });
    const auto data = ReportData::load(db, p, first, first.addDays(kReadings / 4 + 1), m_now);
    const QString path = write(*data, true);
    const int pages = test::pdfPages(path);
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    QHash<QString, int> headPage;
    QHash<QString, int> tailPage;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::runTool(
            u"pdftotext"_s, { u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s });
        static const QRegularExpression marks(u"(head|tail)(\\d{3})"_s);
        for (auto it = marks.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            (m.captured(1) == u"head"_s ? headPage : tailPage).insert(m.captured(2), page);
        }
    }
    QCOMPARE(headPage.size(), kReadings);
    QCOMPARE(tailPage.size(), kReadings);
    int split = 0;
    for (auto it = headPage.cbegin(); it != headPage.cend(); ++it)
        split += tailPage.value(it.key()) != it.value();
    QCOMPARE(split, 0);
}

void TestPatientReport::longRangesRepeatTableHeaders()
{
    // Half a year of readings every four hours: the temperature table runs over many pages.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"long.sqlite"_s)));
    const QDate first(2026, 1, 1);
    const qint64 p = addReadings(db, u"Long Range"_s, test::sampleTime(first, 0), 6 * 180, 4);
    const auto data = ReportData::load(db, p, first, first.addDays(179), m_now);
    const QString path = write(*data, false);
    const int pages = test::pdfPages(path);
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    // Every page of the table starts with its header row.
    const QString headerRow = u"Time Temperature Site Flag"_s;
    QVERIFY(test::pdfText(path).count(headerRow) >= pages - 2);
}

void TestPatientReport::emptyRange()
{
    const QString text = test::pdfText(write(load(QDate(2025, 1, 1), QDate(2025, 1, 31)), false));
    QVERIFY(text.contains(u"No temperatures in this period"_s));
    QVERIFY(text.contains(u"No alerts in this period"_s));
    // Nothing to chart: no empty chart frames, and the GUI's "log a reading" hints never reach paper.
    QVERIFY(!text.contains(u"Ctrl+"_s));
}

void TestPatientReport::everyAlertEpisodeIsListed()
{
    // Issue 14: an alert nobody answered, one they could not get through on, one answered; each
    // with its protocol and the word for what happened.
    const qint64 p = addReadings(m_db, u"Episodes"_s, test::sampleTime(QDate(2026, 3, 2), 8), 4, 12);
    const auto episode
        = [&](int hour, Level level, const QString &protocol, std::optional<AlertOutcome> outcome) {
              AlertRecord a;
              a.patientId = p;
              a.raisedAt = test::sampleTime(QDate(2026, 3, 3), hour);
              a.level = level;
              a.reasonCodes = { u"fever_single"_s };
              a.protocolId = protocol;
              if (outcome) {
                  a.acknowledgedAt = a.raisedAt.addSecs(900);
                  a.outcome = outcome;
              }
              QVERIFY(AlertRepository(m_db).add(a));
          };
    episode(8, Level::CallNow, Protocol::defaultId(), std::nullopt);
    episode(12, Level::CallToday, u"uk-nice"_s, AlertOutcome::CouldNotReach);
    episode(16, Level::CallNow, Protocol::defaultId(), AlertOutcome::StayHomeMonitor);
    const auto data = ReportData::load(m_db, p, QDate(2026, 3, 2), QDate(2026, 3, 4), m_now);
    QCOMPARE(data->alerts.size(), 3);
    // Raw text keeps each table cell's words together however the cell wraps.
    const QString path = write(*data, false);
    test::keepForDocs(path, u"report-alerts.pdf"_s);
    const QString text = test::pdfText(path, test::TextMode::Raw);
    for (const QString &s : { u"Protocol"_s, u"Not acknowledged"_s, u"Could not reach the care team"_s,
             u"Told to stay at home and keep checking"_s, u"1 with contact made"_s,
             Protocol::preset(u"uk-nice"_s)->displayName(), Protocol::defaultProtocol().displayName() })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    // When the outcome was logged, for the two that have one; never a "confirmed".
    QCOMPARE(text.count(QRegularExpression(u"logged \\d"_s)), 2);
    QVERIFY(!text.contains(u"Confirmed"_s));
    QVERIFY(!text.contains(u"No alerts in this period"_s));
    QVERIFY(text.contains(u"No painkiller doses logged in this period"_s));

    // In Spanish the protocol column names the protocols in Spanish (every word of the name: the
    // cell wraps, and raw text puts the next cell between its lines).
    language::apply(u"es"_s);
    const auto english = qScopeGuard([] { language::apply(u"en"_s); });
    const QString spanishPath
        = write(*ReportData::load(m_db, p, QDate(2026, 3, 2), QDate(2026, 3, 4), m_now), false);
    test::keepForDocs(spanishPath, u"report-alerts-es.pdf"_s);
    const QString spanish = test::pdfText(spanishPath, test::TextMode::Raw);
    const QString nice = Protocol::preset(u"uk-nice"_s)->displayName();
    QVERIFY2(nice != u"NICE CG151 (United Kingdom)"_s, qPrintable(nice));
    for (const QString &word : nice.split(u' '))
        QVERIFY2(spanish.contains(word), qPrintable(word + u" missing from: "_s + spanish));
}

void TestPatientReport::nothingCrossesTheFooterOrMargins_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<bool>("callNow");
    for (const char *language : { "en", "es" }) {
        for (const auto &[paperName, paper] :
            { std::pair { "A4", Paper::A4 }, std::pair { "Letter", Paper::Letter } }) {
            // The end of the cycle, and the night of the fever, whose status (call now, its
            // reasons and the call script) takes more of page 1.
            QTest::addRow("%s %s end of cycle", language, paperName)
                << QString::fromLatin1(language) << paper << false;
            QTest::addRow("%s %s call now", language, paperName)
                << QString::fromLatin1(language) << paper << true;
        }
    }
}

void TestPatientReport::nothingCrossesTheFooterOrMargins()
{
    // Read back from the PDF in two ways, so that whatever draws too far is caught, text or
    // graphics: pdftotext -bbox gives every word's box, and pdftoppm renders each page at 72 dpi
    // in grey, one pixel a point. The footer's first line ("Page n of m" in the report's language)
    // marks the footer. From 6 mm above that line (its rule is 2 mm above it, and the body ends
    // 5 mm above the rule) to the foot of the page, the only words are the footer's own, and every
    // inked pixel is inside one of their boxes or on the rule (a row inked across the text width).
    // Outside the page margins no pixel is inked at all.
    QFETCH(QString, language);
    QFETCH(Paper, paper);
    QFETCH(bool, callNow);
    language::apply(language);
    const auto english = qScopeGuard([] { language::apply(u"en"_s); });

    const QDate last = callNow ? m_sample.cycleStart.addDays(9) : m_sample.last;
    const QDateTime now = callNow ? test::sampleTime(last, 22) : m_now;
    ReportData data = *ReportData::load(m_db, m_sample.patientId, m_sample.cycleStart, last, now);
    data.settings.language = language;
    if (callNow)
        QCOMPARE(data.status.level, Level::CallNow);
    const QString path = write(data, false, paper);
    QVERIFY(!path.isEmpty());
    test::keepForDocs(
        path, u"report-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const int pages = test::pdfPages(path);
    QVERIFY(pages >= 2);
    // Nothing is cut short to fit, such as a chart's margin label ("de 1000 a menos de 150…").
    const QString all = test::pdfText(path, test::TextMode::Raw);
    QVERIFY2(!all.contains(QChar(0x2026)),
        qPrintable(all.mid(std::max<qsizetype>(0, all.indexOf(QChar(0x2026)) - 80), 100)));

    // The footer's own words, as PageFrame prints them.
    QStringList footerLines { PatientReport(data, false).title(),
        WhenToCallSheet::protocolLine(data.settings.protocol),
        PageFrame::tr("Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.")
            .arg(QLocale().toString(QDate::currentDate(), u"d MMMM yyyy"_s)) };
    const double points = 72 / 25.4;
    for (int page = 1; page <= pages; ++page) {
        const QString pageLine = PageFrame::tr("Page %1 of %2").arg(page).arg(pages);
        const QStringList footerWords
            = (footerLines + QStringList { pageLine }).join(u' ').split(u' ', Qt::SkipEmptyParts);
        const QList<test::PdfWord> words = test::pdfWords(path, page);
        // The footer's first line: the words of "Page n of m" side by side on one line.
        const QStringList pageWords = pageLine.split(u' ');
        double footerTop = -1;
        for (qsizetype i = 0; i + pageWords.size() <= words.size() && footerTop < 0; ++i) {
            bool match = true;
            for (qsizetype k = 0; k < pageWords.size() && match; ++k)
                match = words.at(i + k).text == pageWords.at(k)
                    && qAbs(words.at(i + k).box.top() - words.at(i).box.top()) < 1;
            if (match)
                footerTop = words.at(i).box.top();
        }
        QVERIFY2(footerTop > 0, qPrintable(u"page %1: no \"%2\""_s.arg(page).arg(pageLine)));
        const double bandTop = footerTop - 6 * points;

        if (page == 1) {
            // Page 1 is filled: a chart that does not fit whole takes the space left or leaves
            // it to the tables after it, never half a page empty.
            double bodyEnd = 0;
            for (const test::PdfWord &w : words) {
                if (w.box.top() <= bandTop)
                    bodyEnd = std::max(bodyEnd, w.box.bottom());
            }
            // What is left is too small for the next thing: the smallest temperature chart
            // with its section heading (a longer language's status can push it to page 2).
            const double leftAtMost = (ReportCharts::kMinTemperatureHeightMm + 15) * points;
            QVERIFY2(bandTop - bodyEnd < leftAtMost,
                qPrintable(u"page 1 ends at y %1 of %2"_s.arg(bodyEnd).arg(bandTop)));
        }

        QList<QRectF> footerBoxes;
        for (const test::PdfWord &w : words) {
            // A word that starts above the band is the body's, and the pixels show whether it
            // reaches into the footer (the last line of a page can also stand in the PDF clipped
            // away, shown on the next page).
            if (w.box.top() <= bandTop)
                continue;
            QVERIFY2(footerWords.contains(w.text),
                qPrintable(u"page %1: \"%2\" at y %3 is in the footer (from y %4)"_s.arg(page)
                               .arg(w.text)
                               .arg(w.box.top())
                               .arg(bandTop)));
            footerBoxes << w.box.adjusted(-1.5, -1.5, 1.5, 1.5);
        }

        const QString prefix = m_dir.filePath(u"page"_s);
        test::runTool(u"pdftoppm"_s,
            { u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-r"_s, u"72"_s, u"-gray"_s,
                u"-singlefile"_s, path, prefix });
        const QImage image = QImage(prefix + u".pgm"_s).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        const QMarginsF margins(18 * points, 14 * points, 18 * points, 12 * points);
        const QRectF text = QRectF(image.rect()).marginsRemoved(margins).adjusted(-1, -1, 1, 1);
        const auto inked = [&](int x, int y) { return image.constScanLine(y)[x] < 250; };
        QStringList stray;
        for (int y = 0; y < image.height(); ++y) {
            const bool inBand = y + 1 > bandTop;
            bool rule = inBand;
            for (int x = int(text.left()) + 2; x < int(text.right()) - 2 && rule; ++x)
                rule = inked(x, y);
            for (int x = 0; x < image.width(); ++x) {
                if (!inked(x, y))
                    continue;
                const QPointF at(x + 0.5, y + 0.5);
                const bool outside = !text.contains(at);
                const bool inFooter = inBand && !rule
                    && std::none_of(footerBoxes.cbegin(), footerBoxes.cend(),
                        [&](const QRectF &b) { return b.contains(at); });
                if ((outside || inFooter) && stray.size() < 8)
                    stray << u"(%1, %2)"_s.arg(x).arg(y);
            }
        }
        QVERIFY2(stray.isEmpty(),
            qPrintable(
                u"page %1: inked %2 pixels outside the margins or over the footer (from y %3): %4"_s.arg(page)
                    .arg(stray.size() >= 8 ? u"8 or more"_s : QString::number(stray.size()))
                    .arg(bandTop)
                    .arg(stray.join(u", "_s))));
    }
}

void TestPatientReport::userTextIsEscaped()
{
    ReportData d = load(m_sample.cycleStart, m_sample.last);
    d.patient.name = u"<i>Bob</i> & \"Al\""_s;
    d.temperatures.first().note = u"<table><tr><td>x"_s;
    const QString text = test::pdfText(write(d, true));
    QVERIFY2(text.contains(u"<i>Bob</i> & \"Al\""_s), qPrintable(text));
    QVERIFY(text.contains(u"<table><tr><td>x"_s));
}

void TestPatientReport::clinicSetValues()
{
    // A profile whose clinic set a usual level and, with a preset, a lower limit of normal.
    const qint64 p = addReadings(m_db, u"Amara"_s, test::sampleTime(QDate(2026, 3, 2), 8), 4, 12);
    PatientSettings settings;
    settings.baselineAnc = 1210;
    settings.clinicLlnAnc = 1700;
    QVERIFY(!PatientSettingsRepository(m_db).save(p, settings));
    QVERIFY(BloodCountRepository(m_db).add({ 0, p,
        *BloodCount::measured(test::sampleTime(QDate(2026, 3, 3), 9), 1300, CountUnit::CellsPerMicrolitre),
        CountUnit::CellsPerMicrolitre, {}, {} }));
    const auto data = ReportData::load(m_db, p, QDate(2026, 3, 2), QDate(2026, 3, 4), m_now);
    const QString text = test::pdfText(write(*data, false));
    for (const QString &s :
        { u"(LLN 1,700 /µL)"_s, u"LLN set by the clinic."_s, u"Usual level set by the clinic: 1,210 /µL"_s,
            // the status and the row read the count against the usual level, the grades do not
            u"Normal (at the usual level the clinic set)"_s, u"Normal (usual level)"_s })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    // 1,300/µL: CTCAE v5.0 grade 2 and v6.0 grade 1, the usual level notwithstanding.
    QVERIFY2(text.contains(QRegularExpression(u"1,300 /µL measured Normal \\(usual level\\) 2 ?/ ?1"_s)),
        qPrintable(text));
}

QTEST_MAIN(TestPatientReport)
#include "tst_patientreport.moc"

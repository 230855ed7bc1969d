// The printed record of a triage call read back from its PDF: one page on A4 and Letter; the
// patient, the login, the caller, what they reported in plain words and the display unit, the
// reasons, both dispositions in words with the reason and advice, times in the zone asked for, the
// risk scores as decision support with core's totals and bands; typed text printed literally.

#include "../languagerows.h"
#include "clinical/bidi.h"
#include "pdftext.h"
#include "print/callrecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nc;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 10), QTime(hour, minute), QTimeZone(3600));
}

riskscores::MasccInput sampleMascc()
{
    riskscores::MasccInput m;
    m.burden = riskscores::IllnessBurden::Moderate;
    m.outpatient = true;
    m.age = 64;
    return m;
}

riskscores::CisneInput sampleCisne()
{
    riskscores::CisneInput c;
    c.copd = true;
    c.monocytesBelow200 = true;
    return c;
}

CallRecordData sampleCall()
{
    CallRecordData d;
    d.patient = { 7, u"Margaret O'Connor"_s, 1961 };
    d.clinicName = u"Riverside Cancer Centre"_s;
    d.protocolName = u"IDSA / ASCO (United States)"_s;
    d.timeZone = QTimeZone("Europe/London"); // GMT in early March: an hour behind the call's offset
    d.unit = TemperatureUnit::Celsius;

    TriageCall &c = d.call;
    c.id = 3;
    c.patientId = 7;
    c.at = at(9, 12);
    c.takenBy = u"nurse.jones"_s;
    c.callerKind = CallerKind::Caregiver;
    c.callerName = u"<b>x</b> O'Connor"_s;
    c.callerRelationship = u"daughter"_s;
    c.callbackNumber = u"07700 900123"_s;
    c.report.temperatures = {
        { at(8, 40), *Temperature::fromInput(38.6, TemperatureUnit::Celsius, MeasurementSite::Oral) },
        { at(9, 5), *Temperature::fromInput(101.3, TemperatureUnit::Fahrenheit, MeasurementSite::Tympanic),
            true },
    };
    c.report.symptoms = { { at(8, 30), SymptomCode::SoreThroat }, { at(8, 45), SymptomCode::Rigors } };
    c.report.antipyretics = { { at(7, 0), Antipyretic::Paracetamol } };
    c.level = Level::CallNow;
    c.protocolId = u"us-idsa"_s;
    c.reasons = { { Finding::FeverSingle, u"A temperature of 38.6 °C meets the fever threshold."_s },
        { Finding::RedFlagSymptom, u"Shaking chills are a warning sign on their own."_s } };
    c.suggested = triage::Disposition::AttendNow;
    c.disposition = triage::Disposition::Review24h;
    c.reason = u"Seen in clinic an hour ago &amp; bloods taken"_s;
    c.advice = u"Call back at once if the shivering returns."_s;
    c.followUpDue = at(9, 12).addSecs(24 * 3600);
    c.scores.mascc = sampleMascc();
    c.scores.cisne = sampleCisne();
    return d;
}

} // namespace

class TestCallRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePageOnEitherPaper_data();
    void onePageOnEitherPaper();
    void whatTheCallRecorded();
    void typedTextPrintedLiterally();
    void scoresFromCore();
    void noScoresNoSection();
    void fahrenheitDisplay();
    void documentationCopy();
    void inEveryLanguage_data();
    void inEveryLanguage();

private:
    QString write(const CallRecordData &data, Paper paper = Paper::A4);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCallRecord::write(const CallRecordData &data, Paper paper)
{
    const QString path = m_dir.filePath(u"call-%1.pdf"_s.arg(++m_files));
    const auto error = printing::writePdf(CallRecord(data), path, paper);
    if (error)
        qWarning("%s", qPrintable(*error));
    return error ? QString() : path;
}

void TestCallRecord::onePageOnEitherPaper_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QSize>("points");
    QTest::addColumn<int>("adviceLength");
    QTest::newRow("A4") << Paper::A4 << QSize(595, 842) << 0;
    QTest::newRow("Letter") << Paper::Letter << QSize(612, 792) << 0;
    QTest::newRow("Letter, long advice") << Paper::Letter << QSize(612, 792) << 1500;
}

void TestCallRecord::onePageOnEitherPaper()
{
    QFETCH(Paper, paper);
    QFETCH(QSize, points);
    QFETCH(int, adviceLength);
    CallRecordData data = sampleCall();
    if (adviceLength > 0) {
        QString advice;
        while (advice.size() < adviceLength)
            advice += u"Keep drinking and take your temperature every hour. "_s;
        data.call.advice = advice + u"END-OF-ADVICE"_s;
    }
    const QString path = write(data, paper);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), 1);
    QCOMPARE(test::pdfPageSize(path), points);
    const QString text = test::pdfText(path);
    QVERIFY2(text.contains(u"Riverside Cancer Centre"_s), qPrintable(text)); // the header
    QVERIFY2(text.contains(u"Page 1 of 1"_s), qPrintable(text));
    if (adviceLength > 0)
        QVERIFY2(text.contains(u"END-OF-ADVICE"_s), qPrintable(text)); // none of it cut off
}

void TestCallRecord::whatTheCallRecorded()
{
    const QString path = write(sampleCall());
    QVERIFY(!path.isEmpty());
    const QString text = test::pdfText(path);
    const QStringList expected {
        u"Triage call record"_s,
        u"Margaret O'Connor, born 1961"_s,
        // Who took it, beside the time and on the closing line; times in London's zone (GMT then).
        u"10 Mar 2026 08:12 by nurse.jones"_s,
        u"Call taken by nurse.jones on 10 Mar 2026 08:12."_s,
        callerKinds::displayName(CallerKind::Caregiver),
        u"(daughter)"_s,
        u"07700 900123"_s,
        // Reported: values in the display unit with their site, the other unit as typed, plain labels.
        u"38.6 °C · "_s + sites::displayName(MeasurementSite::Oral) + u" · 10 Mar 2026 07:40"_s,
        u"38.5 °C (reported as 101.3 °F)"_s,
        u"after a fever medicine"_s,
        symptoms::displayName(SymptomCode::SoreThroat) + u" · 10 Mar 2026 07:30"_s,
        symptoms::displayName(SymptomCode::Rigors),
        antipyretics::displayName(Antipyretic::Paracetamol) + u" · 10 Mar 2026 06:00"_s,
        // The assessment kept with the call.
        levels::title(Level::CallNow),
        u"IDSA / ASCO (United States)"_s,
        u"A temperature of 38.6 °C meets the fever threshold."_s,
        u"Shaking chills are a warning sign on their own."_s,
        // Both dispositions in words, the advice and the follow-up.
        dispositions::displayName(triage::Disposition::AttendNow),
        dispositions::displayName(triage::Disposition::Review24h),
        u"Call back at once if the shivering returns."_s,
        u"Due 11 Mar 2026 08:12"_s,
    };
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(s + u" missing from: "_s + text));
    for (const QString &code : { u"sore_throat"_s, u"review_24h"_s, u"attend_now"_s, u"call_now"_s })
        QVERIFY2(!text.contains(code), qPrintable(code + u" printed as a code: "_s + text));
}

void TestCallRecord::typedTextPrintedLiterally()
{
    const QString path = write(sampleCall());
    QVERIFY(!path.isEmpty());
    const QString text = test::pdfText(path);
    // Markup a caller's name carries is text, not bold; an entity in the reason is not decoded.
    QVERIFY2(text.contains(u"<b>x</b> O'Connor"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Seen in clinic an hour ago &amp; bloods taken"_s), qPrintable(text));
    bool boldLiteral = false;
    for (const test::PdfWord &w : test::pdfWords(path, 1))
        boldLiteral = boldLiteral || w.text.contains(u"<b>x</b>"_s);
    QVERIFY(boldLiteral);
}

void TestCallRecord::scoresFromCore()
{
    const CallRecordData data = sampleCall();
    const QString text = test::pdfText(write(data));
    const riskscores::MasccScore mascc = riskscores::mascc(sampleMascc());
    const riskscores::CisneScore cisne = riskscores::cisne(sampleCisne());
    // Moderate burden 3, no hypotension 5, no COPD 4, solid tumour 4, no dehydration 3,
    // outpatient 3, 64 years 0: 22, low risk. COPD 1 and monocytes 1: 2, intermediate.
    QCOMPARE(mascc.score, 22);
    QVERIFY(mascc.lowRisk);
    QCOMPARE(cisne.score, 2);
    QCOMPARE(cisne.riskClass, riskscores::CisneClass::Intermediate);
    QVERIFY2(text.contains(u"Decision support for clinicians"_s), qPrintable(text));
    QVERIFY2(text.contains(u"never shown to the patient"_s), qPrintable(text));
    QVERIFY2(text.contains(u"MASCC 22 of 26 — Low risk (≥ 21)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"CISNE 2 of 8 — Class II — intermediate"_s), qPrintable(text));
    QCOMPARE(CallRecord::masccTotal(mascc), u"MASCC 22 of 26"_s);
    QCOMPARE(CallRecord::cisneBand(cisne), u"Class II — intermediate"_s);
}

void TestCallRecord::noScoresNoSection()
{
    CallRecordData data = sampleCall();
    data.call.scores = {};
    data.call.reason.clear();
    data.call.followUpDue.reset();
    data.protocolName.clear();
    const QString text = test::pdfText(write(data));
    QVERIFY2(!text.isEmpty(), "no text");
    QVERIFY2(!text.contains(u"Decision support for clinicians"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"MASCC"_s) && !text.contains(u"CISNE"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Reason for the choice"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Follow-up call None set"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Protocol us-idsa"_s), qPrintable(text)); // the id, when the name is unknown
}

void TestCallRecord::fahrenheitDisplay()
{
    CallRecordData data = sampleCall();
    data.unit = TemperatureUnit::Fahrenheit;
    const QString text = test::pdfText(write(data));
    QVERIFY2(text.contains(u"temperatures in °F"_s), qPrintable(text));
    QVERIFY2(text.contains(u"101.5 °F (reported as 38.6 °C)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"101.3 °F · In the ear (tympanic)"_s), qPrintable(text));
}

// The copy kept for docs/print (NC_PRINT_DOCS_DIR): the sample call without the hostile text the
// other tests print, with a reason and advice as a nurse would write them, on one page.
void TestCallRecord::documentationCopy()
{
    CallRecordData data = sampleCall();
    data.call.callerName = u"Siobhan O'Connor"_s;
    data.call.reason = u"Seen in clinic an hour ago and bloods taken; the results are back this afternoon."_s;
    data.call.advice = u"Call back at once if the shivering returns or the temperature reaches 38 °C again; "
                       u"we will call you tomorrow morning."_s;
    const QString path = write(data);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), 1);
    QVERIFY(test::pdfText(path).contains(u"Siobhan O'Connor"_s));
    test::keepForDocs(path, u"call-record.pdf"_s);
}

void TestCallRecord::inEveryLanguage_data()
{
    test::addLanguageRows();
}

// The record in the language of the staff who print it: its title and the reading in the
// language's words and number format, on one page, every glyph drawn (the PDF's own text has them).
void TestCallRecord::inEveryLanguage()
{
    QFETCH(QString, code);
    const language::Scope scope(code);
    const CallRecordData data = sampleCall();
    const QString path = write(data);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), 1);
    const QString text = test::pdfText(path, test::TextMode::Raw);
    QVERIFY2(test::pdfSays(text, CallRecord::tr("Triage call record")), qPrintable(text.left(400)));
    QVERIFY2(test::pdfSays(text, u"Margaret O'Connor"_s), qPrintable(text.left(400)));
    const QString temperature
        = bidi::plain(Temperature::format(38.6, data.unit)); // the first reading reported
    QVERIFY2(test::pdfSays(text, temperature), qPrintable(temperature + u": "_s + text.left(600)));
    if (const QString keep = qEnvironmentVariable("NC_PRINT_DIR"); !keep.isEmpty()) // docs/print
        QFile::copy(path, keep + u"/call-record-"_s + code + u".pdf"_s);
}

QTEST_MAIN(TestCallRecord)
#include "tst_callrecord.moc"

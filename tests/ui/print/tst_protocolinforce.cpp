// The protocol is the one source of its numbers (CLINICAL.md §3): a clinic file's lln_anc, or with a
// preset the LLN the clinic set in Settings, gives the same LLN and CTCAE v5.0 grade on screen
// (Session::assess, what Today shows), in print (the report's data and its PDF), in the CLI's
// report, and in `neutrocare-cli assess` given the protocol in force.

#include "../../cli/clirun.h"
#include "app/session.h"
#include "pdftext.h"
#include "print/patientreport.h"
#include "print/printdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nc;
using namespace Qt::StringLiterals;

namespace {

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 10);
// The report's status is taken at the end of its last day; the screen is asked at that moment too.
const QDateTime kNow(kTo, QTime(23, 59, 59, 999), QTimeZone(3600));
const QDateTime kLabTime(kTo, QTime(9, 0), QTimeZone(3600));

QString ancText(double anc)
{
    return PatientReport::tr("%1 /µL").arg(QLocale().toString(anc, 'f', 0));
}

} // namespace

class TestProtocolInForce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOnScreenInPrintAndInTheCli_data();
    void sameOnScreenInPrintAndInTheCli();

private:
    QTemporaryDir m_dir;
};

void TestProtocolInForce::sameOnScreenInPrintAndInTheCli_data()
{
    QTest::addColumn<QByteArray>("protocolJson"); // empty: the us-idsa preset
    QTest::addColumn<std::optional<double>>("settingsLln");
    QTest::addColumn<double>("anc");
    QTest::addColumn<double>("lln");
    QTest::addColumn<int>("grade"); // CTCAE v5.0

    const std::optional<double> none;
    const QByteArray file
        = R"({"id": "riverside", "name": "Riverside", "single": {"threshold_c": 38.0}, "lln_anc": 1800})";
    // 1,900 is grade 1 under the default LLN of 2,000 and grade 0 under the clinic's 1,800.
    QTest::newRow("clinic file, lln_anc 1800") << file << none << 1900.0 << 1800.0 << 0;
    // The file's own number wins over one set in Settings: 1,750 is under its 1,800.
    QTest::newRow("clinic file over Settings' 1700")
        << file << std::optional<double>(1700) << 1750.0 << 1800.0 << 1;
    QTest::newRow("preset, clinic-set LLN 1700")
        << QByteArray() << std::optional<double>(1700) << 1750.0 << 1700.0 << 0;
    QTest::newRow("preset, nothing set") << QByteArray() << none << 1750.0 << grading::kDefaultLln << 1;
}

void TestProtocolInForce::sameOnScreenInPrintAndInTheCli()
{
    QFETCH(QByteArray, protocolJson);
    QFETCH(std::optional<double>, settingsLln);
    QFETCH(double, anc);
    QFETCH(double, lln);
    QFETCH(int, grade);

    static int n = 0;
    const QString path = m_dir.filePath(u"p%1.sqlite"_s.arg(++n));
    qint64 patientId = 0;
    {
        Database db;
        QVERIFY(db.open(path));
        patientId = *PatientRepository(db).add({ 0, u"Rosa"_s, std::nullopt });
        PatientSettings settings;
        if (!protocolJson.isEmpty())
            settings.protocol = *Protocol::fromJsonBytes(protocolJson);
        settings.clinicLlnAnc = settingsLln;
        QVERIFY(!PatientSettingsRepository(db).save(patientId, settings));
        QVERIFY(BloodCountRepository(db).add(
            { 0, patientId, *BloodCount::measured(kLabTime, anc, CountUnit::CellsPerMicrolitre),
                CountUnit::CellsPerMicrolitre, {}, {} }));
        QCOMPARE(settings.protocolInForce().llnAnc, lln);

        // On screen: what Today is given.
        Session session(db);
        session.setPatient(patientId);
        session.setClock([] { return kNow; });
        const Assessment onScreen = session.assess();
        QVERIFY(onScreen.anc);
        QCOMPARE(onScreen.anc->ctcaeV5, grade);

        // In print: the report's data and the document the print preview shows.
        const auto data = ReportData::load(db, patientId, kFrom, kTo, kNow);
        QVERIFY(data);
        QCOMPARE(data->status.anc->ctcaeV5, grade);
        const QString pdf = m_dir.filePath(u"app-%1.pdf"_s.arg(n));
        QVERIFY(!printing::writePdf(PatientReport(*data, false), pdf, Paper::A4));
        const QString printed = test::pdfText(pdf);
        QVERIFY2(printed.contains(u"(LLN %1)"_s.arg(ancText(lln))), qPrintable(printed));
        QVERIFY(printed.contains(u"CTCAE v5.0 grade %1,"_s.arg(grade)));

        // The protocol in force, as a clinic file the CLI reads.
        const QJsonObject request {
            { u"now"_s, kNow.toString(Qt::ISODateWithMs) },
            { u"protocol"_s, settings.protocolInForce().toJson() },
            { u"counts"_s,
                QJsonArray { QJsonObject { { u"time"_s, kLabTime.toString(Qt::ISODate) }, { u"anc"_s, anc },
                    { u"unit"_s, u"cells/uL"_s } } } },
        };
        const auto assessed = test::runCli({ u"assess"_s }, QJsonDocument(request).toJson());
        QCOMPARE(assessed.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(assessed.out).object();
        QCOMPARE(result.value(u"anc"_s).toObject().value(u"ctcae_v5"_s).toInt(-1), grade);
    }

    // The CLI's report, from the same database.
    const QString cliPdf = m_dir.filePath(u"cli-%1.pdf"_s.arg(n));
    const auto run = test::runCli({ u"report"_s, u"--db"_s, path, u"--patient"_s, QString::number(patientId),
        u"--from"_s, kFrom.toString(Qt::ISODate), u"--to"_s, kTo.toString(Qt::ISODate), u"-o"_s, cliPdf });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString cliText = test::pdfText(cliPdf);
    QVERIFY(cliText.contains(u"(LLN %1)"_s.arg(ancText(lln))));
    QVERIFY(cliText.contains(u"CTCAE v5.0 grade %1,"_s.arg(grade)));
}

QTEST_MAIN(TestProtocolInForce)
#include "tst_protocolinforce.moc"

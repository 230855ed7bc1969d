// What the wallet card says about a patient, read from storage: the name, regimen, last treatment
// and numbers; the name on documents when one is set; nothing for an unknown patient. (The card
// drawn from it is read back from its PDF in tests/ui/print/tst_walletcard.)
#include "../../ui/print/sampledata.h"
#include "scratchdatabase.h"
#include "storage/walletcarddata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestWalletCardData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsThePatientsData();
    void unknownPatient();
    void nameOnDocuments();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    Database m_db;
    test::Sample m_sample;
};

void TestWalletCardData::initTestCase()
{
    m_scratch = std::make_unique<test::ScratchDatabase>(m_dir.filePath(u"card.sqlite"_s));
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    QVERIFY2(m_db.open(m_scratch->where()), qPrintable(m_db.errorString()));
    m_sample = test::addSample(m_db);
}

void TestWalletCardData::cleanupTestCase()
{
    m_db.close();
    m_scratch.reset();
}

void TestWalletCardData::loadsThePatientsData()
{
    const auto data = WalletCardData::load(m_db, m_sample.patientId);
    QVERIFY(data);
    QCOMPARE(data->name, u"Margaret O'Connor"_s);
    QCOMPARE(data->regimen, u"AC (doxorubicin, cyclophosphamide) cycle 1"_s);
    QCOMPARE(data->lastTreatment, m_sample.cycleStart); // the G-CSF dose the day after is no treatment date
    QCOMPARE(data->settings.inHoursNumber, u"0161 446 3000"_s);
}

void TestWalletCardData::unknownPatient()
{
    QVERIFY(!WalletCardData::load(m_db, 9999));
}

void TestWalletCardData::nameOnDocuments()
{
    // The profile is called what the family calls him; the card says who he is.
    test::ScratchDatabase scratch(m_dir.filePath(u"names.sqlite"_s));
    QVERIFY2(!scratch.where().isEmpty(), qPrintable(scratch.error()));
    Database db;
    QVERIFY2(db.open(scratch.where()), qPrintable(db.errorString()));
    const auto id = PatientRepository(db).add({ 0, u"Dad (José)"_s, std::nullopt });
    QVERIFY(id);
    QCOMPARE(WalletCardData::load(db, *id)->name, u"Dad (José)"_s); // nothing set: the profile's name
    PatientSettingsRepository settings(db);
    QVERIFY(!settings.setPreference(*id, WalletCardData::kDocumentNameKey, u" José García Ruiz "_s));
    QCOMPARE(WalletCardData::load(db, *id)->name, u"José García Ruiz"_s);
}

QTEST_GUILESS_MAIN(TestWalletCardData)
#include "tst_walletcarddata.moc"

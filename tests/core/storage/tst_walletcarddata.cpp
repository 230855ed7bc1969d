// What the wallet card says about a patient, read from storage: the name, regimen, last treatment
// and numbers; the name on documents when one is set; nothing for an unknown patient. (The card
// drawn from it is read back from its PDF in tests/ui/print/tst_walletcard.)
#include "../../ui/print/sampledata.h"
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
    void loadsThePatientsData();
    void unknownPatient();
    void nameOnDocuments();

private:
    QTemporaryDir m_dir;
    Database m_db;
    test::Sample m_sample;
};

void TestWalletCardData::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(u"card.sqlite"_s)));
    m_sample = test::addSample(m_db);
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
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"names.sqlite"_s)));
    const auto id = PatientRepository(db).add({ 0, u"Dad (José)"_s, std::nullopt });
    QVERIFY(id);
    QCOMPARE(WalletCardData::load(db, *id)->name, u"Dad (José)"_s); // nothing set: the profile's name
    PatientSettingsRepository settings(db);
    QVERIFY(!settings.setPreference(*id, WalletCardData::kDocumentNameKey, u" José García Ruiz "_s));
    QCOMPARE(WalletCardData::load(db, *id)->name, u"José García Ruiz"_s);
}

QTEST_GUILESS_MAIN(TestWalletCardData)
#include "tst_walletcarddata.moc"

// The clinic's name and numbers, declared once (ClinicContact) and carried by the settings.
#include "storage/cliniccontact.h"
#include "storage/records.h"

#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nc::ClinicContact)

class TestClinicContact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trimmed_data();
    void trimmed();
    void settingsCarryOne();
};

void TestClinicContact::trimmed_data()
{
    QTest::addColumn<ClinicContact>("typed");
    QTest::addColumn<ClinicContact>("shown");
    QTest::addColumn<bool>("empty");
    QTest::newRow("nothing set") << ClinicContact {} << ClinicContact {} << true;
    QTest::newRow("only spaces") << ClinicContact { u"  "_s, u"\t"_s, u" \n"_s } << ClinicContact {} << true;
    QTest::newRow("all three") << ClinicContact { u" Oak Ward "_s, u" 0161 446 3000"_s, u"0800 123 456 "_s }
                               << ClinicContact { u"Oak Ward"_s, u"0161 446 3000"_s, u"0800 123 456"_s }
                               << false;
    QTest::newRow("a number alone") << ClinicContact { {}, {}, u"111"_s }
                                    << ClinicContact { {}, {}, u"111"_s } << false;
}

void TestClinicContact::trimmed()
{
    QFETCH(ClinicContact, typed);
    QFETCH(ClinicContact, shown);
    QFETCH(bool, empty);
    QCOMPARE(typed.trimmed(), shown);
    QCOMPARE(typed.trimmed().isEmpty(), empty);
}

void TestClinicContact::settingsCarryOne()
{
    PatientSettings settings;
    QVERIFY(settings.clinicContact().isEmpty());
    settings.clinicName = u"Riverside Oncology"_s;
    settings.inHoursNumber = u"555-0100"_s;
    settings.outOfHoursNumber = u"555-0199"_s;
    const ClinicContact expected { u"Riverside Oncology"_s, u"555-0100"_s, u"555-0199"_s };
    QCOMPARE(settings.clinicContact(), expected);

    // Copied as one, the way Today's call card and every printed page take it.
    ClinicContact copy;
    copy = settings.clinicContact();
    QCOMPARE(copy, expected);
    settings.clinicContact() = ClinicContact {};
    QVERIFY(settings.clinicName.isEmpty());
}

QTEST_GUILESS_MAIN(TestClinicContact)
#include "tst_cliniccontact.moc"

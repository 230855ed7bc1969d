// The neutropenia-associated medicine flag (CLINICAL.md §6): every listed medicine is recognised,
// in the spellings people type, and nothing else is.

#include "clinical/medicines.h"

#include <QTest>

using namespace nc;

class TestMedicines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyListedNameFlagsItself();
    void typedNames_data();
    void typedNames();
};

void TestMedicines::everyListedNameFlagsItself()
{
    const QStringList seedList { QStringLiteral("vancomycin"), QStringLiteral("penicillin g"),
        QStringLiteral("oxacillin"), QStringLiteral("quinidine"), QStringLiteral("procainamide"),
        QStringLiteral("ganciclovir"), QStringLiteral("valganciclovir"), QStringLiteral("methimazole"),
        QStringLiteral("propylthiouracil"), QStringLiteral("clozapine"), QStringLiteral("chlorpromazine"),
        QStringLiteral("sulfasalazine"), QStringLiteral("co-trimoxazole"), QStringLiteral("carbimazole"),
        QStringLiteral("metamizole"), QStringLiteral("dapsone"), QStringLiteral("rituximab") };
    for (const QString &name : seedList) {
        QVERIFY2(medicines::associatedWithNeutropenia().contains(name), qPrintable(name));
        QCOMPARE(medicines::neutropeniaFlag(name), std::optional<QString>(name));
    }
}

void TestMedicines::typedNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("flag"); // empty: no flag
    QTest::newRow("case and dose") << "Clozapine 100 mg"
                                   << "clozapine";
    QTest::newRow("spanish") << "clozapina"
                             << "clozapina";
    QTest::newRow("spanish with accent") << "Clorpromazína"
                                         << "clorpromazina";
    QTest::newRow("dipyrone") << "dipyrone 500mg"
                              << "dipyrone";
    QTest::newRow("metamizol") << "Metamizol (Nolotil)"
                               << "metamizol";
    QTest::newRow("tiamazol") << "tiamazol"
                              << "tiamazol";
    QTest::newRow("vancomicina") << "vancomicina iv"
                                 << "vancomicina";
    QTest::newRow("co-trimoxazole") << "Co-trimoxazole 960"
                                    << "co-trimoxazole";
    QTest::newRow("slash spelling") << "trimethoprim/sulfamethoxazole"
                                    << "trimethoprim/sulfamethoxazole";
    QTest::newRow("whole words: valganciclovir") << "valganciclovir"
                                                 << "valganciclovir";
    QTest::newRow("not a listed medicine") << "paracetamol"
                                           << "";
    QTest::newRow("part of a word") << "pseudodapsonex"
                                    << "";
    QTest::newRow("empty") << "   "
                           << "";
}

void TestMedicines::typedNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, flag);
    const auto result = medicines::neutropeniaFlag(typed);
    QCOMPARE(result.value_or(QString()), flag);
}

QTEST_APPLESS_MAIN(TestMedicines)
#include "tst_medicines.moc"

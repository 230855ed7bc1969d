// The interface languages: what is shipped, how the start-up language is chosen, and that the
// English plural forms are compiled in and applied.

#include "clinical/protocol.h"
#include "language.h"
#include "storage/repositories.h"
#include "widgets/numberinput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void availableStartsWithEnglish();
    void match_data();
    void match();
    void applyFallsBackToEnglish();
    void englishPlurals_data();
    void englishPlurals();
    void applyReplacesThePreviousLanguage();
    void numbersFollowTheLanguage();
    void presetNamesFollowTheLanguage();
    void startupLanguageIsTheFirstProfiles();
    void startupLanguageWithoutProfileIsTheSystems();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLanguage::availableStartsWithEnglish()
{
    const QStringList codes = language::available();
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.first(), QStringLiteral("en"));
    for (const char *code : { "es", "fr", "zh", "ar" }) {
        QVERIFY2(codes.contains(QLatin1String(code)), qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY2(language::nativeName(QLatin1String(code)) != QLatin1String(code), code); // a name of its own
    }
    QCOMPARE(codes.count(QStringLiteral("en")), 1);
}

void TestLanguage::match_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Spanish of Mexico")
        << QStringList { QStringLiteral("es-MX"), QStringLiteral("en-GB") } << QStringLiteral("es");
    QTest::newRow("first shipped wins")
        << QStringList { QStringLiteral("de-DE"), QStringLiteral("es-ES") } << QStringLiteral("es");
    QTest::newRow("French of Canada") << QStringList { QStringLiteral("fr-CA") } << QStringLiteral("fr");
    QTest::newRow("Chinese, simplified script")
        << QStringList { QStringLiteral("zh-Hans-CN") } << QStringLiteral("zh");
    QTest::newRow("Arabic of Morocco") << QStringList { QStringLiteral("ar-MA") } << QStringLiteral("ar");
    QTest::newRow("English before Spanish")
        << QStringList { QStringLiteral("en-US"), QStringLiteral("es-ES") } << QStringLiteral("en");
    QTest::newRow("nothing shipped") << QStringList { QStringLiteral("it-IT"), QStringLiteral("de") }
                                     << QStringLiteral("en");
    QTest::newRow("none given") << QStringList {} << QStringLiteral("en");
}

void TestLanguage::match()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(language::match(uiLanguages), expected);
}

void TestLanguage::applyFallsBackToEnglish()
{
    QCOMPARE(language::apply(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(language::apply(QString()), QStringLiteral("en"));
    QCOMPARE(language::apply(QStringLiteral("es")), QStringLiteral("es"));
}

void TestLanguage::englishPlurals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 minute") << QStringLiteral("%n minute(s) ago") << 1 << QStringLiteral("1 minute ago");
    QTest::newRow("5 minutes") << QStringLiteral("%n minute(s) ago") << 5 << QStringLiteral("5 minutes ago");
    QTest::newRow("1 hour") << QStringLiteral("%n hour(s) ago") << 1 << QStringLiteral("1 hour ago");
    QTest::newRow("2 hours") << QStringLiteral("%n hour(s) ago") << 2 << QStringLiteral("2 hours ago");
    QTest::newRow("1 day") << QStringLiteral("%n day(s) ago") << 1 << QStringLiteral("1 day ago");
    QTest::newRow("3 days") << QStringLiteral("%n day(s) ago") << 3 << QStringLiteral("3 days ago");
}

void TestLanguage::englishPlurals()
{
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(language::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("nc::timetext", source.toUtf8().constData(), nullptr, n), expected);
}

void TestLanguage::applyReplacesThePreviousLanguage()
{
    language::apply(QStringLiteral("en"));
    language::apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("nc::timetext", "%n hour(s) ago", nullptr, 2),
        QStringLiteral("2 hours ago"));
    // Spanish replaces English rather than stacking on it: the English plural is gone.
    language::apply(QStringLiteral("es"));
    QVERIFY(QCoreApplication::translate("nc::timetext", "%n hour(s) ago", nullptr, 2)
        != QStringLiteral("2 hours ago"));
}

void TestLanguage::startupLanguageIsTheFirstProfiles()
{
    Database db;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("profiles.sqlite"))), qPrintable(db.errorString()));
    PatientRepository patients(db);
    PatientSettingsRepository settings(db);
    const auto first = patients.add({ 0, QStringLiteral("Ana"), std::nullopt });
    QVERIFY(first.ok());
    PatientSettings spanish;
    spanish.language = QStringLiteral("es");
    QVERIFY(!settings.save(*first, spanish).has_value());
    const auto second = patients.add({ 0, QStringLiteral("Bob"), std::nullopt });
    QVERIFY(second.ok());
    QVERIFY(!settings.save(*second, PatientSettings {}).has_value());
    QCOMPARE(language::startupLanguage(settings.firstProfileLanguage()), QStringLiteral("es"));
}

void TestLanguage::startupLanguageWithoutProfileIsTheSystems()
{
    Database db;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("empty.sqlite"))), qPrintable(db.errorString()));
    QCOMPARE(language::startupLanguage(PatientSettingsRepository(db).firstProfileLanguage()),
        language::match(QLocale::system().uiLanguages()));
}

void TestLanguage::numbersFollowTheLanguage()
{
    language::apply(QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(parseNumber(QStringLiteral("38,5")), std::optional<double>(38.5));
    QCOMPARE(parseNumber(QStringLiteral("38.5")), std::optional<double>(38.5)); // every keyboard has a dot
    QCOMPARE(QLocale().toString(38.5, 'f', 1), QStringLiteral("38,5"));
    language::apply(QStringLiteral("fr"));
    QCOMPARE(QLocale().toString(38.5, 'f', 1), QStringLiteral("38,5"));
    // Arabic words with the digits a thermometer shows, read back either way (unless the system
    // itself is set to an Arabic locale, whose own digits then win).
    language::apply(QStringLiteral("ar"));
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
    if (QLocale::system().language() != QLocale::Arabic)
        QCOMPARE(QLocale().toString(38.5, 'f', 1), QStringLiteral("38.5"));
    QCOMPARE(parseNumber(QStringLiteral("38.5")), std::optional<double>(38.5));
    QCOMPARE(parseNumber(QLocale().toString(38.5, 'f', 1)), std::optional<double>(38.5));
    language::apply(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(parseNumber(QStringLiteral("38.5")), std::optional<double>(38.5));
    QCOMPARE(QLocale().toString(38.5, 'f', 1), QStringLiteral("38.5"));
}

void TestLanguage::presetNamesFollowTheLanguage()
{
    const Protocol idsa = *Protocol::preset(QStringLiteral("us-idsa"));
    language::apply(QStringLiteral("es"));
    const QString spanish = idsa.displayName();
    language::apply(QStringLiteral("en"));
    QCOMPARE(idsa.displayName(), QStringLiteral("IDSA / ASCO (United States)"));
    QVERIFY2(spanish != idsa.displayName(), qPrintable(spanish));
    // A clinic's own protocol keeps its own name, even with a preset's id and changed rules.
    Protocol own = idsa;
    own.single.thresholdC = 38.0;
    own.name = QStringLiteral("Riverside day unit");
    QCOMPARE(own.displayName(), QStringLiteral("Riverside day unit"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"

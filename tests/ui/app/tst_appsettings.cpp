// The computer's preferences: each key's default, a value kept across opens, the settings version
// written into the file, and a file from before the version upgraded, all on a temporary file.
#include "app/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

using namespace nc;
using Key = AppSettings::Key;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults_data() { keys_data(); }
    void defaults();
    void roundTrip_data() { keys_data(); }
    void roundTrip();
    void versionIsWritten();
    void unversionedFileIsUpgraded();
    void newerFileIsLeftAsItIs();

private:
    void keys_data();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAppSettings::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("settings%1.ini").arg(++n));
}

// Every key with its default and another value to store.
void TestAppSettings::keys_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("fallback");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("large text") << Key::LargeText << QVariant(false) << QVariant(true);
    QTest::newRow("morning reminder")
        << Key::MorningReminder << QVariant(QTime(8, 0)) << QVariant(QTime(6, 45));
    QTest::newRow("evening reminder")
        << Key::EveningReminder << QVariant(QTime(20, 0)) << QVariant(QTime(22, 10));
    QTest::newRow("remind when closed") << Key::RemindWhenClosed << QVariant(true) << QVariant(false);
    QTest::newRow("background explained") << Key::BackgroundExplained << QVariant(false) << QVariant(true);
}

void TestAppSettings::defaults()
{
    QFETCH(Key, key);
    QFETCH(QVariant, fallback);
    QCOMPARE(AppSettings(m_path).value(key), fallback);
}

void TestAppSettings::roundTrip()
{
    QFETCH(Key, key);
    QFETCH(QVariant, stored);
    AppSettings(m_path).setValue(key, stored);
    QVariant back = AppSettings(m_path).value(key);
    // An INI file gives a bool back as text: compared as the type the caller reads it as.
    QVERIFY(back.convert(stored.metaType()));
    QCOMPARE(back, stored);
}

void TestAppSettings::versionIsWritten()
{
    QCOMPARE(AppSettings(m_path).version(), AppSettings::kVersion);
    QCOMPARE(QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("settingsVersion")).toInt(),
        AppSettings::kVersion);
}

void TestAppSettings::unversionedFileIsUpgraded()
{
    // What NeutroCare wrote before the settings had a version: the reminder times by number.
    {
        QSettings old(m_path, QSettings::IniFormat);
        old.setValue(QStringLiteral("view/largeText"), true);
        old.setValue(QStringLiteral("reminders/time0"), QTime(7, 30));
        old.setValue(QStringLiteral("reminders/time1"), QTime(21, 15));
    }
    const AppSettings settings(m_path);
    QCOMPARE(settings.version(), AppSettings::kVersion);
    QVERIFY(settings.value(Key::LargeText).toBool());
    QCOMPARE(settings.value(Key::MorningReminder).toTime(), QTime(7, 30));
    QCOMPARE(settings.value(Key::EveningReminder).toTime(), QTime(21, 15));
    const QSettings file(m_path, QSettings::IniFormat);
    QVERIFY(!file.contains(QStringLiteral("reminders/time0")));
    QVERIFY(!file.contains(QStringLiteral("reminders/time1")));
}

void TestAppSettings::newerFileIsLeftAsItIs()
{
    {
        QSettings newer(m_path, QSettings::IniFormat);
        newer.setValue(QStringLiteral("settingsVersion"), AppSettings::kVersion + 1);
        newer.setValue(QStringLiteral("reminders/time0"), QTime(7, 30));
    }
    const AppSettings settings(m_path);
    QCOMPARE(settings.version(), AppSettings::kVersion + 1);
    QVERIFY(QSettings(m_path, QSettings::IniFormat).contains(QStringLiteral("reminders/time0")));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

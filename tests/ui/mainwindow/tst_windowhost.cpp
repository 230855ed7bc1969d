// The language switches at run time: the window is rebuilt in the new language, on the same
// patient and screen, and a profile with another language brings its language with it.

#include "../guitest.h"
#include "language.h"
#include "mainwindow/windowhost.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

namespace {

QString navigationText(MainWindow *w, int row)
{
    return child<QListWidget>(w, "navigation")->item(row)->text();
}

} // namespace

class TestWindowHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesAtRunTime();
    void profileBringsItsLanguage();

private:
    qint64 addPatient(const QString &name, const QString &language);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestWindowHost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("host.sqlite"))));
}

qint64 TestWindowHost::addPatient(const QString &name, const QString &language)
{
    const auto id = PatientRepository(m_db).add({ 0, name, std::nullopt });
    PatientSettings settings;
    settings.language = language;
    PatientSettingsRepository(m_db).save(*id, settings);
    return *id;
}

void TestWindowHost::switchesAtRunTime()
{
    const qint64 ana = addPatient(QStringLiteral("Ana"), QStringLiteral("en"));
    WindowHost host(m_db);
    QCOMPARE(host.language(), QStringLiteral("en"));
    host.window()->show();
    host.window()->showScreen(1);
    QCOMPARE(navigationText(host.window(), 0), QStringLiteral("Today"));
    QPointer<MainWindow> before = host.window();

    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    host.switchLanguage(QStringLiteral("es"));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(host.language(), QStringLiteral("es"));
    MainWindow *after = host.window();
    QVERIFY(after != before);
    QVERIFY(after->isVisible());
    QCOMPARE(after->session().patientId(), ana);
    QCOMPARE(child<QListWidget>(after, "navigation")->currentRow(), 1);
    // Built with the Spanish translator installed.
    QCOMPARE(navigationText(after, 0), QCoreApplication::translate("nc::MainWindow", "Today"));
    QVERIFY2(navigationText(after, 0) != QStringLiteral("Today"), qPrintable(navigationText(after, 0)));
    QTRY_VERIFY(before.isNull()); // the old window goes once control returns to the event loop

    // The same language again changes nothing.
    host.switchLanguage(QStringLiteral("es"));
    QCOMPARE(replaced.count(), 1);
    host.switchLanguage(QStringLiteral("en"));
    QCOMPARE(navigationText(host.window(), 0), QStringLiteral("Today"));
}

void TestWindowHost::profileBringsItsLanguage()
{
    WindowHost host(m_db); // opens the first profile, in English
    const qint64 beatriz = addPatient(QStringLiteral("Beatriz"), QStringLiteral("es"));
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    host.window()->switchPatient(beatriz);
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(host.language(), QStringLiteral("es"));
    QCOMPARE(host.window()->session().patientId(), beatriz);
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"

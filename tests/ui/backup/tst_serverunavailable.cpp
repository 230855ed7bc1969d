// Start-up on a clinic server that cannot be used, driven offscreen on the throwaway PostgreSQL that
// scripts/test starts: one sentence naming the server and what to try; "Try again" that fails keeps
// the dialog, and succeeds once the server takes connections again; "Open the data on this
// computer" opens the local file instead. PostgreSQL only: a file has no server to reach.
#include "../guitest.h"
#include "backup/recoverydialog.h"
#include "language.h"
#include "scratchdatabase.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>

using namespace nc;

namespace {

template<class T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestServerUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unreachableServerSaysWhereAndWhatToTry();
    void tryAgainOpensOnceTheServerIsBack();
    void opensTheDataOnThisComputerInstead();
    void inEachLanguage_data();
    void inEachLanguage();
};

void TestServerUnavailable::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("needs the test server: run as tst_serverunavailable with NC_TEST_ENGINE=postgresql");
    guitest::useOwnSettings(QStringLiteral("tst_serverunavailable"));
    Theme::apply(*qApp, false);
}

void TestServerUnavailable::unreachableServerSaysWhereAndWhatToTry()
{
    Database db;
    const QString where = QStringLiteral("host=127.0.0.1 port=1 dbname=neutrocare connect_timeout=5");
    QVERIFY(!db.open(where));
    DatabaseRecovery recovery(db, BackupManager(where));
    RecoveryDialog dialog(recovery);
    dialog.show();
    QCOMPARE(child<QLabel>(&dialog, "headline")->text(),
        QStringLiteral("NeutroCare cannot reach the clinic server"));
    QVERIFY(child<QLabel>(&dialog, "explanation")->text().contains(QStringLiteral("try again")));
    const QString details = child<QLabel>(&dialog, "details")->text();
    QVERIFY2(details.contains(QStringLiteral("neutrocare on 127.0.0.1")), qPrintable(details));
    // No backup to restore: a server is not a file.
    QVERIFY(!child<QPushButton>(&dialog, "restoreLatestButton"));
    QVERIFY(!child<QPushButton>(&dialog, "restoreOtherButton"));
    auto *retry = child<QPushButton>(&dialog, "retryButton");
    QVERIFY(retry);
    QVERIFY(retry->isDefault());
    QVERIFY(child<QPushButton>(&dialog, "openLocalButton"));
    // Still down: the dialog stays, saying so.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("127.0.0.1")), qPrintable(dialog.errorText()));
    QVERIFY(!db.isOpen());
}

void TestServerUnavailable::tryAgainOpensOnceTheServerIsBack()
{
    test::ScratchDatabase scratch { QString() };
    QVERIFY2(!scratch.where().isEmpty(), qPrintable(scratch.error()));
    QVERIFY(scratch.admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(scratch.name())));
    Database db;
    QVERIFY(!db.open(scratch.where()));
    {
        DatabaseRecovery recovery(db, BackupManager(scratch.where()));
        RecoveryDialog dialog(recovery);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "retryButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(
            scratch.admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(scratch.name())));
        QTest::mouseClick(child<QPushButton>(&dialog, "retryButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(db.isOpen());
    QCOMPARE(db.engine(), Engine::PostgreSQL);
    db.close();
}

void TestServerUnavailable::opensTheDataOnThisComputerInstead()
{
    Database db;
    QVERIFY(!db.open(QStringLiteral("postgresql://127.0.0.1:1/neutrocare?connect_timeout=5")));
    DatabaseRecovery recovery(db, BackupManager(db.path()));
    RecoveryDialog dialog(recovery);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "openLocalButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(db.isOpen());
    QCOMPARE(db.engine(), Engine::SQLite);
    QCOMPARE(db.path(), Database::defaultPath());
}

void TestServerUnavailable::inEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("retry");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("NeutroCare cannot reach the clinic server")
                        << QStringLiteral("&Try again");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringLiteral("NeutroCare no puede conectar con el servidor de la clínica")
                        << QStringLiteral("&Volver a intentarlo");
}

// The dialog in each shipped language, kept as docs/screenshots/server-unreachable-<lang>.png when
// NC_SCREENSHOT_DIR is set.
void TestServerUnavailable::inEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, headline);
    QFETCH(QString, retry);
    language::apply(language);
    const auto back = qScopeGuard([] { language::apply(QStringLiteral("en")); });
    Database db;
    QVERIFY(!db.open(QStringLiteral("postgresql://nurse.kim@127.0.0.1:1/riverside?connect_timeout=5")));
    DatabaseRecovery recovery(db, BackupManager(db.path()));
    RecoveryDialog dialog(recovery);
    dialog.resize(680, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(&dialog, "headline")->text(), headline);
    QCOMPARE(child<QPushButton>(&dialog, "retryButton")->text(), retry);
    guitest::saveShot(&dialog, qPrintable(QStringLiteral("server-unreachable-") + language));
}

QTEST_MAIN(TestServerUnavailable)
#include "tst_serverunavailable.moc"

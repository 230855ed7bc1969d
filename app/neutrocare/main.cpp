#include "app/appsettings.h"
#include "app/firstpaintprobe.h"
#include "backup/recoverydialog.h"
#include "language.h"
#include "mainwindow/windowhost.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QApplication::setOrganizationDomain(QStringLiteral("neutrocare.org"));
    QApplication::setApplicationName(QStringLiteral("NeutroCare"));
    QApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(NEUTROCARE_APP_ID));

    // The system's language until the database says which profile, and so which language, opens.
    nc::language::apply(nc::language::match(QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Neutropenia self-monitoring during chemotherapy"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QApplication::translate("main", "Use the database file <path>."), QStringLiteral("path"),
        nc::Database::defaultPath());
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"), QApplication::translate("main", "Start minimised (used at login)."));
    parser.addOption(databaseOption);
    parser.addOption(minimizedOption);
    parser.process(app);

    nc::Theme::apply(app, nc::AppSettings().value(nc::AppSettings::Key::LargeText).toBool());

    nc::Database db;
    const QString path = parser.value(databaseOption);
    if (!db.open(path)) {
        // Never an empty database in the place of one that will not open: say why, offer a backup.
        nc::DatabaseRecovery recovery(db, nc::BackupManager(path));
        nc::RecoveryDialog dialog(recovery);
        if (dialog.exec() != QDialog::Accepted || !db.isOpen())
            return 1;
    }

    nc::WindowHost host(db);
    nc::MainWindow &window = *host.window();
    nc::FirstPaintProbe::installIfAsked(&window);
    // The benchmarks open a given screen (by object name) to measure it with a heavy history.
    if (const QString screen = qEnvironmentVariable("NEUTROCARE_BENCH_SCREEN"); !screen.isEmpty())
        window.showScreenNamed(screen);
    if (parser.isSet(minimizedOption))
        window.showMinimized();
    else
        window.show();
    if (!window.ensureProfile())
        return 0;
    return app.exec();
}

#include "backup/recoverydialog.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsscreen.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QApplication::setOrganizationDomain(QStringLiteral("neutrocare.org"));
    QApplication::setApplicationName(QStringLiteral("NeutroCare"));
    QApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.neutrocare.NeutroCare"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Neutropenia self-monitoring during chemotherapy"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Use the database file <path>."),
                                            QStringLiteral("path"), nc::Database::defaultPath());
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QApplication::translate("main", "Start minimised (used at login)."));
    parser.addOption(databaseOption);
    parser.addOption(minimizedOption);
    parser.process(app);

    nc::Theme::apply(app, nc::appprefs::largeText());

    nc::Database db;
    const QString path = parser.value(databaseOption);
    if (!db.open(path)) {
        // Never an empty database in the place of one that will not open: say why, offer a backup.
        nc::DatabaseRecovery recovery(db, nc::BackupManager(path));
        nc::RecoveryDialog dialog(recovery);
        if (dialog.exec() != QDialog::Accepted || !db.isOpen())
            return 1;
    }

    nc::MainWindow window(db);
    QObject::connect(&window, &nc::MainWindow::largeTextToggled, &app,
                     [&app](bool on) { nc::Theme::apply(app, on); });
    if (parser.isSet(minimizedOption))
        window.showMinimized();
    else
        window.show();
    if (!window.ensureProfile())
        return 0;
    return app.exec();
}

#include "app/appsettings.h"
#include "app/firstpaintprobe.h"
#include "desk/deskwindow.h"
#include "desk/signindialog.h"
#include "language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTableView>
#include <cstdio>

// The triage desk for clinic staff (issue 18): sign in to the clinic's server, then the board.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QApplication::setOrganizationDomain(QStringLiteral("neutrocare.org"));
    QApplication::setApplicationName(QStringLiteral("NeutroCare Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(NEUTROCARE_DESK_APP_ID));
    nc::language::apply(nc::language::match(QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("desk", "The NeutroCare triage desk for clinic staff"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QApplication::translate("desk", "The clinic server: a host name, or a postgresql:// address."),
        QStringLiteral("address"));
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("desk", "The clinic's database on that server."), QStringLiteral("name"));
    const QCommandLineOption login(
        QStringLiteral("login"), QApplication::translate("desk", "Your login."), QStringLiteral("name"));
    parser.addOptions({ server, database, login });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(QApplication::translate("desk", "neutrocare-desk: unexpected argument %1\n")
                                  .arg(parser.positionalArguments().first())),
            stderr);
        return 2;
    }

    nc::Theme::apply(app, nc::AppSettings().value(nc::AppSettings::Key::LargeText).toBool());

    // The password is asked each time and never stored; PGPASSWORD and libpq's password file still
    // apply when the field is left empty.
    nc::SignInDialog signIn;
    if (parser.isSet(server) || parser.isSet(database) || parser.isSet(login))
        signIn.setServer(parser.value(server), parser.value(database), parser.value(login));
    if (signIn.exec() != QDialog::Accepted)
        return 1;
    nc::DeskWindow window(signIn.takeDatabase(), signIn.where());
    nc::FirstPaintProbe::installIfAsked(window.boardView()->viewport());
    window.show();
    return QApplication::exec();
}

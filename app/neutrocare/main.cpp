#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QApplication::setOrganizationDomain(QStringLiteral("neutrocare.org"));
    QApplication::setApplicationName(QStringLiteral("NeutroCare"));
    QApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.neutrocare.NeutroCare"));

    nc::MainWindow window;
    window.show();
    return app.exec();
}

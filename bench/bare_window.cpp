// The floor for the start-up budget (DESIGN.md): a bare Qt Widgets window that opens the same
// database file the app opens, and nothing else. bench_startup times it against the app.
#include "app/firstpaintprobe.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    nc::Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    QLabel window(QStringLiteral("NeutroCare"));
    window.resize(1280, 860);
    nc::FirstPaintProbe::installIfAsked(&window);
    window.show();
    return app.exec();
}

#include "mainwindow.h"

namespace nc {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NeutroCare"));
    resize(1200, 800);
}

} // namespace nc

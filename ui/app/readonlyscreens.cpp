#include "readonlyscreens.h"

#include "charts/chartsscreen.h"
#include "content/contentcatalogue.h"
#include "history/historyscreen.h"
#include "reports/printcommands.h"
#include "today/todayscreen.h"

#include <QMenu>
#include <QPushButton>
#include <QTabWidget>

namespace nc {

ReadOnlyScreens addReadOnlyScreens(
    QTabWidget *tabs, Session &session, const std::function<QDateTime()> &clock)
{
    Q_ASSERT(session.readOnly());
    ReadOnlyScreens screens;
    screens.today = new TodayScreen(session, tabs);
    tabs->addTab(screens.today, QCoreApplication::translate("nc::PatientWindow", "&Today"));
    screens.charts = new charts::ChartsScreen(session.database(), tabs);
    screens.charts->setClock(clock);
    screens.charts->setPatient(session.patientId());
    tabs->addTab(screens.charts, QCoreApplication::translate("nc::PatientWindow", "C&harts"));
    screens.history = new HistoryScreen(session, tabs);
    tabs->addTab(screens.history, QCoreApplication::translate("nc::PatientWindow", "&History"));
    return screens;
}

QPushButton *makePrintButton(QWidget *parent, Session &session, PrintCommands **commands)
{
    auto *print = new QPushButton(QCoreApplication::translate("nc::PatientWindow", "&Print"), parent);
    print->setObjectName(QStringLiteral("patientPrint"));
    print->setAccessibleName(
        QCoreApplication::translate("nc::PatientWindow", "Print the report, the wallet card or a sheet"));
    auto *printing = new PrintCommands(session, parent);
    auto *menu = new QMenu(print);
    printing->addActions(menu);
    // Any education sheet, in the person's own language (English where it has none yet).
    QMenu *sheets = menu->addMenu(QCoreApplication::translate("nc::PatientWindow", "Education &sheet"));
    sheets->setObjectName(QStringLiteral("patientSheets"));
    for (const Article &article : ContentCatalogue::shipped().articles(session.settings().language)) {
        const QString id = article.id;
        sheets->addAction(article.title, printing, [printing, id] { printing->printArticle(id); });
    }
    print->setMenu(menu);
    *commands = printing;
    return print;
}

} // namespace nc

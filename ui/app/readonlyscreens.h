#pragma once

#include "session.h"

#include <QDateTime>
#include <functional>

class QPushButton;
class QTabWidget;
class QWidget;

namespace nc {

class HistoryScreen;
class PrintCommands;
class TodayScreen;
namespace charts {
class ChartsScreen;
}

// A person's own screens shown to someone who may not change them — the clinic's desk, a caregiver
// following from another house: Today, Charts and History on a read-only Session (the controls
// that write are absent, not disabled), and the Print menu.
struct ReadOnlyScreens
{
    TodayScreen *today = nullptr;
    charts::ChartsScreen *charts = nullptr;
    HistoryScreen *history = nullptr;
};

// Adds the three screens as tabs; `session` must be read-only already.
ReadOnlyScreens addReadOnlyScreens(
    QTabWidget *tabs, Session &session, const std::function<QDateTime()> &clock);
// "Print" with the report, the wallet card and every education sheet in the person's language.
QPushButton *makePrintButton(QWidget *parent, Session &session, PrintCommands **commands);

} // namespace nc

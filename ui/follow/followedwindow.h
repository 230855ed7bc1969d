#pragma once

#include "app/session.h"

#include <QWidget>
#include <memory>

class QLabel;

namespace nc {

class FollowService;
class PrintCommands;
struct ReadOnlyScreens;
class TodayScreen;

// A person followed from another house (issue 19): their Today, Charts and History as the clinic's
// server has them, and the report to print; nothing to log, edit or delete (the controls are
// absent, and the server would refuse). Above them, always, how fresh the view is.
class FollowedWindow : public QWidget
{
    Q_OBJECT
public:
    // `db`: the window's own connection to the person's server (FollowService::connectForWindow).
    FollowedWindow(FollowService &service, int index, std::unique_ptr<Database> db,
        std::function<QDateTime()> clock, QWidget *parent = nullptr);

    TodayScreen *today() const { return m_today; }
    QString freshness() const;

private:
    void refresh();

    FollowService &m_service;
    int m_index;
    std::unique_ptr<Database> m_db;
    Session m_session;
    QLabel *m_freshness;
    TodayScreen *m_today;
};

} // namespace nc

#pragma once

#include "app/session.h"

#include <QWidget>

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
    FollowedWindow(
        FollowService &service, int index, std::function<QDateTime()> clock, QWidget *parent = nullptr);

    TodayScreen *today() const { return m_today; }
    QString freshness() const;

private:
    void refresh();

    FollowService &m_service;
    int m_index;
    Session m_session;
    QLabel *m_freshness;
    TodayScreen *m_today;
};

} // namespace nc

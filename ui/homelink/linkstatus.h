#pragma once

#include "homelink/homelink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// The home link's state in words (issue 19 "State in words"), the same in the status area and in
// Settings: never a colour or an icon alone.
namespace nc::linkstatus {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::LinkStatus)
};

// What is known of one profile's link: its row, its marks, and the last pass this run made.
struct State
{
    bool linked = false;
    QString clinic; // the clinic's name as the profile has it, else the server's
    qint64 waiting = 0; // records marked and not yet committed by the server
    QDateTime linkedAt;
    std::optional<QDateTime> lastSentAt; // the server last committed a pass
    homelink::Problem problem = homelink::Problem::None;
    QString problemMessage; // the last attempt's sentence
    bool sending = false;
};

// Fine: nothing to do. Waiting: it will go by itself once the network is back. Action: only a
// person can mend it (a new login from the nurse, a newer app).
enum class Level { Off, Fine, Sending, Waiting, Action };

struct Words
{
    Level level = Level::Off;
    QString line; // "Linked to Riverside Oncology — last sent 2 minutes ago"
    QString detail; // the server's own sentence, when there is one
};

Words describe(const State &state, const QDateTime &now);

} // namespace nc::linkstatus

#include "linkstatus.h"

#include "widgets/timetext.h"

#include <QLocale>

namespace nc::linkstatus {

namespace {

// "14:05" today, else the date as well: when the link last reached the clinic.
QString clock(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

Words describe(const State &state, const QDateTime &now)
{
    if (!state.linked)
        return { Level::Off, Text::tr("Not linked to a clinic: everything stays on this computer."), {} };
    const int waiting = int(std::min<qint64>(state.waiting, std::numeric_limits<int>::max()));
    const QDateTime lastContact = state.lastSentAt.value_or(state.linkedAt);
    switch (state.problem) {
    case homelink::Problem::Refused:
        return { Level::Action, Text::tr("The clinic refused the login: ask your nurse for a new one."),
            state.problemMessage };
    case homelink::Problem::Unreachable:
        if (waiting > 0)
            return { Level::Waiting,
                Text::tr("%n entries waiting to be sent — no connection since %1", nullptr, waiting)
                    .arg(clock(lastContact, now)),
                state.problemMessage };
        return { Level::Waiting,
            Text::tr("Linked to %1 — no connection since %2").arg(state.clinic, clock(lastContact, now)),
            state.problemMessage };
    case homelink::Problem::NoKeyring:
    case homelink::Problem::Other:
        return { Level::Action,
            Text::tr("%n entries waiting to be sent — the clinic server did not take them", nullptr, waiting),
            state.problemMessage };
    case homelink::Problem::None:
        break;
    }
    if (state.sending && waiting > 0)
        return { Level::Sending, Text::tr("Sending %n entries to %1…", nullptr, waiting).arg(state.clinic),
            {} };
    if (waiting > 0)
        return { Level::Sending,
            Text::tr("Linked to %1 — %n entries to send", nullptr, waiting).arg(state.clinic), {} };
    if (!state.lastSentAt)
        return { Level::Fine, Text::tr("Linked to %1 — nothing sent yet").arg(state.clinic), {} };
    return { Level::Fine,
        Text::tr("Linked to %1 — last sent %2").arg(state.clinic, timetext::age(*state.lastSentAt, now)),
        {} };
}

} // namespace nc::linkstatus

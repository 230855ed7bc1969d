#include "reminderschedule.h"

namespace nc {

namespace {

// One translation context for every reminder; the source texts are those MainWindow had, so the
// existing translations carry over.
struct Reminders
{
    Q_DECLARE_TR_FUNCTIONS(nc::Reminders)
};

class Schedule
{
public:
    explicit Schedule(const ReminderInput &in)
        : m_in(in)
    { }

    QList<Reminder> due()
    {
        if (m_in.assessment.level == Level::CallNow) {
            callNow();
            return m_out;
        }
        recheck();
        lowCountDays();
        gcsfDay();
        return m_out;
    }

private:
    QString key(const QString &kind, const QString &occasion = {}) const
    {
        QString k = kind + QLatin1Char(':') + QString::number(m_in.patientId);
        if (!occasion.isEmpty())
            k += QLatin1Char(':') + occasion;
        return k;
    }

    QString titled(const QString &title) const
    {
        return m_in.nameInTitle
            ? Reminders::tr("%1: %2", "a reminder's title: the person's name, then the title")
                  .arg(m_in.patientName, title)
            : title;
    }

    void add(const QString &key, ReminderKind kind, const QString &title, const QString &text)
    {
        if (!m_in.shown.keys.contains(key))
            m_out.append({ key, kind, ReminderUrgency::Normal, m_in.patientId, titled(title), text });
    }

    static bool fresh(const QDateTime &dueAt, const QDateTime &now)
    {
        return dueAt.secsTo(now) < qint64(kReminderFreshHours) * 3600;
    }

    void callNow()
    {
        const QDateTime &last = m_in.shown.lastCallNow;
        if (last.isValid() && last.secsTo(m_in.now) < qint64(kCallNowRepeatMinutes) * 60)
            return;
        // Not filtered by the keys shown: a repeat keeps its key so it replaces the previous notification.
        m_out.append({ callNowReminderKey(m_in.patientId), ReminderKind::CallNow, ReminderUrgency::Critical,
            m_in.patientId, titled(levels::title(Level::CallNow)),
            Reminders::tr("Call your care team now. When you have, press \"I contacted my care team\".") });
    }

    void recheck()
    {
        const Assessment &a = m_in.assessment;
        if (a.level != Level::Recheck || !a.recheckBy || m_in.now < *a.recheckBy
            || !fresh(*a.recheckBy, m_in.now))
            return;
        const QString occasion = a.recheckBy->toString(Qt::ISODate);
        // Once when due and once when overdue; a first look after the overdue time says only that.
        if (a.recheckBy->secsTo(m_in.now) >= qint64(kRecheckOverdueMinutes) * 60) {
            add(key(QStringLiteral("overdue"), occasion), ReminderKind::Recheck,
                Reminders::tr("Temperature check"),
                Reminders::tr("Your temperature check is overdue: please take your temperature now."));
        } else {
            add(key(QStringLiteral("recheck"), occasion), ReminderKind::Recheck,
                Reminders::tr("Temperature check"),
                Reminders::tr("It is time to take your temperature again."));
        }
    }

    void lowCountDays()
    {
        const Assessment &a = m_in.assessment;
        if (!a.nadirWindow || !a.nadirWindow->active)
            return;
        const QDateTime &now = m_in.now;
        for (int slot = 0; slot < int(m_in.checkTimes.size()); ++slot) {
            const QDateTime due(now.date(), m_in.checkTimes.at(slot), Qt::OffsetFromUTC, now.offsetFromUtc());
            if (now < due || due.secsTo(now) > qint64(kReminderFreshHours) * 3600)
                continue;
            if (m_in.latestReading && *m_in.latestReading >= due)
                continue;
            add(key(QStringLiteral("nadir"),
                    QStringLiteral("%1:%2").arg(now.date().toString(Qt::ISODate)).arg(slot)),
                ReminderKind::LowCountCheck, Reminders::tr("Temperature check"),
                Reminders::tr("You are in your low-count days: please take your temperature now."));
        }
        // The note's own words, as Today shows them; one reminder per gap, so keyed by the reading
        // that began it.
        for (const FindingMessage &note : a.notes) {
            if (note.code != Finding::NoRecentReading)
                continue;
            const QString since
                = m_in.latestReading ? m_in.latestReading->toString(Qt::ISODate) : QStringLiteral("none");
            add(key(QStringLiteral("noreading"), since), ReminderKind::NoRecentReading,
                Reminders::tr("Temperature check"), note.message);
        }
    }

    void gcsfDay()
    {
        const QDate today = m_in.now.date();
        for (const Treatment &t : m_in.treatments) {
            if (!treatments::isGcsf(t.kind) || t.date != today)
                continue;
            add(key(QStringLiteral("gcsf"), today.toString(Qt::ISODate)), ReminderKind::GcsfDay,
                Reminders::tr("G-CSF injection"),
                Reminders::tr("Your %1 injection is due today.").arg(treatments::displayName(t.kind)));
            return; // one a day, whatever the number of doses logged for it
        }
    }

    const ReminderInput &m_in;
    QList<Reminder> m_out;
};

} // namespace

QList<Reminder> remindersDue(const ReminderInput &in)
{
    return Schedule(in).due();
}

void RemindersShown::record(const ReminderInput &in, const QList<Reminder> &shown)
{
    if (in.assessment.level != Level::CallNow)
        lastCallNow = QDateTime();
    for (const Reminder &r : shown) {
        keys.insert(r.key);
        if (r.kind == ReminderKind::CallNow)
            lastCallNow = in.now;
    }
}

QString callNowReminderKey(qint64 patientId)
{
    return QStringLiteral("callnow:%1").arg(patientId);
}

} // namespace nc

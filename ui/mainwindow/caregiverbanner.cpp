#include "caregiverbanner.h"

#include "storage/database.h"
#include "storage/patienthistory.h"
#include "storage/repositories.h"
#include "widgets/icons.h"
#include "widgets/levelstyle.h"
#include "widgets/theme.h"
#include "widgets/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace nc {

namespace {

// Most urgent first: a call now, then a call today, then an overdue temperature check.
int urgency(const Assessment &a)
{
    if (a.level == Level::CallNow)
        return 3;
    if (a.level == Level::CallToday)
        return 2;
    return a.level == Level::Recheck && a.recheckOverdue ? 1 : 0;
}

void clearRows(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

} // namespace

QList<ProfileStatus> profileStatuses(Database &db, const QDateTime &now)
{
    QList<ProfileStatus> statuses;
    for (const Patient &p : PatientRepository(db).all())
        statuses.append({ p, assess(PatientHistory(db, p.id).assessmentInput(now)) });
    return statuses;
}

ReminderInput reminderInput(
    Database &db, const ProfileStatus &status, const QDateTime &now, const QList<QTime> &checkTimes)
{
    ReminderInput in;
    in.now = now;
    in.patientId = status.patient.id;
    in.patientName = status.patient.name;
    in.assessment = status.assessment;
    in.checkTimes = checkTimes;
    const auto latest = TemperatureRepository(db).latestBefore(in.patientId, now.addSecs(1), 1);
    if (!latest.isEmpty())
        in.latestReading = latest.first().reading.time;
    for (const auto &dose : TreatmentRepository(db).between(in.patientId, now, now.addDays(1)))
        in.treatments.append(dose.treatment);
    return in;
}

bool needsAttention(const Assessment &assessment)
{
    return urgency(assessment) > 0;
}

CaregiverBanner::CaregiverBanner(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("caregiverBanner"));
    m_rows->setContentsMargins(12, 6, 12, 6);
    m_rows->setSpacing(6);
    hide();
}

QString CaregiverBanner::message(const ProfileStatus &status)
{
    const QString &name = status.patient.name;
    switch (urgency(status.assessment)) {
    case 3:
        return tr("%1 needs a call to the care team now").arg(name);
    case 2:
        return tr("%1 needs a call to the care team today").arg(name);
    case 1:
        return tr("%1 needs a temperature check now: the recheck is overdue").arg(name);
    default:
        return {};
    }
}

void CaregiverBanner::setStatuses(const QList<ProfileStatus> &statuses, qint64 currentPatientId)
{
    QList<ProfileStatus> others;
    for (const auto &s : statuses) {
        if (s.patient.id != currentPatientId && needsAttention(s.assessment))
            others.append(s);
    }
    std::stable_sort(others.begin(), others.end(), [](const ProfileStatus &a, const ProfileStatus &b) {
        return urgency(a.assessment) > urgency(b.assessment);
    });

    clearRows(m_rows);
    for (const auto &s : others) {
        const LevelStyle style = LevelStyle::of(s.assessment);
        const QString text = message(s);
        auto *row = new QFrame(this);
        row->setObjectName(QStringLiteral("caregiverAlert"));
        row->setProperty("patientId", s.patient.id);
        row->setAccessibleName(text);
        // Words, icon and colour together: the level's own colours and icon, never colour alone.
        row->setStyleSheet(
            QStringLiteral("#caregiverAlert { background: %1; border: 2px solid %2; border-radius: 8px; }"
                           "#caregiverAlert QLabel { color: %3; background: transparent; }")
                .arg(style.background.name(), style.accent.name(), style.text.name()));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(10);

        auto *icon = new QLabel(row);
        const int iconSize = int(24 * Theme::scale());
        icon->setPixmap(icons::pixmap(style.iconName, style.accent, iconSize, devicePixelRatioF()));
        icon->setFixedSize(iconSize, iconSize);
        icon->setAccessibleName(levels::headline(s.assessment));
        layout->addWidget(icon, 0, Qt::AlignVCenter);

        auto *label = new WrappedLabel(text, row);
        label->setObjectName(QStringLiteral("caregiverMessage"));
        label->setTextFormat(Qt::PlainText); // a name is never read as markup
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label, 1);

        auto *show = new QPushButton(tr("Show"), row);
        show->setObjectName(QStringLiteral("showProfileButton"));
        show->setAccessibleName(tr("Show %1").arg(s.patient.name));
        show->setToolTip(tr("Switch to %1").arg(s.patient.name));
        const qint64 id = s.patient.id;
        connect(show, &QPushButton::clicked, this, [this, id] { Q_EMIT showRequested(id); });
        layout->addWidget(show, 0, Qt::AlignVCenter);
        m_rows->addWidget(row);
    }
    setVisible(!others.isEmpty());
}

} // namespace nc

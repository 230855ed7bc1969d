#pragma once

#include "clinical/assessment.h"
#include "clinical/reminderschedule.h"
#include "storage/records.h"

#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace nc {

class Database;

// One profile and its assessment now, by the same engine Today uses.
struct ProfileStatus
{
    Patient patient;
    Assessment assessment;
};

// Every profile's status at `now`, in the order the profiles are listed.
QList<ProfileStatus> profileStatuses(Database &db, const QDateTime &now);
// What the reminder schedule needs of one person on `db` (their file, or the clinic's server for a
// person followed from another house), the memory of what was shown aside.
ReminderInput reminderInput(
    Database &db, const ProfileStatus &status, const QDateTime &now, const QList<QTime> &checkTimes);

// Whether a caregiver viewing someone else must be told about this person: a call now, a call
// today or a temperature check that is overdue.
bool needsAttention(const Assessment &assessment);

// Above every screen: one row for each OTHER profile that needs attention, most urgent first,
// e.g. "Mom (Carmen) needs a call now" with the level's icon and colours and a "Show" button that
// switches to that person. Hidden when nobody else needs attention.
class CaregiverBanner : public QFrame
{
    Q_OBJECT
public:
    explicit CaregiverBanner(QWidget *parent = nullptr);

    void setStatuses(const QList<ProfileStatus> &statuses, qint64 currentPatientId);

    // The sentence of a row, e.g. "Mom (Carmen) needs a call now".
    static QString message(const ProfileStatus &status);

Q_SIGNALS:
    void showRequested(qint64 patientId);

private:
    QVBoxLayout *m_rows;
};

} // namespace nc

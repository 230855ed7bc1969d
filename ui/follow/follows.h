#pragma once

#include <QList>
#include <QString>

// The people a caregiver follows from another house (issue 19 "Caregivers who follow"): on this
// computer, in its settings, like the window's own choices. Each names the clinic's server with
// the caregiver's login (never a password: that is in the keyring or libpq's password file) and
// the person's id and name there.
namespace nc {

struct Follow
{
    QString server; // libpq keywords, the caregiver's login as user
    qint64 patientId = 0; // on that server
    QString name;

    bool operator==(const Follow &) const = default;
};

namespace follows {
QList<Follow> load();
void save(const QList<Follow> &all);
} // namespace follows

} // namespace nc

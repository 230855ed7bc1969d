#pragma once

#include <QString>

namespace nc {

// Who to call: the clinic's name with its in-hours and out-of-hours numbers, as the person set
// them in Settings. Declared once and carried by the settings, the profile form, Today's call
// card and every printed page, so a new way to reach the team is added in one place.
struct ClinicContact
{
    QString clinicName;
    QString inHoursNumber;
    QString outOfHoursNumber;

    // As every screen and printout shows it: without surrounding white space.
    ClinicContact trimmed() const
    {
        return { clinicName.trimmed(), inHoursNumber.trimmed(), outOfHoursNumber.trimmed() };
    }
    // Nothing set at all (after trimming, for a contact that is shown).
    bool isEmpty() const
    {
        return clinicName.isEmpty() && inHoursNumber.isEmpty() && outOfHoursNumber.isEmpty();
    }
    bool operator==(const ClinicContact &) const = default;

    // The contact part of whatever carries one (settings, a draft, a page).
    const ClinicContact &clinicContact() const { return *this; }
    ClinicContact &clinicContact() { return *this; }
};

} // namespace nc

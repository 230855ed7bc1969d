#pragma once

#include "records.h"

#include <QDate>
#include <optional>

namespace nc {

class Database;

// What the wallet card says about one patient.
struct WalletCardData
{
    // The profile's preferences (PatientSettingsRepository::preference) that the card reads and its
    // print dialog remembers.
    // The name on documents ("José García"), when the profile's name is for the family ("Dad").
    static inline const QString kDocumentNameKey = QStringLiteral("document_name");
    // The language of the side for emergency staff: the clinic's, which may not be the patient's.
    static inline const QString kStaffLanguageKey = QStringLiteral("clinic_language");

    QString name;
    QString regimen;
    std::optional<QDate> lastTreatment; // the latest chemotherapy dose
    PatientSettings settings;
    // The page and the patient's side ("es"); empty: the language in use.
    QString language;
    // The emergency staff's side; empty: the same as `language`. When the two differ, that side
    // speaks both: the staff's language first, the patient's below it.
    QString staffLanguage;

    // From the patient's profile, settings, preferences and treatments: the name on documents when
    // set, else the profile's; the patient's language; the staff side's language when one was
    // chosen. nullopt when there is no such patient.
    static std::optional<WalletCardData> load(Database &db, qint64 patientId);
    // The name on documents when set, else the profile's; empty when there is no such patient.
    static QString documentName(Database &db, qint64 patientId);
};

} // namespace nc

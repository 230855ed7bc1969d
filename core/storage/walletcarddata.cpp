#include "walletcarddata.h"

#include "repositories.h"

namespace nc {

std::optional<WalletCardData> WalletCardData::load(Database &db, qint64 patientId)
{
    const auto patient = PatientRepository(db).get(patientId);
    if (!patient)
        return std::nullopt;
    WalletCardData data;
    const PatientSettingsRepository settings(db);
    data.name = documentName(db, patientId);
    data.settings = settings.get(patientId);
    data.language = data.settings.language;
    data.staffLanguage = settings.preference(patientId, kStaffLanguageKey);
    // The latest dose, logged for any day; the regimen named last, which later doses may leave blank.
    const TreatmentRepository treatments(db);
    if (const auto chemo = treatments.latestChemotherapy(patientId))
        data.lastTreatment = chemo->treatment.date;
    if (const auto named = treatments.latestNamedRegimen(patientId))
        data.regimen = named->regimen.trimmed();
    return data;
}

QString WalletCardData::documentName(Database &db, qint64 patientId)
{
    const QString chosen = PatientSettingsRepository(db).preference(patientId, kDocumentNameKey).trimmed();
    if (!chosen.isEmpty())
        return chosen;
    const auto patient = PatientRepository(db).get(patientId);
    return patient ? patient->name : QString();
}

} // namespace nc

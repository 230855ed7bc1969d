#pragma once

// What the committed database fixtures under tests/data/db hold, written by
// tests/tools/makedbfixtures and read back by the storage tests: two profiles, one with a record
// of every kind, one whose every text is hostile (long, right-to-left, emoji, quotes, SQL).
// Header-only: each executable includes it once.

#include "../exchange/hostiletexts.h"
#include "storage/walletcarddata.h"

#include <QMap>

namespace nc::testdata::dbfixtures {

// The files, in tests/data/db. The v1 file is as today's code writes it, the damaged one is
// that file with its middle pages overwritten, the newer one that file claiming kNewerVersion.
inline constexpr char kV1File[] = "v1-two-profiles.sqlite";
inline constexpr char kDamagedFile[] = "v1-damaged.sqlite";
inline constexpr char kNewerFile[] = "newer-version.sqlite";
inline constexpr int kV1Version = 1;
// Far above any version the code will know for a while, so the file stays "newer".
inline constexpr int kNewerVersion = 99;
// Every profile's creation time (the repository stamps the clock), so the bytes are reproducible.
inline constexpr qint64 kCreatedMs = 1'772'323'200'000; // 2026-03-01T00:00:00Z

struct Tick
{
    QDate date;
    QString item;
    bool ticked = true;
};

struct Profile
{
    Patient patient;
    PatientSettings settings;
    QMap<QString, QString> preferences;
    QList<Tick> ticks;
    RecordSet records;
};

inline Profile everyKindProfile()
{
    Profile p;
    p.patient = { 1, QStringLiteral("Maria García"), 1961 };
    // A clinic's own protocol file: its numbers, its LLN.
    Protocol own = *Protocol::preset(QStringLiteral("esmo-2016"));
    own.id = QStringLiteral("st-marys-2026");
    own.name = QStringLiteral("St Mary's febrile neutropenia protocol");
    own.single = { 38.0, true };
    own.llnAnc = 1600;
    own.nadirStartDay = 8;
    own.nadirEndDay = 15;
    p.settings.protocol = own;
    p.settings.clinicName = QStringLiteral("St Mary's Oncology");
    p.settings.inHoursNumber = QStringLiteral("+44 20 7946 0000");
    p.settings.outOfHoursNumber = QStringLiteral("+44 20 7946 0999");
    p.settings.displayUnit = TemperatureUnit::Fahrenheit;
    p.settings.language = QStringLiteral("en");
    p.settings.baselineAnc = 1200;
    p.preferences = { { WalletCardData::kDocumentNameKey, QStringLiteral("María José García-López") },
        { WalletCardData::kStaffLanguageKey, QStringLiteral("es") } };
    p.ticks = { { QDate(2026, 3, 2), QStringLiteral("hand-hygiene") },
        { QDate(2026, 3, 2), QStringLiteral("dental-care") },
        { QDate(2026, 3, 3), QStringLiteral("hand-hygiene") },
        { QDate(2026, 3, 3), QStringLiteral("shoes"), false } };
    p.records = everyKind();
    return p;
}

inline Profile hostileProfile()
{
    Profile p;
    p.patient = { 2,
        QString::fromUtf8("Zoë \"Bobby\" O'Brien'); DROP TABLE patients;-- \u202Eأحمد\u202C "
                          "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xE2\x9A\x95\xEF\xB8\x8F <b>x</b>"),
        std::nullopt };
    p.settings.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
    p.settings.clinicName = QStringLiteral("<script>alert('clinic')</script> & \"Ward 7\"");
    p.settings.inHoursNumber = QStringLiteral("'); DROP TABLE patient_settings; --");
    p.settings.outOfHoursNumber = QString::fromUtf8("\u202E0999 999\u202C \xE2\x98\x8E\xEF\xB8\x8F");
    p.settings.language = QStringLiteral("es");
    p.settings.clinicLlnAnc = 1800;
    p.preferences = { { WalletCardData::kDocumentNameKey, longestShortText() },
        { WalletCardData::kStaffLanguageKey, QStringLiteral("en") } };
    p.ticks = { { QDate(2026, 3, 2), QStringLiteral("'; DROP TABLE checklist_ticks; --") } };
    // Every hostile text in every text field, a day apart so none is a duplicate of another.
    const auto texts = hostileTexts();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const RecordSet s = everyTextField(texts.at(i).second, int(i));
        p.records.temperatures += s.temperatures;
        p.records.bloodCounts += s.bloodCounts;
        p.records.symptoms += s.symptoms;
        p.records.treatments += s.treatments;
        p.records.medicines += s.medicines;
        p.records.antipyretics += s.antipyretics;
        p.records.alerts += s.alerts;
    }
    return p;
}

inline QList<Profile> profiles()
{
    return { everyKindProfile(), hostileProfile() };
}

} // namespace nc::testdata::dbfixtures

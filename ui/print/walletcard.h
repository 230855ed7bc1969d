#pragma once

#include "printdocument.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>

class QPainter;
class QRectF;

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

// A credit-card-sized alert card (ISO/IEC 7810 ID-1, 85.60 × 53.98 mm): the front for the
// patient (name, regimen, last treatment, the care team's numbers), the back for emergency staff
// (neutropenic sepsis risk, antibiotics within an hour, the protocol's triggers). Both sides sit
// side by side on one page with cut marks and a fold line, so folding gives a two-sided card.
class WalletCard : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::WalletCard)
public:
    static constexpr double kWidthMm = 85.60;
    static constexpr double kHeightMm = 53.98;

    explicit WalletCard(WalletCardData data)
        : m_data(std::move(data))
    { }

    QString title() const override;
    bool print(QPagedPaintDevice &device) const override;

private:
    // The words of the staff side in the language in use, gathered before another is installed.
    struct StaffWords
    {
        QString title;
        QString subtitle;
        QString risk;
        QString urgent;
    };
    static StaffWords staffWords();
    QString staffLanguage() const;

    using Side = std::function<double(QPainter &, const QRectF &, bool)>;
    // Each side lays itself out in `card` and returns the height it needs; it paints only with
    // `paint`. `second` is the staff side's text in the patient's language, on a bilingual card.
    double paintFront(QPainter &painter, const QRectF &card, bool paint) const;
    double paintBack(QPainter &painter, const QRectF &card, bool paint, const StaffWords *second) const;
    static void paintFitted(QPainter &painter, const QRectF &card, const Side &side);
    QString triggersHtml() const;

    WalletCardData m_data;
};

} // namespace nc

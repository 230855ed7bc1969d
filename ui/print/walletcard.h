#pragma once

#include "printdocument.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class QPainter;
class QRectF;

namespace nc {

class Database;

// What the wallet card says about one patient.
struct WalletCardData
{
    QString name;
    QString regimen;
    std::optional<QDate> lastTreatment; // the latest chemotherapy dose
    PatientSettings settings;

    // From the patient's profile, settings and treatments; nullopt when there is no such patient.
    static std::optional<WalletCardData> load(Database &db, qint64 patientId);
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
    // Each side lays itself out in `card` and returns the height it needs; it paints only with `paint`.
    double paintFront(QPainter &painter, const QRectF &card, bool paint) const;
    double paintBack(QPainter &painter, const QRectF &card, bool paint) const;
    void paintFitted(QPainter &painter, const QRectF &card,
        double (WalletCard::*side)(QPainter &, const QRectF &, bool) const) const;
    QString triggersHtml() const;

    WalletCardData m_data;
};

} // namespace nc

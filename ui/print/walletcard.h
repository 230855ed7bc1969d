#pragma once

#include "printdocument.h"
#include "storage/walletcarddata.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>

class QPainter;
class QRectF;

namespace nc {

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

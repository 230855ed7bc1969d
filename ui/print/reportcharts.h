#pragma once

#include "storage/chartdata.h"

#include <QObject>
#include <QTextObjectInterface>
#include <memory>

class QTextCursor;

namespace nc {

// The temperature and ANC charts, each an object inside a report's QTextDocument, drawn by
// ui/charts' window-less renderer straight onto the page: vectors on a PDF, never a bitmap.
// Each takes the page's width and a fixed height and moves whole to the next page when it does
// not fit, so one chart can stay on a page the two together would leave half empty.
class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum class Part { Temperature, Anc };
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr double kTemperatureHeightMm = 77;
    // Tall enough for the five ANC bands' margin labels with their details on two lines (in
    // Spanish "de 1000 a menos de 1500/µL" needs two): a shorter plot shortens them with "…".
    static constexpr double kAncHeightMm = 84;
    // A temperature chart that would leave the foot of a page empty takes the space there, down to
    // this height, instead of moving to the next page.
    static constexpr double kMinTemperatureHeightMm = 55;

    ReportCharts(
        std::shared_ptr<const charts::ChartData> data, charts::TimeRange range, QObject *parent = nullptr);

    // Registers the handler with `cursor`'s document and inserts the chart `part` at the cursor.
    void insert(QTextCursor &cursor, Part part);

    // When the temperature chart moved to the next page of `document` (laid out in pages of
    // `pageHeight`), shortens it to fit the space left before it, if that is at least the minimum
    // height. Returns whether it did.
    bool fitTemperatureChart(QTextDocument &document, double pageHeight);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    std::shared_ptr<const charts::ChartData> m_data;
    charts::TimeRange m_range;
};

} // namespace nc

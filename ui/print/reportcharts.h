#pragma once

#include "charts/chartdata.h"

#include <QObject>
#include <QTextObjectInterface>
#include <memory>

class QTextCursor;

namespace nc {

// The temperature and ANC charts as one object inside a report's QTextDocument, drawn by
// ui/charts' window-less renderer straight onto the page: vectors on a PDF, never a bitmap.
// The object takes the page's width and a fixed height and moves whole to the next page when it
// does not fit.
class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr double kHeightMm = 140;

    ReportCharts(
        std::shared_ptr<const charts::ChartData> data, charts::TimeRange range, QObject *parent = nullptr);

    // Registers the handler with `cursor`'s document and inserts the charts at the cursor.
    void insert(QTextCursor &cursor);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    std::shared_ptr<const charts::ChartData> m_data;
    charts::TimeRange m_range;
};

} // namespace nc

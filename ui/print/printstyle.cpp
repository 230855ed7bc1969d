#include "printstyle.h"

#include "clinical/bidi.h"
#include "language.h"

#include <QLocale>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>
#include <QTextTable>
#include <algorithm>

namespace nc::printstyle {

QFont font(double points, QFont::Weight weight)
{
    // The families the app's theme uses.
    QFont f;
    f.setFamilies(language::fontFamilies());
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

void setUp(QTextDocument &document, double points)
{
    document.setDefaultFont(font(points));
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(QLocale().textDirection());
    document.setDefaultTextOption(option);
}

QRectF placed(const QRectF &r, const QRectF &page)
{
    if (!bidi::rightToLeft())
        return r;
    return QRectF(page.left() + page.right() - r.right(), r.top(), r.width(), r.height());
}

Qt::Alignment placed(Qt::Alignment alignment)
{
    if (!bidi::rightToLeft() || !(alignment & (Qt::AlignLeft | Qt::AlignRight)))
        return alignment;
    return alignment ^ (Qt::AlignLeft | Qt::AlignRight);
}

namespace {
// The tables in and under `frame`, inner ones first.
void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames())
        collectTables(child, tables);
    if (auto *table = qobject_cast<QTextTable *>(frame))
        tables.append(table);
}

QTextCursor wholeCell(const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor;
}

void mirror(QTextTable *table)
{
    const int columns = table->columns();
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.rowSpan() > 1 || cell.columnSpan() > 1)
                return;
        }
    }
    QTextTableFormat format = table->format();
    QList<QTextLength> widths = format.columnWidthConstraints();
    std::reverse(widths.begin(), widths.end());
    format.setColumnWidthConstraints(widths);
    table->setFormat(format);
    for (int r = 0; r < table->rows(); ++r) {
        QList<QTextDocumentFragment> contents;
        QList<QTextTableCellFormat> formats;
        for (int c = 0; c < columns; ++c) {
            contents.append(wholeCell(table->cellAt(r, c)).selection());
            formats.append(table->cellAt(r, c).format().toTableCellFormat());
        }
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextCursor cursor = wholeCell(cell);
            cursor.removeSelectedText();
            cursor.insertFragment(contents.at(columns - 1 - c));
            cell.setFormat(formats.at(columns - 1 - c));
        }
    }
}
} // namespace

void readInOrder(QTextDocument &document)
{
    if (!bidi::rightToLeft())
        return;
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables))
        mirror(table);
}

double mm(const QPaintDevice &device, double millimetres)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace nc::printstyle

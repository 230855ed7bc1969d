#include "pageframe.h"

#include "clinical/bidi.h"
#include "printstyle.h"
#include "storage/records.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <limits>

namespace nc {

namespace {

using namespace printstyle;

constexpr double kHeaderClinicPt = 13;
constexpr double kHeaderNumberPt = 9;
constexpr double kFooterPt = 7.5;
constexpr double kGapMm = 5; // between header, body and footer

bool hasClinic(const PageFrame &f)
{
    return !f.clinicContact().isEmpty();
}

QStringList numberLines(const PageFrame &f)
{
    QStringList lines;
    if (!f.inHoursNumber.isEmpty())
        lines << PageFrame::tr("In hours") + QLatin1Char('\t') + bidi::leftToRight(f.inHoursNumber);
    if (!f.outOfHoursNumber.isEmpty())
        lines << PageFrame::tr("Out of hours") + QLatin1Char('\t') + bidi::leftToRight(f.outOfHoursNumber);
    return lines;
}

QString printedLine(const PageFrame &f)
{
    return PageFrame::tr("Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.")
        .arg(QLocale().toString(f.printedOn, QStringLiteral("d MMMM yyyy")));
}

double wrappedHeight(const QFont &font, const QPaintDevice &device, double width, const QString &text)
{
    const QFontMetricsF fm(font, &device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

// Edits made while it lives are laid out once, afresh, after it goes: putting the page size back
// starts a full layout, carried out as far as the next position asked for. Otherwise Qt lays a
// paginated document with tables out after every single edit (a table is laid out whole: a quarter
// of a second for four months of readings), and even then its incremental relayout leaves the
// blocks after an edit at stale positions. Qt's layout skips a document whose page size is 0 × 0.
class LayoutPause
{
public:
    explicit LayoutPause(QTextDocument &document)
        : m_document(document)
        , m_pageSize(document.pageSize())
    {
        m_document.setPageSize(QSizeF(0, 0)); // isNull(): QSizeF() is only invalid
    }
    ~LayoutPause() { m_document.setPageSize(m_pageSize); }
    LayoutPause(const LayoutPause &) = delete;
    LayoutPause &operator=(const LayoutPause &) = delete;

private:
    QTextDocument &m_document;
    const QSizeF m_pageSize;
};

// The page (from 0) on which `y`, in the coordinates of a paginated document, falls.
int pageOf(double y, double pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// A heading in the last quarter of a page whose section (the heading and the next few blocks:
// a subtitle, a table's header and first rows) does not fit there moves to the next page. Each
// move changes the layout below it, so move one at a time from the top.
bool keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    constexpr int kSectionBlocks = 12;
    constexpr double kBottomShare = 0.75;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const int maxMoves = document.blockCount();
    for (int move = 0; move < maxMoves; ++move) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0
                || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            QTextBlock last = block;
            for (int i = 0; i < kSectionBlocks && last.next().isValid(); ++i)
                last = last.next();
            const double top = layout->blockBoundingRect(block).top();
            const int page = pageOf(top, pageHeight);
            const bool nearFoot = top - page * pageHeight > kBottomShare * pageHeight;
            if (last != block && nearFoot
                && pageOf(layout->blockBoundingRect(last).bottom(), pageHeight) > page) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                const LayoutPause pause(document);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return move > 0;
    }
    return true;
}

// The extent of a table row's text in document coordinates: from the top of its first lines to
// the bottom of its last.
std::pair<double, double> rowExtent(
    const QAbstractTextDocumentLayout &layout, const QTextTable &table, int row)
{
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        top = std::min(top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return { top, bottom };
}

// Puts an empty row before row `r` of `table`, tall enough to fill the page from `top` (where row
// `r` now starts) so that row `r` starts on the next page. Qt moves a row on when none of its cells
// can start before the page's end. Measured and corrected on the laid-out document; when it cannot
// be made to fit, the empty row goes again and false is returned.
bool fillPageFootBefore(QTextDocument &document, QTextTable &table, int r, double top, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QPaintDevice *device = layout->paintDevice();
    const double scaling = device ? device->logicalDpiY() / 96.0 : 1.0; // Qt's scale for fixed heights
    const double padding = 2 * table.format().cellPadding() * scaling;
    const int page = pageOf(top, pageHeight);
    const double pageEnd = (page + 1) * pageHeight;

    {
        // Laid out only when next asked for a position: the fill's height is set before that.
        const LayoutPause pause(document);
        table.insertRows(r, 1);
        for (int c = 0; c < table.columns(); ++c) {
            QTextTableCell cell = table.cellAt(r, c);
            QTextCharFormat plain = cell.format();
            plain.clearBackground();
            cell.setFormat(plain);
        }
    }
    double fill = pageEnd - top - padding - 1;
    for (int attempt = 0; attempt < 4 && fill > 0; ++attempt) {
        {
            const LayoutPause pause(document);
            QTextBlockFormat line;
            line.setLineHeight(fill / scaling, QTextBlockFormat::FixedHeight);
            for (int c = 0; c < table.columns(); ++c)
                table.cellAt(r, c).firstCursorPosition().setBlockFormat(line);
        }
        const double fillTop = rowExtent(*layout, table, r).first;
        const double rowTop = rowExtent(*layout, table, r + 1).first;
        if (pageOf(fillTop, pageHeight) != page)
            fill -= padding; // too tall: the empty row went to the next page itself
        else if (pageOf(rowTop, pageHeight) == page)
            fill += pageEnd - rowTop; // too short: the row still starts on this page
        else
            return true;
    }
    const LayoutPause pause(document);
    table.removeRows(r, 1);
    return false;
}

// Qt breaks a table row between the lines of a cell that wraps (a long note), so the row starts at
// the foot of one page and ends at the top of the next, where its first lines are easily missed.
// Such a row moves to the next page whole; rows taller than a third of a page still break.
// Returns whether anything moved.
bool keepTableRowsWhole(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    bool moved = false;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            const auto [top, bottom] = rowExtent(*layout, *table, r);
            if (pageOf(top, pageHeight) == pageOf(bottom - 1, pageHeight) || bottom - top > pageHeight / 3)
                continue;
            if (fillPageFootBefore(document, *table, r, top, pageHeight)) {
                moved = true;
                ++r; // past the row that moved
            }
        }
    }
    return moved;
}

} // namespace

PageFrame PageFrame::fromSettings(const PatientSettings &settings, const QString &documentTitle)
{
    PageFrame f;
    f.clinicContact() = settings.clinicContact().trimmed();
    f.documentTitle = documentTitle;
    return f;
}

void PageFrame::applyMargins(QPagedPaintDevice &device)
{
    // Generous margins that every office printer can reach, wider at the sides for hole punches.
    device.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
}

double PageFrame::headerHeight(const QPagedPaintDevice &device) const
{
    if (!hasClinic(*this))
        return mm(device, 2 + kGapMm);
    const QFontMetricsF clinic(font(kHeaderClinicPt, QFont::Bold), &device);
    const QFontMetricsF number(font(kHeaderNumberPt), &device);
    const double text
        = std::max(clinic.height(), number.lineSpacing() * std::max<qsizetype>(1, numberLines(*this).size()));
    return text + mm(device, 2.5 + kGapMm);
}

double PageFrame::footerHeight(const QPagedPaintDevice &device) const
{
    const QFont f = font(kFooterPt);
    const QFontMetricsF fm(f, &device);
    double h = mm(device, kGapMm + 2) + fm.lineSpacing() * 2;
    for (const QString &note : footerNotes)
        h += wrappedHeight(f, device, device.width() * 0.8, note);
    return h;
}

void PageFrame::paintHeader(QPainter &painter, const QRectF &pageRect) const
{
    QPaintDevice &device = *painter.device();
    painter.save();
    if (!hasClinic(*this)) {
        painter.fillRect(QRectF(pageRect.left(), pageRect.top(), pageRect.width(), mm(device, 0.8)), kAccent);
        painter.restore();
        return;
    }
    const double bottom = headerHeight(static_cast<QPagedPaintDevice &>(device)) - mm(device, kGapMm);
    const QFont clinicFont = font(kHeaderClinicPt, QFont::Bold);
    painter.setFont(clinicFont);
    painter.setPen(kAccent);
    const QRectF textRect(pageRect.left(), pageRect.top(), pageRect.width(), bottom - mm(device, 2));

    // Numbers right-aligned as "label  number" rows, the number in bold; the clinic's name takes
    // what is left of the line, shortened with an ellipsis rather than running under them.
    const QStringList lines = numberLines(*this);
    const QFont labelFont = font(kHeaderNumberPt);
    const QFont valueFont = font(kHeaderNumberPt, QFont::Bold);
    const QFontMetricsF lm(labelFont, &device);
    const QFontMetricsF vm(valueFont, &device);
    double numbersWidth = 0;
    for (const QString &line : lines) {
        numbersWidth = std::max(numbersWidth,
            lm.horizontalAdvance(line.section(QLatin1Char('\t'), 0, 0)) + mm(device, 2)
                + vm.horizontalAdvance(line.section(QLatin1Char('\t'), 1)));
    }
    const double clinicWidth = pageRect.width() - numbersWidth - (lines.isEmpty() ? 0 : mm(device, 5));
    const QString clinic = QFontMetricsF(clinicFont, &device)
                               .elidedText(clinicName.isEmpty() ? tr("Your care team") : clinicName,
                                   Qt::ElideRight, clinicWidth);
    painter.drawText(
        placed(QRectF(textRect.left(), textRect.top(), clinicWidth, textRect.height()), pageRect),
        placed(Qt::AlignLeft | Qt::AlignVCenter), clinic);

    double y = textRect.center().y() - lm.lineSpacing() * lines.size() / 2.0;
    for (const QString &line : lines) {
        const QString label = line.section(QLatin1Char('\t'), 0, 0);
        const QString value = line.section(QLatin1Char('\t'), 1);
        const double valueWidth = vm.horizontalAdvance(value);
        const double labelWidth = lm.horizontalAdvance(label);
        const QRectF valueAt(pageRect.right() - valueWidth, y, valueWidth, lm.lineSpacing());
        const QRectF labelAt(valueAt.left() - mm(device, 2) - labelWidth, y, labelWidth, lm.lineSpacing());
        painter.setFont(valueFont);
        painter.setPen(kInk);
        painter.drawText(QPointF(placed(valueAt, pageRect).left(), y + lm.ascent()), value);
        painter.setFont(labelFont);
        painter.setPen(kMuted);
        painter.drawText(QPointF(placed(labelAt, pageRect).left(), y + lm.ascent()), label);
        y += lm.lineSpacing();
    }
    painter.fillRect(
        QRectF(pageRect.left(), bottom - mm(device, 0.6), pageRect.width(), mm(device, 0.6)), kAccent);
    painter.restore();
}

void PageFrame::paintFooter(QPainter &painter, const QRectF &pageRect, int page, int pageCount) const
{
    QPaintDevice &device = *painter.device();
    painter.save();
    const double height = footerHeight(static_cast<QPagedPaintDevice &>(device));
    double y = pageRect.bottom() - height + mm(device, kGapMm);
    painter.fillRect(QRectF(pageRect.left(), y, pageRect.width(), mm(device, 0.25)), kRule);
    y += mm(device, 2);

    const QFont f = font(kFooterPt);
    const QFont bold = font(kFooterPt, QFont::Bold);
    const QFontMetricsF fm(f, &device);
    painter.setFont(bold);
    painter.setPen(kInk);
    painter.drawText(placed(QRectF(pageRect.left(), y, pageRect.width() * 0.8, fm.lineSpacing()), pageRect),
        placed(Qt::AlignLeft), documentTitle);
    painter.setFont(f);
    painter.setPen(kMuted);
    painter.drawText(QRectF(pageRect.left(), y, pageRect.width(), fm.lineSpacing()), placed(Qt::AlignRight),
        tr("Page %1 of %2").arg(page).arg(pageCount));
    y += fm.lineSpacing();
    const double noteWidth = pageRect.width() * 0.8;
    for (const QString &note : footerNotes) {
        const double h = wrappedHeight(f, device, noteWidth, note);
        painter.drawText(placed(QRectF(pageRect.left(), y, noteWidth, h), pageRect),
            placed(Qt::AlignLeft) | Qt::TextWordWrap, note);
        y += h;
    }
    painter.drawText(QRectF(pageRect.left(), y, pageRect.width(), fm.lineSpacing()), placed(Qt::AlignLeft),
        printedLine(*this));
    painter.restore();
}

double PageFrame::layOut(QTextDocument &document, QPagedPaintDevice &device) const
{
    applyMargins(device);
    const double bodyHeight = device.height() - headerHeight(device) - footerHeight(device);
    // Laid out for the device itself, so points and CSS lengths scale to its resolution.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(device.width(), bodyHeight));
    return bodyHeight;
}

int PageFrame::paint(QTextDocument &document, QPagedPaintDevice &device) const
{
    const double bodyHeight = layOut(document, device);
    const QRectF page(0, 0, device.width(), device.height());
    const double top = headerHeight(device);
    // Each keeps things together by moving them down, which can undo the other's work above it.
    for (int round = 0; round < 3; ++round) {
        const bool headings = keepHeadingsWithNext(document, bodyHeight);
        if (!keepTableRowsWhole(document, bodyHeight) && !headings)
            break;
    }
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !device.newPage())
            return 0;
        paintHeader(painter, page);
        painter.save();
        painter.translate(0, top - i * bodyHeight);
        const QRectF visible(0, i * bodyHeight, page.width(), bodyHeight);
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, kInk);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, page, i + 1, pageCount);
    }
    return painter.end() ? pageCount : 0;
}

} // namespace nc

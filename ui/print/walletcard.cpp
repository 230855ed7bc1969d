#include "walletcard.h"

#include "clinical/bidi.h"
#include "clinical/thresholdtext.h"
#include "language.h"
#include "pageframe.h"
#include "printstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace nc {

namespace {

using namespace printstyle;

constexpr double kPaddingMm = 3.2;
constexpr double kBandMm = 10.5;

QString cardDate(const QDate &date)
{
    // Day, abbreviated month and year: unambiguous in every country.
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// Rich text in a column of the given width; returns its height. Laid out for the painter's
// device so point sizes hold at any resolution.
double drawHtml(
    QPainter &painter, const QPointF &topLeft, double width, const QString &html, bool paint = true)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(painter.device());
    doc.setDocumentMargin(0);
    setUp(doc, 7);
    doc.setHtml(html);
    readInOrder(doc);
    doc.setTextWidth(width);
    if (paint) {
        painter.save();
        painter.translate(topLeft);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, kInk);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return doc.size().height();
}

void drawBand(QPainter &painter, const QRectF &card, const QColor &colour, const QString &title,
    const QString &subtitle)
{
    const QPaintDevice &d = *painter.device();
    const QRectF band(card.left(), card.top(), card.width(), mm(d, kBandMm));
    painter.fillRect(band, colour);
    const QRectF text = band.adjusted(mm(d, kPaddingMm), 0, -mm(d, kPaddingMm), 0);
    painter.setPen(Qt::white);
    painter.setFont(font(9.5, QFont::Bold));
    painter.drawText(text.adjusted(0, mm(d, 1.2), 0, -band.height() / 2 + mm(d, 0.6)),
        placed(Qt::AlignLeft) | Qt::AlignBottom, title);
    painter.setFont(font(6.2));
    painter.drawText(text.adjusted(0, band.height() / 2 + mm(d, 0.4), 0, 0),
        placed(Qt::AlignLeft) | Qt::AlignTop, subtitle);
}

// Corner marks outside the card's edge, so cutting leaves no line on the card.
void drawCutMarks(QPainter &painter, const QRectF &r, const QList<double> &extraXs)
{
    const QPaintDevice &d = *painter.device();
    const double gap = mm(d, 2);
    const double len = mm(d, 5);
    painter.save();
    painter.setPen(QPen(kInk, mm(d, 0.2)));
    for (double x : { r.left(), r.right() }) {
        painter.drawLine(QPointF(x, r.top() - gap), QPointF(x, r.top() - gap - len));
        painter.drawLine(QPointF(x, r.bottom() + gap), QPointF(x, r.bottom() + gap + len));
    }
    for (double y : { r.top(), r.bottom() }) {
        painter.drawLine(QPointF(r.left() - gap, y), QPointF(r.left() - gap - len, y));
        painter.drawLine(QPointF(r.right() + gap, y), QPointF(r.right() + gap + len, y));
    }
    // The fold: marks in line with it, outside the card, and a dashed line across it.
    painter.setPen(QPen(kMuted, mm(d, 0.2), Qt::DashLine));
    for (double x : extraXs) {
        painter.drawLine(QPointF(x, r.top() - gap), QPointF(x, r.top() - gap - len));
        painter.drawLine(QPointF(x, r.bottom() + gap), QPointF(x, r.bottom() + gap + len));
        painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    // A hairline outline for scissors.
    painter.setPen(QPen(kRule, mm(d, 0.1)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
    painter.restore();
}

} // namespace

QString WalletCard::title() const
{
    return tr("Chemotherapy alert card");
}

QString WalletCard::triggersHtml() const
{
    const Protocol p = m_data.settings.protocolInForce();
    const TemperatureUnit unit = m_data.settings.displayUnit;
    QStringList triggers;
    triggers << TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit).phrase();
    if (p.sustained)
        triggers << triggers::sustainedPhrase(*p.sustained, unit);
    if (p.low)
        triggers << TemperatureTrigger::low(p.low->thresholdC, unit).phrase();
    QString html = QStringLiteral("<p style=\"font-size:6pt; color:%1; margin-bottom:1px\">%2</p>")
                       .arg(css(kMuted), escape(tr("TEMPERATURE TRIGGERS — %1").arg(p.displayName())));
    for (const QString &t : triggers)
        html += QStringLiteral(
            "<p style=\"font-size:7.6pt; font-weight:bold; margin-top:0; margin-bottom:1px\">■ %1</p>")
                    .arg(escape(t));
    return html;
}

double WalletCard::paintFront(QPainter &painter, const QRectF &card, bool paint) const
{
    const QPaintDevice &d = *painter.device();
    if (paint)
        drawBand(painter, card, kAlert, tr("⚠ CHEMOTHERAPY ALERT"),
            tr("At risk of neutropenic sepsis — please read the back"));

    const double pad = mm(d, kPaddingMm);
    const double width = card.width() - 2 * pad;
    double y = card.top() + mm(d, kBandMm) + mm(d, 2.2);
    const double x = card.left() + pad;

    const QString dash = QStringLiteral("—");
    const QString name = m_data.name.isEmpty() ? dash : m_data.name;
    y += drawHtml(painter, QPointF(x, y), width,
        QStringLiteral("<span style=\"font-size:6pt; color:%1\">%2</span><br>"
                       "<span style=\"font-size:11pt; font-weight:bold\">%3</span>")
            .arg(css(kMuted), escape(tr("NAME")), escape(name)),
        paint);
    y += mm(d, 1.2);

    const QString cell
        = QStringLiteral("<td width=\"50%\"><span style=\"font-size:6pt; color:%1\">%2</span><br>"
                         "<span style=\"font-size:8pt; font-weight:bold\">%3</span></td>");
    const QString regimen = m_data.regimen.isEmpty() ? dash : m_data.regimen;
    const QString last = m_data.lastTreatment ? cardDate(*m_data.lastTreatment) : dash;
    y += drawHtml(painter, QPointF(x, y), width,
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1%2</tr></table>")
            .arg(cell.arg(css(kMuted), escape(tr("REGIMEN")), escape(regimen)),
                cell.arg(css(kMuted), escape(tr("LAST TREATMENT")), escape(last))),
        paint);
    y += mm(d, 1.6);

    if (paint)
        painter.fillRect(QRectF(x, y, width, mm(d, 0.2)), kRule);
    y += mm(d, 1.2);
    const QString team = m_data.settings.clinicName.trimmed().isEmpty()
        ? tr("CARE TEAM")
        : tr("CARE TEAM — %1").arg(m_data.settings.clinicName.trimmed().toUpper());
    const QString blank = QStringLiteral("______________");
    const auto number
        = [&](const QString &n) { return n.trimmed().isEmpty() ? blank : bidi::leftToRight(n.trimmed()); };
    y += drawHtml(painter, QPointF(x, y), width,
        QStringLiteral("<span style=\"font-size:6pt; color:%1\">%2</span>"
                       "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%3%4</tr></table>")
            .arg(css(kMuted), escape(team),
                cell.arg(css(kMuted), escape(tr("In hours")), escape(number(m_data.settings.inHoursNumber))),
                cell.arg(css(kMuted), escape(tr("Out of hours")),
                    escape(number(m_data.settings.outOfHoursNumber)))),
        paint);
    return y + pad - card.top();
}

WalletCard::StaffWords WalletCard::staffWords()
{
    return { tr("FOR EMERGENCY STAFF"), tr("Possible neutropenic sepsis: treat as an emergency"),
        tr("This person is on chemotherapy and at risk of neutropenic sepsis."),
        tr("Assess at once and give antibiotics within one hour — do not wait for the blood count.") };
}

QString WalletCard::staffLanguage() const
{
    if (!m_data.staffLanguage.isEmpty())
        return m_data.staffLanguage;
    return m_data.language.isEmpty() ? language::current() : m_data.language;
}

double WalletCard::paintBack(
    QPainter &painter, const QRectF &card, bool paint, const StaffWords *second) const
{
    const QPaintDevice &d = *painter.device();
    const StaffWords words = staffWords();
    if (paint)
        drawBand(painter, card, kInk, words.title, words.subtitle);

    const double pad = mm(d, kPaddingMm);
    const double width = card.width() - 2 * pad;
    const double x = card.left() + pad;
    double y = card.top() + mm(d, kBandMm) + mm(d, 2);
    y += drawHtml(painter, QPointF(x, y), width,
        QStringLiteral("<p style=\"font-size:7.4pt\">%1 <b>%2</b></p>")
            .arg(escape(words.risk), escape(words.urgent)),
        paint);
    if (second) {
        // The same message in the patient's language, smaller, for the person and their family.
        y += mm(d, 0.8);
        y += drawHtml(painter, QPointF(x, y), width,
            QStringLiteral("<p style=\"font-size:6.4pt; color:%1\"><b>%2:</b> %3 <b>%4</b></p>")
                .arg(css(kMuted), escape(second->title), escape(second->risk), escape(second->urgent)),
            paint);
    }
    y += mm(d, 1.6);
    y += drawHtml(painter, QPointF(x, y), width, triggersHtml(), paint);

    // The team's numbers again at the foot, for the staff who will phone them.
    // A number never breaks across lines: a longer language wraps before it instead.
    const auto number = [](const QString &n) {
        return n.trimmed().isEmpty()
            ? QStringLiteral("__________")
            : bidi::leftToRight(QString(n.trimmed()).replace(QLatin1Char(' '), QChar::Nbsp));
    };
    const QString footer
        = QStringLiteral("<p style=\"font-size:6.4pt\">%1 <b>%2</b> · %3 <b>%4</b></p>")
              .arg(escape(tr("Oncology team:")), escape(number(m_data.settings.inHoursNumber)),
                  escape(tr("out of hours")), escape(number(m_data.settings.outOfHoursNumber)));
    const double footerHeight = drawHtml(painter, QPointF(x, y), width, footer, false);
    const double footerTop = std::max(card.bottom() - pad - footerHeight, y + mm(d, 2.4));
    if (paint) {
        painter.fillRect(QRectF(x, footerTop - mm(d, 1.2), width, mm(d, 0.2)), kRule);
        drawHtml(painter, QPointF(x, footerTop), width, footer);
    }
    return footerTop + footerHeight + pad - card.top();
}

void WalletCard::paintFitted(QPainter &painter, const QRectF &card, const Side &side)
{
    // A long name or regimen, or a second language, shrinks the whole side to fit the card rather
    // than run off its edge.
    const double needed = side(painter, card, false);
    const double scale = std::min(1.0, card.height() / needed);
    painter.save();
    painter.translate(card.topLeft());
    painter.scale(scale, scale);
    side(painter, QRectF(0, 0, card.width() / scale, card.height() / scale), true);
    painter.restore();
}

bool WalletCard::print(QPagedPaintDevice &device) const
{
    // The page and the front in the patient's language; the back in the staff's (below).
    const language::Scope pageLanguage(m_data.language);
    PageFrame::applyMargins(device);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, device.width(), device.height());
    const QPaintDevice &d = device;

    double y = 0;
    y += drawHtml(painter, QPointF(0, y), page.width(),
        QStringLiteral("<p style=\"font-size:18pt; font-weight:bold\">%1</p>").arg(escape(title())));
    y += mm(d, 1.5);
    y += drawHtml(painter, QPointF(0, y), page.width(),
        QStringLiteral("<p style=\"font-size:10.5pt; color:%1\">%2</p>")
            .arg(css(kMuted),
                escape(tr("Cut along the marks, fold along the dashed line with the printed sides out, and "
                          "keep the card with you. Show it at any hospital or urgent care."))));
    y += mm(d, 14);

    const double w = mm(d, kWidthMm);
    const double h = mm(d, kHeightMm);
    const double left = (page.width() - 2 * w) / 2;
    const QRectF front(left, y, w, h);
    const QRectF back(left + w, y, w, h);
    paintFitted(painter, front,
        [this](QPainter &p, const QRectF &card, bool paint) { return paintFront(p, card, paint); });
    {
        const std::optional<StaffWords> patientWords
            = staffLanguage() != language::current() ? std::optional(staffWords()) : std::nullopt;
        const language::Scope staff(staffLanguage());
        const StaffWords *second = patientWords ? &*patientWords : nullptr;
        paintFitted(painter, back, [this, second](QPainter &p, const QRectF &card, bool paint) {
            return paintBack(p, card, paint, second);
        });
    }
    drawCutMarks(painter, front.united(back), { front.right() });

    y = front.bottom() + mm(d, 14);
    painter.setPen(kMuted);
    painter.setFont(font(8.5));
    painter.drawText(QRectF(0, y, page.width(), mm(d, 12)),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        tr("Left: the front, for you. Right: the back, for emergency staff.\nPrint at actual size "
           "(not “fit to page”): folded, the card is %1 × %2 mm.")
            .arg(QLocale().toString(kWidthMm, 'f', 1), QLocale().toString(kHeightMm, 'f', 1)));
    return painter.end();
}

} // namespace nc

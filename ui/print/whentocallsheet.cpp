#include "whentocallsheet.h"

#include "clinical/bidi.h"
#include "clinical/thresholdtext.h"
#include "pageframe.h"
#include "printstyle.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace nc {

namespace {

using namespace printstyle;

// Symptom names in columns, read down each column, each name with its own bullet cell so a long
// name wraps under itself. The same-day list, the longer one, takes three columns to keep the
// sheet on one page.
QString columns(const QList<SymptomCode> &codes, const QColor &bullet, int count = 2)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    const qsizetype rows = (codes.size() + count - 1) / count;
    const int nameWidth = 100 / count - 4;
    for (qsizetype r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int col = 0; col < count; ++col) {
            const qsizetype c = r + col * rows;
            if (c < codes.size())
                html += QStringLiteral("<td width=\"4%\" style=\"color:%1; font-size:10pt\">■</td>"
                                       "<td width=\"%3%\" style=\"font-size:%4pt\">%2</td>")
                            .arg(css(bullet), escape(symptoms::displayName(codes.at(c))))
                            .arg(nameWidth)
                            .arg(count > 2 ? 10 : 11);
            else
                html += QStringLiteral("<td></td><td></td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One trigger as a big number with its qualifier: "38.3 °C or higher", "35.9 °C or lower".
QString triggerRow(const QString &lead, const TemperatureTrigger &trigger, const QString &after = {})
{
    const QString big = QStringLiteral("<span style=\"font-size:18pt; font-weight:bold; color:%1\">%2</span>")
                            .arg(css(kAlert), escape(trigger.value()));
    const QString qualifier = QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>")
                                  .arg(escape(trigger.qualifier()));
    const QString value = big + QStringLiteral("&nbsp;") + qualifier;
    QString html = QStringLiteral("<tr><td width=\"30%\" valign=\"middle\" style=\"font-size:12pt\">%1</td>"
                                  "<td valign=\"middle\">%2")
                       .arg(escape(lead), value);
    if (!after.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:11pt\">%1</span>").arg(escape(after));
    return html + QStringLiteral("</td></tr>");
}

// The type sizes tried in turn until the sheet fits one page; the smallest keeps the symptom
// names at 8.8 pt, still readable at arm's length.
constexpr double kTypeScales[] = { 1.0, 0.96, 0.92, 0.88 };

// `html` with every point size multiplied by `scale`.
QString scaledType(const QString &html, double scale)
{
    if (scale == 1.0)
        return html;
    static const QRegularExpression size(QStringLiteral("font-size:([0-9.]+)pt"));
    QString out;
    qsizetype last = 0;
    for (auto it = size.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        out += QStringLiteral("font-size:%1pt").arg(m.captured(1).toDouble() * scale, 0, 'f', 2);
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

// The symptoms `pick` chooses, in the order of symptoms::all().
template<class Pick> QList<SymptomCode> symptomsWhere(Pick pick)
{
    QList<SymptomCode> codes;
    for (SymptomCode code : symptoms::all()) {
        if (pick(code))
            codes << code;
    }
    return codes;
}

QString numberCell(const QString &label, const QString &number)
{
    // An empty number leaves a line to write on: a sheet is often handed out before it is filled.
    const QString value = number.isEmpty()
        ? QStringLiteral("<span style=\"font-size:20pt; color:%1\">_______________</span>").arg(css(kRule))
        : QStringLiteral("<span style=\"font-size:20pt; font-weight:bold\">%1</span>")
              .arg(escape(bidi::leftToRight(number)));
    return QStringLiteral(
        "<td width=\"49%\" bgcolor=\"%1\"><span style=\"font-size:10.5pt; color:%2\">%3</span><br>%4</td>")
        .arg(css(kAccentTint), css(kAccent), escape(label), value);
}

} // namespace

QString WhenToCallSheet::title() const
{
    return tr("When to call your care team");
}

QString WhenToCallSheet::protocolLine(const Protocol &protocol)
{
    const QString name = protocol.displayName();
    const QString source = Protocol::presetSource(protocol.id);
    if (source.isEmpty())
        return tr("Protocol: %1 (set by your clinic).").arg(name);
    return tr("Protocol: %1 — %2.").arg(name, source);
}

QString WhenToCallSheet::html() const
{
    const Protocol p = m_settings.protocolInForce();
    return headingHtml() + callNowHtml(p) + numbersHtml() + sameDayHtml(p) + whatToSayHtml();
}

QString WhenToCallSheet::headingHtml() const
{
    QString h;
    h += QStringLiteral("<p style=\"font-size:21pt; font-weight:bold; margin-bottom:0\">%1</p>")
             .arg(escape(title()));
    h += QStringLiteral("<p style=\"font-size:10.5pt; color:%1; margin-top:0; margin-bottom:0\">%2</p>")
             .arg(css(kMuted),
                 escape(tr("An infection during chemotherapy can turn serious within hours. Keep this by the "
                           "phone.")));
    return h;
}

// Call now: the triggers, then the red flags.
QString WhenToCallSheet::callNowHtml(const Protocol &p) const
{
    const TemperatureUnit unit = m_settings.displayUnit;
    const auto single = TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit);
    // (A paragraph's bottom margin does not reach past a following table, so a small empty
    // paragraph makes the gap.)
    QString h;
    h += QStringLiteral("<p style=\"font-size:3pt; margin:0\">&nbsp;</p>");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">");
    h += QStringLiteral(
        "<tr><td bgcolor=\"%1\" style=\"color:white\"><span style=\"font-size:17pt; font-weight:bold\">"
        "%2</span>&nbsp;&nbsp;<span style=\"font-size:11.5pt\">%3</span></td></tr>")
             .arg(css(kAlert), escape(tr("⚠ Call now — day or night")),
                 escape(tr("Do not wait until the morning.")));
    h += QStringLiteral("<tr><td bgcolor=\"%1\">").arg(css(kAlertTint));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    h += triggerRow(tr("Your temperature is"), single);
    if (p.sustained) {
        const auto sustained
            = TemperatureTrigger::high(p.sustained->thresholdC, p.sustained->inclusive, unit);
        h += triggerRow(tr("or it stays"), sustained,
            tr("for %1 or longer").arg(triggers::duration(p.sustained->minutes)));
    }
    if (p.low)
        h += triggerRow(tr("or it is"), TemperatureTrigger::low(p.low->thresholdC, unit));
    h += QStringLiteral("</table>");
    h += QStringLiteral(
        "<p style=\"font-size:12pt; font-weight:bold; margin-top:8px; margin-bottom:4px\">%1</p>")
             .arg(escape(tr("or you have any of these, whatever your temperature:")));
    h += columns(symptomsWhere(symptoms::isRedFlag), kAlert);
    h += QStringLiteral("</td></tr></table>");
    return h;
}

// The care team's numbers, and what to do when nobody answers.
QString WhenToCallSheet::numbersHtml() const
{
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                        "style=\"margin-top:6px; margin-bottom:2px\"><tr>");
    h += numberCell(tr("In hours"), m_settings.inHoursNumber.trimmed());
    h += QStringLiteral("<td width=\"2%\"></td>");
    h += numberCell(tr("Out of hours, nights and weekends"), m_settings.outOfHoursNumber.trimmed());
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral(
        "<p style=\"font-size:10pt; font-weight:bold; margin-top:0; margin-bottom:4px\">%1</p>")
             .arg(escape(
                 tr("No answer? Go to the nearest emergency department or call your emergency number.")));
    return h;
}

// Call the same day: the other infection symptoms, and a borderline temperature.
QString WhenToCallSheet::sameDayHtml(const Protocol &p) const
{
    const TemperatureUnit unit = m_settings.displayUnit;
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">");
    h += QStringLiteral(
        "<tr><td bgcolor=\"%1\"><span style=\"font-size:14pt; font-weight:bold; color:%2\">%3</span>"
        "&nbsp;&nbsp;<span style=\"font-size:11pt\">%4</span>")
             .arg(css(kAmberTint), css(kAmber), escape(tr("Call the same day")),
                 escape(tr("if you have one of these. Two or more of them: call now.")));
    h += columns(symptomsWhere([](SymptomCode code) {
        return !symptoms::isRedFlag(code) && symptoms::isInfectionSymptom(code);
    }),
        kAmber, 3);
    if (p.watchApplies() || p.sustained) {
        const auto borderline = p.sustained
            ? TemperatureTrigger::high(p.sustained->thresholdC, p.sustained->inclusive, unit)
            : TemperatureTrigger::high(p.watchC, true, unit);
        const auto borderlineLow
            = p.watchApplies() ? TemperatureTrigger::high(p.watchC, true, unit) : borderline;
        const int minutes = p.sustained && !p.watchApplies() ? p.sustained->minutes : p.recheckMinutes;
        h += QStringLiteral("<p style=\"font-size:11pt; margin-top:6px\"><b>%1</b> %2</p>")
                 .arg(escape(tr("Temperature %1?").arg(borderlineLow.phrase())),
                     escape(tr("Take it again within %1. Call if it stays there or you feel worse.")
                                .arg(triggers::duration(minutes))));
    }
    h += QStringLiteral("</td></tr></table>");
    return h;
}

// What to say, and three facts.
QString WhenToCallSheet::whatToSayHtml() const
{
    QString h;
    h += QStringLiteral(
        "<p style=\"font-size:12pt; margin-top:6px; margin-bottom:0\"><span style=\"font-size:13pt; "
        "font-weight:bold; color:%1\">%2</span> “%3”</p>")
             .arg(css(kAccent), escape(tr("When you call, say:")),
                 escape(tr("I am having chemotherapy. My temperature is ______. My last treatment was on "
                           "______.")));
    // A caregiver often makes the call: the same script in the third person, the relation to write in.
    const QString blank = QStringLiteral("______");
    h += QStringLiteral("<p style=\"font-size:11pt; margin-top:1px; margin-bottom:0\"><b>%1</b> “%2”</p>")
             .arg(escape(tr("Calling for someone?")),
                 escape(tr("My %1, %2, is having chemotherapy. Their temperature is ______. Their last "
                           "treatment was on ______.")
                            .arg(blank, m_name.trimmed().isEmpty() ? blank : m_name.trimmed())));
    h += QStringLiteral("<ul style=\"font-size:10.5pt; margin-top:2px\">");
    for (const QString &fact :
        { tr("Check your temperature before paracetamol (acetaminophen) or ibuprofen; if "
             "high, call first. After a dose, if you feel hot, shivery or unwell, call even "
             "if the reading is normal."),
            tr("Take it by mouth (or as your team showed you) — never in the bottom."),
            tr("A fever usually needs antibiotics within an hour of arriving: go straight away if told "
               "to.") })
        h += QStringLiteral("<li style=\"margin-bottom:2px\">%1</li>").arg(escape(fact));
    h += QStringLiteral("</ul>");
    return h;
}

bool WhenToCallSheet::print(QPagedPaintDevice &device) const
{
    PageFrame frame = PageFrame::fromSettings(m_settings, title());
    frame.footerNotes << protocolLine(m_settings.protocolInForce());
    // One page, always: the sheet is full at its designed sizes, so a longer language, a protocol
    // with three triggers or Letter's shorter page shrinks its type a little rather than spill onto
    // a second sheet nobody pins up.
    const QString full = html();
    QTextDocument document;
    for (double scale : kTypeScales) {
        printstyle::setUp(document, 11 * scale);
        document.setHtml(scaledType(full, scale));
        printstyle::readInOrder(document);
        frame.layOut(document, device);
        if (document.pageCount() == 1)
            break;
    }
    return frame.paint(document, device) > 0;
}

} // namespace nc

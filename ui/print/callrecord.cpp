#include "callrecord.h"

#include "pageframe.h"
#include "printstyle.h"

#include <QLocale>
#include <QTextDocument>
#include <numeric>

namespace nc {

namespace {

using namespace printstyle;

// The type sizes tried in turn until the record fits one page (a long advice, many readings).
constexpr double kTypeScales[] = { 1.0, 0.94, 0.88, 0.82 };

// A label and its value (HTML, escaped by the caller), one row of a section.
using Fact = std::pair<QString, QString>;

class Html
{
public:
    explicit Html(double scale)
        : m_scale(scale)
    { }

    // A point size at the record's scale.
    QString pt(double points) const { return QString::number(points * m_scale, 'f', 2); }

    QString section(const QString &title, const QString &subtitle = {}) const
    {
        QString h
            = QStringLiteral("<h2 style=\"font-size:%1pt; color:%2; margin-top:%3px; margin-bottom:%4px\">"
                             "%5</h2>")
                  .arg(pt(12), css(kAccent))
                  .arg(qRound(10 * m_scale))
                  .arg(subtitle.isEmpty() ? 3 : 0)
                  .arg(escape(title));
        if (!subtitle.isEmpty())
            h += QStringLiteral(
                "<p style=\"font-size:%1pt; color:%2; margin-top:0; margin-bottom:3px\">%3</p>")
                     .arg(pt(8.5), css(kMuted), escape(subtitle));
        return h;
    }

    // Label and value side by side; a long value wraps under itself.
    QString facts(const QList<Fact> &rows) const
    {
        QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &[label, value] : rows)
            h += QStringLiteral(
                "<tr><td width=\"27%\" valign=\"top\" style=\"font-size:%1pt; color:%2\">%3</td>"
                "<td width=\"73%\" valign=\"top\" style=\"font-size:%4pt\">%5</td></tr>")
                     .arg(pt(9), css(kMuted), escape(label), pt(10), value);
        return h + QStringLiteral("</table>");
    }

private:
    double m_scale;
};

QString lines(const QStringList &escaped)
{
    return escaped.join(QStringLiteral("<br>"));
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : escape(text.trimmed());
}

} // namespace

QString CallRecord::title() const
{
    return tr("Triage call record");
}

QString CallRecord::masccTotal(const riskscores::MasccScore &score)
{
    return tr("MASCC %1 of %2").arg(score.score).arg(riskscores::kMasccMaximum);
}

QString CallRecord::masccBand(const riskscores::MasccScore &score)
{
    return score.lowRisk ? tr("Low risk (≥ %1)").arg(riskscores::kMasccLowRiskFrom) : tr("Not low risk");
}

QString CallRecord::cisneTotal(const riskscores::CisneScore &score)
{
    const int maximum = std::accumulate(score.items.cbegin(), score.items.cend(), 0,
        [](int sum, const riskscores::ScoreItem &item) { return sum + item.maximum; });
    return tr("CISNE %1 of %2").arg(score.score).arg(maximum);
}

QString CallRecord::cisneBand(const riskscores::CisneScore &score)
{
    switch (score.riskClass) {
    case riskscores::CisneClass::Low:
        return tr("Class I — low risk");
    case riskscores::CisneClass::Intermediate:
        return tr("Class II — intermediate");
    case riskscores::CisneClass::High:
        break;
    }
    return tr("Class III — high");
}

QString CallRecord::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    return QLocale().toString(time.toTimeZone(m_data.timeZone), QStringLiteral("d MMM yyyy  HH:mm"));
}

QString CallRecord::html(double scale) const
{
    const Html html(scale);
    const TriageCall &call = m_data.call;
    const QString login = call.takenBy.trimmed();
    QString h;
    h += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-bottom:0\">%2</p>")
             .arg(html.pt(18), escape(title()));
    h += QStringLiteral("<p style=\"font-size:%1pt; color:%2; margin-top:2px; margin-bottom:0\">%3</p>")
             .arg(html.pt(9.5), css(kMuted),
                 escape(tr("Times in %1 · temperatures in %2")
                            .arg(QString::fromUtf8(m_data.timeZone.id()),
                                units::temperatureUnitSymbol(m_data.unit))));

    // The patient, the call and the caller.
    QString patient = QStringLiteral("<b>%1</b>").arg(orNone(m_data.patient.name));
    if (m_data.patient.birthYear)
        patient += escape(tr(", born %1").arg(*m_data.patient.birthYear));
    QString caller = escape(callerKinds::displayName(call.callerKind));
    if (!call.callerName.trimmed().isEmpty())
        caller += QStringLiteral(": <b>%1</b>").arg(escape(call.callerName.trimmed()));
    if (!call.callerRelationship.trimmed().isEmpty())
        caller += escape(tr(" (%1)").arg(call.callerRelationship.trimmed()));
    h += html.section(tr("The call"));
    h += html.facts({ { tr("Patient"), patient },
        { tr("Taken"),
            escape(login.isEmpty() ? timeText(call.at) : tr("%1 by %2").arg(timeText(call.at), login)) },
        { tr("Caller"), caller }, { tr("Call-back number"), orNone(call.callbackNumber) } });

    // What the caller reported, in plain words.
    QStringList temperatures;
    for (const TemperatureReading &r : call.report.temperatures) {
        const Temperature &t = r.temperature;
        QString line = QStringLiteral("<b>%1</b>").arg(escape(Temperature::format(t.celsius(), m_data.unit)));
        if (t.enteredUnit() != m_data.unit)
            line += escape(tr(" (reported as %1)").arg(Temperature::format(t.celsius(), t.enteredUnit())));
        line += escape(tr(" · %1 · %2").arg(sites::displayName(t.site()), timeText(r.time)));
        if (r.antipyreticReported)
            line += escape(tr(" · after a fever medicine"));
        temperatures << line;
    }
    QStringList symptomLines;
    for (const SymptomEntry &s : call.report.symptoms)
        symptomLines << escape(tr("%1 · %2").arg(symptoms::displayName(s.code), timeText(s.time)));
    QStringList medicines;
    for (const AntipyreticDose &d : call.report.antipyretics)
        medicines << escape(tr("%1 · %2").arg(antipyretics::displayName(d.drug), timeText(d.time)));
    const QString none = escape(tr("None reported"));
    h += html.section(tr("What the caller reported"));
    h += html.facts({ { tr("Temperatures"), temperatures.isEmpty() ? none : lines(temperatures) },
        { tr("Symptoms"), symptomLines.isEmpty() ? none : lines(symptomLines) },
        { tr("Fever medicines"), medicines.isEmpty() ? none : lines(medicines) } });

    // The assessment as it stood during the call.
    QStringList reasons;
    for (const FindingMessage &r : call.reasons)
        reasons << QStringLiteral("■&nbsp;%1").arg(escape(r.message));
    const QString protocol = m_data.protocolName.trimmed().isEmpty() ? call.protocolId : m_data.protocolName;
    h += html.section(tr("Assessment during the call"));
    h += html.facts({ { tr("Level"), QStringLiteral("<b>%1</b>").arg(escape(levels::title(call.level))) },
        { tr("Protocol"), orNone(protocol) },
        { tr("Reasons"), reasons.isEmpty() ? escape(tr("None")) : lines(reasons) } });

    // What was decided, and the follow-up.
    QList<Fact> decision { { tr("Suggested"), escape(dispositions::displayName(call.suggested)) },
        { tr("Chosen"),
            QStringLiteral("<b>%1</b>").arg(escape(dispositions::displayName(call.disposition))) } };
    if (!call.reason.trimmed().isEmpty())
        decision << Fact { tr("Reason for the choice"), escape(call.reason.trimmed()) };
    decision << Fact { tr("Advice given"), orNone(call.advice) };
    QString followUp
        = call.followUpDue ? escape(tr("Due %1").arg(timeText(*call.followUpDue))) : escape(tr("None set"));
    if (call.followUpDoneAt) {
        const QString by = call.followUpDoneBy.trimmed();
        followUp += QStringLiteral("<br>")
            + escape(by.isEmpty() ? tr("Made %1").arg(timeText(*call.followUpDoneAt))
                                  : tr("Made %1 by %2").arg(timeText(*call.followUpDoneAt), by));
    }
    decision << Fact { tr("Follow-up call"), followUp };
    h += html.section(tr("Disposition"));
    h += html.facts(decision);

    // The scores, when the clinician used them.
    const CallScores &scores = call.scores;
    if (scores.mascc || scores.cisne) {
        QList<Fact> rows;
        if (scores.mascc) {
            const riskscores::MasccScore s = riskscores::mascc(*scores.mascc);
            rows << Fact { tr("MASCC"), escape(tr("%1 — %2").arg(masccTotal(s), masccBand(s))) };
        }
        if (scores.cisne) {
            const riskscores::CisneScore s = riskscores::cisne(*scores.cisne);
            rows << Fact { tr("CISNE"), escape(tr("%1 — %2").arg(cisneTotal(s), cisneBand(s))) };
        }
        h += html.section(tr("Decision support for clinicians"),
            tr("MASCC and CISNE risk scores, kept with the call; never shown to the patient."));
        h += html.facts(rows);
    }

    const QString taken = login.isEmpty() ? tr("Call taken on %1.").arg(timeText(call.at))
                                          : tr("Call taken by %1 on %2.").arg(login, timeText(call.at));
    h += QStringLiteral("<p style=\"font-size:%1pt; color:%2; margin-top:%3px\">%4</p>")
             .arg(html.pt(9), css(kMuted))
             .arg(qRound(12 * scale))
             .arg(escape(taken));
    return h;
}

bool CallRecord::print(QPagedPaintDevice &device) const
{
    PageFrame frame;
    frame.clinicName = m_data.clinicName.trimmed();
    frame.documentTitle = title();
    frame.footerNotes << tr("For the clinic's records. The assessment, the disposition and the risk scores "
                            "support clinical judgement; they do not replace it.");
    // One page: a long advice or many readings shrink the type a little before a second sheet.
    QTextDocument document;
    for (double scale : kTypeScales) {
        setUp(document, 10 * scale);
        document.setHtml(html(scale));
        readInOrder(document);
        frame.layOut(document, device);
        if (document.pageCount() == 1)
            break;
    }
    return frame.paint(document, device) > 0;
}

} // namespace nc

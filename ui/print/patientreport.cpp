#include "patientreport.h"

#include "clinical/thresholdtext.h"
#include "pageframe.h"
#include "printstyle.h"
#include "reportcharts.h"
#include "storage/alertepisodes.h"
#include "whentocallsheet.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace nc {

namespace {

using namespace printstyle;

// Where the chart objects go in the report's HTML (text objects cannot be written in HTML).
constexpr char kTemperatureChartMarker[] = "@@nc-report-temperature-chart@@";
constexpr char kAncChartMarker[] = "@@nc-report-anc-chart@@";

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

// Stored times keep the offset they were entered with; people read them in local time.
QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy  HH:mm"));
}

QString ancText(double anc)
{
    return PatientReport::tr("%1 /µL").arg(QLocale().toString(anc, 'f', 0));
}

QString section(const QString &title, const QString &subtitle = {})
{
    QString h = QStringLiteral(
        "<h2 style=\"font-size:13.5pt; color:%1; margin-top:16px; margin-bottom:%2px\">%3</h2>")
                    .arg(css(kAccent))
                    .arg(subtitle.isEmpty() ? 5 : 1)
                    .arg(escape(title));
    if (!subtitle.isEmpty())
        h += QStringLiteral("<p style=\"font-size:9pt; color:%1; margin-top:0; margin-bottom:5px\">%2</p>")
                 .arg(css(kMuted), escape(subtitle));
    return h;
}

QString emptyNote(const QString &text)
{
    return QStringLiteral("<p style=\"font-size:9.5pt; color:%1\">%2</p>").arg(css(kMuted), escape(text));
}

// A table whose header row repeats on every page (<thead> sets the header row count), with
// striped rows instead of rules. Cells are HTML already escaped by the caller. Only the columns in
// `wrapping` may wrap: a row of one-line cells never splits across a page break.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {},
    const QList<int> &wrapping = {})
{
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-bottom:6px\"><thead><tr>");
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QString width
            = c < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(c)) : QString();
        h += QStringLiteral("<th%1 align=\"left\" bgcolor=\"%2\" style=\"font-size:8.5pt; color:%3; "
                            "white-space:nowrap\">%4</th>")
                 .arg(width, css(kAccentTint), css(kAccent), escape(headers.at(c)));
    }
    h += QStringLiteral("</tr></thead><tbody>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString bg = r % 2 ? QStringLiteral(" bgcolor=\"#F6F8FA\"") : QString();
        h += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            h += QStringLiteral("<td%1 style=\"font-size:9pt;%2\">%3</td>")
                     .arg(bg, wrapping.contains(int(c)) ? QString() : QStringLiteral(" white-space:nowrap"),
                         rows.at(r).at(c));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table>");
}

QString flag(const QString &text, const QColor &colour, bool bold = true)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(css(colour), bold ? QStringLiteral(" font-weight:bold") : QString(), escape(text));
}

struct LevelLook
{
    QColor background;
    QColor foreground;
    QString symbol;
};

// Colour is never alone: the symbol and the level's own words go with it.
LevelLook lookOf(Level level)
{
    switch (level) {
    case Level::CallNow:
        return { kAlert, Qt::white, QStringLiteral("⚠") };
    case Level::CallToday:
        return { kAmberTint, kAmber, QStringLiteral("☎") };
    case Level::Recheck:
        return { QColor(0xE4, 0xF0, 0xFB), QColor(0x0B, 0x2D, 0x4E), QStringLiteral("↻") };
    case Level::Caution:
        return { kAmberTint, kAmber, QStringLiteral("●") };
    case Level::Ok:
        return { QColor(0xE7, 0xF5, 0xEC), QColor(0x0D, 0x3B, 0x22), QStringLiteral("✓") };
    }
    return {};
}

QString reasonLabel(const QString &code)
{
    static const QList<std::pair<const char *, const char *>> labels = {
        { "fever_single", QT_TRANSLATE_NOOP("nc::PatientReport", "fever") },
        { "fever_sustained", QT_TRANSLATE_NOOP("nc::PatientReport", "sustained fever") },
        { "low_temperature", QT_TRANSLATE_NOOP("nc::PatientReport", "low temperature") },
        { "red_flag_symptom", QT_TRANSLATE_NOOP("nc::PatientReport", "red-flag symptom") },
        { "infection_symptom", QT_TRANSLATE_NOOP("nc::PatientReport", "sign of infection") },
        { "borderline_temperature", QT_TRANSLATE_NOOP("nc::PatientReport", "borderline temperature") },
        { "severe_neutropenia", QT_TRANSLATE_NOOP("nc::PatientReport", "severe neutropenia") },
        { "multiple_amber", QT_TRANSLATE_NOOP("nc::PatientReport", "several warning signs") },
        { "may_be_masked", QT_TRANSLATE_NOOP("nc::PatientReport", "reading may be masked") },
        { "recently_contacted", QT_TRANSLATE_NOOP("nc::PatientReport", "recently contacted") },
        { "nadir_window", QT_TRANSLATE_NOOP("nc::PatientReport", "low-count days") },
    };
    for (const auto &[c, label] : labels) {
        if (code == QLatin1String(c))
            return QCoreApplication::translate("nc::PatientReport", label);
    }
    return code;
}

} // namespace

bool PatientReport::hasCharts() const
{
    return m_data.chartData && !m_data.chartData->isEmpty();
}

QString PatientReport::title() const
{
    return tr("Report for %1").arg(m_data.patient.name);
}

QString PatientReport::statusHtml() const
{
    const Assessment &s = m_data.status;
    const LevelLook look = lookOf(s.level);
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"9\">");
    h += QStringLiteral(
        "<tr><td bgcolor=\"%1\" style=\"color:%2\"><span style=\"font-size:8.5pt\">%3</span><br>"
        "<span style=\"font-size:14pt; font-weight:bold\">%4&nbsp;&nbsp;%5</span></td></tr>")
             .arg(css(look.background), css(look.foreground),
                 escape(tr("STATUS ON %1").arg(timeText(m_data.statusTime).toUpper())), look.symbol,
                 escape(levels::headline(s)));
    QStringList lines;
    for (const FindingMessage &r : s.reasons)
        lines << QStringLiteral("■&nbsp;&nbsp;%1").arg(escape(r.message));
    for (const FindingMessage &n : s.notes)
        lines << QStringLiteral("<span style=\"color:%1\">ℹ&nbsp;&nbsp;%2</span>")
                     .arg(css(kMuted), escape(n.message));
    if (s.anc) {
        const AncSummary &a = *s.anc;
        const QString severity = a.atBaseline
            ? tr("%1 (at the usual level the clinic set)").arg(grading::severityName(a.severity))
            : grading::severityName(a.severity);
        lines << tr("Latest ANC: <b>%1</b> on %2 — %3; %4 grade %5, %6 grade %7%8")
                     .arg(escape(ancText(a.value)), escape(timeText(a.time)), escape(severity),
                         escape(grading::ctcaeLabel(CtcaeVersion::V5)))
                     .arg(a.ctcaeV5)
                     .arg(escape(grading::ctcaeLabel(CtcaeVersion::V6)))
                     .arg(a.ctcaeV6)
                     .arg(a.stale ? escape(tr(" (out of date)")) : QString());
    } else {
        lines << escape(tr("No blood count on record."));
    }
    // The engine's nadir reason already says it in words; the dates add what a clinician needs.
    if (s.nadirWindow) {
        const NadirWindow &n = *s.nadirWindow;
        lines << escape(tr("Chemotherapy on %1 (day %2); expected low-count days %3 to %4%5.")
                            .arg(dateText(n.doseDate))
                            .arg(n.day)
                            .arg(dateText(n.start), dateText(n.end),
                                n.gcsf ? tr(", may be shorter with G-CSF") : QString()));
    }
    h += QStringLiteral("<tr><td bgcolor=\"#F6F8FA\" style=\"font-size:9.5pt\">%1</td></tr></table>")
             .arg(lines.join(QStringLiteral("<br>")));
    return h;
}

QString PatientReport::summaryHtml() const
{
    const Protocol &p = m_data.settings.protocol;
    const TemperatureUnit unit = m_data.settings.displayUnit;
    int fevers = 0;
    const TemperatureRecord *highest = nullptr;
    for (const TemperatureRecord &t : m_data.temperatures) {
        if (units::meetsThreshold(t.reading.temperature.celsius(), p.single.thresholdC, p.single.inclusive))
            ++fevers;
        if (!highest || t.reading.temperature.celsius() > highest->reading.temperature.celsius())
            highest = &t;
    }
    const BloodCountRecord *lowest = nullptr;
    for (const BloodCountRecord &c : m_data.counts) {
        if (!lowest || c.count.anc() < lowest->count.anc())
            lowest = &c;
    }
    // Only contact answers an alert: "could not reach" was logged, but nobody was reached.
    int contacted = 0;
    for (const AlertRecord &a : m_data.alerts)
        contacted += a.outcome && *a.outcome != AlertOutcome::CouldNotReach ? 1 : 0;

    const auto figure = [](const QString &label, const QString &value, const QString &detail) {
        return QStringLiteral(
            "<td width=\"25%\" bgcolor=\"#F6F8FA\"><span style=\"font-size:8pt; color:%1\">%2</span><br>"
            "<span style=\"font-size:15pt; font-weight:bold\">%3</span><br>"
            "<span style=\"font-size:8pt; color:%1\">%4</span></td>")
            .arg(css(kMuted), escape(label), escape(value), escape(detail));
    };
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"4\" cellpadding=\"7\" style=\"margin-top:6px\"><tr>");
    h += figure(tr("TEMPERATURES"), QString::number(m_data.temperatures.size()),
        fevers == 1 ? tr("1 at fever level") : tr("%1 at fever level").arg(fevers));
    h += figure(tr("HIGHEST"),
        highest ? Temperature::format(highest->reading.temperature.celsius(), unit) : tr("—"),
        highest ? timeText(highest->reading.time) : QString());
    h += figure(tr("LOWEST ANC"), lowest ? ancText(lowest->count.anc()) : tr("—"),
        lowest ? timeText(lowest->count.time()) : QString());
    h += figure(
        tr("ALERTS"), QString::number(m_data.alerts.size()), tr("%1 with contact made").arg(contacted));
    return h + QStringLiteral("</tr></table>");
}

QString PatientReport::temperaturesHtml() const
{
    const Protocol &p = m_data.settings.protocol;
    const TemperatureUnit unit = m_data.settings.displayUnit;
    QList<AntipyreticDose> doses;
    for (const AntipyreticRecord &a : m_data.antipyretics)
        doses << a.dose;

    const auto single = TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit);
    QString subtitle = tr("Fever: %1 (%2).").arg(single.phrase(), p.displayName());
    QString h = section(tr("Temperatures"), subtitle);
    if (m_data.temperatures.isEmpty())
        return h + emptyNote(tr("No temperatures in this period."));

    QList<QStringList> rows;
    for (const TemperatureRecord &t : m_data.temperatures) {
        const double c = t.reading.temperature.celsius();
        QStringList flags;
        bool fever = false;
        if (units::meetsThreshold(c, p.single.thresholdC, p.single.inclusive)) {
            flags << flag(tr("▲ Fever"), kAlert);
            fever = true;
        } else if (p.sustained && units::meetsThreshold(c, p.sustained->thresholdC, p.sustained->inclusive)) {
            flags << flag(tr("▲ Raised"), kAmber);
        } else if (p.watchApplies() && units::meetsThreshold(c, p.watchC, true)) {
            flags << flag(tr("Borderline"), kAmber);
        }
        if (p.low && units::belowThreshold(c, p.low->thresholdC)) {
            flags << flag(tr("▼ Low"), kAlert);
            fever = true;
        }
        if (isMasked(t.reading, doses))
            flags << flag(tr("after a painkiller: may be masked"), kMuted, false);
        const QString value
            = QStringLiteral("<span style=\"%1\">%2</span>")
                  .arg(fever ? QStringLiteral("font-weight:bold; color:%1").arg(css(kAlert)) : QString(),
                      escape(Temperature::format(c, unit)));
        QStringList row { escape(timeText(t.reading.time)), value,
            escape(sites::displayName(t.reading.temperature.site())), flags.join(QStringLiteral(" · ")) };
        if (m_includeNotes)
            row << escape(t.note);
        rows << row;
    }
    QStringList headers { tr("Time"), tr("Temperature"), tr("Site"), tr("Flag") };
    QList<int> widths { 19, 13, 23, 45 };
    QList<int> wrapping { 3 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 18, 12, 21, 24, 25 };
        wrapping = { 3, 4 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::countsHtml() const
{
    const PatientSettings &settings = m_data.settings;
    const double lln = settings.protocolInForce().llnAnc;
    QString subtitle = tr("Severity by ANC; grades of “neutrophil count decreased” as %1 (LLN %2) / %3.")
                           .arg(grading::ctcaeLabel(CtcaeVersion::V5), ancText(lln),
                               grading::ctcaeLabel(CtcaeVersion::V6));
    // Where the LLN comes from when it is not the default, and the usual level, which changes how
    // a count reads.
    if (settings.protocolFromClinicFile() && lln != grading::kDefaultLln)
        subtitle += QLatin1Char(' ') + tr("LLN from the clinic's protocol file.");
    else if (settings.clinicLlnAnc)
        subtitle += QLatin1Char(' ') + tr("LLN set by the clinic.");
    if (settings.baselineAnc) {
        subtitle += QLatin1Char(' ')
            + tr("Usual level set by the clinic: %1; a count from there up to %2 reads “at the usual level”.")
                  .arg(ancText(*settings.baselineAnc), ancText(grading::kNormalFloor));
    }
    QString h = section(tr("Blood counts"), subtitle);
    if (m_data.counts.isEmpty())
        return h + emptyNote(tr("No blood counts in this period."));
    QList<QStringList> rows;
    for (const BloodCountRecord &r : m_data.counts) {
        const BloodCount &c = r.count;
        QString how = tr("measured");
        if (c.provenance() == AncProvenance::Derived && c.wbc()) {
            const Differential &d = c.differential();
            const double pct
                = d.neutrophilsPct ? *d.neutrophilsPct : d.segsPct.value_or(0) + d.bandsPct.value_or(0);
            how = tr("WBC %1 × %2%")
                      .arg(QLocale().toString(*c.wbc(), 'f', 0), QLocale().toString(pct, 'g', 3));
        }
        const int v5 = grading::ctcaeV5(c.anc(), lln);
        const int v6 = grading::ctcaeV6(c.anc());
        const auto reading = grading::severityWithBaseline(c.anc(), settings.baselineAnc);
        const Severity severity = reading.severity;
        const bool low = severity == Severity::Severe || severity == Severity::Profound;
        const QString severityText = reading.atBaseline
            ? tr("%1 (usual level)").arg(grading::severityName(severity))
            : grading::severityName(severity);
        QStringList row { escape(timeText(c.time())),
            QStringLiteral("<b>%1</b>").arg(escape(ancText(c.anc()))), escape(how),
            low ? flag(severityText, kAlert) : escape(severityText), escape(tr("%1 / %2").arg(v5).arg(v6)),
            escape(r.lab) };
        if (m_includeNotes)
            row << escape(r.note);
        rows << row;
    }
    QStringList headers { tr("Time"), tr("ANC"), tr("How"), tr("Severity"), tr("Grades"), tr("Lab") };
    QList<int> widths { 19, 12, 19, 23, 9, 18 };
    QList<int> wrapping { 5 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 18, 11, 17, 20, 8, 12, 14 };
        wrapping = { 2, 3, 5, 6 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::symptomsHtml() const
{
    QString h = section(tr("Symptoms"));
    if (m_data.symptoms.isEmpty())
        return h + emptyNote(tr("No symptoms logged in this period."));
    QList<QStringList> rows;
    for (const SymptomRecord &s : m_data.symptoms) {
        const SymptomCode code = s.entry.code;
        const QString kind = symptoms::isRedFlag(code) ? flag(tr("⚠ Red flag: call now"), kAlert)
            : symptoms::isInfectionSymptom(code)       ? flag(tr("Sign of infection"), kAmber)
                                                       : QString();
        QStringList row { escape(timeText(s.entry.time)), escape(symptoms::displayName(code)), kind };
        if (m_includeNotes)
            row << escape(s.note);
        rows << row;
    }
    QStringList headers { tr("Time"), tr("Symptom"), tr("Kind") };
    QList<int> widths { 19, 48, 33 };
    QList<int> wrapping { 1 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 18, 32, 22, 28 };
        wrapping = { 1, 3 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::treatmentsHtml() const
{
    QString h = section(tr("Treatments"),
        tr("In this period and the %n days before it.", nullptr,
            m_data.settings.protocol.treatmentWindowDays));
    if (m_data.treatments.isEmpty())
        return h + emptyNote(tr("No treatments on record for this period."));
    QList<QStringList> rows;
    for (const TreatmentRecord &t : m_data.treatments) {
        QStringList row { escape(dateText(t.treatment.date)),
            escape(treatments::displayName(t.treatment.kind)), escape(t.regimen) };
        if (m_includeNotes)
            row << escape(t.note);
        rows << row;
    }
    QStringList headers { tr("Date"), tr("Treatment"), tr("Regimen") };
    QList<int> widths { 19, 33, 48 };
    QList<int> wrapping { 1, 2 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 16, 26, 32, 26 };
        wrapping = { 1, 2, 3 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::alertsHtml() const
{
    QString h = section(tr("Alerts"),
        tr("Each “call your care team” alert from when it began, whether or not anyone said what happened."));
    if (m_data.alerts.isEmpty())
        return h + emptyNote(tr("No alerts in this period."));
    QList<QStringList> rows;
    for (const AlertRecord &a : m_data.alerts) {
        QStringList reasons;
        for (const QString &code : a.reasonCodes)
            reasons << reasonLabel(code);
        const QString level = a.level == Level::CallNow ? flag(tr("⚠ Call now"), kAlert)
            : a.level == Level::CallToday               ? flag(tr("☎ Call today"), kAmber)
                                                        : escape(levels::title(a.level));
        // Only contact answers an alert: "could not reach" is flagged like no answer at all.
        const QString outcomeWords = alertepisodes::outcomeText(a.outcome);
        const QString outcome = !a.outcome              ? flag(outcomeWords, kAlert)
            : *a.outcome == AlertOutcome::CouldNotReach ? flag(outcomeWords, kAmber)
                                                        : escape(outcomeWords);
        // When the outcome was logged goes under it: the time a person answered, never a "confirmed".
        const QString logged = a.acknowledgedAt
            ? QStringLiteral("<br><span style=\"font-size:8pt; color:%1\">%2</span>")
                  .arg(css(kMuted), escape(tr("logged %1").arg(timeText(*a.acknowledgedAt))))
            : QString();
        QStringList row { escape(timeText(a.raisedAt)), level, escape(reasons.join(QStringLiteral(", "))),
            escape(alertepisodes::protocolName(a.protocolId, m_data.settings.protocol)), outcome + logged };
        if (m_includeNotes)
            row << escape(a.note);
        rows << row;
    }
    QStringList headers { tr("Raised"), tr("Level"), tr("Why"), tr("Protocol"), tr("Outcome") };
    QList<int> widths { 18, 13, 20, 19, 30 };
    QList<int> wrapping { 2, 3, 4 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 15, 12, 16, 15, 22, 20 };
        wrapping = { 0, 2, 3, 4, 5 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::antipyreticsHtml() const
{
    QString h = section(tr("Painkiller doses"),
        tr("A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.",
            nullptr, kMaskingHours));
    const QDateTime start(m_data.from, QTime(0, 0));
    QList<QStringList> rows;
    for (const AntipyreticRecord &a : m_data.antipyretics) {
        if (a.dose.time < start) // loaded only to flag the first readings of the period
            continue;
        QStringList row { escape(timeText(a.dose.time)), escape(antipyretics::displayName(a.dose.drug)) };
        if (m_includeNotes)
            row << escape(a.note);
        rows << row;
    }
    if (rows.isEmpty())
        return h + emptyNote(tr("No painkiller doses logged in this period."));
    QStringList headers { tr("Time"), tr("Medicine") };
    QList<int> widths { 19, 81 };
    QList<int> wrapping { 1 };
    if (m_includeNotes) {
        headers << tr("Note");
        widths = { 19, 40, 41 };
        wrapping = { 1, 2 };
    }
    return h + table(headers, rows, widths, wrapping);
}

QString PatientReport::checklistHtml() const
{
    const int days = int(m_data.from.daysTo(m_data.to)) + 1;
    QString h = section(tr("Precautions checklist"),
        tr("Items ticked each day out of the %1 on the daily checklist.").arg(m_data.checklistItems));
    if (m_data.checklistItems == 0 || m_data.checklistTicks.isEmpty())
        return h + emptyNote(tr("No checklist ticks in this period."));

    // One row a week: short enough for long ranges, fine enough to see a bad week.
    QList<QStringList> rows;
    int totalTicks = 0;
    for (QDate weekStart = m_data.from; weekStart <= m_data.to; weekStart = weekStart.addDays(7)) {
        const QDate weekEnd = std::min(weekStart.addDays(6), m_data.to);
        int ticks = 0;
        int daysTicked = 0;
        for (QDate d = weekStart; d <= weekEnd; d = d.addDays(1)) {
            const int n = std::min(m_data.checklistTicks.value(d), m_data.checklistItems);
            ticks += n;
            daysTicked += n > 0 ? 1 : 0;
        }
        totalTicks += ticks;
        const int weekDays = int(weekStart.daysTo(weekEnd)) + 1;
        const int percent = qRound(100.0 * ticks / (weekDays * m_data.checklistItems));
        rows << QStringList { escape(tr("%1 – %2").arg(dateText(weekStart), dateText(weekEnd))),
            escape(tr("%1 of %2").arg(daysTicked).arg(weekDays)),
            escape(tr("%1 of %2").arg(ticks).arg(weekDays * m_data.checklistItems)),
            QStringLiteral("<b>%1</b>").arg(escape(tr("%1%").arg(percent))) };
    }
    const int overall = qRound(100.0 * totalTicks / (days * m_data.checklistItems));
    h += QStringLiteral("<p style=\"font-size:10pt; margin-bottom:5px\">%1</p>")
             .arg(tr("Overall: <b>%1%</b> of the daily precautions ticked.").arg(overall));
    return h
        + table({ tr("Week"), tr("Days with ticks"), tr("Items ticked"), tr("Adherence") }, rows,
            { 34, 22, 22, 22 });
}

QString PatientReport::html() const
{
    QString h;
    h += QStringLiteral("<p style=\"font-size:20pt; font-weight:bold; margin-bottom:0\">%1</p>")
             .arg(escape(title()));
    QStringList facts { tr("%1 to %2").arg(longDate(m_data.from), longDate(m_data.to)) };
    if (m_data.patient.birthYear)
        facts << tr("born %1").arg(*m_data.patient.birthYear);
    facts << tr("temperatures in %1").arg(units::temperatureUnitSymbol(m_data.settings.displayUnit));
    h += QStringLiteral("<p style=\"font-size:10.5pt; color:%1; margin-top:2px; margin-bottom:10px\">%2</p>")
             .arg(css(kMuted), escape(facts.join(QStringLiteral("  ·  "))));
    h += statusHtml();
    h += summaryHtml();
    // The short tables a clinician scans first, on page 1 with the status: the alerts and the
    // painkillers that can hide a fever.
    h += alertsHtml();
    h += antipyreticsHtml();
    // The charts carry their own titles, so no heading can be left behind when one moves to the
    // next page whole. An empty period has nothing to draw; its tables say so in words.
    if (hasCharts()) {
        for (const char *marker : { kTemperatureChartMarker, kAncChartMarker })
            h += QStringLiteral("<p style=\"margin-top:10px\">%1</p>").arg(QLatin1String(marker));
    }
    // Then the other tables, the long list of readings last but one.
    h += treatmentsHtml();
    h += countsHtml();
    h += symptomsHtml();
    h += temperaturesHtml();
    h += checklistHtml();
    h += QStringLiteral("<p style=\"font-size:8.5pt; color:%1; margin-top:14px\">%2</p>")
             .arg(css(kMuted),
                 escape(m_includeNotes ? tr("Private notes are included at the patient's choice.")
                                       : tr("Private notes are not included.")));
    return h;
}

bool PatientReport::print(QPagedPaintDevice &device) const
{
    QTextDocument document;
    setUp(document, 9.5);
    document.setHtml(html());
    readInOrder(document);
    ReportCharts charts(m_data.chartData, m_data.chartRange);
    if (hasCharts()) {
        for (const auto &[marker, part] :
            { std::pair { kTemperatureChartMarker, ReportCharts::Part::Temperature },
                std::pair { kAncChartMarker, ReportCharts::Part::Anc } }) {
            QTextCursor cursor = document.find(QLatin1String(marker));
            if (!cursor.isNull())
                charts.insert(cursor, part);
        }
    }
    PageFrame frame = PageFrame::fromSettings(m_data.settings, title());
    frame.footerNotes << WhenToCallSheet::protocolLine(m_data.settings.protocol);
    // A long status can leave too little of page 1 for the temperature chart: it takes what is
    // there rather than leave it empty.
    if (hasCharts())
        charts.fitTemperatureChart(document, frame.layOut(document, device));
    return frame.paint(document, device) > 0;
}

} // namespace nc

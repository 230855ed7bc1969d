#include "contentfill.h"

#include "clinical/assessment.h"
#include "clinical/bidi.h"
#include "clinical/grading.h"
#include "clinical/protocol.h"
#include "clinical/thresholdtext.h"
#include "storage/records.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace nc::content {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nc::content::Fill)
};

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString perLitre(double cellsPerMicrolitre)
{
    return QLocale().toString(
        cellsPerMicrolitre / units::cellsPerMicrolitreFactor(CountUnit::GigaPerLitre), 'f', 1);
}

// The severity classes of CLINICAL.md §2, from nc::grading, as a Markdown table.
QString severityTable()
{
    using namespace grading;
    const QString giga = units::countUnitSymbol(CountUnit::GigaPerLitre);
    QString md = QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                     .arg(Tr::tr("Level"), Tr::tr("Neutrophils per µL"), Tr::tr("In %1").arg(giga));
    const auto row = [&](Severity s, const QString &cells, const QString &si) {
        md += QStringLiteral("| %1 | %2 | %3 |\n").arg(severityName(s), cells, si);
    };
    row(Severity::Normal, Tr::tr("%1 or more").arg(number(kNormalFloor)),
        Tr::tr("%1 or more").arg(perLitre(kNormalFloor)));
    const auto band = [&](Severity s, double from, double to) {
        row(s, Tr::tr("%1 to under %2").arg(number(from), number(to)),
            Tr::tr("%1 to under %2").arg(perLitre(from), perLitre(to)));
    };
    band(Severity::Mild, kMildFloor, kNormalFloor);
    band(Severity::Moderate, kModerateFloor, kMildFloor);
    band(Severity::Severe, kSevereFloor, kModerateFloor);
    row(Severity::Profound, Tr::tr("under %1").arg(number(kSevereFloor)),
        Tr::tr("under %1").arg(perLitre(kSevereFloor)));
    return md;
}

QHash<QString, QString> values(const PatientSettings &settings)
{
    const Protocol &p = settings.protocol;
    const TemperatureUnit unit = settings.displayUnit;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("single_threshold"),
        TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, unit).phrase());
    if (p.sustained) {
        const QString threshold
            = TemperatureTrigger::high(p.sustained->thresholdC, p.sustained->inclusive, unit).phrase();
        v.insert(QStringLiteral("sustained_threshold"), threshold);
        v.insert(QStringLiteral("sustained_minutes"), number(p.sustained->minutes));
        v.insert(QStringLiteral("sustained_rule"),
            Tr::tr("%1 for %2 minutes or more").arg(threshold, number(p.sustained->minutes)));
    } else {
        v.insert(QStringLiteral("sustained_threshold"), QString());
        v.insert(QStringLiteral("sustained_minutes"), QString());
        v.insert(QStringLiteral("sustained_rule"), QString());
    }
    v.insert(QStringLiteral("low_threshold"),
        p.low ? TemperatureTrigger::low(p.low->thresholdC, unit).phrase() : QString());
    v.insert(QStringLiteral("watch_threshold"),
        p.watchApplies() ? TemperatureTrigger::high(p.watchC, true, unit).phrase() : QString());
    v.insert(QStringLiteral("recheck_minutes"), number(p.recheckMinutes));
    v.insert(QStringLiteral("protocol_name"), escapeMarkdown(p.displayName()));
    v.insert(QStringLiteral("protocol_source"), escapeMarkdown(Protocol::presetSource(p.id)));
    v.insert(QStringLiteral("clinic_name"), escapeMarkdown(settings.clinicName.trimmed()));
    v.insert(QStringLiteral("in_hours_number"),
        bidi::leftToRight(escapeMarkdown(settings.inHoursNumber.trimmed())));
    v.insert(QStringLiteral("out_of_hours_number"),
        bidi::leftToRight(escapeMarkdown(settings.outOfHoursNumber.trimmed())));
    v.insert(QStringLiteral("nadir_start_day"), number(p.nadirStartDay));
    v.insert(QStringLiteral("nadir_end_day"), number(p.nadirEndDay));
    v.insert(QStringLiteral("fn_anc"), number(p.fnAnc));
    v.insert(QStringLiteral("fn_expected_anc"), number(kExpectedToFallAnc));
    v.insert(QStringLiteral("masking_hours"), number(kMaskingHours));
    v.insert(QStringLiteral("anc_severity_table"), severityTable());
    v.insert(QStringLiteral("unit"), units::temperatureUnitSymbol(unit));
    return v;
}

} // namespace

QStringList placeholderNames()
{
    QStringList names = values(PatientSettings {}).keys();
    names.sort();
    return names;
}

QString fill(const QString &markdown, const PatientSettings &settings)
{
    const QHash<QString, QString> v = values(settings);

    // Sections first, innermost first, so a section can hold values and other sections.
    static const QRegularExpression section(
        QStringLiteral("\\{\\{([#^])([a-z_]+)\\}\\}((?:(?!\\{\\{[#^]).)*?)\\{\\{/\\2\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out = markdown;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch m = section.match(out, from);
        if (!m.hasMatch())
            break;
        const QString name = m.captured(2);
        if (!v.contains(name)) {
            from = m.capturedStart() + 1; // unknown: left in place so checks find it
            continue;
        }
        const bool set = !v.value(name).isEmpty();
        const bool keep = (m.captured(1) == QLatin1String("#")) == set;
        out.replace(m.capturedStart(), m.capturedLength(), keep ? m.captured(3) : QString());
        from = 0;
    }

    static const QRegularExpression value(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString filled;
    qsizetype last = 0;
    for (auto it = value.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        filled += out.mid(last, m.capturedStart() - last);
        filled += v.contains(m.captured(1)) ? v.value(m.captured(1)) : m.captured(0);
        last = m.capturedEnd();
    }
    filled += out.mid(last);
    return filled;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPunct())
            out += QLatin1Char('\\');
        else if (c.unicode() < 128 && c.isSymbol())
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

} // namespace nc::content

#include "assessment.h"

#include "thresholdtext.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace nc {

namespace {

// A class's tr(), not a free function: lupdate files a free tr() under whichever namespace or
// class calls it, which is not this context, so its texts would never be translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::Assessment)
};

struct Reading
{
    const TemperatureReading *source;
    QDateTime time;
    double celsius;
    MeasurementSite site;
    bool masked;
};

// A threshold as the engine applies it: "meets" means at/above (or below, for the low rule).
struct Rule
{
    double thresholdC;
    bool inclusive;
    bool meets(double celsius) const { return units::meetsThreshold(celsius, thresholdC, inclusive); }
};

// For each threshold, a masked reading is skipped unless it meets that threshold: it can raise a
// level but never lower one (it neither becomes the latest reading nor breaks a run).
QList<const Reading *> visibleFor(const QList<Reading> &readings, const Rule &rule)
{
    QList<const Reading *> visible;
    visible.reserve(readings.size());
    for (const auto &r : readings) {
        if (!r.masked || rule.meets(r.celsius))
            visible.append(&r);
    }
    return visible;
}

// The first reading of the unbroken run of readings meeting `rule` that ends with the latest
// visible reading, or null when the latest does not meet it.
const Reading *runStartAtLatest(const QList<const Reading *> &visible, const Rule &rule)
{
    const Reading *start = nullptr;
    for (auto it = visible.rbegin(); it != visible.rend() && rule.meets((*it)->celsius); ++it)
        start = *it;
    return start;
}

bool sustainedFever(const QList<const Reading *> &visible, const Rule &rule, int minutes)
{
    const qint64 spanMs = qint64(minutes) * 60'000;
    const Reading *runStart = nullptr;
    for (const Reading *r : visible) {
        if (!rule.meets(r->celsius)) {
            runStart = nullptr;
            continue;
        }
        if (!runStart)
            runStart = r;
        if (runStart->time.msecsTo(r->time) >= spanMs)
            return true;
    }
    return false;
}

std::optional<BloodCount> latestResult(const QList<BloodCount> &counts, const QDateTime &now)
{
    // Results in the same minute are one draw: a measured ANC beats a derived one, then the lowest
    // ANC wins (the cautious choice).
    auto minuteOf = [](const QDateTime &t) { return t.toMSecsSinceEpoch() / 60'000; };
    const BloodCount *best = nullptr;
    for (const auto &c : counts) {
        if (!c.time().isValid() || c.time() > now)
            continue;
        if (!best) {
            best = &c;
            continue;
        }
        const qint64 cm = minuteOf(c.time());
        const qint64 bm = minuteOf(best->time());
        if (cm != bm) {
            if (cm > bm)
                best = &c;
            continue;
        }
        const bool cMeasured = c.provenance() == AncProvenance::Measured;
        const bool bMeasured = best->provenance() == AncProvenance::Measured;
        if (cMeasured != bMeasured) {
            if (cMeasured)
                best = &c;
        } else if (c.anc() < best->anc()) {
            best = &c;
        }
    }
    return best ? std::optional<BloodCount>(*best) : std::nullopt;
}

class Builder
{
public:
    explicit Builder(Assessment &a)
        : m_a(a)
    { }

    void raise(Level level) { m_a.level = std::max(m_a.level, level); }
    void reason(Finding code, const QString &message) { add(m_a.reasons, code, message); }
    void note(Finding code, const QString &message) { add(m_a.notes, code, message); }

private:
    static void add(QList<FindingMessage> &list, Finding code, const QString &message)
    {
        const bool present = std::any_of(
            list.begin(), list.end(), [code](const FindingMessage &f) { return f.code == code; });
        if (!present)
            list.append({ code, message });
    }
    Assessment &m_a;
};

// A reading in the display unit, with the value as typed in brackets when it was typed in the
// other unit: "38.4 °C (typed as 101.1 °F)".
QString formatReading(const Temperature &t, TemperatureUnit unit)
{
    const QString shown = Temperature::format(t.celsius(), unit);
    if (t.enteredUnit() == unit)
        return shown;
    return Text::tr("%1 (typed as %2)").arg(shown, Temperature::format(t.celsius(), t.enteredUnit()));
}

QString timeOf(const QDateTime &time, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime t = time.toOffsetFromUtc(now.offsetFromUtc());
    const QString clock = locale.toString(t.time(), QLocale::ShortFormat);
    return t.date() == now.toOffsetFromUtc(now.offsetFromUtc()).date()
        ? clock
        : Text::tr("%1 on %2").arg(clock, locale.toString(t.date(), QLocale::ShortFormat));
}

// The latest logged dose in the masking window before `time`.
std::optional<AntipyreticDose> doseBefore(const QDateTime &time, const QList<AntipyreticDose> &doses)
{
    const qint64 windowMs = qint64(kMaskingHours) * 3'600'000;
    std::optional<AntipyreticDose> latest;
    for (const auto &dose : doses) {
        const qint64 sinceDose = dose.time.msecsTo(time);
        if (dose.time.isValid() && sinceDose > 0 && sinceDose <= windowMs
            && (!latest || dose.time > latest->time))
            latest = dose;
    }
    return latest;
}

// The most extreme reading of `candidates` that meets `rule`: the highest (or, for `lowest`, the
// lowest); among equal values the latest.
const Reading *extremeMeeting(
    const QList<const Reading *> &candidates, const std::function<bool(double)> &rule, bool lowest = false)
{
    const Reading *best = nullptr;
    for (const Reading *r : candidates) {
        if (!rule(r->celsius))
            continue;
        if (!best || (lowest ? r->celsius <= best->celsius : r->celsius >= best->celsius))
            best = r;
    }
    return best;
}

// CLINICAL.md §4, note `gcsf_timing`: a pegfilgrastim dose P with D − 13 ≤ P ≤ D for a
// chemotherapy dose D in the treatment window, both on or before today.
bool pegfilgrastimTooClose(const QList<Treatment> &treatments, const QDate &today, const Protocol &p)
{
    const QList<Treatment> chemo = nadir::dosesInTreatmentWindow(treatments, today, p);
    return std::any_of(treatments.begin(), treatments.end(), [&](const Treatment &peg) {
        if (peg.kind != TreatmentKind::Pegfilgrastim || !peg.date.isValid() || peg.date > today)
            return false;
        return std::any_of(chemo.begin(), chemo.end(), [&](const Treatment &dose) {
            const qint64 daysBefore = peg.date.daysTo(dose.date);
            return daysBefore >= 0 && daysBefore <= kPegfilgrastimGapDays;
        });
    });
}

} // namespace

// Spelt out rather than "%n hour(s)": the engine also runs where no translation is installed
// (the CLI's JSON, the core's tests), and English must read right there.
QString hoursText(int hours)
{
    return hours == 1 ? Text::tr("1 hour") : Text::tr("%1 hours").arg(hours);
}

QString maskingHoursText()
{
    return hoursText(kMaskingHours);
}

bool isMasked(const TemperatureReading &reading, const QList<AntipyreticDose> &doses)
{
    return reading.antipyreticReported || doseBefore(reading.time, doses).has_value();
}

bool Assessment::hasReason(Finding code) const
{
    return std::any_of(
        reasons.begin(), reasons.end(), [code](const FindingMessage &f) { return f.code == code; });
}

bool Assessment::hasNote(Finding code) const
{
    return std::any_of(
        notes.begin(), notes.end(), [code](const FindingMessage &f) { return f.code == code; });
}

Assessment assess(const AssessmentInput &in)
{
    const QDateTime &now = in.now;
    const Protocol &p = in.protocol;
    const int offset = now.offsetFromUtc();
    const QDate today = now.toOffsetFromUtc(offset).date();
    const QLocale locale;

    Assessment a;
    a.protocolId = p.id;
    a.readingGapHours = p.readingGapHours;
    Builder out(a);

    // An acknowledgement after `now` is ignored.
    std::optional<QDateTime> ack;
    if (in.acknowledgedAt && in.acknowledgedAt->isValid() && *in.acknowledgedAt <= now)
        ack = in.acknowledgedAt;
    const QDateTime lookbackStart = now.addSecs(-qint64(p.lookbackHours) * 3600);
    auto counted = [&](const QDateTime &t) {
        return t.isValid() && t > lookbackStart && t <= now && (!ack || t > *ack);
    };

    // --- temperatures -------------------------------------------------------------------------
    QList<Reading> readings;
    for (const auto &r : in.temperatures) {
        if (counted(r.time)) {
            readings.append(
                { &r, r.time, r.temperature.celsius(), r.temperature.site(), isMasked(r, in.antipyretics) });
        }
    }
    // Equal times: highest value last, so the cautious reading is the "latest".
    std::sort(readings.begin(), readings.end(), [](const Reading &x, const Reading &y) {
        return x.time != y.time ? x.time < y.time : x.celsius < y.celsius;
    });
    QList<const Reading *> allReadings;
    for (const auto &r : readings)
        allReadings.append(&r);
    // Every message shows one unit: the display unit, else the unit of the newest reading.
    const TemperatureUnit shownUnit = in.displayUnit.value_or(
        readings.isEmpty() ? TemperatureUnit::Celsius : readings.last().source->temperature.enteredUnit());
    auto shown = [&](const Reading &r) { return formatReading(r.source->temperature, shownUnit); };

    const Rule single { p.single.thresholdC, p.single.inclusive };
    const std::optional<Rule> sustained = p.sustained
        ? std::optional<Rule>(Rule { p.sustained->thresholdC, p.sustained->inclusive })
        : std::nullopt;
    const std::optional<Rule> watch
        = p.watchApplies() ? std::optional<Rule>(Rule { p.watchC, true }) : std::nullopt;
    auto belowLow = [&](double c) { return p.low && units::belowThreshold(c, p.low->thresholdC); };

    const QString maskedText = Text::tr(
        "A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may "
        "read lower than your real temperature and can never clear an alert. If you feel hot, shivery or "
        "unwell, call even if the thermometer reads normal: the medicine can hide a fever.")
                                   .arg(maskingHoursText());

    // The fever limit as the person reads it: the first value that triggers, in the shown unit.
    const QString singlePhrase
        = TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, shownUnit).phrase();
    // The reading each temperature reason names (CLINICAL.md §6): the one that triggered it.
    const Reading *singleReading = extremeMeeting(allReadings, [&](double c) { return single.meets(c); });
    const Reading *lowReading = extremeMeeting(allReadings, belowLow, true);
    bool feverFired = false;
    if (singleReading) {
        feverFired = true;
        out.raise(Level::CallNow);
        out.reason(Finding::FeverSingle,
            Text::tr("Your temperature of %1 at %2 reached your clinic's fever limit (%3).")
                .arg(shown(*singleReading), timeOf(singleReading->time, now), singlePhrase));
    }
    if (lowReading) {
        out.raise(Level::CallNow);
        out.reason(Finding::LowTemperature,
            Text::tr("Your temperature of %1 at %2 is at your clinic's low limit (%3). A low temperature can "
                     "also be a sign of a serious infection.")
                .arg(shown(*lowReading), timeOf(lowReading->time, now),
                    TemperatureTrigger::low(p.low->thresholdC, shownUnit).phrase()));
    }
    for (const auto &r : readings) {
        if (r.masked)
            out.reason(Finding::MayBeMasked, maskedText);
        if (sites::mayReadLow(r.site)) {
            out.note(Finding::SiteMayReadLow,
                Text::tr(
                    "Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the "
                    "mouth. If you feel unwell, call even if the number looks normal."));
        }
        if (r.site == MeasurementSite::Rectal) {
            out.note(Finding::RectalSite,
                Text::tr(
                    "Please avoid taking your temperature in the bottom (rectally) while your blood count "
                    "may be low: it can cause infection or bleeding."));
        }
    }

    QList<const Reading *> sustainedView;
    const Reading *sustainedReading = nullptr;
    if (sustained) {
        sustainedView = visibleFor(readings, *sustained);
        if (sustainedFever(sustainedView, *sustained, p.sustained->minutes)) {
            feverFired = true;
            sustainedReading = extremeMeeting(sustainedView, [&](double c) { return sustained->meets(c); });
            out.raise(Level::CallNow);
            out.reason(Finding::FeverSustained,
                Text::tr("Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).")
                    .arg(TemperatureTrigger::high(p.sustained->thresholdC, p.sustained->inclusive, shownUnit)
                             .phrase(),
                        triggers::duration(p.sustained->minutes), shown(*sustainedReading),
                        timeOf(sustainedReading->time, now)));
        }
    }

    // --- symptoms -----------------------------------------------------------------------------
    QList<SymptomCode> infectionSymptoms;
    for (const auto &s : in.symptoms) {
        if (!counted(s.time))
            continue;
        if (symptoms::isRedFlag(s.code)) {
            out.raise(Level::CallNow);
            out.reason(Finding::RedFlagSymptom,
                Text::tr("You reported \"%1\". This needs a call to your care team straight away.")
                    .arg(symptoms::displayName(s.code)));
        } else if (!infectionSymptoms.contains(s.code)) {
            infectionSymptoms.append(s.code);
        }
    }

    // --- labs ---------------------------------------------------------------------------------
    const std::optional<BloodCount> lab = latestResult(in.counts, now);
    bool labStale = true;
    if (lab) {
        labStale = grading::isStale(lab->time(), now, p.staleDays);
        const auto baseline = grading::severityWithBaseline(lab->anc(), in.baselineAnc);
        AncSummary s;
        s.value = lab->anc();
        s.time = lab->time().toOffsetFromUtc(offset);
        s.ageHours = grading::ageHours(lab->time(), now);
        s.stale = labStale;
        s.provenance = lab->provenance();
        s.severity = baseline.severity;
        s.atBaseline = baseline.atBaseline;
        s.ctcaeV5 = grading::ctcaeV5(lab->anc(), p.llnAnc);
        s.ctcaeV6 = grading::ctcaeV6(lab->anc());
        a.anc = s;
        if (s.atBaseline) {
            out.note(Finding::AtUsualLevel,
                Text::tr("Your neutrophil count is at your usual level, as your clinic recorded it."));
        }
    }
    const bool severeNeutropenia = lab && !labStale && lab->anc() < p.fnAnc;

    // --- amber signs --------------------------------------------------------------------------
    bool borderline = false;
    std::optional<QDateTime> borderlineRecheck;
    const Reading *borderlineReading = nullptr;
    if (!feverFired) {
        const Reading *runStart = sustained ? runStartAtLatest(sustainedView, *sustained) : nullptr;
        if (runStart) {
            borderline = true;
            borderlineRecheck = runStart->time.addSecs(qint64(p.sustained->minutes) * 60);
            borderlineReading = extremeMeeting(sustainedView, [&](double c) { return sustained->meets(c); });
        } else if (watch) {
            const QList<const Reading *> watchView = visibleFor(readings, *watch);
            if (!watchView.isEmpty() && watch->meets(watchView.last()->celsius)) {
                borderline = true;
                borderlineRecheck = watchView.last()->time.addSecs(qint64(p.recheckMinutes) * 60);
                borderlineReading = extremeMeeting(watchView, [&](double c) { return watch->meets(c); });
            }
        }
    }

    int ambers = int(infectionSymptoms.size()) + (borderline ? 1 : 0) + (severeNeutropenia ? 1 : 0);
    if (!infectionSymptoms.isEmpty()) {
        QStringList names;
        for (auto code : infectionSymptoms)
            names.append(symptoms::displayName(code));
        out.raise(Level::CallToday);
        out.reason(Finding::InfectionSymptom,
            Text::tr("You reported a possible sign of infection: %1. Call your care team today.")
                .arg(locale.createSeparatedList(names)));
    }
    if (borderline) {
        out.raise(Level::Recheck);
        out.reason(Finding::BorderlineTemperature,
            Text::tr("Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it "
                     "again soon.")
                .arg(shown(*borderlineReading), timeOf(borderlineReading->time, now), singlePhrase));
    }
    if (severeNeutropenia) {
        out.raise(Level::Caution);
        out.reason(Finding::SevereNeutropenia,
            Text::tr("Your last blood count shows very few neutrophils (%1/µL): you can catch infections "
                     "easily. Take extra care and check your temperature often.")
                .arg(locale.toString(lab->anc(), 'f', 0)));
    }
    if (ambers >= 2) {
        // UKONS: two or more ambers together are a red.
        out.raise(Level::CallNow);
        out.reason(Finding::MultipleAmber,
            Text::tr("Two or more warning signs together need a call to your care team now."));
    }

    // --- after an acknowledgement -------------------------------------------------------------
    std::optional<QDateTime> ackRecheck;
    if (ack) {
        const qint64 sinceAck = ack->msecsTo(now);
        if (sinceAck >= 0 && sinceAck <= qint64(kAcknowledgementHours) * 3'600'000) {
            out.raise(Level::Caution);
            out.reason(Finding::RecentlyContacted,
                Text::tr("You contacted your care team: follow the advice they gave you."));
        }
        // Readings before the acknowledgement are not counted, so `readings` holds only later ones;
        // a masked reading that meets no threshold says nothing new and does not count here.
        const bool freshReading = std::any_of(readings.begin(), readings.end(), [&](const Reading &r) {
            const bool meetsAny = single.meets(r.celsius) || (sustained && sustained->meets(r.celsius))
                || (watch && watch->meets(r.celsius)) || belowLow(r.celsius);
            return !r.masked || meetsAny;
        });
        if (!freshReading) {
            out.raise(Level::Recheck);
            out.reason(Finding::RecentlyContacted,
                Text::tr("You contacted your care team: follow the advice they gave you."));
            ackRecheck = ack->addSecs(qint64(p.recheckMinutes) * 60);
        }
    }

    // --- treatment timing ---------------------------------------------------------------------
    a.nadirWindow = nadir::currentWindow(in.treatments, today, p);
    if (a.nadirWindow && a.nadirWindow->active) {
        out.raise(Level::Caution);
        out.reason(Finding::NadirWindow,
            Text::tr(
                "You are in the days after chemotherapy when your blood count is expected to be lowest "
                "(day %1). This is a prediction, not a blood count: check your temperature at least twice "
                "a day and whenever you feel unwell.")
                .arg(a.nadirWindow->day));
    }
    if (a.nadirWindow && a.nadirWindow->gcsf) {
        out.note(Finding::GcsfWindow,
            Text::tr("You had a G-CSF injection this cycle: the low-count days may be shorter."));
    }
    if (pegfilgrastimTooClose(in.treatments, today, p)) {
        out.note(Finding::GcsfTiming,
            Text::tr(
                "Your pegfilgrastim injection is dated on a day of chemotherapy or in the %1 days before "
                "one. It is usually given at least a day after chemotherapy: please check the dates with "
                "your care team.")
                .arg(kPegfilgrastimGapDays));
    }

    // --- no recent reading (note) -------------------------------------------------------------
    const QDateTime gapStart = now.addSecs(-qint64(p.readingGapHours) * 3600);
    const bool recentReading = std::any_of(in.temperatures.begin(), in.temperatures.end(),
        [&](const auto &r) { return r.time.isValid() && r.time > gapStart && r.time <= now; });
    if (!recentReading) {
        out.note(Finding::NoRecentReading,
            Text::tr("No temperature logged in the last %1. Take your temperature now, and whenever you feel "
                     "unwell.")
                .arg(hoursText(p.readingGapHours)));
    }

    // --- 6b: masked newest reading ------------------------------------------------------------
    // A normal number taken under a fever medicine can hide a fever: never "no warning signs".
    std::optional<QDateTime> maskedRecheck;
    if (!readings.isEmpty() && readings.last().masked) {
        out.raise(Level::Recheck);
        out.reason(Finding::MayBeMasked, maskedText);
        // Due when the latest dose stops masking; with only a ticked "I took one" and no dose
        // logged, the dose came before the reading, so masking ends by the reading + 6 h.
        std::optional<QDateTime> latestDose;
        for (const auto &dose : in.antipyretics) {
            if (dose.time.isValid() && dose.time <= now && (!latestDose || dose.time > *latestDose))
                latestDose = dose.time;
        }
        const QDateTime maskedFrom = latestDose ? *latestDose : readings.last().time;
        maskedRecheck = maskedFrom.addSecs(qint64(kMaskingHours) * 3600);
    }

    // --- febrile neutropenia ------------------------------------------------------------------
    if (feverFired) {
        const bool chemoInWindow = !nadir::dosesInTreatmentWindow(in.treatments, today, p).isEmpty();
        if (lab && !labStale
            && (lab->anc() < p.fnAnc
                || (lab->anc() < kExpectedToFallAnc
                    && nadir::insideAnyWindow(
                        in.treatments, lab->time().toOffsetFromUtc(offset).date(), today, p)))) {
            a.febrileNeutropenia = FebrileNeutropenia::Likely;
        } else if (!lab || labStale || chemoInWindow) {
            a.febrileNeutropenia = FebrileNeutropenia::Possible;
        } else {
            a.febrileNeutropenia = FebrileNeutropenia::NotIndicated;
        }
    }

    // --- recheck ------------------------------------------------------------------------------
    if (a.level == Level::Recheck) {
        // When several rules give a time, the earliest wins.
        std::optional<QDateTime> due;
        for (const auto &candidate :
            { borderline ? borderlineRecheck : std::nullopt, maskedRecheck, ackRecheck }) {
            if (candidate && (!due || *candidate < *due))
                due = candidate;
        }
        if (due) {
            a.recheckBy = due->toOffsetFromUtc(offset);
            a.recheckOverdue = now > *due;
        }
    }

    // --- the reading messages quote -----------------------------------------------------------
    const Reading *quoted = singleReading ? singleReading
        : sustainedReading                ? sustainedReading
        : lowReading                      ? lowReading
                                          : borderlineReading;
    const bool triggered = quoted != nullptr;
    if (!quoted && !readings.isEmpty())
        quoted = &readings.last();
    if (quoted) {
        QuotedReading q;
        q.time = quoted->time.toOffsetFromUtc(offset);
        q.temperature = quoted->source->temperature;
        q.triggered = triggered;
        q.doseBefore = doseBefore(quoted->time, in.antipyretics);
        q.doseReported = quoted->source->antipyreticReported;
        a.quotedReading = q;
    }
    return a;
}

namespace levels {

namespace {
constexpr CodeRow<Level> kLevelRows[] = {
    { Level::Ok, "ok", QT_TRANSLATE_NOOP("nc::Assessment", "No warning signs right now") },
    { Level::Caution, "caution", QT_TRANSLATE_NOOP("nc::Assessment", "Take extra care") },
    { Level::Recheck, "recheck", QT_TRANSLATE_NOOP("nc::Assessment", "Take your temperature again soon") },
    { Level::CallToday, "call_today", QT_TRANSLATE_NOOP("nc::Assessment", "Call your care team today") },
    { Level::CallNow, "call_now",
        QT_TRANSLATE_NOOP("nc::Assessment", "Fever or warning sign — call your care team now") },
};
constexpr CodeTable<Level> kLevels("nc::Assessment", kLevelRows);
} // namespace

const CodeTable<Level> &table()
{
    return kLevels;
}

QString code(Level level)
{
    return kLevels.code(level);
}

std::optional<Level> fromCode(const QString &value)
{
    return kLevels.fromCode(value);
}

QString title(Level level)
{
    return kLevels.label(level);
}

QString headline(const Assessment &a)
{
    if (a.level == Level::Ok && a.hasNote(Finding::NoRecentReading))
        return Text::tr("Take your temperature — none logged in the last %1")
            .arg(hoursText(a.readingGapHours));
    // Past its time a recheck is no longer "soon": the title says it is due now.
    if (a.level == Level::Recheck && a.recheckOverdue)
        return Text::tr("Take your temperature now");
    return title(a.level);
}

} // namespace levels

namespace findings {

namespace {
constexpr CodeRow<Finding, FindingRole> kFindingRows[] = {
    { Finding::FeverSingle, "fever_single" },
    { Finding::FeverSustained, "fever_sustained" },
    { Finding::LowTemperature, "low_temperature" },
    { Finding::RedFlagSymptom, "red_flag_symptom" },
    { Finding::InfectionSymptom, "infection_symptom" },
    { Finding::BorderlineTemperature, "borderline_temperature" },
    { Finding::SevereNeutropenia, "severe_neutropenia" },
    { Finding::MultipleAmber, "multiple_amber" },
    { Finding::MayBeMasked, "may_be_masked" },
    { Finding::RecentlyContacted, "recently_contacted" },
    { Finding::NadirWindow, "nadir_window" },
    { Finding::SiteMayReadLow, "site_may_read_low", nullptr, FindingRole::Note },
    { Finding::RectalSite, "rectal_site", nullptr, FindingRole::Note },
    { Finding::AtUsualLevel, "at_usual_level", nullptr, FindingRole::Note },
    { Finding::GcsfWindow, "gcsf_window", nullptr, FindingRole::Note },
    { Finding::NoRecentReading, "no_recent_reading", nullptr, FindingRole::Note },
    { Finding::GcsfTiming, "gcsf_timing", nullptr, FindingRole::Note },
};
constexpr CodeTable<Finding, FindingRole> kFindings("nc::findings", kFindingRows);
} // namespace

const CodeTable<Finding, FindingRole> &table()
{
    return kFindings;
}

QString code(Finding finding)
{
    return kFindings.code(finding);
}

bool isNote(Finding finding)
{
    return kFindings.info(finding) == FindingRole::Note;
}

} // namespace findings

namespace {
constexpr CodeRow<FebrileNeutropenia> kFebrileNeutropeniaRows[] = {
    { FebrileNeutropenia::None, "none" },
    { FebrileNeutropenia::NotIndicated, "not_indicated" },
    { FebrileNeutropenia::Possible, "possible" },
    { FebrileNeutropenia::Likely, "likely" },
};
constexpr CodeTable<FebrileNeutropenia> kFebrileNeutropenia(
    "nc::febrileneutropenia", kFebrileNeutropeniaRows);
} // namespace

const CodeTable<FebrileNeutropenia> &febrileNeutropeniaTable()
{
    return kFebrileNeutropenia;
}

QString febrileNeutropeniaCode(FebrileNeutropenia fn)
{
    return kFebrileNeutropenia.code(fn);
}

} // namespace nc

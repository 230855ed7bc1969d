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

// A number of hours in words, as the protocol's durations are (triggers::duration).
QString hoursText(int hours)
{
    return triggers::duration(hours * 60);
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

namespace {

// What every rule group reads: the input, "today", the acknowledgement that counts and the
// counted readings (CLINICAL.md §4), with the protocol's thresholds as the engine applies them.
struct Context
{
    explicit Context(const AssessmentInput &input);
    Context(const Context &) = delete; // allReadings points into readings
    Context &operator=(const Context &) = delete;

    bool counted(const QDateTime &t) const
    {
        return t.isValid() && t > lookbackStart && t <= now && (!ack || t > *ack);
    }
    bool belowLow(double c) const { return p.low && units::belowThreshold(c, p.low->thresholdC); }
    QString shown(const Reading &r) const { return formatReading(r.source->temperature, shownUnit); }
    // The fever limit as the person reads it: the first value that triggers, in the shown unit.
    QString singlePhrase() const
    {
        return TemperatureTrigger::high(p.single.thresholdC, p.single.inclusive, shownUnit).phrase();
    }

    const AssessmentInput &in;
    const Protocol &p;
    const QDateTime now;
    const int offset;
    const QDate today;
    const std::optional<QDateTime> ack; // one after `now` is ignored
    const QDateTime lookbackStart;
    // Counted readings, oldest first; equal times: highest value last, so the cautious reading is
    // the "latest".
    QList<Reading> readings;
    QList<const Reading *> allReadings;
    // Every message shows one unit: the display unit, else the unit of the newest reading.
    TemperatureUnit shownUnit = TemperatureUnit::Celsius;
    const Rule single;
    const std::optional<Rule> sustained;
    const std::optional<Rule> watch;
};

Context::Context(const AssessmentInput &input)
    : in(input)
    , p(input.protocol)
    , now(input.now)
    , offset(now.offsetFromUtc())
    , today(now.toOffsetFromUtc(offset).date())
    , ack(input.acknowledgedAt && input.acknowledgedAt->isValid() && *input.acknowledgedAt <= now
              ? input.acknowledgedAt
              : std::nullopt)
    , lookbackStart(now.addSecs(-qint64(p.lookbackHours) * 3600))
    , single { p.single.thresholdC, p.single.inclusive }
    , sustained(p.sustained ? std::optional<Rule>(Rule { p.sustained->thresholdC, p.sustained->inclusive })
                            : std::nullopt)
    , watch(p.watchApplies() ? std::optional<Rule>(Rule { p.watchC, true }) : std::nullopt)
{
    for (const auto &r : in.temperatures) {
        if (counted(r.time)) {
            readings.append(
                { &r, r.time, r.temperature.celsius(), r.temperature.site(), isMasked(r, in.antipyretics) });
        }
    }
    // §4: equal times by value, highest last. The same time and value twice, one of them masked, puts
    // the masked one last: the more cautious "latest" for rule 6b, whatever order they were given in.
    std::sort(readings.begin(), readings.end(), [](const Reading &x, const Reading &y) {
        if (x.time != y.time)
            return x.time < y.time;
        if (x.celsius != y.celsius)
            return x.celsius < y.celsius;
        return !x.masked && y.masked;
    });
    for (const auto &r : readings)
        allReadings.append(&r);
    shownUnit = in.displayUnit.value_or(
        readings.isEmpty() ? TemperatureUnit::Celsius : readings.last().source->temperature.enteredUnit());
}

QString maskedText()
{
    return Text::tr(
        "A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may "
        "read lower than your real temperature and can never clear an alert. If you feel hot, shivery or "
        "unwell, call even if the thermometer reads normal: the medicine can hide a fever.")
        .arg(maskingHoursText());
}

// What the temperature triggers found: the reading each reason names (CLINICAL.md §6).
struct FeverFindings
{
    const Reading *singleReading = nullptr;
    const Reading *lowReading = nullptr;
    const Reading *sustainedReading = nullptr;
    QList<const Reading *> sustainedView; // the readings the sustained rule sees
    bool feverFired = false;
};

// Triggers 1–3 (fever, single; fever, sustained; low temperature), the masked readings and the
// measurement-site notes.
FeverFindings temperatureTriggers(const Context &c, Builder &out)
{
    FeverFindings f;
    f.singleReading = extremeMeeting(c.allReadings, [&](double t) { return c.single.meets(t); });
    f.lowReading = extremeMeeting(
        c.allReadings, [&](double t) { return c.belowLow(t); }, true);
    if (f.singleReading) {
        f.feverFired = true;
        out.raise(Level::CallNow);
        out.reason(Finding::FeverSingle,
            Text::tr("Your temperature of %1 at %2 reached your clinic's fever limit (%3).")
                .arg(c.shown(*f.singleReading), timeOf(f.singleReading->time, c.now), c.singlePhrase()));
    }
    if (f.lowReading) {
        out.raise(Level::CallNow);
        out.reason(Finding::LowTemperature,
            Text::tr("Your temperature of %1 at %2 is at your clinic's low limit (%3). A low temperature can "
                     "also be a sign of a serious infection.")
                .arg(c.shown(*f.lowReading), timeOf(f.lowReading->time, c.now),
                    TemperatureTrigger::low(c.p.low->thresholdC, c.shownUnit).phrase()));
    }
    for (const auto &r : c.readings) {
        if (r.masked)
            out.reason(Finding::MayBeMasked, maskedText());
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

    if (c.sustained) {
        const Rule &sustained = *c.sustained;
        f.sustainedView = visibleFor(c.readings, sustained);
        if (sustainedFever(f.sustainedView, sustained, c.p.sustained->minutes)) {
            f.feverFired = true;
            f.sustainedReading
                = extremeMeeting(f.sustainedView, [&](double t) { return sustained.meets(t); });
            out.raise(Level::CallNow);
            out.reason(Finding::FeverSustained,
                Text::tr("Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).")
                    .arg(TemperatureTrigger::high(
                             c.p.sustained->thresholdC, c.p.sustained->inclusive, c.shownUnit)
                             .phrase(),
                        triggers::duration(c.p.sustained->minutes), c.shown(*f.sustainedReading),
                        timeOf(f.sustainedReading->time, c.now)));
        }
    }
    return f;
}

// Trigger 4: each counted red-flag symptom calls now. Returns the distinct counted infection
// symptoms, in the order first reported, for the amber signs.
QList<SymptomCode> redFlagSymptoms(const Context &c, Builder &out)
{
    QList<SymptomCode> infectionSymptoms;
    for (const auto &s : c.in.symptoms) {
        if (!c.counted(s.time))
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
    return infectionSymptoms;
}

struct LabFindings
{
    std::optional<BloodCount> lab; // the latest result
    bool stale = true;
    bool severeNeutropenia = false;
};

// CLINICAL.md §2 on the latest lab result: its summary, the baseline note and whether it shows
// severe neutropenia (not stale, ANC below the protocol's febrile-neutropenia threshold).
LabFindings latestLab(const Context &c, Assessment &a, Builder &out)
{
    LabFindings l;
    l.lab = latestResult(c.in.counts, c.now);
    if (!l.lab)
        return l;
    const BloodCount &lab = *l.lab;
    l.stale = grading::isStale(lab.time(), c.now, c.p.staleDays);
    const auto baseline = grading::severityWithBaseline(lab.anc(), c.in.baselineAnc);
    AncSummary s;
    s.value = lab.anc();
    s.time = lab.time().toOffsetFromUtc(c.offset);
    s.ageHours = grading::ageHours(lab.time(), c.now);
    s.stale = l.stale;
    s.provenance = lab.provenance();
    s.severity = baseline.severity;
    s.atBaseline = baseline.atBaseline;
    s.ctcaeV5 = grading::ctcaeV5(lab.anc(), c.p.llnAnc);
    s.ctcaeV6 = grading::ctcaeV6(lab.anc());
    a.anc = s;
    if (s.atBaseline) {
        out.note(Finding::AtUsualLevel,
            Text::tr("Your neutrophil count is at your usual level, as your clinic recorded it."));
    }
    l.severeNeutropenia = !l.stale && lab.anc() < c.p.fnAnc;
    return l;
}

struct Borderline
{
    std::optional<QDateTime> recheckBy;
    const Reading *reading = nullptr; // the one the reason names; null: no borderline temperature
};

// Rules 5 and 6: a borderline temperature when neither fever trigger fired and the latest
// reading meets the sustained threshold (recheck at the start of its run + the sustained minutes)
// or else the watch threshold (recheck at the latest reading + the recheck minutes).
Borderline borderlineTemperature(const Context &c, const FeverFindings &f)
{
    Borderline b;
    if (f.feverFired)
        return b;
    const Reading *runStart = c.sustained ? runStartAtLatest(f.sustainedView, *c.sustained) : nullptr;
    if (runStart) {
        b.recheckBy = runStart->time.addSecs(qint64(c.p.sustained->minutes) * 60);
        b.reading = extremeMeeting(f.sustainedView, [&](double t) { return c.sustained->meets(t); });
    } else if (c.watch) {
        const QList<const Reading *> watchView = visibleFor(c.readings, *c.watch);
        if (!watchView.isEmpty() && c.watch->meets(watchView.last()->celsius)) {
            b.recheckBy = watchView.last()->time.addSecs(qint64(c.p.recheckMinutes) * 60);
            b.reading = extremeMeeting(watchView, [&](double t) { return c.watch->meets(t); });
        }
    }
    return b;
}

// Rule 5: infection symptoms, a borderline temperature and severe neutropenia each count once;
// two or more together call now.
void amberSigns(const Context &c, const QList<SymptomCode> &infectionSymptoms, const Borderline &borderline,
    const LabFindings &labs, Builder &out)
{
    const QLocale locale;
    const int ambers
        = int(infectionSymptoms.size()) + (borderline.reading ? 1 : 0) + (labs.severeNeutropenia ? 1 : 0);
    if (!infectionSymptoms.isEmpty()) {
        QStringList names;
        for (auto code : infectionSymptoms)
            names.append(symptoms::displayName(code));
        out.raise(Level::CallToday);
        out.reason(Finding::InfectionSymptom,
            Text::tr("You reported a possible sign of infection: %1. Call your care team today.")
                .arg(locale.createSeparatedList(names)));
    }
    if (borderline.reading) {
        out.raise(Level::Recheck);
        out.reason(Finding::BorderlineTemperature,
            Text::tr("Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it "
                     "again soon.")
                .arg(
                    c.shown(*borderline.reading), timeOf(borderline.reading->time, c.now), c.singlePhrase()));
    }
    if (labs.severeNeutropenia) {
        out.raise(Level::Caution);
        out.reason(Finding::SevereNeutropenia,
            Text::tr("Your last blood count shows very few neutrophils (%1/µL): you can catch infections "
                     "easily. Take extra care and check your temperature often.")
                .arg(locale.toString(labs.lab->anc(), 'f', 0)));
    }
    if (ambers >= 2) {
        // UKONS: two or more ambers together are a red.
        out.raise(Level::CallNow);
        out.reason(Finding::MultipleAmber,
            Text::tr("Two or more warning signs together need a call to your care team now."));
    }
}

// Rule 7: after "I contacted my care team". Returns its recheck time while no counted reading
// has come since.
std::optional<QDateTime> afterAcknowledgement(const Context &c, Builder &out)
{
    if (!c.ack)
        return std::nullopt;
    const QDateTime &ack = *c.ack;
    const qint64 sinceAck = ack.msecsTo(c.now);
    if (sinceAck >= 0 && sinceAck <= qint64(kAcknowledgementHours) * 3'600'000) {
        out.raise(Level::Caution);
        out.reason(Finding::RecentlyContacted,
            Text::tr("You contacted your care team: follow the advice they gave you."));
    }
    // Readings before the acknowledgement are not counted, so `readings` holds only later ones;
    // a masked reading that meets no threshold says nothing new and does not count here.
    const bool freshReading = std::any_of(c.readings.begin(), c.readings.end(), [&](const Reading &r) {
        const bool meetsAny = c.single.meets(r.celsius) || (c.sustained && c.sustained->meets(r.celsius))
            || (c.watch && c.watch->meets(r.celsius)) || c.belowLow(r.celsius);
        return !r.masked || meetsAny;
    });
    if (freshReading)
        return std::nullopt;
    out.raise(Level::Recheck);
    out.reason(Finding::RecentlyContacted,
        Text::tr("You contacted your care team: follow the advice they gave you."));
    return ack.addSecs(qint64(c.p.recheckMinutes) * 60);
}

// Rule 8 and the G-CSF notes (CLINICAL.md §5): the nadir window, G-CSF in it and a
// pegfilgrastim dose too close to chemotherapy.
void treatmentTiming(const Context &c, Assessment &a, Builder &out)
{
    a.nadirWindow = nadir::currentWindow(c.in.treatments, c.today, c.p);
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
    if (pegfilgrastimTooClose(c.in.treatments, c.today, c.p)) {
        out.note(Finding::GcsfTiming,
            Text::tr(
                "Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before "
                "one. It is usually given at least a day after chemotherapy: please check the dates with "
                "your care team.",
                nullptr, kPegfilgrastimGapDays));
    }
}

// The note `no_recent_reading`: no reading at all, counted or not, in the reading gap.
void noRecentReading(const Context &c, Builder &out)
{
    const QDateTime gapStart = c.now.addSecs(-qint64(c.p.readingGapHours) * 3600);
    const bool recentReading = std::any_of(c.in.temperatures.begin(), c.in.temperatures.end(),
        [&](const auto &r) { return r.time.isValid() && r.time > gapStart && r.time <= c.now; });
    if (!recentReading) {
        out.note(Finding::NoRecentReading,
            Text::tr("No temperature logged in the last %1. Take your temperature now, and whenever you feel "
                     "unwell.")
                .arg(hoursText(c.p.readingGapHours)));
    }
}

// Rule 6b: a normal number taken under a fever medicine can hide a fever, never "no warning
// signs". Returns its recheck time when the newest counted reading is masked.
std::optional<QDateTime> maskedNewestReading(const Context &c, Builder &out)
{
    if (c.readings.isEmpty() || !c.readings.last().masked)
        return std::nullopt;
    out.raise(Level::Recheck);
    out.reason(Finding::MayBeMasked, maskedText());
    // Due when the latest dose stops masking; with only a ticked "I took one" and no dose
    // logged, the dose came before the reading, so masking ends by the reading + 6 h.
    std::optional<QDateTime> latestDose;
    for (const auto &dose : c.in.antipyretics) {
        if (dose.time.isValid() && dose.time <= c.now && (!latestDose || dose.time > *latestDose))
            latestDose = dose.time;
    }
    const QDateTime maskedFrom = latestDose ? *latestDose : c.readings.last().time;
    return maskedFrom.addSecs(qint64(kMaskingHours) * 3600);
}

// `febrile_neutropenia`, when trigger 1 or 2 fired: labs add urgency, never lower the level.
FebrileNeutropenia febrileNeutropenia(const Context &c, bool feverFired, const LabFindings &labs)
{
    if (!feverFired)
        return FebrileNeutropenia::None;
    const bool chemoInWindow = !nadir::dosesInTreatmentWindow(c.in.treatments, c.today, c.p).isEmpty();
    const auto &lab = labs.lab;
    if (lab && !labs.stale
        && (lab->anc() < c.p.fnAnc
            || (lab->anc() < kExpectedToFallAnc
                && nadir::insideAnyWindow(
                    c.in.treatments, lab->time().toOffsetFromUtc(c.offset).date(), c.today, c.p)))) {
        return FebrileNeutropenia::Likely;
    }
    if (!lab || labs.stale || chemoInWindow)
        return FebrileNeutropenia::Possible;
    return FebrileNeutropenia::NotIndicated;
}

// `recheck_by` only with the level `recheck`: when several rules (6, 6b, 7) give a time, the
// earliest wins.
void recheckTime(const Context &c, std::initializer_list<std::optional<QDateTime>> candidates, Assessment &a)
{
    if (a.level != Level::Recheck)
        return;
    std::optional<QDateTime> due;
    for (const auto &candidate : candidates) {
        if (candidate && (!due || *candidate < *due))
            due = candidate;
    }
    if (due) {
        a.recheckBy = due->toOffsetFromUtc(c.offset);
        a.recheckOverdue = c.now > *due;
    }
}

// CLINICAL.md §6: the reading messages quote is the one that triggered, else the newest.
std::optional<QuotedReading> quotedReading(const Context &c, const FeverFindings &f, const Borderline &b)
{
    const Reading *quoted = f.singleReading ? f.singleReading
        : f.sustainedReading                ? f.sustainedReading
        : f.lowReading                      ? f.lowReading
                                            : b.reading;
    const bool triggered = quoted != nullptr;
    if (!quoted && !c.readings.isEmpty())
        quoted = &c.readings.last();
    if (!quoted)
        return std::nullopt;
    QuotedReading q;
    q.time = quoted->time.toOffsetFromUtc(c.offset);
    q.temperature = quoted->source->temperature;
    q.triggered = triggered;
    q.doseBefore = doseBefore(quoted->time, c.in.antipyretics);
    q.doseReported = quoted->source->antipyreticReported;
    return q;
}

} // namespace

// The rule groups run in this order, which is also the order of the reasons and notes.
Assessment assess(const AssessmentInput &in)
{
    const Context c(in);

    Assessment a;
    a.protocolId = c.p.id;
    a.readingGapHours = c.p.readingGapHours;
    Builder out(a);

    const FeverFindings fever = temperatureTriggers(c, out);
    const QList<SymptomCode> infectionSymptoms = redFlagSymptoms(c, out);
    const LabFindings labs = latestLab(c, a, out);
    const Borderline borderline = borderlineTemperature(c, fever);
    amberSigns(c, infectionSymptoms, borderline, labs, out);
    const std::optional<QDateTime> ackRecheck = afterAcknowledgement(c, out);
    treatmentTiming(c, a, out);
    noRecentReading(c, out);
    const std::optional<QDateTime> maskedRecheck = maskedNewestReading(c, out);
    a.febrileNeutropenia = febrileNeutropenia(c, fever.feverFired, labs);
    recheckTime(c, { borderline.recheckBy, maskedRecheck, ackRecheck }, a);
    a.quotedReading = quotedReading(c, fever, borderline);
    return a;
}

namespace {
constexpr CodeRow<Level> kLevelRows[] = {
    { Level::Ok, "ok", QT_TRANSLATE_NOOP("nc::Assessment", "No warning signs right now") },
    { Level::Caution, "caution", QT_TRANSLATE_NOOP("nc::Assessment", "Take extra care") },
    { Level::Recheck, "recheck", QT_TRANSLATE_NOOP("nc::Assessment", "Take your temperature again soon") },
    { Level::CallToday, "call_today", QT_TRANSLATE_NOOP("nc::Assessment", "Call your care team today") },
    { Level::CallNow, "call_now",
        QT_TRANSLATE_NOOP("nc::Assessment", "Fever or warning sign — call your care team now") },
};

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

constexpr CodeRow<FebrileNeutropenia> kFebrileNeutropeniaRows[] = {
    { FebrileNeutropenia::None, "none" },
    { FebrileNeutropenia::NotIndicated, "not_indicated" },
    { FebrileNeutropenia::Possible, "possible" },
    { FebrileNeutropenia::Likely, "likely" },
};
} // namespace

const CodeTable<Level> kLevels("nc::Assessment", kLevelRows);
const CodeTable<Finding, FindingRole> kFindings("nc::findings", kFindingRows);
const CodeTable<FebrileNeutropenia> kFebrileNeutropeniaCodes(
    "nc::febrileneutropenia", kFebrileNeutropeniaRows);

QString levels::headline(const Assessment &a)
{
    if (a.level == Level::Ok && a.hasNote(Finding::NoRecentReading))
        return Text::tr("Take your temperature — none logged in the last %1")
            .arg(hoursText(a.readingGapHours));
    // Past its time a recheck is no longer "soon": the title says it is due now.
    if (a.level == Level::Recheck && a.recheckOverdue)
        return Text::tr("Take your temperature now");
    return title(a.level);
}

QString febrileNeutropeniaCode(FebrileNeutropenia fn)
{
    return kFebrileNeutropeniaCodes.code(fn);
}

} // namespace nc

#pragma once

#include "bloodcount.h"
#include "codetable.h"
#include "grading.h"
#include "nadir.h"
#include "protocol.h"
#include "symptom.h"
#include "temperature.h"
#include "treatment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The assessment engine of CLINICAL.md §4: pure, with `now` as a parameter. The GUI, the CLI and
// the tests all call assess(); there is one implementation of the rules.
namespace nc {

// Ordered: a higher level always wins.
enum class Level { Ok, Caution, Recheck, CallToday, CallNow };

enum class FebrileNeutropenia { None, NotIndicated, Possible, Likely };

// Reason and note codes of CLINICAL.md §4.
enum class Finding {
    // reasons
    FeverSingle,
    FeverSustained,
    LowTemperature,
    RedFlagSymptom,
    InfectionSymptom,
    BorderlineTemperature,
    SevereNeutropenia,
    MultipleAmber,
    MayBeMasked,
    RecentlyContacted,
    NadirWindow,
    // notes
    SiteMayReadLow,
    RectalSite,
    AtUsualLevel,
    GcsfWindow,
    NoRecentReading,
    GcsfTiming,
};
// Whether a finding is a reason (it explains the level) or a note (it adds advice).
enum class FindingRole { Reason, Note };

struct FindingMessage
{
    Finding code;
    QString message; // plain language, translated

    bool operator==(const FindingMessage &) const = default;
};

struct AncSummary
{
    double value = 0; // cells/µL
    QDateTime time;
    double ageHours = 0;
    bool stale = false;
    AncProvenance provenance = AncProvenance::Measured;
    Severity severity = Severity::Normal; // with the baseline applied
    bool atBaseline = false;
    int ctcaeV5 = 0;
    int ctcaeV6 = 0;
};

// The reading a message quotes (CLINICAL.md §6). With a temperature trigger it is the reading
// that triggered: the highest counted reading that met the fever or borderline threshold, or the
// lowest below the low threshold — never a later, lower or masked one. Without one, it is the
// newest counted reading, masked or not, so a nurse hears the truth about it.
struct QuotedReading
{
    QDateTime time; // in now's offset
    Temperature temperature;
    bool triggered = false; // it met the threshold behind a reason
    // A fever medicine in the 6 hours before it: the logged dose, or only the person's tick.
    std::optional<AntipyreticDose> doseBefore;
    bool doseReported = false;
};

struct AssessmentInput
{
    QDateTime now;
    Protocol protocol = Protocol::defaultProtocol();
    QList<TemperatureReading> temperatures;
    QList<BloodCount> counts;
    QList<SymptomEntry> symptoms;
    QList<Treatment> treatments;
    QList<AntipyreticDose> antipyretics;
    std::optional<QDateTime> acknowledgedAt;
    std::optional<double> baselineAnc; // cells/µL, clinic-set, ≥ 1000
    // The unit every message shows temperatures and thresholds in; absent: the unit the quoted
    // reading was typed in. A value typed in the other unit follows in brackets.
    std::optional<TemperatureUnit> displayUnit;
};

struct Assessment
{
    Level level = Level::Ok;
    QString protocolId;
    QList<FindingMessage> reasons;
    QList<FindingMessage> notes;
    std::optional<QDateTime> recheckBy; // only with Level::Recheck, in now's offset
    bool recheckOverdue = false;
    FebrileNeutropenia febrileNeutropenia = FebrileNeutropenia::None;
    std::optional<AncSummary> anc; // the latest lab result
    std::optional<NadirWindow> nadirWindow;
    std::optional<QuotedReading> quotedReading;
    int readingGapHours = Protocol::kDefaultReadingGapHours; // the protocol's, for `no_recent_reading`

    bool hasReason(Finding code) const;
    bool hasNote(Finding code) const;
};

Assessment assess(const AssessmentInput &input);

// Codes "ok", "caution", "recheck", "call_today", "call_now"; labels: the titles ("Call your care
// team today", …), in the context "nc::Assessment".
extern const CodeTable<Level> kLevels;
struct levels : CodeList<kLevels>
{
    static QString title(Level level) { return displayName(level); }
    // The title Today shows: the level's, except that `ok` with `no_recent_reading` asks for a
    // temperature instead of saying "no warning signs" (CLINICAL.md §6), and an overdue recheck says
    // "Take your temperature now".
    static QString headline(const Assessment &assessment);
};
// Codes "fever_single", …, "gcsf_timing"; no labels (each message is worded where it is found).
extern const CodeTable<Finding, FindingRole> kFindings;
struct findings : CodeList<kFindings>
{
    static bool isNote(Finding finding) { return table().info(finding) == FindingRole::Note; }
};
// "likely", "possible", "not_indicated", "none".
extern const CodeTable<FebrileNeutropenia> kFebrileNeutropeniaCodes;
QString febrileNeutropeniaCode(FebrileNeutropenia fn);

// A lab with ANC below this, dated inside a nadir window, is expected to fall below 500/µL
// within 48 h (IDSA 2010's definition of febrile neutropenia): febrile neutropenia is "likely".
inline constexpr double kExpectedToFallAnc = grading::kMildFloor;

// A reading is masked when taken 0 < t − dose ≤ 6 h after an antipyretic dose, or when the
// person reported one with it.
inline constexpr int kMaskingHours = 6;
// After "I contacted my care team" the level stays at least `caution` this long (rule 7).
inline constexpr int kAcknowledgementHours = 24;
// Pegfilgrastim is not given from 14 days before chemotherapy (label): a dose dated D − 13 … D of a
// chemotherapy dose D adds the note `gcsf_timing`.
inline constexpr int kPegfilgrastimGapDays = 13;
// "6 hours" as a person reads it, e.g. in the call script; hoursText(n) for any count.
QString hoursText(int hours);
QString maskingHoursText();
bool isMasked(const TemperatureReading &reading, const QList<AntipyreticDose> &doses);

} // namespace nc

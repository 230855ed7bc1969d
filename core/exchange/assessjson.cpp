#include "assessjson.h"

#include "clinical/strictjson.h"

#include <QJsonArray>
#include <cmath>

namespace nc::assessjson {

namespace {

// A class's tr(), not a free function: lupdate files a free tr() under whichever namespace or
// class calls it, which is not this context, so its texts would never be translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::assessjson)
};

using Presence = JsonReader::Presence;

// Nests a value type's own error (field "value", "anc"…) under the entry's path.
void failNested(JsonReader &r, const QString &path, const InputError &e, const QString &fallbackKey)
{
    r.fail(JsonReader::join(path, e.field.isEmpty() ? fallbackKey : e.field), e.message);
}

QString isoTime(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toOffsetFromUtc(now.offsetFromUtc());
    return local.toString(Qt::ISODate);
}

// "protocol": a preset id or a clinic's protocol object; absent: the default protocol.
std::optional<Protocol> readProtocol(JsonReader &r, const QJsonValue &protocol)
{
    const QString path = QStringLiteral("protocol");
    if (protocol.isString()) {
        const auto preset = Protocol::preset(protocol.toString());
        if (!preset)
            r.fail(path, Text::tr("unknown protocol preset \"%1\"").arg(protocol.toString()));
        return preset;
    }
    if (protocol.isObject()) {
        const auto custom = Protocol::fromJson(protocol.toObject());
        if (!custom) {
            r.fail(JsonReader::join(path, custom.error().field), custom.error().message);
            return std::nullopt;
        }
        return *custom;
    }
    if (!protocol.isUndefined())
        r.fail(path, Text::tr("must be a preset id or a protocol object"));
    return std::nullopt;
}

std::optional<TemperatureReading> readTemperature(JsonReader &r, const QJsonObject &o, const QString &path)
{
    if (!r.keys(o, path, { "time", "value", "unit", "site" }))
        return std::nullopt;
    const auto time = r.time(o, path, "time", Presence::Required);
    const auto value = r.number(o, path, "value", Presence::Required);
    const auto unit
        = r.coded<TemperatureUnit>(o, path, "unit", units::temperatureUnitFromCode, Text::tr("unit"));
    MeasurementSite site = MeasurementSite::Oral;
    if (o.contains(QStringLiteral("site"))) {
        if (auto s = r.coded<MeasurementSite>(o, path, "site", sites::fromCode, Text::tr("site")))
            site = *s;
    }
    if (r.error())
        return std::nullopt;
    const auto t = Temperature::fromInput(*value, *unit, site);
    if (!t) {
        failNested(r, path, t.error(), QStringLiteral("value"));
        return std::nullopt;
    }
    return TemperatureReading { *time, *t };
}

// Exactly one shape: anc; wbc + neutrophils_pct; wbc + segs_pct (+ bands_pct).
std::optional<BloodCount> readCount(JsonReader &r, const QJsonObject &o, const QString &path)
{
    if (!r.keys(o, path, { "time", "anc", "wbc", "unit", "neutrophils_pct", "segs_pct", "bands_pct" }))
        return std::nullopt;
    const auto time = r.time(o, path, "time", Presence::Required);
    const auto unit = r.coded<CountUnit>(o, path, "unit", units::countUnitFromCode, Text::tr("unit"));
    const bool hasAnc = o.contains(QStringLiteral("anc"));
    const bool hasWbc = o.contains(QStringLiteral("wbc"));
    const bool hasTotal = o.contains(QStringLiteral("neutrophils_pct"));
    const bool hasSegs = o.contains(QStringLiteral("segs_pct"));
    const bool hasBands = o.contains(QStringLiteral("bands_pct"));
    if (r.error())
        return std::nullopt;
    const bool ancShape = hasAnc && !hasWbc && !hasTotal && !hasSegs && !hasBands;
    const bool totalShape = !hasAnc && hasWbc && hasTotal && !hasSegs && !hasBands;
    const bool manualShape = !hasAnc && hasWbc && !hasTotal && hasSegs;
    if (!ancShape && !totalShape && !manualShape) {
        r.fail(path,
            hasWbc && !hasTotal && !hasSegs && !hasAnc
                ? Text::tr(
                    "a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)")
                : Text::tr("must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and "
                           "optional bands_pct"));
        return std::nullopt;
    }
    Expected<BloodCount> count = InputError {};
    if (ancShape) {
        const auto anc = r.number(o, path, "anc", Presence::Required);
        if (r.error())
            return std::nullopt;
        count = BloodCount::measured(*time, *anc, *unit);
    } else {
        const auto wbc = r.number(o, path, "wbc", Presence::Required);
        const auto total = r.number(o, path, "neutrophils_pct", Presence::Optional);
        const auto segs = r.number(o, path, "segs_pct", Presence::Optional);
        const auto bands = r.number(o, path, "bands_pct", Presence::Optional);
        if (r.error())
            return std::nullopt;
        count = BloodCount::derived(*time, *wbc, *unit, { total, segs, bands });
    }
    if (!count) {
        failNested(r, path, count.error(), QString());
        return std::nullopt;
    }
    return *count;
}

// An entry of a time and a code: a symptom ("code") or an antipyretic dose ("name").
template<class Entry, class Code>
std::optional<Entry> readTimedCode(JsonReader &r, const QJsonObject &o, const QString &path, const char *key,
    std::optional<Code> (*fromCode)(const QString &), const QString &what)
{
    if (!r.keys(o, path, { "time", key }))
        return std::nullopt;
    const auto time = r.time(o, path, "time", Presence::Required);
    const auto code = r.coded<Code>(o, path, key, fromCode, what);
    if (r.error())
        return std::nullopt;
    return Entry { *time, *code };
}

std::optional<Treatment> readTreatment(JsonReader &r, const QJsonObject &o, const QString &path)
{
    if (!r.keys(o, path, { "date", "kind", "nadir_start_day", "nadir_end_day" }))
        return std::nullopt;
    const auto dateText = r.string(o, path, "date", Presence::Required, JsonReader::Text::Any);
    const auto kind
        = r.coded<TreatmentKind>(o, path, "kind", treatments::fromCode, Text::tr("treatment kind"));
    const auto start = r.number(o, path, "nadir_start_day", Presence::Optional);
    const auto end = r.number(o, path, "nadir_end_day", Presence::Optional);
    if (r.error())
        return std::nullopt;
    const QDate date = QDate::fromString(*dateText, Qt::ISODate);
    if (!date.isValid() || dateText->size() != 10) {
        r.fail(JsonReader::join(path, QStringLiteral("date")), Text::tr("is not a date like 2026-03-01"));
        return std::nullopt;
    }
    Treatment t { date, *kind, std::nullopt, std::nullopt };
    for (const auto &[value, key, target] : { std::tuple { start, "nadir_start_day", &t.nadirStartDay },
             std::tuple { end, "nadir_end_day", &t.nadirEndDay } }) {
        if (!value)
            continue;
        if (*value < 0 || *value > 365 || *value != std::floor(*value)) {
            r.fail(JsonReader::join(path, QString::fromLatin1(key)),
                Text::tr("must be a whole number of days from 0 to 365"));
            return std::nullopt;
        }
        *target = int(*value);
    }
    return t;
}

// "baseline_anc": the clinic-set usual level, at least 1000 cells/µL.
std::optional<double> readBaseline(JsonReader &r, const QJsonObject &root)
{
    const auto baseline = r.number(root, QString(), "baseline_anc", Presence::Required);
    if (baseline && (*baseline < grading::kMinimumBaselineAnc || *baseline > BloodCount::kMaxAnc)) {
        r.fail(QStringLiteral("baseline_anc"), Text::tr("must be at least 1000 cells/µL"));
        return std::nullopt;
    }
    return baseline;
}

// Appends what `read` makes of each element of the optional array `key`.
template<class T, class Read>
void readList(JsonReader &r, const QJsonObject &root, const char *key, QList<T> &out, Read read)
{
    r.objects(root, key, [&](const QJsonObject &o, const QString &path) {
        if (std::optional<T> value = read(r, o, path))
            out.append(*value);
    });
}

} // namespace

Expected<AssessmentInput> parse(const QByteArray &json, const QDateTime &defaultNow)
{
    const auto document = JsonReader::parseObject(
        json, QStringLiteral("(json)"), Text::tr("the document must be one JSON object"));
    if (!document)
        return document.error();
    const QJsonObject &root = *document;

    JsonReader r;
    AssessmentInput in;
    r.keys(root, QString(),
        { "protocol", "now", "temperatures", "counts", "symptoms", "treatments", "antipyretics",
            "acknowledged_at", "baseline_anc" });
    if (r.error())
        return *r.error();

    in.now = root.contains(QStringLiteral("now"))
        ? r.time(root, QString(), "now", Presence::Required).value_or(QDateTime())
        : defaultNow;
    if (auto protocol = readProtocol(r, root.value(QStringLiteral("protocol"))))
        in.protocol = *protocol;
    readList(r, root, "temperatures", in.temperatures, readTemperature);
    readList(r, root, "counts", in.counts, readCount);
    readList(r, root, "symptoms", in.symptoms, [](JsonReader &r, const QJsonObject &o, const QString &path) {
        return readTimedCode<SymptomEntry>(r, o, path, "code", symptoms::fromCode, Text::tr("symptom code"));
    });
    readList(r, root, "treatments", in.treatments, readTreatment);
    readList(r, root, "antipyretics", in.antipyretics,
        [](JsonReader &r, const QJsonObject &o, const QString &path) {
            return readTimedCode<AntipyreticDose>(
                r, o, path, "name", antipyretics::fromCode, Text::tr("antipyretic"));
        });
    if (root.contains(QStringLiteral("acknowledged_at")))
        in.acknowledgedAt = r.time(root, QString(), "acknowledged_at", Presence::Required);
    if (root.contains(QStringLiteral("baseline_anc")))
        in.baselineAnc = readBaseline(r, root);

    if (r.error())
        return *r.error();
    return in;
}

QJsonObject toJson(const Assessment &a, const QDateTime &now)
{
    auto list = [](const QList<FindingMessage> &items) {
        QJsonArray array;
        for (const auto &f : items)
            array.append(QJsonObject { { QStringLiteral("code"), findings::code(f.code) },
                { QStringLiteral("message"), f.message } });
        return array;
    };
    QJsonObject out;
    out.insert(QStringLiteral("level"), levels::code(a.level));
    out.insert(QStringLiteral("protocol"), a.protocolId);
    out.insert(QStringLiteral("reasons"), list(a.reasons));
    out.insert(QStringLiteral("notes"), list(a.notes));
    if (a.level == Level::Recheck && a.recheckBy) {
        out.insert(QStringLiteral("recheck_by"), isoTime(*a.recheckBy, now));
        out.insert(QStringLiteral("recheck_overdue"), a.recheckOverdue);
    }
    out.insert(QStringLiteral("febrile_neutropenia"), febrileNeutropeniaCode(a.febrileNeutropenia));
    if (a.anc) {
        const auto &anc = *a.anc;
        out.insert(QStringLiteral("anc"),
            QJsonObject { { QStringLiteral("value"), anc.value },
                { QStringLiteral("time"), isoTime(anc.time, now) },
                { QStringLiteral("age_hours"), std::round(anc.ageHours * 10.0) / 10.0 },
                { QStringLiteral("stale"), anc.stale },
                { QStringLiteral("provenance"), provenanceCode(anc.provenance) },
                { QStringLiteral("severity"), grading::severityCode(anc.severity) },
                { QStringLiteral("at_baseline"), anc.atBaseline },
                { QStringLiteral("ctcae_v5"), anc.ctcaeV5 }, { QStringLiteral("ctcae_v6"), anc.ctcaeV6 } });
    } else {
        out.insert(QStringLiteral("anc"), QJsonValue::Null);
    }
    if (a.nadirWindow) {
        const auto &w = *a.nadirWindow;
        out.insert(QStringLiteral("nadir_window"),
            QJsonObject { { QStringLiteral("active"), w.active }, { QStringLiteral("day"), w.day },
                { QStringLiteral("start"), w.start.toString(Qt::ISODate) },
                { QStringLiteral("end"), w.end.toString(Qt::ISODate) }, { QStringLiteral("gcsf"), w.gcsf } });
    } else {
        out.insert(QStringLiteral("nadir_window"), QJsonValue::Null);
    }
    return out;
}

} // namespace nc::assessjson

#include "assessjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace nc::assessjson {

namespace {

// A class's tr(), not a free function: lupdate files a free tr() under whichever namespace or
// class calls it, which is not this context, so its texts would never be translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::assessjson)
};

// Walks the document, stopping at the first problem and remembering where it was.
class Reader
{
public:
    std::optional<InputError> error;

    void fail(const QString &path, const QString &message)
    {
        if (!error)
            error = InputError { path, message };
    }

    bool keys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed)
    {
        QSet<QString> set;
        for (const char *k : allowed)
            set.insert(QString::fromLatin1(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!set.contains(it.key())) {
                fail(join(path, it.key()), Text::tr("unknown key"));
                return false;
            }
        }
        return true;
    }

    std::optional<QDateTime> time(
        const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, k), Text::tr("is required"));
            return std::nullopt;
        }
        const QString text = v.toString();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Only a time with an explicit offset (or Z) is unambiguous.
        const bool hasOffset = text.endsWith(QLatin1Char('Z'))
            || (text.size() > 6
                && (text[text.size() - 6] == QLatin1Char('+') || text[text.size() - 6] == QLatin1Char('-')));
        if (!v.isString() || !t.isValid() || !hasOffset || !text.contains(QLatin1Char('T'))) {
            fail(join(path, k),
                Text::tr("is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00"));
            return std::nullopt;
        }
        return t;
    }

    std::optional<double> number(
        const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, k), Text::tr("is required"));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(join(path, k), Text::tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (!v.isString()) {
            fail(join(path, k), v.isUndefined() ? Text::tr("is required") : Text::tr("must be a text"));
            return std::nullopt;
        }
        return v.toString();
    }

    // Calls `each` for every element of an optional array of objects.
    template<class F> void objects(const QJsonObject &root, const char *key, F each)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = root.value(k);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            fail(k, Text::tr("must be a list"));
            return;
        }
        const QJsonArray array = v.toArray();
        for (int i = 0; i < array.size() && !error; ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(k).arg(i);
            if (!array[i].isObject()) {
                fail(path, Text::tr("must be an object"));
                return;
            }
            each(array[i].toObject(), path);
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
};

template<class T>
std::optional<T> coded(Reader &r, const QJsonObject &o, const QString &path, const char *key,
    std::optional<T> (*fromCode)(const QString &), const QString &what)
{
    const auto text = r.string(o, path, key);
    if (!text)
        return std::nullopt;
    const auto value = fromCode(*text);
    if (!value)
        r.fail(Reader::join(path, QString::fromLatin1(key)), Text::tr("unknown %1 \"%2\"").arg(what, *text));
    return value;
}

// Nests a value type's own error (field "value", "anc"…) under the entry's path.
InputError nested(const QString &path, const InputError &e, const QString &fallbackKey)
{
    return { Reader::join(path, e.field.isEmpty() ? fallbackKey : e.field), e.message };
}

QString isoTime(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toOffsetFromUtc(now.offsetFromUtc());
    return local.toString(Qt::ISODate);
}

} // namespace

Expected<AssessmentInput> parse(const QByteArray &json, const QDateTime &defaultNow)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return InputError {
            QStringLiteral("(json)"),
            Text::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
        };
    if (!doc.isObject())
        return InputError { QStringLiteral("(json)"), Text::tr("the document must be one JSON object") };
    const QJsonObject root = doc.object();

    Reader r;
    AssessmentInput in;
    r.keys(root, QString(),
        { "protocol", "now", "temperatures", "counts", "symptoms", "treatments", "antipyretics",
            "acknowledged_at", "baseline_anc" });
    if (r.error)
        return *r.error;

    in.now = root.contains(QStringLiteral("now")) ? r.time(root, QString(), "now").value_or(QDateTime())
                                                  : defaultNow;

    const QJsonValue protocol = root.value(QStringLiteral("protocol"));
    if (protocol.isString()) {
        const auto preset = Protocol::preset(protocol.toString());
        if (!preset)
            r.fail(QStringLiteral("protocol"),
                Text::tr("unknown protocol preset \"%1\"").arg(protocol.toString()));
        else
            in.protocol = *preset;
    } else if (protocol.isObject()) {
        const auto custom = Protocol::fromJson(protocol.toObject());
        if (!custom)
            r.fail(Reader::join(QStringLiteral("protocol"), custom.error().field), custom.error().message);
        else
            in.protocol = *custom;
    } else if (!protocol.isUndefined()) {
        r.fail(QStringLiteral("protocol"), Text::tr("must be a preset id or a protocol object"));
    }

    r.objects(root, "temperatures", [&](const QJsonObject &o, const QString &path) {
        if (!r.keys(o, path, { "time", "value", "unit", "site" }))
            return;
        const auto time = r.time(o, path, "time");
        const auto value = r.number(o, path, "value");
        const auto unit
            = coded<TemperatureUnit>(r, o, path, "unit", units::temperatureUnitFromCode, Text::tr("unit"));
        MeasurementSite site = MeasurementSite::Oral;
        if (o.contains(QStringLiteral("site"))) {
            if (auto s = coded<MeasurementSite>(r, o, path, "site", sites::fromCode, Text::tr("site")))
                site = *s;
        }
        if (r.error)
            return;
        const auto t = Temperature::fromInput(*value, *unit, site);
        if (!t) {
            r.error = nested(path, t.error(), QStringLiteral("value"));
            return;
        }
        in.temperatures.append({ *time, *t });
    });

    r.objects(root, "counts", [&](const QJsonObject &o, const QString &path) {
        if (!r.keys(o, path, { "time", "anc", "wbc", "unit", "neutrophils_pct", "segs_pct", "bands_pct" }))
            return;
        const auto time = r.time(o, path, "time");
        const auto unit = coded<CountUnit>(r, o, path, "unit", units::countUnitFromCode, Text::tr("unit"));
        const bool hasAnc = o.contains(QStringLiteral("anc"));
        const bool hasWbc = o.contains(QStringLiteral("wbc"));
        const bool hasTotal = o.contains(QStringLiteral("neutrophils_pct"));
        const bool hasSegs = o.contains(QStringLiteral("segs_pct"));
        const bool hasBands = o.contains(QStringLiteral("bands_pct"));
        if (r.error)
            return;
        // Exactly one shape: anc; wbc + neutrophils_pct; wbc + segs_pct (+ bands_pct).
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
            return;
        }
        Expected<BloodCount> count = InputError {};
        if (ancShape) {
            const auto anc = r.number(o, path, "anc");
            if (r.error)
                return;
            count = BloodCount::measured(*time, *anc, *unit);
        } else {
            const auto wbc = r.number(o, path, "wbc");
            const auto total = r.number(o, path, "neutrophils_pct", false);
            const auto segs = r.number(o, path, "segs_pct", false);
            const auto bands = r.number(o, path, "bands_pct", false);
            if (r.error)
                return;
            count = BloodCount::derived(*time, *wbc, *unit, { total, segs, bands });
        }
        if (!count) {
            r.error = nested(path, count.error(), QString());
            return;
        }
        in.counts.append(*count);
    });

    r.objects(root, "symptoms", [&](const QJsonObject &o, const QString &path) {
        if (!r.keys(o, path, { "time", "code" }))
            return;
        const auto time = r.time(o, path, "time");
        const auto code
            = coded<SymptomCode>(r, o, path, "code", symptoms::fromCode, Text::tr("symptom code"));
        if (!r.error)
            in.symptoms.append({ *time, *code });
    });

    r.objects(root, "treatments", [&](const QJsonObject &o, const QString &path) {
        if (!r.keys(o, path, { "date", "kind", "nadir_start_day", "nadir_end_day" }))
            return;
        const auto dateText = r.string(o, path, "date");
        const auto kind
            = coded<TreatmentKind>(r, o, path, "kind", treatments::fromCode, Text::tr("treatment kind"));
        const auto start = r.number(o, path, "nadir_start_day", false);
        const auto end = r.number(o, path, "nadir_end_day", false);
        if (r.error)
            return;
        const QDate date = QDate::fromString(*dateText, Qt::ISODate);
        if (!date.isValid() || dateText->size() != 10) {
            r.fail(Reader::join(path, QStringLiteral("date")), Text::tr("is not a date like 2026-03-01"));
            return;
        }
        Treatment t { date, *kind, std::nullopt, std::nullopt };
        for (const auto &[value, key, target] : { std::tuple { start, "nadir_start_day", &t.nadirStartDay },
                 std::tuple { end, "nadir_end_day", &t.nadirEndDay } }) {
            if (!value)
                continue;
            if (*value < 0 || *value > 365 || *value != std::floor(*value)) {
                r.fail(Reader::join(path, QString::fromLatin1(key)),
                    Text::tr("must be a whole number of days from 0 to 365"));
                return;
            }
            *target = int(*value);
        }
        in.treatments.append(t);
    });

    r.objects(root, "antipyretics", [&](const QJsonObject &o, const QString &path) {
        if (!r.keys(o, path, { "time", "name" }))
            return;
        const auto time = r.time(o, path, "time");
        const auto drug
            = coded<Antipyretic>(r, o, path, "name", antipyretics::fromCode, Text::tr("antipyretic"));
        if (!r.error)
            in.antipyretics.append({ *time, *drug });
    });

    if (root.contains(QStringLiteral("acknowledged_at")))
        in.acknowledgedAt = r.time(root, QString(), "acknowledged_at");
    if (root.contains(QStringLiteral("baseline_anc"))) {
        const auto baseline = r.number(root, QString(), "baseline_anc");
        if (baseline && (*baseline < grading::kMinimumBaselineAnc || *baseline > BloodCount::kMaxAnc))
            r.fail(QStringLiteral("baseline_anc"), Text::tr("must be at least 1000 cells/µL"));
        else
            in.baselineAnc = baseline;
    }

    if (r.error)
        return *r.error;
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

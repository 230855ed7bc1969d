#include "protocol.h"

#include "strictjson.h"
#include "temperature.h"

#include <QJsonDocument>

namespace nc {

namespace {

struct PresetEntry
{
    Protocol protocol;
    const char *source;
    const char *untranslatedName; // translated again when shown, so it follows the language
};

PresetEntry makePreset(const char *id, const char *name, Protocol::Single single,
    std::optional<Protocol::Sustained> sustained, std::optional<Protocol::Low> low, const char *source)
{
    Protocol p;
    p.id = QString::fromLatin1(id);
    p.name = QCoreApplication::translate("nc::Protocol", name);
    p.single = single;
    p.sustained = sustained;
    p.low = low;
    return { p, source, name };
}

// CLINICAL.md §3. Names are translated when the table is built, at first use; displayName()
// translates them again, so a name shown follows the language chosen since.
const QList<PresetEntry> &presetTable()
{
    static const QList<PresetEntry> table = {
        makePreset("us-idsa", QT_TRANSLATE_NOOP("nc::Protocol", "IDSA / ASCO (United States)"),
            { 38.3, true }, Protocol::Sustained { 38.0, true, 60 }, std::nullopt,
            "IDSA 2010 (Freifeld), ASCO/IDSA 2018, NCCN"),
        makePreset("us-cdc-38", QT_TRANSLATE_NOOP("nc::Protocol", "CDC patient guidance (100.4 °F)"),
            { 38.0, true }, std::nullopt, std::nullopt, "CDC patient guidance"),
        makePreset("esmo-2016", QT_TRANSLATE_NOOP("nc::Protocol", "ESMO 2016 (Europe)"), { 38.3, false },
            Protocol::Sustained { 38.0, false, 120 }, std::nullopt, "ESMO 2016 (Klastersky)"),
        makePreset("uk-nice", QT_TRANSLATE_NOOP("nc::Protocol", "NICE CG151 (United Kingdom)"),
            { 38.0, false }, std::nullopt, std::nullopt, "NICE CG151 (2012)"),
        makePreset("uk-37.5", QT_TRANSLATE_NOOP("nc::Protocol", "UK acute oncology alert card (37.5 °C)"),
            { 37.5, true }, std::nullopt, Protocol::Low { 36.0 },
            "UK acute-oncology alert cards (e.g. The Christie)"),
    };
    return table;
}

} // namespace

const QList<Protocol> &Protocol::presets()
{
    static const QList<Protocol> list = [] {
        QList<Protocol> protocols;
        for (const auto &entry : presetTable())
            protocols.append(entry.protocol);
        return protocols;
    }();
    return list;
}

std::optional<Protocol> Protocol::preset(const QString &id)
{
    for (const auto &entry : presetTable()) {
        if (entry.protocol.id == id)
            return entry.protocol;
    }
    return std::nullopt;
}

Protocol Protocol::defaultProtocol()
{
    return *preset(defaultId());
}

QString Protocol::displayName() const
{
    for (const auto &entry : presetTable()) {
        Protocol sameRules = *this;
        sameRules.name = entry.protocol.name;
        if (sameRules == entry.protocol) // an unchanged preset: its name in today's language
            return QCoreApplication::translate("nc::Protocol", entry.untranslatedName);
    }
    return name.isEmpty() ? id : name;
}

QString Protocol::presetSource(const QString &id)
{
    for (const auto &entry : presetTable()) {
        if (entry.protocol.id == id)
            return QString::fromLatin1(entry.source);
    }
    return {};
}

Expected<Protocol> Protocol::fromJson(const QJsonObject &object)
{
    using Presence = JsonReader::Presence;
    using Range = JsonReader::Range;
    JsonReader r(JsonReader::UnknownKey::Named);
    const QString top;
    r.keys(object, top,
        { "id", "name", "single", "sustained", "low", "watch_c", "recheck_minutes", "lookback_hours",
            "fn_anc", "lln_anc", "stale_days", "nadir_start_day", "nadir_end_day", "treatment_window_days",
            "reading_gap_hours" });

    Protocol p;
    p.name.clear();
    if (auto id = r.string(object, top, "id", Presence::Required, JsonReader::Text::NonEmpty))
        p.id = *id;
    if (auto name = r.string(object, top, "name", Presence::Optional, JsonReader::Text::NonEmpty))
        p.name = *name;

    const Range plausibleC { Temperature::kMinC, Temperature::kMaxC };

    if (auto single = r.object(object, top, "single", Presence::Required)) {
        const QString path = QStringLiteral("single");
        r.keys(*single, path, { "threshold_c", "inclusive" });
        if (auto t = r.number(*single, path, "threshold_c", Presence::Required, plausibleC))
            p.single.thresholdC = *t;
        p.single.inclusive = r.boolean(*single, path, "inclusive").value_or(true);
    }
    p.sustained.reset();
    if (auto sustained = r.object(object, top, "sustained", Presence::Optional, true)) {
        const QString path = QStringLiteral("sustained");
        r.keys(*sustained, path, { "threshold_c", "inclusive", "minutes" });
        Sustained s;
        if (auto t = r.number(*sustained, path, "threshold_c", Presence::Required, plausibleC))
            s.thresholdC = *t;
        s.inclusive = r.boolean(*sustained, path, "inclusive").value_or(true);
        if (auto m = r.number(*sustained, path, "minutes", Presence::Required, Range { 1, 24 * 60, true }))
            s.minutes = int(*m);
        p.sustained = s;
    }
    p.low.reset();
    if (auto low = r.object(object, top, "low", Presence::Optional, true)) {
        const QString path = QStringLiteral("low");
        r.keys(*low, path, { "threshold_c" });
        Low l;
        if (auto t = r.number(*low, path, "threshold_c", Presence::Required, plausibleC))
            l.thresholdC = *t;
        p.low = l;
    }

    auto optionalNumber = [&](const char *key, auto &target, Range range) {
        if (auto v = r.number(object, top, key, Presence::Optional, range))
            target = static_cast<std::remove_reference_t<decltype(target)>>(*v);
    };
    optionalNumber("watch_c", p.watchC, plausibleC);
    optionalNumber("recheck_minutes", p.recheckMinutes, { 1, 24 * 60, true });
    optionalNumber("lookback_hours", p.lookbackHours, { 1, 7 * 24, true });
    optionalNumber("fn_anc", p.fnAnc, { 1, grading::kNormalFloor });
    optionalNumber("lln_anc", p.llnAnc, { grading::kMinimumLln, 10000 });
    optionalNumber("stale_days", p.staleDays, { 1, 365, true });
    optionalNumber("nadir_start_day", p.nadirStartDay, { 0, 365, true });
    optionalNumber("nadir_end_day", p.nadirEndDay, { 0, 365, true });
    optionalNumber("treatment_window_days", p.treatmentWindowDays, { 1, 365, true });
    optionalNumber("reading_gap_hours", p.readingGapHours, { 1, 7 * 24, true });

    if (!r.error() && p.nadirEndDay < p.nadirStartDay)
        r.fail(QStringLiteral("nadir_end_day"), Protocol::tr("must not be before nadir_start_day"));
    if (!r.error() && p.sustained && p.sustained->thresholdC > p.single.thresholdC) {
        r.fail(QStringLiteral("sustained.threshold_c"),
            Protocol::tr("must not be above the single-reading threshold"));
    }
    if (!r.error() && p.low && p.low->thresholdC >= p.single.thresholdC)
        r.fail(QStringLiteral("low.threshold_c"), Protocol::tr("must be below the single-reading threshold"));

    if (r.error())
        return *r.error();
    return p;
}

Expected<Protocol> Protocol::fromJsonBytes(const QByteArray &json)
{
    const auto object
        = JsonReader::parseObject(json, QString(), Protocol::tr("a protocol file must hold one JSON object"));
    if (!object)
        return object.error();
    return fromJson(*object);
}

QJsonObject Protocol::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("single"),
        QJsonObject { { QStringLiteral("threshold_c"), single.thresholdC },
            { QStringLiteral("inclusive"), single.inclusive } });
    if (sustained) {
        object.insert(QStringLiteral("sustained"),
            QJsonObject { { QStringLiteral("threshold_c"), sustained->thresholdC },
                { QStringLiteral("inclusive"), sustained->inclusive },
                { QStringLiteral("minutes"), sustained->minutes } });
    } else {
        object.insert(QStringLiteral("sustained"), QJsonValue::Null);
    }
    if (low)
        object.insert(
            QStringLiteral("low"), QJsonObject { { QStringLiteral("threshold_c"), low->thresholdC } });
    else
        object.insert(QStringLiteral("low"), QJsonValue::Null);
    object.insert(QStringLiteral("watch_c"), watchC);
    object.insert(QStringLiteral("recheck_minutes"), recheckMinutes);
    object.insert(QStringLiteral("lookback_hours"), lookbackHours);
    object.insert(QStringLiteral("fn_anc"), fnAnc);
    object.insert(QStringLiteral("lln_anc"), llnAnc);
    object.insert(QStringLiteral("stale_days"), staleDays);
    object.insert(QStringLiteral("nadir_start_day"), nadirStartDay);
    object.insert(QStringLiteral("nadir_end_day"), nadirEndDay);
    object.insert(QStringLiteral("treatment_window_days"), treatmentWindowDays);
    object.insert(QStringLiteral("reading_gap_hours"), readingGapHours);
    return object;
}

QByteArray Protocol::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Protocol::ReadingBand Protocol::bandOf(double celsius) const
{
    if (units::meetsThreshold(celsius, single.thresholdC, single.inclusive))
        return ReadingBand::Single;
    if (low && units::belowThreshold(celsius, low->thresholdC))
        return ReadingBand::Low;
    if (sustained && units::meetsThreshold(celsius, sustained->thresholdC, sustained->inclusive))
        return ReadingBand::Sustained;
    if (watchApplies() && units::meetsThreshold(celsius, watchC, true))
        return ReadingBand::Watch;
    return ReadingBand::Usual;
}

} // namespace nc

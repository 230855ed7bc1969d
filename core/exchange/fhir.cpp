#include "fhir.h"

#include "storage/recordtime.h"
#include "storage/textlimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <map>

namespace nc::fhir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nc::fhir", text);
}

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
const QString kCategorySystem = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
// NeutroCare's own codes, for what FHIR has no standard place for: the temporal site (no LOINC
// code of its own) and the "I took a painkiller" tick that masks a reading.
const QString kSiteSystem = QStringLiteral("https://neutrocare.org/fhir/CodeSystem/measurement-site");
const QString kAntipyreticExtension
    = QStringLiteral("https://neutrocare.org/fhir/StructureDefinition/antipyretic-reported");
// The unit the person reads counts in, when the value had to be written in /uL to stay exact.
const QString kEnteredUnitExtension
    = QStringLiteral("https://neutrocare.org/fhir/StructureDefinition/entered-unit");

// The LOINC codes of CLINICAL.md §7.
enum class Loinc {
    BodyTemperature,
    SiteTemperature,
    AncMeasured,
    Wbc,
    NeutrophilsTotal,
    Segs,
    Bands,
    CbcPanel
};

struct LoincInfo
{
    const char *code;
    Loinc meaning;
    std::optional<MeasurementSite> site;
    const char *display;
};

const LoincInfo kCodes[] = {
    { "8310-5", Loinc::BodyTemperature, std::nullopt, "Body temperature" },
    { "8331-1", Loinc::SiteTemperature, MeasurementSite::Oral, "Oral temperature" },
    { "8328-7", Loinc::SiteTemperature, MeasurementSite::Axillary, "Axillary temperature" },
    { "8332-9", Loinc::SiteTemperature, MeasurementSite::Rectal, "Rectal temperature" },
    { "8333-7", Loinc::SiteTemperature, MeasurementSite::Tympanic, "Tympanic membrane temperature" },
    { "751-8", Loinc::AncMeasured, std::nullopt, "Neutrophils [#/volume] in Blood by Automated count" },
    { "753-4", Loinc::AncMeasured, std::nullopt, "Neutrophils [#/volume] in Blood by Manual count" },
    { "26499-4", Loinc::AncMeasured, std::nullopt, "Neutrophils [#/volume] in Blood" },
    { "6690-2", Loinc::Wbc, std::nullopt, "Leukocytes [#/volume] in Blood by Automated count" },
    { "26464-8", Loinc::Wbc, std::nullopt, "Leukocytes [#/volume] in Blood" },
    { "770-8", Loinc::NeutrophilsTotal, std::nullopt,
        "Neutrophils/100 leukocytes in Blood by Automated count" },
    { "26511-6", Loinc::NeutrophilsTotal, std::nullopt, "Neutrophils/100 leukocytes in Blood" },
    { "769-0", Loinc::Segs, std::nullopt, "Segmented neutrophils/100 leukocytes in Blood by Manual count" },
    { "764-1", Loinc::Bands, std::nullopt, "Band form neutrophils/100 leukocytes in Blood by Manual count" },
    { "26508-2", Loinc::Bands, std::nullopt, "Band form neutrophils/100 leukocytes in Blood" },
    { "58410-2", Loinc::CbcPanel, std::nullopt, "CBC panel - Blood by Automated count" },
};

const LoincInfo *loincInfo(const QString &code)
{
    for (const auto &info : kCodes) {
        if (code == QLatin1String(info.code))
            return &info;
    }
    return nullptr;
}

const LoincInfo &loincFor(Loinc meaning, std::optional<MeasurementSite> site = std::nullopt)
{
    for (const auto &info : kCodes) {
        if (info.meaning == meaning && info.site == site)
            return info;
    }
    return kCodes[0];
}

// --- units --------------------------------------------------------------------------------------

QString ucumCode(CountUnit unit)
{
    switch (unit) {
    case CountUnit::CellsPerMicrolitre:
        return QStringLiteral("/uL");
    case CountUnit::GigaPerLitre:
        return QStringLiteral("10*9/L");
    case CountUnit::KiloPerMicrolitre:
        return QStringLiteral("10*3/uL");
    }
    return {};
}

QString ucumCode(TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? QStringLiteral("Cel") : QStringLiteral("[degF]");
}

// UCUM codes first, then the spellings portals print in Quantity.unit.
std::optional<CountUnit> countUnit(const QString &text)
{
    static const QHash<QString, CountUnit> map = {
        { QStringLiteral("/uL"), CountUnit::CellsPerMicrolitre },
        { QStringLiteral("{cells}/uL"), CountUnit::CellsPerMicrolitre },
        { QStringLiteral("cells/uL"), CountUnit::CellsPerMicrolitre },
        { QStringLiteral("/mm3"), CountUnit::CellsPerMicrolitre },
        { QStringLiteral("cells/mm3"), CountUnit::CellsPerMicrolitre },
        { QStringLiteral("10*3/uL"), CountUnit::KiloPerMicrolitre },
        { QStringLiteral("10^3/uL"), CountUnit::KiloPerMicrolitre },
        { QStringLiteral("x10E3/uL"), CountUnit::KiloPerMicrolitre },
        { QStringLiteral("K/uL"), CountUnit::KiloPerMicrolitre },
        { QStringLiteral("10*3/mm3"), CountUnit::KiloPerMicrolitre },
        { QStringLiteral("10*9/L"), CountUnit::GigaPerLitre },
        { QStringLiteral("10^9/L"), CountUnit::GigaPerLitre },
        { QStringLiteral("x10E9/L"), CountUnit::GigaPerLitre },
        { QStringLiteral("G/L"), CountUnit::GigaPerLitre },
    };
    const auto it = map.find(text.trimmed());
    return it == map.end() ? std::nullopt : std::optional<CountUnit>(*it);
}

std::optional<TemperatureUnit> temperatureUnit(const QString &text)
{
    static const QHash<QString, TemperatureUnit> map = {
        { QStringLiteral("Cel"), TemperatureUnit::Celsius },
        { QStringLiteral("°C"), TemperatureUnit::Celsius },
        { QStringLiteral("C"), TemperatureUnit::Celsius },
        { QStringLiteral("degC"), TemperatureUnit::Celsius },
        { QStringLiteral("[degF]"), TemperatureUnit::Fahrenheit },
        { QStringLiteral("°F"), TemperatureUnit::Fahrenheit },
        { QStringLiteral("F"), TemperatureUnit::Fahrenheit },
        { QStringLiteral("degF"), TemperatureUnit::Fahrenheit },
    };
    const auto it = map.find(text.trimmed());
    return it == map.end() ? std::nullopt : std::optional<TemperatureUnit>(*it);
}

// The unit a count is written in: the person's own when the value survives the conversion there
// and back bit for bit, else cells/µL, in which it is stored.
CountUnit exportUnit(double cells, CountUnit entered)
{
    const double inEntered = cells / units::cellsPerMicrolitreFactor(entered);
    return units::toCellsPerMicrolitre(inEntered, entered) == cells ? entered : CountUnit::CellsPerMicrolitre;
}

// --- writing ------------------------------------------------------------------------------------

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject c { { QStringLiteral("system"), system }, { QStringLiteral("code"), code } };
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject loincCoding(const LoincInfo &info)
{
    return coding(kLoinc, QString::fromLatin1(info.code), QString::fromLatin1(info.display));
}

QJsonArray category(const char *code, const char *display)
{
    return { QJsonObject { { QStringLiteral("coding"),
        QJsonArray { coding(kCategorySystem, QString::fromLatin1(code), QString::fromLatin1(display)) } } } };
}

QJsonObject quantity(double value, const QString &ucum)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("unit"), ucum },
        { QStringLiteral("system"), kUcum }, { QStringLiteral("code"), ucum } };
}

QString timeText(const QDateTime &time)
{
    return time.toString(time.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject observation(const LoincInfo &code, const QDateTime &time, bool laboratory)
{
    return { { QStringLiteral("resourceType"), QStringLiteral("Observation") },
        { QStringLiteral("status"), QStringLiteral("final") },
        { QStringLiteral("category"),
            laboratory ? category("laboratory", "Laboratory") : category("vital-signs", "Vital Signs") },
        { QStringLiteral("code"),
            QJsonObject { { QStringLiteral("coding"), QJsonArray { loincCoding(code) } },
                { QStringLiteral("text"), QString::fromLatin1(code.display) } } },
        { QStringLiteral("effectiveDateTime"), timeText(time) } };
}

void addNoteAndLab(QJsonObject &o, const QString &note, const QString &lab)
{
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), QJsonArray { QJsonObject { { QStringLiteral("text"), note } } });
    if (!lab.isEmpty())
        o.insert(
            QStringLiteral("performer"), QJsonArray { QJsonObject { { QStringLiteral("display"), lab } } });
}

class BundleWriter
{
public:
    QString add(const QJsonObject &resource)
    {
        // Stable ids (UUID v5 of the position) keep two exports of the same data identical.
        static const QUuid ns = QUuid::fromString(QLatin1String("{6f1c8e52-2d1e-4a8e-9a57-7c1c2b0e4f10}"));
        const QString url = QStringLiteral("urn:uuid:")
            + QUuid::createUuidV5(ns, QString::number(m_entries.size())).toString(QUuid::WithoutBraces);
        m_entries.append(
            QJsonObject { { QStringLiteral("fullUrl"), url }, { QStringLiteral("resource"), resource } });
        return url;
    }

    QByteArray document() const
    {
        const QJsonObject bundle { { QStringLiteral("resourceType"), QStringLiteral("Bundle") },
            { QStringLiteral("type"), QStringLiteral("collection") },
            { QStringLiteral("entry"), m_entries } };
        return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    }

private:
    QJsonArray m_entries;
};

void writeTemperature(BundleWriter &bundle, const TemperatureRecord &r)
{
    const Temperature &t = r.reading.temperature;
    QJsonObject o = observation(loincFor(Loinc::BodyTemperature), r.reading.time, false);
    // 8310-5 is what the FHIR vital-signs profile requires; the site's own code rides along.
    QJsonArray codings { loincCoding(loincFor(Loinc::BodyTemperature)) };
    for (const auto &info : kCodes) {
        if (info.site == t.site())
            codings.append(loincCoding(info));
    }
    QJsonObject code = o.value(QStringLiteral("code")).toObject();
    code.insert(QStringLiteral("coding"), codings);
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("valueQuantity"), quantity(t.enteredValue(), ucumCode(t.enteredUnit())));
    o.insert(QStringLiteral("bodySite"),
        QJsonObject {
            { QStringLiteral("coding"), QJsonArray { coding(kSiteSystem, sites::code(t.site())) } } });
    if (r.reading.antipyreticReported) {
        o.insert(QStringLiteral("extension"),
            QJsonArray { QJsonObject { { QStringLiteral("url"), kAntipyreticExtension },
                { QStringLiteral("valueBoolean"), true } } });
    }
    addNoteAndLab(o, r.note, QString());
    bundle.add(o);
}

void addEnteredUnit(QJsonObject &o, CountUnit written, CountUnit entered)
{
    if (written == entered)
        return;
    o.insert(QStringLiteral("extension"),
        QJsonArray { QJsonObject { { QStringLiteral("url"), kEnteredUnitExtension },
            { QStringLiteral("valueCode"), units::countUnitCode(entered) } } });
}

void writeBloodCount(BundleWriter &bundle, const BloodCountRecord &r)
{
    const BloodCount &c = r.count;
    if (c.provenance() == AncProvenance::Measured) {
        QJsonObject o = observation(loincFor(Loinc::AncMeasured), c.time(), true);
        const CountUnit unit = exportUnit(c.anc(), r.enteredUnit);
        o.insert(QStringLiteral("valueQuantity"),
            quantity(c.anc() / units::cellsPerMicrolitreFactor(unit), ucumCode(unit)));
        addEnteredUnit(o, unit, r.enteredUnit);
        addNoteAndLab(o, r.note, r.lab);
        bundle.add(o);
        return;
    }
    // A derived ANC goes out as what the lab measured — the WBC and its differential — grouped
    // by a CBC panel, so the reader derives it again the same way.
    QJsonArray members;
    auto member = [&](Loinc meaning, const QJsonObject &value) {
        QJsonObject o = observation(loincFor(meaning), c.time(), true);
        o.insert(QStringLiteral("valueQuantity"), value);
        members.append(QJsonObject { { QStringLiteral("reference"), bundle.add(o) } });
    };
    const double wbc = c.wbc().value_or(0);
    const CountUnit unit = exportUnit(wbc, r.enteredUnit);
    member(Loinc::Wbc, quantity(wbc / units::cellsPerMicrolitreFactor(unit), ucumCode(unit)));
    const Differential &d = c.differential();
    const QString percent = QStringLiteral("%");
    if (d.neutrophilsPct)
        member(Loinc::NeutrophilsTotal, quantity(*d.neutrophilsPct, percent));
    if (d.segsPct)
        member(Loinc::Segs, quantity(*d.segsPct, percent));
    if (d.bandsPct)
        member(Loinc::Bands, quantity(*d.bandsPct, percent));
    QJsonObject panel = observation(loincFor(Loinc::CbcPanel), c.time(), true);
    panel.insert(QStringLiteral("hasMember"), members);
    addEnteredUnit(panel, unit, r.enteredUnit);
    addNoteAndLab(panel, r.note, r.lab);
    bundle.add(panel);
}

// --- reading ------------------------------------------------------------------------------------

struct Entry
{
    int index = 0; // 1-based, as people count
    // Parsed when needed from `json` when the bundle is read a piece at a time (BundleParts), and let
    // go after reading unless a lab result or a panel must stay for grouping (`keep`).
    mutable QJsonObject resource;
    QString location;
    QString fullUrl; // how other entries refer to it, with Observation/<id>
    QByteArrayView json = {}; // the whole bundle entry, { "fullUrl": …, "resource": … }
    mutable bool keep = false;

    void load() const
    {
        if (resource.isEmpty() && !json.isEmpty())
            resource = QJsonDocument::fromJson(json.toByteArray())
                           .object()
                           .value(QStringLiteral("resource"))
                           .toObject();
    }
    void release() const
    {
        if (!json.isEmpty() && !keep)
            resource = QJsonObject();
    }
};

// A Bundle split into its entries without building the document's tree, which took three times the
// file's size (a 171 MB bundle of 100,000 observations peaked at 681 MB): the root's members are
// found by a scan that knows strings and nesting, and each member and entry is parsed on its own.
// Anything this scan is unsure of (a key with an escape, a key twice, text after the root) gives
// nullopt, and the whole document is parsed as before, which says what is wrong.
struct BundleParts
{
    QList<QByteArrayView> entries;
};

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        ++i;
    return i;
}

// The end of the JSON value starting at `i` (a string, an object, an array or a literal), or -1.
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    int depth = 0;
    bool inString = false;
    for (qsizetype k = i; k < s.size(); ++k) {
        const char c = s[k];
        if (inString) {
            if (c == '\\')
                ++k;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return k + 1;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return k; // a literal ended by its container
            if (--depth == 0)
                return k + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return k;
        }
    }
    return depth == 0 && !inString ? s.size() : -1;
}

bool parsesAsJson(QByteArrayView value)
{
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray("[") + value.toByteArray() + ']', &error);
    return error.error == QJsonParseError::NoError;
}

std::optional<BundleParts> splitBundle(QByteArrayView s)
{
    qsizetype i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '{')
        return std::nullopt;
    i = skipSpace(s, i + 1);
    BundleParts parts;
    QSet<QByteArray> keys;
    bool isBundle = false;
    bool first = true;
    while (i < s.size() && s[i] != '}') {
        if (!first) {
            if (s[i] != ',')
                return std::nullopt;
            i = skipSpace(s, i + 1);
        }
        first = false;
        if (i >= s.size() || s[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = s.indexOf('"', i + 1);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArray key = s.sliced(i + 1, keyEnd - i - 1).toByteArray();
        if (key.contains('\\') || keys.contains(key))
            return std::nullopt;
        keys.insert(key);
        i = skipSpace(s, keyEnd + 1);
        if (i >= s.size() || s[i] != ':')
            return std::nullopt;
        i = skipSpace(s, i + 1);
        const qsizetype end = valueEnd(s, i);
        if (end <= i) // none, or nothing before the next comma or brace
            return std::nullopt;
        const QByteArrayView value = s.sliced(i, end - i);
        if (key == "entry") {
            if (!value.startsWith('[') || !value.endsWith(']'))
                return std::nullopt;
            qsizetype k = skipSpace(value, 1);
            while (k < value.size() - 1) {
                const qsizetype e = valueEnd(value, k);
                if (e < 0)
                    return std::nullopt;
                parts.entries.append(value.sliced(k, e - k));
                k = skipSpace(value, e);
                if (k < value.size() - 1) {
                    if (value[k] != ',')
                        return std::nullopt;
                    k = skipSpace(value, k + 1);
                }
            }
        } else {
            if (!parsesAsJson(value))
                return std::nullopt;
            if (key == "resourceType")
                isBundle = value == QByteArrayView("\"Bundle\"");
        }
        i = skipSpace(s, end);
    }
    if (i >= s.size() || skipSpace(s, i + 1) != s.size() || !isBundle)
        return std::nullopt;
    return parts;
}

// A result as read from one Observation, before grouping into lab results.
struct LabValue
{
    const Entry *entry = nullptr;
    const LoincInfo *code = nullptr;
    double value = 0;
    std::optional<CountUnit> unit; // counts; percentages have none
};

struct LabGroup
{
    QDateTime time;
    QList<LabValue> values;
    const Entry *panel = nullptr;
    int firstEntry = 0; // results come out in the order the file lists them
};

// A group's results by what they are: the lab's own ANCs, and what an ANC is derived from.
struct SortedLabValues
{
    QList<const LabValue *> measured;
    const LabValue *wbc = nullptr;
    const LabValue *total = nullptr;
    const LabValue *segs = nullptr;
    const LabValue *bands = nullptr;
};

class Reader
{
    // Its messages are found under the context lupdate files them in (the class's own); the
    // namespace's tr() above would look under "nc::fhir" and show them in English.
    Q_DECLARE_TR_FUNCTIONS(nc::fhir::Reader)

public:
    Reader(ImportReport &out, RecordSink &sink, const QDateTime &now)
        : m_out(out)
        , m_sink(sink)
        , m_future(now)
    { }

    void fail(const Entry &entry, const QString &field, const QString &reason)
    {
        m_out.addError({ entry.location, field, reason });
    }

    void skip(const QString &what) { ++m_out.skippedCodes[what]; }

    void read(const QList<Entry> &entries, const Progress &progress);
    // The entries of a split bundle, made from its parts; nullopt when one does not parse, so that
    // nothing has been read before the whole document is parsed instead.
    static std::optional<QList<Entry>> entriesOf(const BundleParts &parts);
    // The Observation a bundle entry ({ "fullUrl": …, "resource": … }) carries; nothing for the
    // patients, reports and encounters that travel with results.
    static std::optional<Entry> observationEntry(int index, const QJsonObject &bundleEntry);
    // "entry 3 (Observation abc)": where an error is, as people count.
    static QString entryLocation(int index, const QString &id)
    {
        return id.isEmpty() ? tr("entry %1").arg(index)
                            : tr("entry %1 (Observation %2)").arg(index).arg(id.left(64));
    }

private:
    void readObservation(const Entry &entry);
    void readTemperature(const Entry &entry, const QDateTime &time, std::optional<MeasurementSite> site);
    void finishGroups();
    void finishGroup(const LabGroup &group);
    std::optional<SortedLabValues> sortValues(const LabGroup &group);
    void finishDerived(const LabGroup &group, const SortedLabValues &values);
    // Stores a count with the lab and note of `source`; the unit it was entered in is
    // NeutroCare's note on `unitResource`, else `unit`.
    void addBloodCount(
        const BloodCount &count, const Entry &source, const QJsonObject &unitResource, CountUnit unit);
    void skipUnused(const LabValue *value, const QString &why);

    std::optional<QDateTime> effectiveTime(const Entry &entry, bool required);
    std::optional<std::pair<double, QString>> quantityOf(const Entry &entry);
    QString textOf(const Entry &entry, const char *array, const char *key) const;
    // textOf(), refused with the reason when it breaks the text rule (DESIGN.md "Data safety").
    std::optional<QString> typedText(const Entry &entry, const char *array, const char *key, text::Kind kind);

    ImportReport &m_out;
    RecordSink &m_sink;
    const records::FutureRule m_future;
    // Members of a panel: their reference → the panel's entry.
    QHash<QString, const Entry *> m_panelOf;
    // Lab results grouped by panel, else by effective time (ms since the epoch).
    std::map<std::pair<const Entry *, qint64>, LabGroup> m_groups;
};

QString describeCoding(const QJsonObject &code)
{
    // The LOINC coding names a result best; a system's local code is the fallback.
    QJsonArray codings;
    const QJsonArray all = code.value(QStringLiteral("coding")).toArray();
    for (const auto &v : all) {
        if (v.toObject().value(QStringLiteral("system")).toString() == kLoinc)
            codings.prepend(v);
        else
            codings.append(v);
    }
    for (const auto &v : std::as_const(codings)) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("code")).toString();
        if (!id.isEmpty()) {
            const QString display = c.value(QStringLiteral("display")).toString();
            return (display.isEmpty() ? id : id + QLatin1Char(' ') + display).left(120);
        }
    }
    const QString text = code.value(QStringLiteral("text")).toString();
    return text.isEmpty() ? tr("(an observation without a code)") : text.left(120);
}

// The tracked LOINC codings of an Observation: the first tracked meaning, and the site code of a
// temperature when one is there.
struct Recognised
{
    const LoincInfo *primary = nullptr;
    std::optional<MeasurementSite> site;
};

Recognised recognise(const QJsonObject &code)
{
    Recognised r;
    const QJsonArray codings = code.value(QStringLiteral("coding")).toArray();
    for (const auto &v : codings) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("system")).toString() != kLoinc)
            continue;
        const LoincInfo *info = loincInfo(c.value(QStringLiteral("code")).toString());
        if (!info)
            continue;
        if (info->meaning == Loinc::SiteTemperature) {
            r.site = info->site;
            if (!r.primary || r.primary->meaning == Loinc::SiteTemperature)
                r.primary = info;
        } else if (!r.primary || r.primary->meaning == Loinc::SiteTemperature) {
            r.primary = info;
        }
    }
    return r;
}

// NeutroCare's own note of the unit a person reads counts in; absent in other systems' files.
std::optional<CountUnit> enteredUnitOf(const QJsonObject &resource)
{
    const QJsonArray extensions = resource.value(QStringLiteral("extension")).toArray();
    for (const auto &v : extensions) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("url")).toString() == kEnteredUnitExtension)
            return units::countUnitFromCode(e.value(QStringLiteral("valueCode")).toString());
    }
    return std::nullopt;
}

QString Reader::textOf(const Entry &entry, const char *array, const char *key) const
{
    const QJsonArray items = entry.resource.value(QLatin1String(array)).toArray();
    QStringList texts;
    for (const auto &v : items)
        texts << v.toObject().value(QLatin1String(key)).toString();
    return texts.join(QLatin1Char('\n'));
}

std::optional<QString> Reader::typedText(
    const Entry &entry, const char *array, const char *key, text::Kind kind)
{
    const QString value = textOf(entry, array, key);
    if (const auto reason = text::problem(value, kind)) {
        fail(entry, QStringLiteral("%1.%2").arg(QLatin1String(array), QLatin1String(key)), *reason);
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> Reader::effectiveTime(const Entry &entry, bool required)
{
    QString field = QStringLiteral("effectiveDateTime");
    QJsonValue value = entry.resource.value(field);
    if (value.isUndefined()) {
        const QJsonValue period = entry.resource.value(QStringLiteral("effectivePeriod"));
        if (period.isObject()) {
            field = QStringLiteral("effectivePeriod.start");
            value = period.toObject().value(QStringLiteral("start"));
        } else if (entry.resource.contains(QStringLiteral("effectiveInstant"))) {
            field = QStringLiteral("effectiveInstant");
            value = entry.resource.value(field);
        }
    }
    if (value.isUndefined()) {
        if (required)
            fail(entry, field, tr("is required: a result without a time cannot be placed"));
        return std::nullopt;
    }
    QString text = value.toString();
    // FHIR allows any number of decimals of a second; Qt reads up to milliseconds.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    // The offset as Qt read it: a time without one would be taken as this computer's local time.
    // (Looking for a sign six characters from the end took the date's own dash in "2026-03-10T00"
    // for one; the fuzzer found it.)
    const bool hasOffset = t.timeSpec() == Qt::UTC || t.timeSpec() == Qt::OffsetFromUTC;
    if (!value.isString() || !t.isValid() || !hasOffset || !text.contains(QLatin1Char('T'))) {
        fail(entry, field,
            tr("\"%1\" is not a date and time with an offset, like 2026-03-10T08:00:00+01:00")
                .arg(value.toString().left(40)));
        return std::nullopt;
    }
    // A reading or a lab result is something that has happened (storage/recordtime.h).
    if (const auto reason = m_future.problem(t)) {
        fail(entry, field, *reason);
        return std::nullopt;
    }
    return t;
}

std::optional<std::pair<double, QString>> Reader::quantityOf(const Entry &entry)
{
    const QJsonValue q = entry.resource.value(QStringLiteral("valueQuantity"));
    if (!q.isObject()) {
        fail(entry, QStringLiteral("valueQuantity"), tr("is required: this result has no number"));
        return std::nullopt;
    }
    const QJsonObject quantity = q.toObject();
    if (quantity.contains(QStringLiteral("comparator"))) {
        fail(entry, QStringLiteral("valueQuantity.comparator"),
            tr("the lab gave no exact value (\"%1\"); enter this result by hand")
                .arg(quantity.value(QStringLiteral("comparator")).toString().left(10)));
        return std::nullopt;
    }
    const QJsonValue value = quantity.value(QStringLiteral("value"));
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(entry, QStringLiteral("valueQuantity.value"), tr("must be a number"));
        return std::nullopt;
    }
    // The UCUM code when the quantity is coded in UCUM, else the printed unit.
    QString unit = quantity.value(QStringLiteral("unit")).toString();
    const QString system = quantity.value(QStringLiteral("system")).toString();
    if (quantity.contains(QStringLiteral("code")) && (system.isEmpty() || system == kUcum))
        unit = quantity.value(QStringLiteral("code")).toString();
    return std::make_pair(value.toDouble(), unit);
}

std::optional<Entry> Reader::observationEntry(int index, const QJsonObject &bundleEntry)
{
    const QJsonObject resource = bundleEntry.value(QStringLiteral("resource")).toObject();
    // Patients, reports and encounters travel with results; only Observations carry them.
    if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String("Observation"))
        return std::nullopt;
    return Entry { index, resource, entryLocation(index, resource.value(QStringLiteral("id")).toString()),
        bundleEntry.value(QStringLiteral("fullUrl")).toString() };
}

std::optional<QList<Entry>> Reader::entriesOf(const BundleParts &parts)
{
    QList<Entry> entries;
    entries.reserve(parts.entries.size());
    for (qsizetype i = 0; i < parts.entries.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(parts.entries.at(i).toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        auto entry = observationEntry(int(i + 1), doc.object());
        if (!entry)
            continue;
        entry->json = parts.entries.at(i);
        // A panel stays parsed: its members may come anywhere after it. The others are parsed again
        // when read.
        if (entry->resource.contains(QStringLiteral("hasMember")))
            entry->keep = true;
        else
            entry->resource = QJsonObject();
        entries.append(std::move(*entry));
    }
    return entries;
}

void Reader::read(const QList<Entry> &entries, const Progress &progress)
{
    // Panels first, so members anywhere in the bundle find their group.
    for (const auto &entry : entries) {
        const QJsonArray members = entry.resource.value(QStringLiteral("hasMember")).toArray();
        for (const auto &m : members) {
            const QString reference = m.toObject().value(QStringLiteral("reference")).toString();
            if (!reference.isEmpty())
                m_panelOf.insert(reference, &entry);
        }
    }
    qint64 done = 0;
    for (const auto &entry : entries) {
        entry.load();
        readObservation(entry);
        entry.release();
        if (++done % 256 == 0 && progress && !progress(done, entries.size())) {
            m_out.cancelled = true;
            return;
        }
    }
    finishGroups();
}

void Reader::readObservation(const Entry &entry)
{
    const QString status = entry.resource.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled")) {
        ++m_out.withdrawn;
        return;
    }
    const QJsonObject code = entry.resource.value(QStringLiteral("code")).toObject();
    const Recognised recognised = recognise(code);
    if (!recognised.primary) {
        skip(describeCoding(code));
        return;
    }
    static const QStringList accepted = { QStringLiteral("final"), QStringLiteral("amended"),
        QStringLiteral("corrected"), QStringLiteral("preliminary") };
    if (!accepted.contains(status)) {
        fail(entry, QStringLiteral("status"),
            tr("\"%1\" is not a result NeutroCare can store (final, amended, corrected or preliminary)")
                .arg(status.left(40)));
        return;
    }
    const Loinc meaning = recognised.primary->meaning;
    if (meaning == Loinc::CbcPanel) {
        // A panel holds its members; it carries no value of its own.
        return;
    }

    const Entry *panel = entry.fullUrl.isEmpty() ? nullptr : m_panelOf.value(entry.fullUrl, nullptr);
    const QString id = entry.resource.value(QStringLiteral("id")).toString();
    if (!panel && !id.isEmpty())
        panel = m_panelOf.value(QStringLiteral("Observation/") + id, nullptr);

    std::optional<QDateTime> time = effectiveTime(entry, panel == nullptr);
    if (!time && panel && !entry.resource.contains(QStringLiteral("effectiveDateTime")))
        time = effectiveTime(*panel, true);
    if (!time)
        return;

    if (meaning == Loinc::BodyTemperature || meaning == Loinc::SiteTemperature) {
        readTemperature(entry, *time, recognised.site);
        return;
    }

    const auto quantity = quantityOf(entry);
    if (!quantity)
        return;
    LabValue value { &entry, recognised.primary, quantity->first, std::nullopt };
    const bool isPercent
        = meaning == Loinc::NeutrophilsTotal || meaning == Loinc::Segs || meaning == Loinc::Bands;
    if (isPercent) {
        if (quantity->second != QLatin1String("%")) {
            fail(entry, QStringLiteral("valueQuantity.unit"),
                tr("\"%1\" is not a unit for a percentage; expected %").arg(quantity->second.left(20)));
            return;
        }
    } else {
        value.unit = countUnit(quantity->second);
        if (!value.unit) {
            fail(entry, QStringLiteral("valueQuantity.unit"),
                tr("\"%1\" is not a blood count unit NeutroCare reads (10*3/uL, 10*9/L, /uL, cells/uL)")
                    .arg(quantity->second.left(20)));
            return;
        }
    }
    const qint64 key = panel ? 0 : time->toMSecsSinceEpoch();
    LabGroup &group = m_groups[{ panel, key }];
    if (!group.time.isValid()) {
        group.time = panel ? effectiveTime(*panel, false).value_or(*time) : *time;
        group.firstEntry = entry.index;
    }
    group.panel = panel;
    group.values.append(value);
    entry.keep = true; // read again when its group is finished
}

void Reader::readTemperature(const Entry &entry, const QDateTime &time, std::optional<MeasurementSite> site)
{
    const auto quantity = quantityOf(entry);
    if (!quantity)
        return;
    const auto unit = temperatureUnit(quantity->second);
    if (!unit) {
        fail(entry, QStringLiteral("valueQuantity.unit"),
            tr("\"%1\" is not a temperature unit NeutroCare reads (Cel, [degF])")
                .arg(quantity->second.left(20)));
        return;
    }
    // NeutroCare's own site coding wins over the site LOINC code (it also knows "temporal").
    const QJsonArray siteCodings = entry.resource.value(QStringLiteral("bodySite"))
                                       .toObject()
                                       .value(QStringLiteral("coding"))
                                       .toArray();
    for (const auto &v : siteCodings) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("system")).toString() != kSiteSystem)
            continue;
        site = sites::fromCode(c.value(QStringLiteral("code")).toString());
        if (!site) {
            fail(entry, QStringLiteral("bodySite"),
                tr("\"%1\" is not a measurement site")
                    .arg(c.value(QStringLiteral("code")).toString().left(40)));
            return;
        }
    }
    const auto temperature
        = Temperature::fromInput(quantity->first, *unit, site.value_or(MeasurementSite::Oral));
    if (!temperature) {
        fail(entry, QStringLiteral("valueQuantity.value"), temperature.error().message);
        return;
    }
    bool antipyretic = false;
    const QJsonArray extensions = entry.resource.value(QStringLiteral("extension")).toArray();
    for (const auto &v : extensions) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("url")).toString() == kAntipyreticExtension)
            antipyretic = e.value(QStringLiteral("valueBoolean")).toBool();
    }
    const auto note = typedText(entry, "note", "text", text::Kind::Note);
    if (!note)
        return;
    TemperatureRecord r;
    r.reading = { time, *temperature, antipyretic };
    r.note = *note;
    m_sink.add(std::move(r));
}

void Reader::finishGroups()
{
    QList<const LabGroup *> ordered;
    for (const auto &[key, group] : m_groups)
        ordered.append(&group);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const LabGroup *a, const LabGroup *b) { return a->firstEntry < b->firstEntry; });
    for (const LabGroup *group : std::as_const(ordered))
        finishGroup(*group);
}

void Reader::finishGroup(const LabGroup &group)
{
    const auto values = sortValues(group);
    if (!values)
        return;

    for (const LabValue *m : values->measured) {
        const auto count = BloodCount::measured(group.time, m->value, *m->unit);
        if (!count) {
            fail(*m->entry, QStringLiteral("valueQuantity.value"), count.error().message);
            continue;
        }
        addBloodCount(*count, group.panel ? *group.panel : *m->entry, m->entry->resource, *m->unit);
    }
    if (!values->measured.isEmpty()) {
        // The lab's own ANC beats one derived from the same sample (CLINICAL.md §1).
        const QString why = tr("the measured ANC of the same time was used");
        for (const LabValue *v : { values->wbc, values->total, values->segs, values->bands })
            skipUnused(v, why);
        return;
    }
    finishDerived(group, *values);
}

std::optional<SortedLabValues> Reader::sortValues(const LabGroup &group)
{
    SortedLabValues sorted;
    for (const auto &v : group.values) {
        const LabValue **slot = nullptr;
        switch (v.code->meaning) {
        case Loinc::AncMeasured:
            sorted.measured.append(&v);
            continue;
        case Loinc::Wbc:
            slot = &sorted.wbc;
            break;
        case Loinc::NeutrophilsTotal:
            slot = &sorted.total;
            break;
        case Loinc::Segs:
            slot = &sorted.segs;
            break;
        case Loinc::Bands:
            slot = &sorted.bands;
            break;
        default:
            continue;
        }
        if (*slot && (*slot)->value != v.value) {
            fail(*v.entry, QStringLiteral("valueQuantity.value"),
                tr("a second, different %1 at the same time; which one is right cannot be told")
                    .arg(QString::fromLatin1(v.code->code)));
            return std::nullopt;
        }
        *slot = &v;
    }
    return sorted;
}

// An ANC derived from the white cell count and a differential of the same sample.
void Reader::finishDerived(const LabGroup &group, const SortedLabValues &values)
{
    const LabValue *wbc = values.wbc;
    const LabValue *total = values.total;
    const LabValue *segs = values.segs;
    const LabValue *bands = values.bands;
    const bool hasDifferential = total || segs || bands;
    if (!wbc) {
        for (const LabValue *v : { total, segs, bands })
            skipUnused(v, tr("no white cell count at the same time"));
        return;
    }
    if (!hasDifferential) {
        skipUnused(wbc, tr("no differential at the same time, so no ANC"));
        return;
    }
    // A total already contains the bands: with a total, segmented and band % are not added.
    const Differential differential = total
        ? Differential::total(total->value)
        : Differential { std::nullopt, segs ? std::optional<double>(segs->value) : std::nullopt,
              bands ? std::optional<double>(bands->value) : std::nullopt };
    if (total) {
        skipUnused(segs, tr("the total neutrophil % was used"));
        skipUnused(bands, tr("the total neutrophil % was used"));
    }
    const auto count = BloodCount::derived(group.time, wbc->value, *wbc->unit, differential);
    if (!count) {
        const InputError &e = count.error();
        const LabValue *culprit = e.field == QLatin1String("wbc") ? wbc
            : e.field == QLatin1String("bands_pct") && bands      ? bands
            : total                                               ? total
            : segs                                                ? segs
                                                                  : wbc;
        fail(*culprit->entry, QStringLiteral("valueQuantity.value"), e.message);
        return;
    }
    const Entry &source = group.panel ? *group.panel : *wbc->entry;
    addBloodCount(*count, source, source.resource, *wbc->unit);
}

void Reader::addBloodCount(
    const BloodCount &count, const Entry &source, const QJsonObject &unitResource, CountUnit unit)
{
    const auto lab = typedText(source, "performer", "display", text::Kind::Short);
    const auto note = typedText(source, "note", "text", text::Kind::Note);
    if (!lab || !note)
        return;
    BloodCountRecord r;
    r.count = count;
    r.enteredUnit = enteredUnitOf(unitResource).value_or(unit);
    r.lab = *lab;
    r.note = *note;
    m_sink.add(std::move(r));
}

void Reader::skipUnused(const LabValue *value, const QString &why)
{
    if (value)
        skip(
            QStringLiteral("%1 %2 (%3)")
                .arg(QString::fromLatin1(value->code->code), QString::fromLatin1(value->code->display), why));
}

} // namespace

std::optional<QByteArray> write(const RecordSet &records, const Progress &progress)
{
    BundleWriter bundle;
    const qint64 total = records.temperatures.size() + records.bloodCounts.size();
    qint64 done = 0;
    auto tick = [&] { return !(++done % 256 == 0 && progress && !progress(done, total)); };
    for (const auto &r : records.temperatures) {
        writeTemperature(bundle, r);
        if (!tick())
            return std::nullopt;
    }
    for (const auto &r : records.bloodCounts) {
        writeBloodCount(bundle, r);
        if (!tick())
            return std::nullopt;
    }
    if (progress && !progress(total, total))
        return std::nullopt;
    return bundle.document();
}

// The entries of the document parsed whole; nothing, with the reason added to `report`, when it is
// not JSON or not a Bundle or an Observation.
static std::optional<QList<Entry>> documentEntries(const QByteArray &json, ImportReport &report)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString document = tr("document");
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        report.addError({ document, QString(),
            parseError.error != QJsonParseError::NoError ? tr("not valid JSON: %1 at character %2")
                                                               .arg(parseError.errorString())
                                                               .arg(parseError.offset)
                                                         : tr("not a FHIR resource (a JSON object)") });
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("resourceType")).toString();
    QList<Entry> entries;
    if (type == QLatin1String("Observation")) {
        entries.append({ 1, root, tr("Observation"), QString() });
    } else if (type == QLatin1String("Bundle")) {
        const QJsonArray list = root.value(QStringLiteral("entry")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (auto entry = Reader::observationEntry(int(i + 1), list.at(i).toObject()))
                entries.append(std::move(*entry));
        }
    } else {
        report.addError({ document, QStringLiteral("resourceType"),
            tr("\"%1\" is not a Bundle or an Observation").arg(type.left(40)) });
        return std::nullopt;
    }
    return entries;
}

ImportReport read(const QByteArray &json, RecordSink &sink, const Progress &progress, const QDateTime &now)
{
    ImportReport result;
    // A bundle is read entry by entry when it can be: the document's tree would take three times the
    // file. Otherwise, or when a part does not parse, the whole document is parsed, which says why.
    std::optional<QList<Entry>> entries;
    if (const auto parts = splitBundle(json))
        entries = Reader::entriesOf(*parts);
    if (!entries && !(entries = documentEntries(json, result)))
        return result;
    Reader reader(result, sink, now);
    reader.read(*entries, progress);
    if (!result.cancelled && progress && !progress(entries->size(), entries->size()))
        result.cancelled = true;
    return result;
}

ParsedImport read(const QByteArray &json, const Progress &progress, const QDateTime &now)
{
    return ParsedImport::from([&](RecordSink &sink) { return read(json, sink, progress, now); });
}

} // namespace nc::fhir

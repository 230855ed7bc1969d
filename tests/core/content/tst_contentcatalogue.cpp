#include "clinical/assessment.h"
#include "clinical/medicines.h"
#include "clinical/protocol.h"
#include "clinical/symptom.h"
#include "clinical/temperature.h"
#include "clinical/thresholdtext.h"
#include "content/contentcatalogue.h"
#include "content/contentfill.h"
#include "language.h"
#include "storage/records.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace nc;

namespace {

// Every topic of issue 5's Learn section and issue 13's additions, by stable id. Each must be covered by an
// article written in each shipped language (a fallback to English does not count as a translation).
const QStringList &requiredTopics()
{
    static const QStringList topics = {
        // what it is
        QStringLiteral("neutrophils"),
        QStringLiteral("neutropenia"),
        QStringLiteral("acute-chronic"),
        // types
        QStringLiteral("type-congenital"),
        QStringLiteral("type-kostmann"),
        QStringLiteral("type-idiopathic"),
        QStringLiteral("type-cyclic"),
        QStringLiteral("type-autoimmune"),
        QStringLiteral("type-febrile"),
        // causes: low production
        QStringLiteral("cause-low-production"),
        QStringLiteral("cause-congenital"),
        QStringLiteral("cause-leukaemia-marrow-failure"),
        QStringLiteral("cause-lgl-leukaemia"),
        QStringLiteral("cause-lymphoproliferative"),
        QStringLiteral("cause-myelodysplasia"),
        QStringLiteral("cause-marrow-infiltration"),
        QStringLiteral("cause-radiation"),
        QStringLiteral("cause-chemotherapy"),
        // causes: destruction
        QStringLiteral("cause-destruction"),
        QStringLiteral("cause-autoimmune"),
        QStringLiteral("cause-felty"),
        QStringLiteral("cause-crohn"),
        QStringLiteral("cause-rheumatoid-arthritis"),
        QStringLiteral("cause-lupus"),
        // causes: infections
        QStringLiteral("cause-infection"),
        QStringLiteral("cause-bacterial"),
        QStringLiteral("cause-fungal"),
        QStringLiteral("cause-tuberculosis"),
        QStringLiteral("cause-dengue"),
        QStringLiteral("cause-ebv"),
        QStringLiteral("cause-cmv"),
        QStringLiteral("cause-hiv"),
        QStringLiteral("cause-viral-hepatitis"),
        // causes: other
        QStringLiteral("cause-folate"),
        QStringLiteral("cause-spleen"),
        QStringLiteral("cause-transplant"),
        QStringLiteral("cause-medicines"),
        // infection and fever
        QStringLiteral("infection-signs"),
        QStringLiteral("fever-emergency"),
        QStringLiteral("germs"),
        // diagnosis and cycles
        QStringLiteral("diagnosis-blood-count"),
        QStringLiteral("anc-severity"),
        QStringLiteral("fn-definition"), // ANC < 1000 expected to fall below 500 within 48 h
        QStringLiteral("bone-marrow-biopsy"),
        QStringLiteral("nadir"),
        QStringLiteral("treatment-cycles"),
        QStringLiteral("cycle-1-risk"),
        // treatments
        QStringLiteral("treatment-antibiotics"),
        QStringLiteral("treatment-gcsf"),
        QStringLiteral("treatment-preventive-medicines"), // antibiotic, antifungal, antiviral prophylaxis
        QStringLiteral("treatment-changing-medicines"),
        QStringLiteral("treatment-granulocyte-transfusion"),
        QStringLiteral("treatment-corticosteroids"),
        QStringLiteral("treatment-stem-cell-transplant"),
        // staying safe
        QStringLiteral("when-to-call"),
        QStringLiteral("measuring-temperature"),
        QStringLiteral("temperature-sites"),
        QStringLiteral("no-rectal"),
        QStringLiteral("before-painkillers"),
        QStringLiteral("preventing-infection"),
        QStringLiteral("food-safety"),
        QStringLiteral("neutropenic-diet"),
        QStringLiteral("faq"),
    };
    return topics;
}

const QStringList &requiredChecklistItems()
{
    static const QStringList ids = {
        QStringLiteral("hand-hygiene"),
        QStringLiteral("dental-care"),
        QStringLiteral("vaccinations"),
        QStringLiteral("avoid-sick-people"),
        QStringLiteral("shoes"),
        QStringLiteral("cuts-covered"),
        QStringLiteral("tattoos-piercings"),
        QStringLiteral("electric-shaver"),
        QStringLiteral("animal-waste-nappies"),
        QStringLiteral("food-safety"),
        QStringLiteral("water-hot-tubs"),
        QStringLiteral("no-sharing"),
    };
    return ids;
}

PatientSettings settingsFor(const Protocol &protocol, TemperatureUnit unit, bool withNumbers)
{
    PatientSettings s;
    s.protocol = protocol;
    s.displayUnit = unit;
    if (withNumbers) {
        s.clinicName = QStringLiteral("Riverside Cancer Centre");
        s.inHoursNumber = QStringLiteral("0161 446 3000");
        s.outOfHoursNumber = QStringLiteral("0161 446 3658");
    }
    return s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray articleText(const char *id, const char *title, const char *body)
{
    return QByteArray("---\nid: ") + id + "\ntitle: " + title + "\nsummary: A test article.\ntopics: t-" + id
        + "\nsources:\n  - Test source, 2025\nreviewed: 2026-01-31\n---\n" + body + "\n";
}

// The first temperature written in `text` that a body could have (the plausible range of
// CLINICAL.md §1), in `unit` or, without one, in either unit or with no unit after "°": "38.3 °C",
// "101 F", "38°". Such numbers reach content only through placeholders. Food-safety temperatures
// (cooking at 74 °C, a fridge at 5 °C) lie far outside that range and may be written as they are.
QString bodyTemperatureIn(const QString &text, std::optional<TemperatureUnit> unit = std::nullopt)
{
    static const QRegularExpression temperature(QStringLiteral(
        "(\\d+(?:[.,]\\d+)?)[\\s\\x{00A0}\\x{202F}]*(?:°[\\s\\x{00A0}\\x{202F}]*([CF])?|([CF])\\b)"));
    for (auto it = temperature.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double value = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const QString symbol = m.captured(2) + m.captured(3);
        QList<TemperatureUnit> written;
        if (symbol != QLatin1String("F"))
            written.append(TemperatureUnit::Celsius);
        if (symbol != QLatin1String("C"))
            written.append(TemperatureUnit::Fahrenheit);
        for (const TemperatureUnit u : written) {
            const double c = units::toCelsius(value, u);
            if ((!unit || *unit == u) && c >= Temperature::kMinC && c <= Temperature::kMaxC)
                return m.captured(0);
        }
    }
    return {};
}

// How each language's articles word what the tests look for: tests/core/content/wording/<code>.json,
// one file per language with articles (docs/translating.md).
// - signs: per symptom code, a regular expression (case-insensitive, on the filled text with its
//   spaces and line breaks made single) for how the articles that list the warning signs name it
//   (CLINICAL.md §4). Red flags belong among the call-now signs, the rest among the same-day ones.
// - signSections: per article that lists the signs, its call-now and same-day headings.
// - feverMedicine: a pattern for the fever medicines' names, and the words that say the whole rule.
// - foodSafety: what the food-safety article must say, and the doneness test it must never give.
struct Wording
{
    QString language;
    QJsonObject json;

    QString sign(const QString &code) const { return json[QLatin1String("signs")][code].toString(); }
    QStringList strings(const char *object, const char *key) const
    {
        QStringList out;
        for (const QJsonValue &v : json[QLatin1String(object)][QLatin1String(key)].toArray())
            out << v.toString();
        return out;
    }
};

const QList<Wording> &wordings()
{
    static const QList<Wording> all = [] {
        QList<Wording> out;
        const QDir dir(QStringLiteral(NC_WORDING_DIR));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                out.append({ QFileInfo(name).baseName(), QJsonDocument::fromJson(file.readAll()).object() });
        }
        return out;
    }();
    return all;
}

const Wording *wordingOf(const QString &language)
{
    for (const Wording &w : wordings()) {
        if (w.language == language)
            return &w;
    }
    return nullptr;
}

// The text from `heading` to the next level-2 heading, spaces made single; empty when absent.
QString section(const QString &markdown, const QString &heading)
{
    const qsizetype start = markdown.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = markdown.indexOf(QLatin1String("\n## "), start + heading.size());
    return markdown.mid(start, end < 0 ? -1 : end - start).simplified();
}

bool says(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
}

// The body as a reader sees its words: no bold marks, spaces made single.
QString plainBody(const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1String("**"));
    return plain.simplified();
}

// What a translation must carry over from its English twin unchanged, as sorted lists: the
// placeholders, the article links, and every number written in digits ("24 hours", "5 °C").
struct Facts
{
    QStringList placeholders;
    QStringList links;
    QStringList numbers;

    static Facts of(const QString &markdown)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
        static const QRegularExpression link(QStringLiteral("\\]\\((article:[^)]*)\\)"));
        static const QRegularExpression digits(QStringLiteral("[0-9]+"));
        Facts f;
        for (auto it = placeholder.globalMatch(markdown); it.hasNext();)
            f.placeholders << it.next().captured();
        for (auto it = link.globalMatch(markdown); it.hasNext();)
            f.links << it.next().captured(1);
        QString text = markdown;
        text.remove(placeholder);
        for (auto it = digits.globalMatch(text); it.hasNext();)
            f.numbers << it.next().captured();
        f.placeholders.sort();
        f.links.sort();
        f.numbers.sort();
        return f;
    }
};

} // namespace

class TestContentCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedContentLoadsWithoutErrors();
    void everyTopicIsCoveredInEveryLanguage();
    void everyArticleHasSourcesAndReviewDate();
    void everyArticleLinkResolves();
    void bodiesUseTheRestrictedMarkdown();
    void contentRepeatsNoTemperature();
    void fillLeavesNoPlaceholder_data();
    void fillLeavesNoPlaceholder();
    void whenToCallShowsTheProtocol_data();
    void whenToCallShowsTheProtocol();
    void documentHasTitleSourcesAndReview();
    void severityTableComesFromGrading();
    void medicinesArticleNamesEveryListedMedicine();
    void signListsNameEverySymptom_data();
    void signListsNameEverySymptom();
    void everySymptomCodeHasWording();
    void translationsKeepTheEnglishFacts();
    void faintingMatchesTheSymptomLabel();
    void feverMedicineAdviceIsWholeEverywhere();
    void foodSafetyGivesTemperaturesAndListeriaFoods_data();
    void foodSafetyGivesTemperaturesAndListeriaFoods();
    void clinicalNumbersComeFromPlaceholders();
    void sectionsAndUnknownPlaceholders();
    void typedTextIsEscaped();
    void searchFindsArticles_data();
    void searchFindsArticles();
    void searchWithoutMatchFindsNothing();
    void checklistHasEveryPrecaution();
    void fallsBackToEnglishPerArticleAndItem();
    void refusesIncompleteArticles_data();
    void refusesIncompleteArticles();

private:
    const ContentCatalogue &cat() { return ContentCatalogue::shipped(); }
};

void TestContentCatalogue::initTestCase()
{
    // Number formats in assertions are those of US English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestContentCatalogue::shippedContentLoadsWithoutErrors()
{
    QVERIFY2(cat().errors().isEmpty(), qPrintable(cat().errors().join(QLatin1Char('\n'))));
    QVERIFY(cat().languages().contains(QStringLiteral("en")));
    QCOMPARE(cat().languages().first(), QStringLiteral("en"));
    QVERIFY(cat().articles(QStringLiteral("en")).size() >= 10);
}

void TestContentCatalogue::everyTopicIsCoveredInEveryLanguage()
{
    for (const QString &language : cat().languages()) {
        QSet<QString> covered;
        for (const Article &a : cat().articles(language)) {
            if (a.language == language)
                covered.unite(QSet<QString>(a.topics.begin(), a.topics.end()));
        }
        for (const QString &topic : requiredTopics())
            QVERIFY2(covered.contains(topic),
                qPrintable(QStringLiteral("%1: no article covers topic \"%2\"").arg(language, topic)));
    }
}

void TestContentCatalogue::everyArticleHasSourcesAndReviewDate()
{
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            const QString where = language + QLatin1Char('/') + a.id;
            QVERIFY2(!a.sources.isEmpty(), qPrintable(where));
            for (const QString &source : a.sources)
                QVERIFY2(source.size() > 8,
                    qPrintable(where + QStringLiteral(": source \"") + source + QLatin1Char('"')));
            QVERIFY2(a.reviewed.isValid(), qPrintable(where));
            QVERIFY2(a.reviewed <= QDate::currentDate(),
                qPrintable(where + QStringLiteral(": reviewed in the future")));
            QVERIFY2(!a.title.isEmpty() && !a.summary.isEmpty(), qPrintable(where));
            QVERIFY2(a.body.size() > 200, qPrintable(where + QStringLiteral(": body too short")));
        }
    }
}

void TestContentCatalogue::everyArticleLinkResolves()
{
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            for (const QString &id : a.linkedIds() + a.related) {
                QVERIFY2(cat().article(id, language).has_value(),
                    qPrintable(
                        QStringLiteral("%1/%2 links to unknown article \"%3\"").arg(language, a.id, id)));
                QVERIFY2(id != a.id, qPrintable(a.id + QStringLiteral(" links to itself")));
            }
        }
    }
}

// Headings from level 2 (the title is the document's level 1), paragraphs, lists, bold, tables and
// links to other articles: no raw HTML, no images, no links leaving the app.
void TestContentCatalogue::bodiesUseTheRestrictedMarkdown()
{
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)]*)\\)"));
    static const QRegularExpression html(QStringLiteral("<[a-zA-Z/!]"));
    static const QRegularExpression topHeading(QStringLiteral("(^|\\n)# "));
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            const QString where = language + QLatin1Char('/') + a.id;
            for (auto it = link.globalMatch(a.body); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(target.startsWith(QLatin1String("article:")),
                    qPrintable(where + QStringLiteral(": ") + target));
            }
            QVERIFY2(!html.match(a.body).hasMatch(), qPrintable(where + QStringLiteral(": raw HTML")));
            QVERIFY2(!a.body.contains(QLatin1String("![")), qPrintable(where + QStringLiteral(": image")));
            QVERIFY2(!topHeading.match(a.body).hasMatch(),
                qPrintable(where + QStringLiteral(": level-1 heading")));
            static const QRegularExpression placeholder(QStringLiteral("\\{\\{[#^/]?([a-z_]+)\\}\\}"));
            for (auto it = placeholder.globalMatch(a.body); it.hasNext();) {
                const QString name = it.next().captured(1);
                QVERIFY2(content::placeholderNames().contains(name),
                    qPrintable(where + QStringLiteral(": unknown placeholder ") + name));
            }
        }
    }
}

// Thresholds reach content only through placeholders, so a protocol change can never leave a page
// with a stale number.
void TestContentCatalogue::contentRepeatsNoTemperature()
{
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            const QString written = bodyTemperatureIn(a.body + a.title + a.summary);
            QVERIFY2(written.isEmpty(),
                qPrintable(
                    QStringLiteral("%1/%2 writes a temperature: \"%3\"").arg(language, a.id, written)));
        }
        for (const ChecklistItem &item : cat().checklist(language))
            QVERIFY2(bodyTemperatureIn(item.text + item.detail).isEmpty(), qPrintable(item.id));
    }
    // The check itself: body temperatures in either unit, with or without the degree sign, are found;
    // food-safety temperatures are not.
    QCOMPARE(bodyTemperatureIn(QStringLiteral("call at 38.3 °C")), QStringLiteral("38.3 °C"));
    QCOMPARE(bodyTemperatureIn(QStringLiteral("above 100.4 F")), QStringLiteral("100.4 F"));
    QCOMPARE(bodyTemperatureIn(QStringLiteral("a 38,5°")), QStringLiteral("38,5°"));
    QVERIFY(bodyTemperatureIn(QStringLiteral("cook to 74 °C (165 °F); fridge at 5 °C (40 °F)")).isEmpty());
    QVERIFY(bodyTemperatureIn(QStringLiteral("38.3 °C"), TemperatureUnit::Fahrenheit).isEmpty());
}

void TestContentCatalogue::fillLeavesNoPlaceholder_data()
{
    QTest::addColumn<QString>("protocolId");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("withNumbers");
    for (const Protocol &p : Protocol::presets()) {
        for (const auto unit : { TemperatureUnit::Celsius, TemperatureUnit::Fahrenheit }) {
            for (const bool numbers : { true, false }) {
                QTest::addRow("%s %s %s", qPrintable(p.id), unit == TemperatureUnit::Celsius ? "C" : "F",
                    numbers ? "numbers" : "no numbers")
                    << p.id << int(unit) << numbers;
            }
        }
    }
}

void TestContentCatalogue::fillLeavesNoPlaceholder()
{
    QFETCH(QString, protocolId);
    const Protocol protocol = *Protocol::preset(protocolId);
    QFETCH(int, unit);
    QFETCH(bool, withNumbers);
    const PatientSettings settings = settingsFor(protocol, TemperatureUnit(unit), withNumbers);
    const TemperatureUnit other = TemperatureUnit(unit) == TemperatureUnit::Celsius
        ? TemperatureUnit::Fahrenheit
        : TemperatureUnit::Celsius;
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            QString filled = cat().filledMarkdown(a.id, language, settings);
            QVERIFY2(!filled.isEmpty(), qPrintable(a.id));
            // A preset's own name may carry its unit ("CDC patient guidance (100.4 °F)").
            filled.remove(content::escapeMarkdown(protocol.name));
            QVERIFY2(!filled.contains(QLatin1String("{{")) && !filled.contains(QLatin1String("}}")),
                qPrintable(QStringLiteral("%1/%2 keeps a placeholder").arg(language, a.id)));
            // Thresholds show in the display unit only (food temperatures are given in both).
            const QString inOtherUnit = bodyTemperatureIn(filled, other);
            QVERIFY2(inOtherUnit.isEmpty(),
                qPrintable(QStringLiteral("%1/%2 shows %3").arg(language, a.id, inOtherUnit)));
        }
    }
}

void TestContentCatalogue::whenToCallShowsTheProtocol_data()
{
    fillLeavesNoPlaceholder_data();
}

void TestContentCatalogue::whenToCallShowsTheProtocol()
{
    QFETCH(QString, protocolId);
    const Protocol protocol = *Protocol::preset(protocolId);
    QFETCH(int, unit);
    QFETCH(bool, withNumbers);
    const auto u = TemperatureUnit(unit);
    const PatientSettings settings = settingsFor(protocol, u, withNumbers);
    for (const QString &language : cat().languages()) {
        const QString filled = cat().filledMarkdown(QStringLiteral("when-to-call"), language, settings);
        QVERIFY(filled.contains(
            TemperatureTrigger::high(protocol.single.thresholdC, protocol.single.inclusive, u).phrase()));
        if (protocol.sustained) {
            QVERIFY(filled.contains(
                TemperatureTrigger::high(protocol.sustained->thresholdC, protocol.sustained->inclusive, u)
                    .phrase()));
            QVERIFY(filled.contains(QString::number(protocol.sustained->minutes)));
        }
        if (protocol.low) {
            const QString low = content::fill(QStringLiteral("{{low_threshold}}"), settings);
            QVERIFY(!low.isEmpty());
            QVERIFY(filled.contains(low));
        }
        QVERIFY(filled.contains(content::escapeMarkdown(protocol.name)));
        if (withNumbers) {
            // Typed text is Markdown-escaped; the digits survive as they were typed.
            QVERIFY(filled.contains(QStringLiteral("0161 446 3000")));
            QVERIFY(filled.contains(QStringLiteral("0161 446 3658")));
            QVERIFY(filled.contains(QStringLiteral("Riverside Cancer Centre")));
        }
    }
}

void TestContentCatalogue::documentHasTitleSourcesAndReview()
{
    const PatientSettings settings;
    const std::optional<Article> a = cat().article(QStringLiteral("when-to-call"), QStringLiteral("en"));
    QVERIFY(a);
    const QString withLinks = cat().documentMarkdown(a->id, QStringLiteral("en"), settings);
    QVERIFY(withLinks.startsWith(QStringLiteral("# ") + a->title + QLatin1Char('\n')));
    QVERIFY(withLinks.contains(QStringLiteral("## Sources")));
    QVERIFY(withLinks.contains(QStringLiteral("Reviewed on ")));
    QVERIFY(withLinks.contains(QStringLiteral("## Read next")));
    for (const QString &id : a->related)
        QVERIFY(withLinks.contains(QStringLiteral("(article:%1)").arg(id)));
    const QString forPrint = cat().documentMarkdown(a->id, QStringLiteral("en"), settings, false);
    QVERIFY(!forPrint.contains(QStringLiteral("## Read next")));
    QVERIFY(!forPrint.contains(QStringLiteral("article:")));
    QVERIFY(forPrint.contains(QStringLiteral("how to take your temperature")));
    QVERIFY(forPrint.contains(QStringLiteral("## Sources")));
    QVERIFY(!forPrint.contains(QLatin1String("{{")));
    QVERIFY(
        cat().documentMarkdown(QStringLiteral("no-such-article"), QStringLiteral("en"), settings).isEmpty());
}

void TestContentCatalogue::severityTableComesFromGrading()
{
    const PatientSettings settings;
    const std::optional<Article> a
        = cat().articleForTopic(QStringLiteral("anc-severity"), QStringLiteral("en"));
    QVERIFY(a);
    const QString filled = cat().filledMarkdown(a->id, QStringLiteral("en"), settings);
    for (const Severity s :
        { Severity::Normal, Severity::Mild, Severity::Moderate, Severity::Severe, Severity::Profound })
        QVERIFY2(filled.contains(QStringLiteral("| ") + grading::severityName(s) + QStringLiteral(" |")),
            qPrintable(grading::severityName(s)));
    QVERIFY(filled.contains(QStringLiteral("1,500 or more")));
    QVERIFY(filled.contains(QStringLiteral("500 to under 1,000")));
    QVERIFY(filled.contains(QStringLiteral("under 100")));
}

void TestContentCatalogue::medicinesArticleNamesEveryListedMedicine()
{
    const std::optional<Article> a
        = cat().articleForTopic(QStringLiteral("cause-medicines"), QStringLiteral("en"));
    QVERIFY(a);
    const QString body = a->body.toLower();
    for (const QString &medicine : medicines::associatedWithNeutropenia())
        QVERIFY2(body.contains(medicine), qPrintable(medicine));
    QVERIFY(body.contains(QStringLiteral("ask your care team")));
    // "Do not stop" is allowed; advice to stop is not.
    static const QRegularExpression stopAdvice(QStringLiteral("(^|[^t] )stop taking"));
    QVERIFY(!stopAdvice.match(body).hasMatch());
}

void TestContentCatalogue::signListsNameEverySymptom_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("code");
    for (const Wording &w : wordings()) {
        const QJsonObject sections = w.json[QLatin1String("signSections")].toObject();
        for (auto article = sections.begin(); article != sections.end(); ++article) {
            for (const SymptomCode symptom : symptoms::all())
                QTest::addRow("%s/%s %s", qPrintable(w.language), qPrintable(article.key()),
                    qPrintable(symptoms::code(symptom)))
                    << w.language << article.key() << symptoms::code(symptom);
        }
    }
}

// When-to-call and the signs article list every red flag among the call-now signs and every amber
// sign among the same-day ones, and no sign in both ("short of breath" only calls now).
void TestContentCatalogue::signListsNameEverySymptom()
{
    QFETCH(QString, language);
    QFETCH(QString, article);
    QFETCH(QString, code);
    const Wording &wording = *wordingOf(language);
    const QStringList headings = wording.strings("signSections", qPrintable(article));
    QCOMPARE(headings.size(), 2);
    const bool callNow = symptoms::isRedFlag(*symptoms::fromCode(code));
    const std::optional<Article> a = cat().article(article, language);
    QVERIFY(a && a->language == language);
    const QString filled = cat().filledMarkdown(article, language, PatientSettings {});
    const QString callNowText = section(filled, headings.at(0));
    const QString sameDayText = section(filled, headings.at(1));
    QVERIFY2(!callNowText.isEmpty() && !sameDayText.isEmpty(), "a section heading is missing");
    const QString pattern = wording.sign(code);
    QVERIFY2(!pattern.isEmpty(), qPrintable(code + QStringLiteral(": no wording")));
    QVERIFY2(says(callNow ? callNowText : sameDayText, pattern),
        qPrintable(QStringLiteral("not among the %1 signs: %2")
                       .arg(QLatin1String(callNow ? "call-now" : "same-day"), pattern)));
    QVERIFY2(!says(callNow ? sameDayText : callNowText, pattern),
        qPrintable(QStringLiteral("also among the %1 signs: %2")
                       .arg(QLatin1String(callNow ? "same-day" : "call-now"), pattern)));
}

// Every language with articles has a wording file, with a wording for every symptom code and no
// stale code.
void TestContentCatalogue::everySymptomCodeHasWording()
{
    QStringList languages;
    for (const Wording &w : wordings())
        languages << w.language;
    QStringList shipped = cat().languages();
    shipped.sort();
    QCOMPARE(languages, shipped);
    for (const Wording &w : wordings()) {
        for (const SymptomCode symptom : symptoms::all())
            QVERIFY2(!w.sign(symptoms::code(symptom)).isEmpty(),
                qPrintable(w.language + QLatin1Char('/') + symptoms::code(symptom)
                    + QStringLiteral(": no wording")));
        const QJsonObject signs = w.json[QLatin1String("signs")].toObject();
        for (auto it = signs.begin(); it != signs.end(); ++it)
            QVERIFY2(symptoms::fromCode(it.key()), qPrintable(w.language + QLatin1Char('/') + it.key()));
    }
}

// Every translated article and checklist item says what its English twin says in figures: the same
// placeholders (the clinic's thresholds and numbers), the same links and the same numbers, so no
// language can drift to another threshold, dose or number of hours.
void TestContentCatalogue::translationsKeepTheEnglishFacts()
{
    const QString english = QStringLiteral("en");
    int compared = 0;
    for (const QString &language : cat().languages()) {
        if (language == english)
            continue;
        for (const Article &a : cat().articles(language)) {
            if (a.language != language)
                continue;
            const Facts theirs = Facts::of(a.body);
            const Facts ours = Facts::of(cat().article(a.id, english)->body);
            const QString where = language + QLatin1Char('/') + a.id;
            QVERIFY2(theirs.placeholders == ours.placeholders,
                qPrintable(
                    where + QStringLiteral(": placeholders ") + theirs.placeholders.join(QLatin1Char(' '))));
            QVERIFY2(theirs.links == ours.links,
                qPrintable(where + QStringLiteral(": links ") + theirs.links.join(QLatin1Char(' '))));
            QVERIFY2(theirs.numbers == ours.numbers,
                qPrintable(where + QStringLiteral(": numbers ") + theirs.numbers.join(QLatin1Char(' '))
                    + QStringLiteral(" against ") + ours.numbers.join(QLatin1Char(' '))));
            ++compared;
        }
        const QList<ChecklistItem> items = cat().checklist(language);
        const QList<ChecklistItem> englishItems = cat().checklist(english);
        QCOMPARE(items.size(), englishItems.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).id, englishItems.at(i).id);
            QCOMPARE(Facts::of(items.at(i).text + QLatin1Char(' ') + items.at(i).detail).numbers,
                Facts::of(englishItems.at(i).text + QLatin1Char(' ') + englishItems.at(i).detail).numbers);
        }
    }
    qInfo("%d translated articles compared with English", compared);
    QVERIFY(compared >= 16 * (cat().languages().size() - 1));
}

// The Spanish articles name fainting with the words of the symptom's own label in the interface.
void TestContentCatalogue::faintingMatchesTheSymptomLabel()
{
    const QLocale locale;
    QCOMPARE(language::apply(QStringLiteral("es")), QStringLiteral("es"));
    const QString label = symptoms::displayName(SymptomCode::Fainting).toLower();
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(locale);
    QVERIFY2(label != QStringLiteral("fainting or nearly fainting"), "no Spanish label");
    for (const char *article : { "when-to-call", "infection-signs" }) {
        const QString body
            = plainBody(cat().article(QString::fromLatin1(article), QStringLiteral("es"))->body);
        QVERIFY2(body.contains(label),
            qPrintable(QStringLiteral("%1 does not say \"%2\"").arg(QLatin1String(article), label)));
        QVERIFY2(!says(body, QStringLiteral("\\bmare[oa]")), article);
    }
}

// Wherever content names a fever medicine, it says the whole rule (CLINICAL.md §6): temperature
// first; if high, call first; and call even when the thermometer reads normal, as it can hide a fever.
void TestContentCatalogue::feverMedicineAdviceIsWholeEverywhere()
{
    int places = 0;
    for (const Wording &wording : wordings()) {
        const QString &language = wording.language;
        const QString mentions
            = wording.json[QLatin1String("feverMedicine")][QLatin1String("mentions")].toString();
        QVERIFY2(!mentions.isEmpty(), qPrintable(language));
        QStringList texts;
        QStringList names;
        for (const Article &a : cat().articles(language)) {
            if (a.language == language) {
                texts << plainBody(a.body);
                names << a.id;
            }
        }
        for (const ChecklistItem &item : cat().checklist(language)) {
            texts << plainBody(item.text + QLatin1Char(' ') + item.detail);
            names << item.id;
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (!says(texts.at(i), mentions))
                continue;
            ++places;
            for (const QString &words : wording.strings("feverMedicine", "says"))
                QVERIFY2(texts.at(i).contains(words, Qt::CaseInsensitive),
                    qPrintable(
                        QStringLiteral("%1/%2 does not say \"%3\"").arg(language, names.at(i), words)));
        }
    }
    // when-to-call, fever-emergency, measuring-temperature, faq, …, in every language
    QVERIFY(places >= 5 * wordings().size());
}

void TestContentCatalogue::foodSafetyGivesTemperaturesAndListeriaFoods_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QString>("neverSays");
    // The cooking and fridge temperatures are the same figures in every language.
    const QStringList temperatures = { QStringLiteral("74 °C (165 °F)"), QStringLiteral("71 °C (160 °F)"),
        QStringLiteral("5 °C (40 °F)") };
    for (const Wording &w : wordings())
        QTest::newRow(qPrintable(w.language))
            << w.language << temperatures + w.strings("foodSafety", "says")
            << w.json[QLatin1String("foodSafety")][QLatin1String("neverSays")].toString();
}

void TestContentCatalogue::foodSafetyGivesTemperaturesAndListeriaFoods()
{
    QFETCH(QString, language);
    QFETCH(QStringList, says);
    QFETCH(QString, neverSays);
    const std::optional<Article> a = cat().articleForTopic(QStringLiteral("food-safety"), language);
    QVERIFY(a && a->language == language);
    const QString body = plainBody(a->body);
    for (const QString &words : says)
        QVERIFY2(body.contains(words, Qt::CaseInsensitive), qPrintable(words));
    QVERIFY(!body.contains(neverSays, Qt::CaseInsensitive));
}

// Numbers the engine owns reach content through placeholders: the febrile-neutropenia ANCs and the
// hours a fever medicine can mask a reading.
void TestContentCatalogue::clinicalNumbersComeFromPlaceholders()
{
    const PatientSettings settings;
    QCOMPARE(content::fill(QStringLiteral("{{fn_expected_anc}}"), settings),
        QLocale().toString(kExpectedToFallAnc, 'f', 0));
    QCOMPARE(content::fill(QStringLiteral("{{fn_expected_anc}}"), settings), QStringLiteral("1,000"));
    QCOMPARE(content::fill(QStringLiteral("{{masking_hours}}"), settings), QString::number(kMaskingHours));
    QCOMPARE(content::fill(QStringLiteral("{{fn_anc}}"), settings), QStringLiteral("500"));

    static const QRegularExpression written(
        QStringLiteral(
            "\\b(500|1[,.]?000)\\b|\\b(6|six|seis)\\s+(hours|horas)\\b|\\b60\\s+(minutes|minutos)\\b"
            "|\\b(day|día)\\s+(7|14)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &language : cat().languages()) {
        for (const Article &a : cat().articles(language)) {
            const QRegularExpressionMatch m = written.match(a.body);
            QVERIFY2(!m.hasMatch(),
                qPrintable(QStringLiteral("%1/%2 writes \"%3\"").arg(language, a.id, m.captured(0))));
        }
    }
    // The febrile-neutropenia definition reads whole once filled (numbers in this test's US format).
    QVERIFY(plainBody(cat().filledMarkdown(QStringLiteral("blood-tests"), QStringLiteral("en"), settings))
                .contains(QStringLiteral(
                    "below 1,000 and is expected to fall below 500 within the next 48 hours")));
    QVERIFY(plainBody(cat().filledMarkdown(QStringLiteral("blood-tests"), QStringLiteral("es"), settings))
                .contains(QStringLiteral(
                    "por debajo de 1,000 y se espera que baje de 500 en las 48 horas siguientes")));
}

void TestContentCatalogue::sectionsAndUnknownPlaceholders()
{
    PatientSettings s;
    const QString text = QStringLiteral("{{#clinic_name}}At {{clinic_name}}.{{/clinic_name}}"
                                        "{{^clinic_name}}No clinic.{{/clinic_name}} {{no_such_value}}");
    QCOMPARE(content::fill(text, s), QStringLiteral("No clinic. {{no_such_value}}"));
    s.clinicName = QStringLiteral("Oak Ward");
    QCOMPARE(content::fill(text, s), QStringLiteral("At Oak Ward. {{no_such_value}}"));

    s.protocol = *Protocol::preset(QStringLiteral("uk-nice")); // no sustained rule, no low trigger
    QCOMPARE(
        content::fill(
            QStringLiteral("a{{#sustained_rule}}b{{/sustained_rule}}{{#low_threshold}}c{{/low_threshold}}"),
            s),
        QStringLiteral("a"));
    s.protocol = *Protocol::preset(QStringLiteral("uk-37.5"));
    s.displayUnit = TemperatureUnit::Fahrenheit;
    QCOMPARE(content::fill(QStringLiteral("{{#low_threshold}}{{low_threshold}}{{/low_threshold}}"), s),
        QStringLiteral("96.7 °F or lower"));
    QVERIFY(content::placeholderNames().contains(QStringLiteral("single_threshold")));
}

void TestContentCatalogue::typedTextIsEscaped()
{
    PatientSettings s;
    s.clinicName = QStringLiteral("*Ward* [7](article:faq) <b>");
    const QString filled = content::fill(QStringLiteral("{{clinic_name}}"), s);
    QCOMPARE(filled, QStringLiteral("\\*Ward\\* \\[7\\]\\(article\\:faq\\) \\<b\\>"));
}

void TestContentCatalogue::searchFindsArticles_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("topic"); // the top hit must cover this topic
    QTest::newRow("kostmann") << QStringLiteral("Kostmann") << QStringLiteral("type-kostmann");
    QTest::newRow("accents and case") << QStringLiteral("KÓSTMÀNN") << QStringLiteral("type-kostmann");
    QTest::newRow("dengue") << QStringLiteral("dengue") << QStringLiteral("cause-dengue");
    QTest::newRow("title word") << QStringLiteral("food") << QStringLiteral("food-safety");
    QTest::newRow("two words") << QStringLiteral("bone marrow biopsy")
                               << QStringLiteral("bone-marrow-biopsy");
    QTest::newRow("medicine name") << QStringLiteral("clozapine") << QStringLiteral("cause-medicines");
    QTest::newRow("filgrastim") << QStringLiteral("pegfilgrastim") << QStringLiteral("treatment-gcsf");
}

void TestContentCatalogue::searchFindsArticles()
{
    QFETCH(QString, query);
    QFETCH(QString, topic);
    const QList<SearchHit> hits = cat().search(query, QStringLiteral("en"));
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    const std::optional<Article> top = cat().article(hits.first().articleId, QStringLiteral("en"));
    QVERIFY(top);
    QVERIFY2(top->topics.contains(topic), qPrintable(QStringLiteral("top hit %1").arg(top->id)));
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
}

void TestContentCatalogue::searchWithoutMatchFindsNothing()
{
    QVERIFY(cat().search(QStringLiteral("xylophonequartz"), QStringLiteral("en")).isEmpty());
    QVERIFY(cat().search(QStringLiteral("   "), QStringLiteral("en")).isEmpty());
    // Every word must match: a real word plus nonsense finds nothing.
    QVERIFY(cat().search(QStringLiteral("fever xylophonequartz"), QStringLiteral("en")).isEmpty());
    // Link targets and placeholders are not text a reader sees.
    QVERIFY(cat().search(QStringLiteral("single_threshold"), QStringLiteral("en")).isEmpty());
}

void TestContentCatalogue::checklistHasEveryPrecaution()
{
    for (const QString &language : cat().languages()) {
        const QList<ChecklistItem> items = cat().checklist(language);
        QStringList ids;
        int priority = 0;
        for (const ChecklistItem &item : items) {
            QVERIFY2(!ids.contains(item.id), qPrintable(item.id));
            ids.append(item.id);
            QVERIFY(!item.text.isEmpty());
            QVERIFY(!item.detail.isEmpty());
            priority += item.priorityInNadir ? 1 : 0;
        }
        for (const QString &id : requiredChecklistItems())
            QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY(priority > 0 && priority < items.size());
    }
}

void TestContentCatalogue::fallsBackToEnglishPerArticleAndItem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("en/articles/alpha.md")),
        articleText("alpha", "Alpha", "See [beta](article:beta)."));
    writeFile(
        dir.filePath(QStringLiteral("en/articles/beta.md")), articleText("beta", "Beta", "English beta."));
    writeFile(
        dir.filePath(QStringLiteral("xx/articles/beta.md")), articleText("beta", "Béta", "Translated beta."));
    writeFile(dir.filePath(QStringLiteral("en/precautions.json")),
        R"({"items":[{"id":"a","text":"A","detail":"a","priority_in_nadir":true},
                           {"id":"b","text":"B","detail":"b","priority_in_nadir":false}]})");
    writeFile(dir.filePath(QStringLiteral("xx/precautions.json")),
        R"({"items":[{"id":"b","text":"Bx","detail":"bx","priority_in_nadir":false}]})");

    const ContentCatalogue c(dir.path());
    QVERIFY2(c.errors().isEmpty(), qPrintable(c.errors().join(QLatin1Char('\n'))));
    QCOMPARE(c.languages(), (QStringList { QStringLiteral("en"), QStringLiteral("xx") }));
    QCOMPARE(c.article(QStringLiteral("beta"), QStringLiteral("xx"))->title, QStringLiteral("Béta"));
    QCOMPARE(c.article(QStringLiteral("beta"), QStringLiteral("xx"))->language, QStringLiteral("xx"));
    QCOMPARE(c.article(QStringLiteral("alpha"), QStringLiteral("xx"))->language, QStringLiteral("en"));
    QCOMPARE(c.articles(QStringLiteral("xx")).size(), 2);
    QVERIFY(!c.article(QStringLiteral("gamma"), QStringLiteral("xx")));
    QCOMPARE(c.article(QStringLiteral("alpha"), QStringLiteral("en"))->linkedIds(),
        QStringList { QStringLiteral("beta") });
    QCOMPARE(c.articleForTopic(QStringLiteral("t-beta"), QStringLiteral("xx"))->id, QStringLiteral("beta"));
    QCOMPARE(
        c.search(QStringLiteral("beta"), QStringLiteral("xx")).first().articleId, QStringLiteral("beta"));
    QCOMPARE(c.search(QStringLiteral("translated"), QStringLiteral("xx")).size(), 1);

    const QList<ChecklistItem> items = c.checklist(QStringLiteral("xx"));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).text, QStringLiteral("A")); // untranslated: English
    QCOMPARE(items.at(1).text, QStringLiteral("Bx"));
    QCOMPARE(c.checklist(QStringLiteral("zz")).size(), 2); // an unknown language: English
}

void TestContentCatalogue::refusesIncompleteArticles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("id: a\ntitle: A\nsummary: S\nsources: Src\nreviewed: 2026-01-02\n");
    QTest::newRow("no front matter") << QStringLiteral("Body") << QStringLiteral("front matter");
    QTest::newRow("unclosed") << QStringLiteral("---\n") + ok << QStringLiteral("front matter");
    QTest::newRow("no sources") << QStringLiteral(
        "---\nid: a\ntitle: A\nsummary: S\nreviewed: 2026-01-02\n---\nB")
                                << QStringLiteral("sources");
    QTest::newRow("no review date") << QStringLiteral("---\nid: a\ntitle: A\nsummary: S\nsources: X\n---\nB")
                                    << QStringLiteral("reviewed");
    QTest::newRow("bad date") << QStringLiteral("---\n") + ok.left(ok.size() - 11)
            + QStringLiteral("2026-2-30\n---\nB")
                              << QStringLiteral("reviewed");
    QTest::newRow("unknown key") << QStringLiteral("---\n") + ok + QStringLiteral("colour: red\n---\nB")
                                 << QStringLiteral("colour");
    QTest::newRow("bad topic id") << QStringLiteral("---\n") + ok
            + QStringLiteral("topics: Type Kostmann\n---\nB")
                                  << QStringLiteral("topics");
    QTest::newRow("duplicate key") << QStringLiteral("---\n") + ok + QStringLiteral("title: B\n---\nB")
                                   << QStringLiteral("title");
}

void TestContentCatalogue::refusesIncompleteArticles()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    const Expected<Article> parsed = Article::parse(text, QStringLiteral("en"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().field, field);
}

QTEST_GUILESS_MAIN(TestContentCatalogue)
#include "tst_contentcatalogue.moc"

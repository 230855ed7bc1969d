#include "contentcatalogue.h"

#include "contentfill.h"
#include "storage/records.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace nc {

namespace {

QString fallback()
{
    return QString::fromLatin1(ContentCatalogue::kFallbackLanguage);
}

std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// Body text as a reader sees it: no link targets, no placeholders, no Markdown marks.
QString searchableBody(const QString &body)
{
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    QString text = body;
    text.replace(linkTarget, QStringLiteral("]"));
    text.replace(placeholder, QStringLiteral(" "));
    return content::foldForSearch(text);
}

QStringList queryWords(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return content::foldForSearch(query).split(separators, Qt::SkipEmptyParts);
}

// Whether `word` starts a word in `text` (so "fever" ranks "Fever" above "feverish" inside a word).
bool startsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

int scoreWord(const Article &a, const QString &body, const QString &word)
{
    int score = 0;
    const QString title = content::foldForSearch(a.title);
    if (title.contains(word))
        score += startsWord(title, word) ? 12 : 8;
    const QString tags = content::foldForSearch(
        a.keywords.join(QLatin1Char(' ')) + QLatin1Char(' ') + a.topics.join(QLatin1Char(' ')));
    if (tags.contains(word))
        score += startsWord(tags, word) ? 8 : 5;
    if (content::foldForSearch(a.summary).contains(word))
        score += 4;
    score += std::min<int>(5, int(body.count(word)));
    return score;
}

} // namespace

ContentCatalogue::ContentCatalogue(const QString &root)
{
    const QDir dir(root);
    QStringList languages = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!languages.contains(fallback()))
        m_errors.append(QStringLiteral("%1: no \"%2\" folder, the fallback language").arg(root, fallback()));
    for (const QString &language : languages)
        loadLanguage(root, language);
}

QString ContentCatalogue::defaultRoot()
{
    return QStringLiteral(":/content");
}

const ContentCatalogue &ContentCatalogue::shipped()
{
    static const ContentCatalogue catalogue;
    return catalogue;
}

void ContentCatalogue::loadLanguage(const QString &root, const QString &language)
{
    const QDir articlesDir(QStringLiteral("%1/%2/articles").arg(root, language));
    QHash<QString, Article> &articles = m_articles[language];
    const QStringList files = articlesDir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = articlesDir.filePath(name);
        const std::optional<QString> text = readText(path);
        if (!text) {
            m_errors.append(QStringLiteral("%1: cannot be read").arg(path));
            continue;
        }
        Expected<Article> parsed = Article::parse(*text, language);
        if (!parsed) {
            m_errors.append(
                QStringLiteral("%1: %2 %3").arg(path, parsed.error().field, parsed.error().message));
            continue;
        }
        if (parsed->id + QLatin1String(".md") != name) {
            m_errors.append(
                QStringLiteral("%1: id \"%2\" does not match the file name").arg(path, parsed->id));
            continue;
        }
        articles.insert(parsed->id, std::move(parsed).value());
    }

    const QString checklistPath = QStringLiteral("%1/%2/precautions.json").arg(root, language);
    if (!QFile::exists(checklistPath))
        return;
    const std::optional<QString> text = readText(checklistPath);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(text ? text->toUtf8() : QByteArray(), &jsonError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("items")).isArray()) {
        m_errors.append(QStringLiteral("%1: not an object with an \"items\" array (%2)")
                            .arg(checklistPath, jsonError.errorString()));
        return;
    }
    QList<ChecklistItem> &items = m_checklists[language];
    const QJsonArray array = doc.object().value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ChecklistItem item { o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("detail")).toString(),
            o.value(QStringLiteral("priority_in_nadir")).toBool() };
        if (item.id.isEmpty() || item.text.isEmpty()
            || !o.value(QStringLiteral("priority_in_nadir")).isBool()) {
            m_errors.append(
                QStringLiteral("%1: items[%2] needs an id, a text and priority_in_nadir (true or false)")
                    .arg(checklistPath)
                    .arg(i));
            continue;
        }
        items.append(item);
    }
}

QStringList ContentCatalogue::languages() const
{
    QStringList out = m_articles.keys();
    for (const QString &language : m_checklists.keys()) {
        if (!out.contains(language))
            out.append(language);
    }
    out.removeAll(fallback());
    out.sort();
    out.prepend(fallback());
    return out;
}

std::optional<Article> ContentCatalogue::article(const QString &id, const QString &language) const
{
    for (const QString &lang : { language, fallback() }) {
        const QHash<QString, Article> inLanguage = m_articles.value(lang); // implicitly shared: no copy
        const auto it = inLanguage.constFind(id);
        if (it != inLanguage.constEnd())
            return *it;
    }
    return std::nullopt;
}

QList<Article> ContentCatalogue::articles(const QString &language) const
{
    QStringList ids = m_articles.value(fallback()).keys();
    for (const QString &id : m_articles.value(language).keys()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    QList<Article> out;
    for (const QString &id : ids) {
        if (const std::optional<Article> a = article(id, language))
            out.append(*a);
    }
    std::sort(out.begin(), out.end(), [](const Article &a, const Article &b) {
        return a.order != b.order ? a.order < b.order : a.title.localeAwareCompare(b.title) < 0;
    });
    return out;
}

std::optional<Article> ContentCatalogue::articleForTopic(
    const QString &idOrTopic, const QString &language) const
{
    if (std::optional<Article> direct = article(idOrTopic, language))
        return direct;
    for (const Article &a : articles(language)) {
        if (a.topics.contains(idOrTopic))
            return a;
    }
    return std::nullopt;
}

QString ContentCatalogue::filledMarkdown(
    const QString &id, const QString &language, const PatientSettings &settings) const
{
    const std::optional<Article> a = article(id, language);
    return a ? content::fill(a->body, settings) : QString();
}

QString ContentCatalogue::documentMarkdown(
    const QString &id, const QString &language, const PatientSettings &settings, bool forScreen) const
{
    const std::optional<Article> a = article(id, language);
    if (!a)
        return {};
    QString md = QStringLiteral("# %1\n\n*%2*\n\n").arg(a->title, a->summary);
    QString body = content::fill(a->body, settings);
    if (!forScreen) {
        static const QRegularExpression articleLink(QStringLiteral("\\[([^\\]]*)\\]\\(article:[^)]*\\)"));
        body.replace(articleLink, QStringLiteral("\\1"));
    }
    md += body;
    if (forScreen && !a->related.isEmpty()) {
        md += QStringLiteral("\n## %1\n\n").arg(tr("Read next"));
        for (const QString &relatedId : a->related) {
            if (const std::optional<Article> r = article(relatedId, language))
                md += QStringLiteral("- [%1](article:%2)\n").arg(r->title, r->id);
        }
    }
    md += QStringLiteral("\n## %1\n\n").arg(tr("Sources"));
    for (const QString &source : a->sources)
        md += QStringLiteral("- %1\n").arg(content::escapeMarkdown(source));
    md += QStringLiteral("\n%1\n").arg(
        tr("Reviewed on %1.").arg(QLocale().toString(a->reviewed, QStringLiteral("d MMMM yyyy"))));
    return md;
}

QList<SearchHit> ContentCatalogue::search(const QString &query, const QString &language) const
{
    const QStringList words = queryWords(query);
    if (words.isEmpty())
        return {};
    QList<SearchHit> hits;
    QHash<QString, int> order;
    for (const Article &a : articles(language)) {
        order.insert(a.id, int(order.size()));
        const QString body = searchableBody(a.body);
        int total = 0;
        for (const QString &word : words) {
            const int score = scoreWord(a, body, word);
            if (score == 0) {
                total = 0;
                break;
            }
            total += score;
        }
        if (total > 0)
            hits.append({ a.id, total });
    }
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : order.value(a.articleId) < order.value(b.articleId);
    });
    return hits;
}

QList<ChecklistItem> ContentCatalogue::checklist(const QString &language) const
{
    // English gives the items and their order; a translation replaces the ones it has.
    QList<ChecklistItem> items = m_checklists.value(fallback());
    const QList<ChecklistItem> localised = m_checklists.value(language);
    for (ChecklistItem &item : items) {
        const auto it = std::find_if(
            localised.begin(), localised.end(), [&](const ChecklistItem &l) { return l.id == item.id; });
        if (it != localised.end())
            item = *it;
    }
    return items;
}

} // namespace nc

#pragma once

#include "article.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace nc {

struct PatientSettings;

// A search result: the article and why it matched, best first.
struct SearchHit
{
    QString articleId;
    int score = 0;
};

// The education content shipped in resources/content/<lang>/ (compiled into the core as Qt resources
// under ":/content"): articles and the precautions checklist. Every lookup takes a language and
// falls back to English per article (and per checklist item) when that language lacks it.
// Content is data: nothing here knows what an article says.
class ContentCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(nc::ContentCatalogue)
public:
    static constexpr const char *kFallbackLanguage = "en";

    // Loads every language found under `root` (one folder per language code). Problems (a bad
    // front matter, a broken JSON file) are collected in errors(), never silently skipped.
    explicit ContentCatalogue(const QString &root = defaultRoot());
    static QString defaultRoot(); // ":/content"

    // The content shipped with the app, loaded once.
    static const ContentCatalogue &shipped();

    QStringList errors() const { return m_errors; }
    // Language codes that have a folder, the fallback first.
    QStringList languages() const;

    // Every article id known in any language, in display order for `language`.
    QList<Article> articles(const QString &language) const;
    std::optional<Article> article(const QString &id, const QString &language) const;
    // The article whose id is `idOrTopic`, else the first (in order) listing it among its topics.
    std::optional<Article> articleForTopic(const QString &idOrTopic, const QString &language) const;

    // The article's body with every placeholder filled from the settings (protocol, unit, clinic
    // name and numbers); empty when there is no such article. Render with QTextDocument::setMarkdown.
    QString filledMarkdown(const QString &id, const QString &language, const PatientSettings &settings) const;

    // The whole article as one Markdown document, filled: "# title", the summary, the body, then
    // (on screen) "Read next" links as article:<id>, the sources and the review date. For print
    // (forScreen = false) there are no "Read next" links and links inside the body become plain text.
    QString documentMarkdown(const QString &id, const QString &language, const PatientSettings &settings,
        bool forScreen = true) const;

    // Ranked search over title, keywords, topics, summary and body; case- and accent-insensitive.
    // Every word of the query must match somewhere. An empty query finds nothing.
    QList<SearchHit> search(const QString &query, const QString &language) const;

    QList<ChecklistItem> checklist(const QString &language) const;

private:
    void loadLanguage(const QString &root, const QString &language);

    // language → id → article
    QMap<QString, QHash<QString, Article>> m_articles;
    QMap<QString, QList<ChecklistItem>> m_checklists;
    QStringList m_errors;
};

} // namespace nc

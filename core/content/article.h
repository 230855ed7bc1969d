#pragma once

#include "clinical/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace nc {

// One education article, as written in resources/content/<lang>/articles/<id>.md:
//
//   ---
//   id: when-to-call
//   title: When to call your care team
//   summary: One sentence shown in lists and search results.
//   order: 10
//   topics: when-to-call, fever-emergency
//   keywords: phone, number, emergency
//   related: measuring-temperature, fever
//   sources:
//     - IDSA 2010 (Freifeld, Clin Infect Dis 2011;52:e56)
//   reviewed: 2026-11-25
//   ---
//   Restricted Markdown body: headings (#, ##, ###), paragraphs, lists (- or 1.), **bold**,
//   tables, links to other articles as [text](article:<id>), and {{placeholders}} (see contentfill.h).
//
// List keys take a comma-separated line or "- item" lines below the key. id, title, summary,
// sources and reviewed are required; an article that lacks one is refused, never shown half-made.
struct Article
{
    Q_DECLARE_TR_FUNCTIONS(nc::Article)
public:
    QString id;
    QString language; // the language of the file actually loaded ("en" when it fell back)
    QString title;
    QString summary;
    int order = 0; // position in lists (then title)
    QStringList topics; // stable topic ids this article covers, e.g. "type-kostmann"
    QStringList keywords; // extra words search should find it by
    QStringList related; // ids of articles to read next
    QStringList sources;
    QDate reviewed;
    QString body; // Markdown with {{placeholders}} not yet filled

    // Ids of the articles the body links to with article:<id>, in order of appearance.
    QStringList linkedIds() const;

    static Expected<Article> parse(const QString &text, const QString &language);
};

// One line of the daily precautions checklist (resources/content/<lang>/precautions.json:
// {"items": [{"id", "text", "detail", "priority_in_nadir"}]}). The id is stored with each tick, so it
// never changes once shipped.
struct ChecklistItem
{
    QString id;
    QString text; // short, an action ("Wash your hands…")
    QString detail; // one or two sentences on how and why
    bool priorityInNadir = false; // highlighted during a predicted nadir window

    bool operator==(const ChecklistItem &) const = default;
};

} // namespace nc

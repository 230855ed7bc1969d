#include "article.h"

#include <QRegularExpression>
#include <QSet>

namespace nc {

namespace {

const QSet<QString> &listKeys()
{
    static const QSet<QString> keys = { QStringLiteral("topics"), QStringLiteral("keywords"),
        QStringLiteral("related"), QStringLiteral("sources") };
    return keys;
}

const QSet<QString> &scalarKeys()
{
    static const QSet<QString> keys = { QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("summary"), QStringLiteral("order"), QStringLiteral("reviewed") };
    return keys;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QStringList *listField(Article &a, const QString &key)
{
    if (key == QLatin1String("topics"))
        return &a.topics;
    if (key == QLatin1String("keywords"))
        return &a.keywords;
    if (key == QLatin1String("related"))
        return &a.related;
    return &a.sources;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

} // namespace

QStringList Article::linkedIds() const
{
    static const QRegularExpression re(QStringLiteral("\\]\\(article:([^)\\s]*)\\)"));
    QStringList ids;
    for (auto it = re.globalMatch(body); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

Expected<Article> Article::parse(const QString &text, const QString &language)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (normalised.startsWith(QChar(0xFEFF)))
        normalised.remove(0, 1);

    const QString fence = QStringLiteral("---\n");
    if (!normalised.startsWith(fence))
        return InputError { QStringLiteral("front matter"), tr("the file must start with a \"---\" line") };
    const qsizetype end = normalised.indexOf(QLatin1String("\n---\n"), fence.size() - 1);
    if (end < 0)
        return InputError { QStringLiteral("front matter"),
            tr("the front matter has no closing \"---\" line") };

    Article a;
    a.language = language;
    a.body = normalised.mid(end + 5).trimmed() + QLatin1Char('\n');

    QSet<QString> seen;
    QString currentList;
    const QStringList lines = normalised.mid(fence.size(), end - fence.size() + 1).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("- "))) {
            if (currentList.isEmpty())
                return InputError { QStringLiteral("front matter"),
                    tr("a list item \"%1\" follows no list key").arg(line) };
            listField(a, currentList)->append(line.mid(2).trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return InputError { QStringLiteral("front matter"),
                tr("\"%1\" is not a \"key: value\" line").arg(line) };
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (!scalarKeys().contains(key) && !listKeys().contains(key))
            return InputError { key, tr("unknown key \"%1\"").arg(key) };
        if (seen.contains(key))
            return InputError { key, tr("\"%1\" is given twice").arg(key) };
        seen.insert(key);
        currentList.clear();

        if (listKeys().contains(key)) {
            *listField(a, key) = splitList(value);
            if (value.isEmpty())
                currentList = key; // "- item" lines follow
        } else if (key == QLatin1String("id")) {
            a.id = value;
        } else if (key == QLatin1String("title")) {
            a.title = value;
        } else if (key == QLatin1String("summary")) {
            a.summary = value;
        } else if (key == QLatin1String("order")) {
            bool ok = false;
            a.order = value.toInt(&ok);
            if (!ok)
                return InputError { key, tr("must be a whole number") };
        } else if (key == QLatin1String("reviewed")) {
            static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            a.reviewed = QDate::fromString(value, Qt::ISODate);
            if (!datePattern.match(value).hasMatch() || !a.reviewed.isValid())
                return InputError { key, tr("must be a date written YYYY-MM-DD") };
        }
    }

    if (!idPattern().match(a.id).hasMatch())
        return InputError { QStringLiteral("id"), tr("is required: lower-case letters, digits and dashes") };
    if (a.title.isEmpty())
        return InputError { QStringLiteral("title"), tr("is required") };
    if (a.summary.isEmpty())
        return InputError { QStringLiteral("summary"), tr("is required") };
    if (a.sources.isEmpty())
        return InputError { QStringLiteral("sources"), tr("at least one source is required") };
    if (!a.reviewed.isValid())
        return InputError { QStringLiteral("reviewed"), tr("is required") };
    for (const QStringList *ids : { &a.topics, &a.related }) {
        for (const QString &id : *ids) {
            if (!idPattern().match(id).hasMatch())
                return InputError { ids == &a.topics ? QStringLiteral("topics") : QStringLiteral("related"),
                    tr("\"%1\" is not an id (lower-case letters, digits and dashes)").arg(id) };
        }
    }
    return a;
}

} // namespace nc

#pragma once

#include "content/contentcatalogue.h"

#include <QAbstractListModel>

namespace nc {

// The articles of one language, all of them in reading order, or, with a query, the search hits
// best first. Live filtering sets the query on every keystroke.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole };

    explicit ArticleListModel(const ContentCatalogue &catalogue, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void reload();

    const ContentCatalogue &m_catalogue;
    QString m_language = QString::fromLatin1(ContentCatalogue::kFallbackLanguage);
    QString m_query;
    QList<Article> m_rows;
};

} // namespace nc

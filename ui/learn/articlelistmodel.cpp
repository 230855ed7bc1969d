#include "articlelistmodel.h"

namespace nc {

ArticleListModel::ArticleListModel(const ContentCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
{
    reload();
}

void ArticleListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

void ArticleListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_query.trimmed().isEmpty()) {
        m_rows = m_catalogue.articles(m_language);
    } else {
        for (const SearchHit &hit : m_catalogue.search(m_query, m_language)) {
            if (std::optional<Article> a = m_catalogue.article(hit.articleId, m_language))
                m_rows.append(*a);
        }
    }
    endResetModel();
}

QString ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ArticleListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Article &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return a.summary;
    case Qt::AccessibleTextRole:
        return a.title;
    case Qt::AccessibleDescriptionRole:
        return a.summary;
    case IdRole:
        return a.id;
    default:
        return {};
    }
}

} // namespace nc

#include "historymodel.h"

#include <QScopedValueRollback>

namespace nc {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::setSource(HistorySource source)
{
    // The first page comes with the reset: one change for the views, never an empty list between.
    beginResetModel();
    m_source = std::move(source);
    m_exhausted = !m_source.fetch;
    m_rows.clear();
    m_rows = nextPage();
    endResetModel();
}

void HistoryModel::reload()
{
    setSource(m_source);
}

qint64 HistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].first : 0;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source.headers.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    const QStringList &cells = m_rows[index.row()].second;
    return index.column() < cells.size() ? cells[index.column()] : QString();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_source.headers.size())
        return m_source.headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

QList<std::pair<qint64, QStringList>> HistoryModel::nextPage()
{
    if (m_exhausted)
        return {};
    const auto page = m_source.fetch(int(m_rows.size()), kPageSize);
    m_exhausted = page.size() < kPageSize;
    return page;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the insertion under way: it would read the same page twice.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const auto page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace nc

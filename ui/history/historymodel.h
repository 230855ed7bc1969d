#pragma once

#include "app/session.h"

#include <QAbstractTableModel>
#include <functional>

namespace nc {

// One kind of record as rows of text, read page by page from the repository (newest first), so
// a history of 100,000 readings opens at once: the view asks for more as it scrolls.
struct HistorySource
{
    QString kind; // "temperature", "count", …
    QStringList headers;
    std::function<QList<std::pair<qint64, QStringList>>(int offset, int limit)> fetch;
    std::function<QUndoCommand *(qint64 id)> removeCommand; // null when rows cannot be deleted
    std::function<void(qint64 id, QWidget *parent)> edit; // opens the edit dialog; null: not editable
};

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit HistoryModel(QObject *parent = nullptr);

    void setSource(HistorySource source);
    const HistorySource &source() const { return m_source; }
    void reload();
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // The next page from the source; marks the model exhausted after the last one.
    QList<std::pair<qint64, QStringList>> nextPage();

    HistorySource m_source;
    QList<std::pair<qint64, QStringList>> m_rows;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace nc

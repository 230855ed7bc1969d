#pragma once

#include "app/session.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace nc {

class HistoryModel;

// Every entry, by kind and date range, with edit and delete (undoable) and the alert log with
// acknowledgements and outcomes.
class HistoryScreen : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryScreen(Session &session, QWidget *parent = nullptr);

    void showKind(const QString &kind);
    QTableView *table() const { return m_table; }
    HistoryModel *model() const { return m_model; }
    void deleteSelected();
    void editSelected();

Q_SIGNALS:
    // A short confirmation for the status bar ("Deleted — Ctrl+Z to undo").
    void message(const QString &text);

private:
    void rebuildSource();

    Session &m_session;
    QComboBox *m_kind;
    QComboBox *m_range;
    QTableView *m_table;
    HistoryModel *m_model;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace nc

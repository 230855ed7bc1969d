#pragma once

#include "clinical/temperature.h"
#include "clinical/triageboard.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace nc {

// The triage desk's board: one row per patient, in the order of need (triageboard::sortByNeed).
// Every cell says what it means in words; the level also has its icon and colours (LevelStyle),
// and an escalated alert (an unacknowledged call_now past 15 minutes) says so in its own words.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Need, Patient, Level, Reason, Temperature, Anc, Cycle, Alert, FollowUp, ColumnCount };
    enum Role {
        PatientIdRole = Qt::UserRole + 1,
        GroupRole, // triageboard::Group, as an int
        EscalatedRole,
        FollowUpOwnerRole,
    };

    explicit BoardModel(QObject *parent = nullptr);

    // Every row, read at `now`; then in order of need.
    void setRows(QList<triageboard::Row> rows, const QDateTime &now);
    // One patient's row read again (a notification): replaced, added or, when absent, removed; the
    // row moves to its place.
    void updateRow(qint64 patientId, const std::optional<triageboard::Row> &row, const QDateTime &now);
    // Time alone moves rows (a follow-up falls overdue, an alert waits past 15 minutes): orders again
    // and repaints the waiting times.
    void setNow(const QDateTime &now);
    void setDisplayUnit(TemperatureUnit unit);

    const triageboard::Row *row(int index) const;
    int rowOf(qint64 patientId) const;
    QList<triageboard::Row> escalatedRows() const;
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupText(triageboard::Group group);

private:
    QString text(const triageboard::Row &row, int column) const;
    void sort();

    QList<triageboard::Row> m_rows;
    QDateTime m_now;
    TemperatureUnit m_unit = TemperatureUnit::Celsius;
};

} // namespace nc

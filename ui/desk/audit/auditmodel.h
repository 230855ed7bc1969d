#pragma once

#include "storage/audittrail.h"

#include <QAbstractTableModel>

namespace nc {

// The audit trail's entries as rows of words: when, who, which patient, what was done to what, and
// the record. The entries are read by AuditScreen; the model only shows them.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Patient, What, Record, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    // The entry of a row; none outside the rows.
    std::optional<AuditEntry> entryAt(int row) const;

    // A table of the schema in plain words ("Temperature"); an unknown one as its name.
    static QString tableWords(const QString &table);
    // "added", "changed", "removed".
    static QString actionWords(const QString &action);
    // The patient an entry concerns, by name; or by number when the patient was removed since.
    static QString patientWords(const AuditEntry &entry);
    // What happened, in words: "Temperature added".
    static QString whatWords(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace nc

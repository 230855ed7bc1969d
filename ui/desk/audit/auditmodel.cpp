#include "auditmodel.h"

#include <QLocale>

namespace nc {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

std::optional<AuditEntry> AuditModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

QString AuditModel::tableWords(const QString &table)
{
    struct Name
    {
        const char *table;
        const char *words;
    };
    static const Name kNames[] = {
        { "patients", QT_TR_NOOP("Patient") },
        { "patient_settings", QT_TR_NOOP("Settings and clinic values") },
        { "preferences", QT_TR_NOOP("Preference") },
        { "temperatures", QT_TR_NOOP("Temperature") },
        { "blood_counts", QT_TR_NOOP("Blood count") },
        { "symptoms", QT_TR_NOOP("Symptom") },
        { "treatments", QT_TR_NOOP("Treatment") },
        { "medicines", QT_TR_NOOP("Medicine") },
        { "antipyretic_doses", QT_TR_NOOP("Painkiller dose") },
        { "checklist_ticks", QT_TR_NOOP("Checklist tick") },
        { "alerts", QT_TR_NOOP("Alert") },
        { "tombstones", QT_TR_NOOP("Removal note") },
        { "triage_calls", QT_TR_NOOP("Telephone triage call") },
        { "clinic_acknowledgements", QT_TR_NOOP("Clinic acknowledgement") },
        { "server_logins", QT_TR_NOOP("Server login") },
        { "login_patients", QT_TR_NOOP("Who may see a patient") },
    };
    for (const Name &name : kNames) {
        if (table == QLatin1String(name.table))
            return tr(name.words);
    }
    return table;
}

QString AuditModel::actionWords(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("added");
    if (action == QLatin1String("update"))
        return tr("changed");
    if (action == QLatin1String("delete"))
        return tr("removed");
    return action;
}

QString AuditModel::patientWords(const AuditEntry &entry)
{
    if (!entry.patientName.isEmpty())
        return entry.patientName;
    if (entry.patientId)
        return tr("Patient %1 (removed)").arg(*entry.patientId);
    return {};
}

QString AuditModel::whatWords(const AuditEntry &entry)
{
    //: A record kind and what was done to it: "Temperature added".
    return tr("%1 %2").arg(tableWords(entry.table), actionWords(entry.action));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at, QLocale::ShortFormat);
        case Who:
            return e.login;
        case Patient:
            return patientWords(e);
        case What:
            return whatWords(e);
        case Record:
            return e.record;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(e.at, QLocale::LongFormat);
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Patient:
        return tr("Patient");
    case What:
        return tr("What");
    case Record:
        return tr("Record");
    default:
        break;
    }
    return {};
}

} // namespace nc

#include "boardmodel.h"

#include "widgets/icons.h"
#include "widgets/levelstyle.h"
#include "widgets/timetext.h"

#include <QFont>
#include <QLocale>

namespace nc {

BoardModel::BoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString BoardModel::groupText(triageboard::Group group)
{
    using G = triageboard::Group;
    switch (group) {
    case G::UnacknowledgedCallNow:
        return tr("1 · Call now — not acknowledged");
    case G::OverdueFollowUp:
        return tr("2 · Follow-up call overdue");
    case G::CallToday:
        return tr("3 · Call now already acknowledged, or call today");
    case G::OverdueRecheck:
        return tr("4 · Recheck overdue");
    case G::NoRecentReading:
        return tr("5 · No recent temperature in the low-count days");
    case G::Recheck:
        return tr("6 · Recheck");
    case G::Caution:
        return tr("7 · Caution");
    case G::Ok:
        break;
    }
    return tr("8 · No warning signs");
}

void BoardModel::sort()
{
    triageboard::sortByNeed(m_rows, m_now);
}

void BoardModel::setRows(QList<triageboard::Row> rows, const QDateTime &now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    sort();
    endResetModel();
}

void BoardModel::updateRow(qint64 patientId, const std::optional<triageboard::Row> &row, const QDateTime &now)
{
    const int at = rowOf(patientId);
    if (!row) {
        if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
        return;
    }
    if (at < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(*row);
        endInsertRows();
    } else {
        m_rows[at] = *row;
    }
    setNow(now);
}

void BoardModel::setNow(const QDateTime &now)
{
    // Persistent indexes (the selection, the current row) follow their patient.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> patients;
    for (const QModelIndex &index : before)
        patients << m_rows.at(index.row()).patientId;
    m_now = now;
    sort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int at = rowOf(patients.at(i));
        after << (at < 0 ? QModelIndex() : index(at, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void BoardModel::setDisplayUnit(TemperatureUnit unit)
{
    m_unit = unit;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Temperature), index(int(m_rows.size()) - 1, Temperature));
}

const triageboard::Row *BoardModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int BoardModel::rowOf(qint64 patientId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).patientId == patientId)
            return int(i);
    }
    return -1;
}

QList<triageboard::Row> BoardModel::escalatedRows() const
{
    QList<triageboard::Row> rows;
    for (const triageboard::Row &r : m_rows) {
        if (triageboard::escalated(r, m_now))
            rows << r;
    }
    return rows;
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoardModel::text(const triageboard::Row &r, int column) const
{
    const QLocale locale;
    const Assessment &a = r.assessment;
    switch (column) {
    case Need:
        return groupText(triageboard::group(r, m_now));
    case Patient:
        return r.name;
    case Level:
        return levels::headline(a);
    case Reason:
        if (!a.reasons.isEmpty())
            return a.reasons.first().message;
        return a.notes.isEmpty() ? QString() : a.notes.first().message;
    case Temperature:
        if (!r.latestTemperature)
            return tr("None in the last %n hour(s)", nullptr, a.readingGapHours);
        return tr("%1, %2").arg(Temperature::format(r.latestTemperature->temperature.celsius(), m_unit),
            timetext::age(r.latestTemperature->time, m_now));
    case Anc:
        if (!a.anc)
            return tr("No result");
        return tr("%1/µL, %2%3")
            .arg(locale.toString(a.anc->value, 'f', 0), timetext::age(a.anc->time, m_now),
                a.anc->stale ? tr(" (old)") : QString());
    case Cycle:
        if (!a.nadirWindow)
            return tr("No recent chemotherapy");
        return a.nadirWindow->active ? tr("Day %1 — low-count days").arg(a.nadirWindow->day)
                                     : tr("Day %1").arg(a.nadirWindow->day);
    case Alert:
        if (r.unacknowledgedCallNowSince) {
            const QString waited = timetext::span(r.unacknowledgedCallNowSince->secsTo(m_now));
            return triageboard::escalated(r, m_now) ? tr("ESCALATED — not acknowledged for %1").arg(waited)
                                                    : tr("Not acknowledged — waiting %1").arg(waited);
        }
        if (r.callNowSince && r.acknowledgedAt) {
            return tr("Acknowledged by %1 at %2")
                .arg(r.acknowledgedBy, locale.toString(r.acknowledgedAt->time(), QLocale::ShortFormat));
        }
        return QString();
    case FollowUp:
        if (!r.followUpDue)
            return QString();
        if (m_now > *r.followUpDue) {
            return tr("Overdue since %1 (%2)")
                .arg(locale.toString(*r.followUpDue, QLocale::ShortFormat), r.followUpOwner);
        }
        return tr("Due %1 (%2)").arg(locale.toString(*r.followUpDue, QLocale::ShortFormat), r.followUpOwner);
    default:
        return QString();
    }
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    const triageboard::Row *r = row(index.row());
    if (!r || !index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*r, column);
    case Qt::AccessibleTextRole:
        return headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") + text(*r, column);
    case Qt::DecorationRole:
        if (column == Level) {
            const LevelStyle style = LevelStyle::of(r->assessment);
            return icons::icon(style.iconName, style.text);
        }
        if (column == Alert && triageboard::escalated(*r, m_now))
            return icons::icon(QStringLiteral("priority"), QColor(0xB0, 0x00, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (column == Level)
            return LevelStyle::of(r->assessment).background;
        return {};
    case Qt::ForegroundRole:
        if (column == Level)
            return LevelStyle::of(r->assessment).text;
        return {};
    case Qt::FontRole:
        if (column == Patient || (column == Alert && r->unacknowledgedCallNowSince)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PatientIdRole:
        return r->patientId;
    case GroupRole:
        return int(triageboard::group(*r, m_now));
    case EscalatedRole:
        return triageboard::escalated(*r, m_now);
    case FollowUpOwnerRole:
        return r->followUpOwner;
    default:
        return {};
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Need:
        return tr("Need");
    case Patient:
        return tr("Patient");
    case Level:
        return tr("Level");
    case Reason:
        return tr("Reason");
    case Temperature:
        return tr("Latest temperature");
    case Anc:
        return tr("Latest ANC");
    case Cycle:
        return tr("Cycle");
    case Alert:
        return tr("Alert");
    case FollowUp:
        return tr("Follow-up call");
    default:
        return {};
    }
}

} // namespace nc

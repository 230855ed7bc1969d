#include "audittrail.h"

#include "database.h"
#include "exchange/csv.h"
#include "exchange/savefile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <algorithm>

namespace nc {

namespace {

// Every column, in file order.
const char *const kCsvColumns[] = { "time", "login", "patient_id", "patient_name", "table", "action",
    "record", "old_values", "new_values" };

QJsonObject jsonObject(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// As the app's CSV writes a time: with its offset, and milliseconds only when there are some.
QString timeText(const QDateTime &at)
{
    const QDateTime t = at.toOffsetFromUtc(at.offsetFromUtc());
    return t.toString(t.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

void appendRow(QByteArray &out, const QStringList &cells)
{
    QString line;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c)
            line += QLatin1Char(',');
        line += csv::formatCell(cells.at(c));
    }
    line += QLatin1String("\r\n");
    out += line.toUtf8();
}

bool connectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return (state.isEmpty() && error.driverText().startsWith(QLatin1String("QPSQL")))
        || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

} // namespace

AuditTrail::AuditTrail(Database &db)
    : m_db(db)
{ }

Expected<QList<AuditEntry>> AuditTrail::entries(const AuditFilter &filter) const
{
    const auto refused = [](const QString &message) {
        return InputError { QStringLiteral("audit"), message };
    };
    if (m_db.engine() != Engine::PostgreSQL)
        return refused(tr("The audit trail is kept on a clinic server; this database is a file on this "
                          "computer."));

    QString sql = QStringLiteral(
        "SELECT a.id, a.at_ms, a.login, a.table_name, a.action, a.record, a.patient_id, p.name, "
        "a.old_values::text, a.new_values::text FROM audit a LEFT JOIN patients p ON p.id = a.patient_id");
    QStringList conditions;
    QVariantList values;
    if (filter.patientId) {
        conditions << QStringLiteral("a.patient_id = ?");
        values << *filter.patientId;
    }
    if (!filter.login.isEmpty()) {
        conditions << QStringLiteral("a.login = ?");
        values << filter.login;
    }
    // Local days, as the person chose them: from the start of the first to the start of the day after
    // the last.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("a.at_ms >= ?");
        values << filter.from.startOfDay().toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("a.at_ms < ?");
        values << filter.to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    // The identity follows the order rows were written in, and its index answers the newest first.
    sql += QStringLiteral(" ORDER BY a.id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << qint64(filter.limit);
    }

    const auto run = [&](QSqlQuery &q) {
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        return q.exec();
    };
    QSqlQuery q(m_db.connection());
    bool ok = run(q);
    // A connection the server dropped (a restart, an idle timeout) is opened again, once.
    if (!ok && connectionLost(q.lastError()) && m_db.reconnectIfLost()) {
        q = QSqlQuery(m_db.connection());
        ok = run(q);
    }
    if (!ok) {
        const QSqlError error = q.lastError();
        if (error.nativeErrorCode() == QLatin1String("42501"))
            return refused(tr("Your login may not read the audit trail: only clinic staff and admin logins "
                              "may."));
        if (connectionLost(error))
            return refused(tr("The connection to the clinic server was lost, so the audit trail could not be "
                              "read. Try again in a moment."));
        return refused(tr("The audit trail could not be read: %1")
                           .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    }

    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
        e.login = q.value(2).toString();
        e.table = q.value(3).toString();
        e.action = q.value(4).toString();
        e.record = q.value(5).toString();
        if (!q.value(6).isNull())
            e.patientId = q.value(6).toLongLong();
        e.patientName = q.value(7).toString();
        e.oldValues = jsonObject(q.value(8));
        e.newValues = jsonObject(q.value(9));
        list.append(std::move(e));
    }
    return list;
}

QStringList AuditTrail::logins() const
{
    if (m_db.engine() != Engine::PostgreSQL)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT login FROM audit")))
        return {};
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    list.sort(Qt::CaseInsensitive);
    return list;
}

QStringList AuditTrail::changedKeys(const AuditEntry &entry)
{
    QStringList keys = entry.oldValues.keys() + entry.newValues.keys();
    keys.sort();
    keys.removeDuplicates();
    keys.removeAll(QStringLiteral("updated_ms"));
    keys.removeIf(
        [&entry](const QString &key) { return entry.oldValues.value(key) == entry.newValues.value(key); });
    return keys;
}

std::optional<QString> writeAuditCsv(const QList<AuditEntry> &entries, const QString &path)
{
    QByteArray out;
    out.reserve(entries.size() * 256 + 128);
    // A byte-order mark tells spreadsheet programs the file is UTF-8, as the app's other CSV files do.
    out += "\xEF\xBB\xBF";
    QStringList header;
    for (const char *column : kCsvColumns)
        header << QLatin1String(column);
    appendRow(out, header);
    for (const AuditEntry &e : entries) {
        appendRow(out,
            { timeText(e.at), e.login, e.patientId ? QString::number(*e.patientId) : QString(), e.patientName,
                e.table, e.action, e.record, compactJson(e.oldValues), compactJson(e.newValues) });
    }
    if (const auto error = saveFile(path, out))
        return AuditTrail::tr("The audit trail could not be saved as %1: %2").arg(path, *error);
    return std::nullopt;
}

} // namespace nc

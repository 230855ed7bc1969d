#include "homelinksender.h"

#include "storage/repositories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::HomeLink)
};

// How the server finds one record of a table: its UUID, or its key where it has none.
QStringList keyColumns(const QString &table)
{
    if (table == QLatin1String("checklist_ticks"))
        return { QStringLiteral("date"), QStringLiteral("item") };
    if (table == QLatin1String("preferences"))
        return { QStringLiteral("key") };
    return { QStringLiteral("uuid") };
}

// The key's values from a mark's record name (synclinks.cpp: a UUID, a key, or "date/item").
QVariantList keyValues(const SyncMark &mark)
{
    if (mark.table == QLatin1String("checklist_ticks")) {
        const qsizetype slash = mark.record.indexOf(QLatin1Char('/'));
        return { mark.record.left(slash), mark.record.mid(slash + 1) };
    }
    return { mark.record };
}

QString whereKey(const QStringList &keys)
{
    QStringList tests { QStringLiteral("patient_id = ?") };
    for (const QString &key : keys)
        tests << key + QStringLiteral(" = ?");
    return tests.join(QStringLiteral(" AND "));
}

bool isKnownTable(const QString &table)
{
    for (const SyncedTable &synced : kSyncedTables) {
        if (table == QLatin1String(synced.name))
            return true;
    }
    return false;
}

} // namespace

Expected<qint64> HomeLinkSender::serverPatient() const
{
    QSqlQuery q(m_server.connection());
    if (q.exec(QStringLiteral("SELECT patient_id FROM login_patients WHERE login = current_user::text AND "
                              "relation = 'own'"))
        && q.next())
        return q.value(0).toLongLong();
    return InputError { QStringLiteral("login"),
        Text::tr("The clinic's server has no patient for this login: ask your nurse to check the login "
                 "they gave you.") };
}

Expected<SendReport> HomeLinkSender::send(qint64 localPatientId, int batchSize)
{
    const Expected<qint64> serverId = serverPatient();
    if (!serverId)
        return serverId.error();
    SyncLinkRepository links(m_local);
    SendReport report;
    for (;;) {
        const QList<SyncMark> marks = links.pending(localPatientId, batchSize);
        if (marks.isEmpty())
            break;
        SendReport batch;
        {
            Transaction tx(m_server);
            for (const SyncMark &mark : marks) {
                if (const auto problem = sendOne(mark, *serverId, batch))
                    return InputError { mark.table, *problem };
            }
            if (const QString error = tx.commit(); !error.isEmpty())
                return InputError { QString(), error };
        }
        // Committed on the server: only now may the marks go. Were this cut short, the next pass
        // would send the batch again, which changes nothing.
        if (const auto error = links.clear(marks))
            return InputError { QString(), *error };
        report.sent += batch.sent;
        report.removed += batch.removed;
    }
    report.waiting = links.pendingCount(localPatientId);
    return report;
}

std::optional<QString> HomeLinkSender::sendOne(
    const SyncMark &mark, qint64 serverPatientId, SendReport &report)
{
    if (!isKnownTable(mark.table))
        return Text::tr("A change of an unknown kind (%1) cannot be sent.").arg(mark.table);
    const QStringList keys = keyColumns(mark.table);
    const QVariantList keyValue = keyValues(mark);
    QSqlQuery server(m_server.connection());
    if (mark.deleted) {
        server.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(mark.table, whereKey(keys)));
        server.addBindValue(serverPatientId);
        for (const QVariant &value : keyValue)
            server.addBindValue(value);
        if (!server.exec())
            return server.lastError().text();
        if (keys == QStringList { QStringLiteral("uuid") }) {
            // The tombstone says on the server, too, that the record was deleted and when.
            QSqlQuery local(m_local.connection());
            local.prepare(
                QStringLiteral("SELECT deleted_ms FROM tombstones WHERE table_name = ? AND uuid = ?"));
            local.addBindValue(mark.table);
            local.addBindValue(mark.record);
            const qint64 deletedMs
                = local.exec() && local.next() ? local.value(0).toLongLong() : dbvalue::nowMs();
            server.prepare(QStringLiteral("INSERT INTO tombstones (table_name, uuid, patient_id, deleted_ms) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, uuid) DO NOTHING"));
            server.addBindValue(mark.table);
            server.addBindValue(mark.record);
            server.addBindValue(serverPatientId);
            server.addBindValue(deletedMs);
            if (!server.exec())
                return server.lastError().text();
        }
        ++report.removed;
        return std::nullopt;
    }

    QSqlQuery local(m_local.connection());
    local.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(mark.table, whereKey(keys)));
    local.addBindValue(mark.patientId);
    for (const QVariant &value : keyValue)
        local.addBindValue(value);
    if (!local.exec())
        return local.lastError().text();
    if (!local.next())
        return std::nullopt; // deleted since its mark was read: that deletion has a mark of its own
    const QSqlRecord row = local.record();
    QStringList columns;
    QStringList marks;
    QStringList updates;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        const QString column = row.fieldName(i);
        if (column == QLatin1String("id"))
            continue; // the server numbers its rows itself
        columns << column;
        marks << QStringLiteral("?");
        values << (column == QLatin1String("patient_id") ? QVariant(serverPatientId) : row.value(i));
        if (column != QLatin1String("patient_id") && !keys.contains(column))
            updates << column + QStringLiteral(" = EXCLUDED.") + column;
    }
    const QStringList conflict = keys == QStringList { QStringLiteral("uuid") }
        ? keys
        : QStringList { QStringLiteral("patient_id") } + keys;
    // The patient's app is the one writer of these rows: what it sends replaces what the server has.
    server.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                       .arg(mark.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                           conflict.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        server.addBindValue(value);
    if (!server.exec())
        return server.lastError().text();
    ++report.sent;
    return std::nullopt;
}

} // namespace nc

#include "homelinksender.h"

#include "storage/repositories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <map>
#include <memory>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::HomeLink)
};

// The server's words on one line: libpq's text ends in a newline, Qt's driver appends the SQLSTATE
// in brackets (empty ones when the connection dropped) and its own "Unable to create query".
QString said(const QSqlError &error)
{
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\([0-9A-Z]{0,5}\\)$"));
    const QString server = error.databaseText().simplified().remove(sqlState);
    return server.isEmpty() ? error.text().simplified() : server;
}

QString whereKey(const QStringList &keys)
{
    QStringList tests { QStringLiteral("patient_id = ?") };
    for (const QString &key : keys)
        tests << key + QStringLiteral(" = ?");
    return tests.join(QStringLiteral(" AND "));
}

} // namespace

// The upserts of one pass, by table and number of rows (a table's columns are the same all pass):
// a batch of the same shape reuses its statement instead of preparing it on the server again
// (2 ms each), with the names its values are bound by.
struct HomeLinkSender::PreparedUpserts
{
    struct Upsert
    {
        std::unique_ptr<QSqlQuery> query;
        QStringList names;
    };
    std::map<std::pair<QString, qsizetype>, Upsert> byShape;
};

Expected<qint64> HomeLinkSender::serverPatient() const
{
    QSqlQuery q(m_server.connection());
    if (!q.exec(QStringLiteral("SELECT patient_id FROM login_patients WHERE login = current_user::text AND "
                               "relation = 'own'")))
        return InputError { QString(), said(q.lastError()) }; // the connection, not the login
    if (q.next())
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
    // Declared before any batch's transaction, so freed after it: QPSQL frees a prepared statement
    // with DEALLOCATE, which a failed transaction would refuse.
    PreparedUpserts prepared;
    SendReport report;
    report.serverPatientId = *serverId;
    for (;;) {
        const QList<SyncMark> marks = links.pending(localPatientId, batchSize);
        if (marks.isEmpty())
            break;
        SendReport batch;
        {
            // A table at a time, in a few statements each: one row per statement cost 1.5 ms a record
            // (10,000 in 15 s). The batch is one transaction, so its order within is nobody's to see.
            Transaction tx(m_server);
            for (const SyncedTable &table : kSyncedTables) {
                QList<SyncMark> upserts;
                QList<SyncMark> deletions;
                for (const SyncMark &mark : marks) {
                    if (mark.table == QLatin1String(table.name))
                        (mark.deleted ? deletions : upserts).append(mark);
                }
                if (const auto problem = upsert(table, upserts, *serverId, prepared, batch))
                    return InputError { QLatin1String(table.name), *problem };
                if (const auto problem = remove(table, deletions, *serverId, batch))
                    return InputError { QLatin1String(table.name), *problem };
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

std::optional<QString> HomeLinkSender::upsert(const SyncedTable &table, const QList<SyncMark> &marks,
    qint64 serverPatientId, PreparedUpserts &prepared, SendReport &report)
{
    if (marks.isEmpty())
        return std::nullopt;
    const QString name = QLatin1String(table.name);
    // The marked rows as they are now, found through their marks, in the order of their changes (the
    // server numbers them in that order). A record deleted since its mark was read is not found:
    // its deletion has a mark of its own.
    QSqlQuery local(m_local.connection());
    if (!local.exec(
            QStringLiteral("SELECT t.* FROM %1 t JOIN sync_marks m ON m.table_name = '%1' AND m.record = %2 "
                           "WHERE m.seq IN (%3) ORDER BY m.seq")
                .arg(name, table.recordSql(QStringLiteral("t")), SyncLinkRepository::sequenceList(marks))))
        return said(local.lastError());
    const QSqlRecord shape = local.record();
    QStringList columns;
    QStringList updates;
    const QStringList keys = table.keyColumns();
    int patientColumn = -1;
    QList<int> sent;
    for (int i = 0; i < shape.count(); ++i) {
        const QString column = shape.fieldName(i);
        if (column == QLatin1String("id"))
            continue; // the server numbers its rows itself
        if (column == QLatin1String("patient_id"))
            patientColumn = i;
        else if (!keys.contains(column))
            updates << column + QStringLiteral(" = EXCLUDED.") + column;
        columns << column;
        sent << i;
    }
    QList<QVariantList> rows;
    while (local.next()) {
        QVariantList row;
        for (const int i : std::as_const(sent))
            row << (i == patientColumn ? QVariant(serverPatientId) : local.value(i));
        rows << row;
    }
    const QStringList conflict = table.hasUuid() ? keys : QStringList { QStringLiteral("patient_id") } + keys;
    const qsizetype width = columns.size();
    for (qsizetype at = 0; at < rows.size(); at += kRowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(kRowsPerStatement, rows.size() - at);
        PreparedUpserts::Upsert &upsert = prepared.byShape[{ name, count }];
        if (!upsert.query) {
            // The patient's app is the one writer of these rows: what it sends replaces what is there.
            upsert.names = dbvalue::namedPlaceholders(width * count);
            auto query = std::make_unique<QSqlQuery>(m_server.connection());
            if (!query->prepare(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (%4) DO UPDATE SET %5")
                        .arg(name, columns.join(QStringLiteral(", ")),
                            dbvalue::valueRows(upsert.names, width), conflict.join(QStringLiteral(", ")),
                            updates.join(QStringLiteral(", ")))))
                return said(query->lastError());
            upsert.query = std::move(query);
        }
        QSqlQuery *server = upsert.query.get();
        for (qsizetype r = 0; r < count; ++r) {
            const QVariantList &row = rows.at(at + r);
            for (qsizetype c = 0; c < width; ++c)
                server->bindValue(upsert.names.at(r * width + c), row.at(c));
        }
        if (!server->exec())
            return said(server->lastError());
    }
    report.sent += rows.size();
    return std::nullopt;
}

std::optional<QString> HomeLinkSender::remove(
    const SyncedTable &table, const QList<SyncMark> &marks, qint64 serverPatientId, SendReport &report)
{
    const QString name = QLatin1String(table.name);
    const QStringList keys = table.keyColumns();
    QSqlQuery server(m_server.connection());
    for (const SyncMark &mark : marks) {
        server.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, whereKey(keys)));
        server.addBindValue(serverPatientId);
        for (const QString &value : table.keyValues(mark.record))
            server.addBindValue(value);
        if (!server.exec())
            return said(server.lastError());
        if (table.hasUuid()) {
            // The tombstone says on the server, too, that the record was deleted and when.
            QSqlQuery local(m_local.connection());
            local.prepare(
                QStringLiteral("SELECT deleted_ms FROM tombstones WHERE table_name = ? AND uuid = ?"));
            local.addBindValue(name);
            local.addBindValue(mark.record);
            const qint64 deletedMs
                = local.exec() && local.next() ? local.value(0).toLongLong() : dbvalue::nowMs();
            server.prepare(QStringLiteral("INSERT INTO tombstones (table_name, uuid, patient_id, deleted_ms) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, uuid) DO NOTHING"));
            server.addBindValue(name);
            server.addBindValue(mark.record);
            server.addBindValue(serverPatientId);
            server.addBindValue(deletedMs);
            if (!server.exec())
                return said(server.lastError());
        }
        ++report.removed;
    }
    return std::nullopt;
}

} // namespace nc

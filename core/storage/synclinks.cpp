#include "synclinks.h"

#include "repositories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace nc {

const SyncedTable kSyncedTables[9] = {
    { "preferences", "key" },
    { "treatments", "uuid" },
    { "medicines", "uuid" },
    { "temperatures", "uuid" },
    { "blood_counts", "uuid" },
    { "symptoms", "uuid" },
    { "antipyretic_doses", "uuid" },
    { "checklist_ticks", "date,item" },
    { "alerts", "uuid" },
};

QStringList SyncedTable::keyColumns() const
{
    return QString::fromLatin1(keys).split(QLatin1Char(','));
}

bool SyncedTable::hasUuid() const
{
    return qstrcmp(keys, "uuid") == 0;
}

QString SyncedTable::recordSql(const QString &row) const
{
    QStringList parts;
    for (const QString &column : keyColumns())
        parts << row + QLatin1Char('.') + column;
    return parts.join(QStringLiteral(" || '/' || "));
}

QStringList SyncedTable::keyValues(const QString &record) const
{
    // The last column takes the rest: only the columns before it are known to hold no '/'.
    const qsizetype count = keyColumns().size();
    QStringList values;
    qsizetype from = 0;
    for (qsizetype i = 0; i + 1 < count; ++i) {
        const qsizetype slash = record.indexOf(QLatin1Char('/'), from);
        values << record.mid(from, slash - from);
        from = slash + 1;
    }
    return values << record.mid(from);
}

QString SyncedTable::triggerName(const char *event) const
{
    return QStringLiteral("sync_mark_%1_%2").arg(QLatin1String(name), QLatin1String(event));
}

QStringList syncSchemaSql()
{
    QStringList sql = {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS sync_links (
            patient_id BIGINT PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            server TEXT NOT NULL CHECK (length(server) > 0),
            login TEXT NOT NULL CHECK (length(login) > 0),
            linked_ms BIGINT NOT NULL,
            last_sent_ms BIGINT,
            last_attempt_ms BIGINT,
            last_problem TEXT NOT NULL DEFAULT ''))"),
        // AUTOINCREMENT: a seq is never reused, so a mark cleared by its seq is never a newer one.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS sync_marks (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            record TEXT NOT NULL,
            patient_id BIGINT NOT NULL,
            deleted BIGINT NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
            UNIQUE (table_name, record)))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_marks_patient ON sync_marks(patient_id, seq)"),
        // A link that goes (unlinked, or the profile deleted) takes its marks with it.
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_link_gone AFTER DELETE ON sync_links BEGIN "
                       "DELETE FROM sync_marks WHERE patient_id = OLD.patient_id; END"),
    };
    return sql;
}

QStringList syncTriggerSql()
{
    QStringList sql;
    for (const SyncedTable &table : kSyncedTables) {
        const QString name = QString::fromLatin1(table.name);
        // Deleted and made again, not INSERT OR REPLACE: a record marked before gets a new seq, the
        // order of its latest change; and a trigger's REPLACE would give way to the outer statement's
        // own conflict handling (the checklist's upsert).
        const auto trigger = [&](const char *event, const char *row, int deleted) {
            return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER %2 ON %3 "
                                  "WHEN EXISTS (SELECT 1 FROM sync_links WHERE patient_id = %4.patient_id) "
                                  "BEGIN DELETE FROM sync_marks WHERE table_name = '%3' AND record = %5; "
                                  "INSERT INTO sync_marks (table_name, record, patient_id, deleted) "
                                  "VALUES ('%3', %5, %4.patient_id, %6); END")
                .arg(table.triggerName(QByteArray(event).toLower().constData()), QLatin1String(event), name,
                    QLatin1String(row), table.recordSql(QLatin1String(row)), QString::number(deleted));
        };
        sql << trigger("INSERT", "NEW", 0) << trigger("UPDATE", "NEW", 0) << trigger("DELETE", "OLD", 1);
    }
    return sql;
}

namespace {

// The triggers exist while some profile is linked: a file nobody linked pays nothing for them (an
// import of 100,000 readings ran 6 % slower with them, each row asking whether it was linked).
bool dropTriggersIfNoneLinked(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_links")) || !q.next())
        return false;
    if (q.value(0).toLongLong() > 0)
        return true;
    for (const SyncedTable &table : kSyncedTables) {
        for (const char *event : { "insert", "update", "delete" }) {
            if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(table.triggerName(event))))
                return false;
        }
    }
    return true;
}

std::optional<QString> failure(const QSqlQuery &q)
{
    return q.lastError().text();
}

std::optional<QString> committed(Transaction &tx)
{
    const QString error = tx.commit();
    return error.isEmpty() ? std::nullopt : std::optional<QString>(error);
}

SyncLink linkFrom(const QSqlQuery &q)
{
    SyncLink link;
    link.patientId = q.value(0).toLongLong();
    link.server = q.value(1).toString();
    link.login = q.value(2).toString();
    link.linkedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    if (!q.value(4).isNull())
        link.lastSentAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    link.lastProblem = q.value(5).toString();
    return link;
}

const QString kLinkColumns
    = QStringLiteral("patient_id, server, login, linked_ms, last_sent_ms, last_problem FROM sync_links");

} // namespace

std::optional<QString> SyncLinkRepository::link(const SyncLink &link)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO sync_links (patient_id, server, login, linked_ms) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (patient_id) DO UPDATE SET server = excluded.server, "
                       "login = excluded.login"));
    q.addBindValue(link.patientId);
    q.addBindValue(link.server);
    q.addBindValue(link.login);
    q.addBindValue(link.linkedAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(q);
    for (const QString &statement : syncTriggerSql()) {
        if (!q.exec(statement))
            return failure(q);
    }
    for (const SyncedTable &table : kSyncedTables) {
        // IGNORE: a record marked already keeps its place.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_marks (table_name, record, patient_id) "
                                 "SELECT '%1', %2, patient_id FROM %1 t WHERE patient_id = ? ORDER BY rowid")
                      .arg(QLatin1String(table.name), table.recordSql(QStringLiteral("t"))));
        q.addBindValue(link.patientId);
        if (!q.exec())
            return failure(q);
    }
    return committed(tx);
}

std::optional<QString> SyncLinkRepository::unlink(qint64 patientId)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_links WHERE patient_id = ?"));
    q.addBindValue(patientId);
    if (!q.exec() || !dropTriggersIfNoneLinked(q))
        return failure(q);
    return committed(tx);
}

std::optional<SyncLink> SyncLinkRepository::get(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE patient_id = ?").arg(kLinkColumns));
    q.addBindValue(patientId);
    if (q.exec() && q.next())
        return linkFrom(q);
    return std::nullopt;
}

QList<SyncLink> SyncLinkRepository::all() const
{
    QList<SyncLink> links;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 ORDER BY patient_id").arg(kLinkColumns))) {
        while (q.next())
            links.append(linkFrom(q));
    }
    return links;
}

QList<SyncMark> SyncLinkRepository::pending(qint64 patientId, int limit) const
{
    QList<SyncMark> marks;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seq, table_name, record, patient_id, deleted FROM sync_marks "
                             "WHERE patient_id = ? ORDER BY seq LIMIT ?"));
    q.addBindValue(patientId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            marks.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong(), q.value(4).toInt() == 1 });
    }
    return marks;
}

qint64 SyncLinkRepository::pendingCount(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_marks WHERE patient_id = ?"));
    q.addBindValue(patientId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString SyncLinkRepository::sequenceList(const QList<SyncMark> &marks)
{
    QStringList seqs;
    for (const SyncMark &mark : marks)
        seqs << QString::number(mark.seq);
    return seqs.join(QLatin1Char(','));
}

std::optional<QString> SyncLinkRepository::clear(const QList<SyncMark> &sent)
{
    // By their sequence numbers, a few hundred to a statement: a statement per mark was a twentieth
    // of a 10,000-record pass.
    constexpr qsizetype kPerStatement = 500;
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    for (qsizetype at = 0; at < sent.size(); at += kPerStatement) {
        if (!q.exec(QStringLiteral("DELETE FROM sync_marks WHERE seq IN (%1)")
                        .arg(sequenceList(sent.mid(at, kPerStatement)))))
            return failure(q);
    }
    return committed(tx);
}

std::optional<QString> SyncLinkRepository::noteAttempt(
    qint64 patientId, const QDateTime &at, const QString &problem)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE sync_links SET last_attempt_ms = ?, last_problem = ?, "
                       "last_sent_ms = CASE WHEN ? = 1 THEN ? ELSE last_sent_ms END WHERE patient_id = ?"));
    const qint64 ms = at.toMSecsSinceEpoch();
    q.addBindValue(ms);
    q.addBindValue(problem.isEmpty() ? QStringLiteral("") : problem); // NOT NULL: '' when it worked
    q.addBindValue(problem.isEmpty() ? 1 : 0);
    q.addBindValue(ms);
    q.addBindValue(patientId);
    return q.exec() ? std::nullopt : failure(q);
}

} // namespace nc

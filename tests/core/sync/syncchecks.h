#pragma once

#include "storage/database.h"
#include "storage/synclinks.h"

#include <QCryptographicHash>
#include <QSqlQuery>

// What the home link's reliability tests check alike on both sides (tst_homelinkkill,
// tst_homelinkfaults): every reading's identity and content, as one digest, and one number.
namespace nc::test {

inline QByteArray temperaturesDigest(Database &db, qint64 patient)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT uuid, time_ms, utc_offset, celsius, entered_value, entered_unit, site, note, "
                       "updated_ms FROM temperatures WHERE patient_id = ? ORDER BY uuid"));
    q.addBindValue(patient);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    if (q.exec()) {
        while (q.next()) {
            ++rows;
            for (int i = 0; i < 9; ++i)
                hash.addData((q.value(i).toString() + QLatin1Char('|')).toUtf8());
        }
    }
    return QByteArray::number(rows) + ':' + hash.result().toHex();
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The same records pending again for the next run: the server's copy gone (as `super`), every
// record of the file's profile marked anew by linking it again. The file's digest, or an empty one
// when the file would not open or the marks are not `expected` in number.
inline QByteArray markEverythingAgain(Database &super, const QString &file, qint64 patient, qint64 expected)
{
    QSqlQuery wipe(super.connection());
    if (!wipe.exec(QStringLiteral("TRUNCATE temperatures")))
        return {};
    Database local;
    if (!local.open(file))
        return {};
    SyncLinkRepository links(local);
    const std::optional<SyncLink> link = links.get(patient);
    if (!link || links.unlink(patient) || links.link(*link) || links.pendingCount(patient) != expected)
        return {};
    return temperaturesDigest(local, patient);
}

} // namespace nc::test

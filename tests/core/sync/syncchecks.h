#pragma once

#include "storage/database.h"

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

} // namespace nc::test

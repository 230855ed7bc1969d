#include "sqliteinsert.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <sqlite3.h>

namespace nc {

SqliteInsert::SqliteInsert(const QSqlDatabase &db, const QString &sql)
{
    // The handle QSQLite hands out, as its documentation shows: a sqlite3* in a QVariant.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QSqlError(QStringLiteral("SqliteInsert"), QStringLiteral("not an open SQLite connection"),
            QSqlError::ConnectionError);
        return;
    }
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        m_error = lastError();
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

QSqlError SqliteInsert::lastError() const
{
    return QSqlError(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(m_db)),
        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db)));
}

void SqliteValues::append(const QVariant &value)
{
    // The value read in place for the types a record's columns hold: QVariant::toLongLong() and
    // toDouble() go through QMetaType's conversions, a third of the cost of queuing a value.
    const void *data = value.constData();
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        m_slots.append({ Kind::Null, 0, 0, 0 });
        return;
    case QMetaType::Int:
        append(qint64(*static_cast<const int *>(data)));
        return;
    case QMetaType::LongLong:
        append(qint64(*static_cast<const qlonglong *>(data)));
        return;
    case QMetaType::Bool:
    case QMetaType::UInt:
        append(value.toLongLong());
        return;
    case QMetaType::Double:
        append(*static_cast<const double *>(data));
        return;
    case QMetaType::QString:
        append(*static_cast<const QString *>(data));
        return;
    default:
        append(value.toString());
    }
}

void SqliteValues::append(qint64 value)
{
    m_slots.append({ Kind::Integer, value, 0, 0 });
}

void SqliteValues::append(double value)
{
    m_slots.append({ Kind::Real, 0, value, 0 });
}

void SqliteValues::append(const QString &text)
{
    const qsizetype start = m_text.size();
    QStringEncoder utf8(QStringEncoder::Utf8);
    m_text.resize(start + utf8.requiredSpace(text.size()));
    char *end = utf8.appendToBuffer(m_text.data() + start, text);
    m_text.resize(end - m_text.constData());
    m_slots.append({ Kind::Text, m_text.size(), 0, start });
}

void SqliteValues::clear()
{
    m_slots.clear();
    m_text.resize(0); // clear() would free it
}

std::optional<QSqlError> SqliteInsert::run(const SqliteValues &values)
{
    if (m_error)
        return m_error;
    sqlite3_reset(m_statement);
    const char *text = values.m_text.constData(); // never null, so an empty text binds as ''
    for (int i = 0; i < int(values.m_slots.size()); ++i) {
        const SqliteValues::Slot &slot = values.m_slots.at(i);
        int code = SQLITE_OK;
        switch (slot.kind) {
        case SqliteValues::Kind::Null:
            code = sqlite3_bind_null(m_statement, i + 1);
            break;
        case SqliteValues::Kind::Integer:
            code = sqlite3_bind_int64(m_statement, i + 1, slot.integer);
            break;
        case SqliteValues::Kind::Real:
            code = sqlite3_bind_double(m_statement, i + 1, slot.real);
            break;
        case SqliteValues::Kind::Text:
            code = sqlite3_bind_text(
                m_statement, i + 1, text + slot.start, int(slot.integer - slot.start), SQLITE_STATIC);
            break;
        }
        if (code != SQLITE_OK)
            return lastError();
    }
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        const QSqlError error = lastError();
        sqlite3_reset(m_statement);
        return error;
    }
    return std::nullopt;
}

} // namespace nc

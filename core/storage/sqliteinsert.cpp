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

std::optional<QSqlError> SqliteInsert::run(const QVariant *values, qsizetype count)
{
    if (m_error)
        return m_error;
    sqlite3_reset(m_statement);
    m_text.clear();
    m_textSpans.clear();
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (int i = 0; i < int(count); ++i) {
        const QVariant &value = values[i];
        int code = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            code = sqlite3_bind_null(m_statement, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::LongLong:
        case QMetaType::UInt:
            code = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            break;
        default: {
            // Encoded now, bound below once m_text stops growing (growing may move it).
            const QString text = value.toString();
            const qsizetype start = m_text.size();
            m_text.resize(start + utf8.requiredSpace(text.size()));
            char *end = utf8.appendToBuffer(m_text.data() + start, text);
            m_text.resize(end - m_text.constData());
            m_textSpans.append({ i, start });
        }
        }
        if (code != SQLITE_OK)
            return lastError();
    }
    for (qsizetype k = 0; k < m_textSpans.size(); ++k) {
        const auto [parameter, start] = m_textSpans.at(k);
        const qsizetype end = k + 1 < m_textSpans.size() ? m_textSpans.at(k + 1).second : m_text.size();
        if (sqlite3_bind_text(
                m_statement, parameter + 1, m_text.constData() + start, int(end - start), SQLITE_STATIC)
            != SQLITE_OK)
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

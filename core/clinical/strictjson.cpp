#include "strictjson.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace nc {

Expected<QJsonObject> JsonReader::parseObject(
    const QByteArray &json, const QString &field, const QString &notAnObject)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return InputError { field,
            tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()) };
    }
    if (!document.isObject())
        return InputError { field, notAnObject };
    return document.object();
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = InputError { field, message };
}

bool JsonReader::keys(
    const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool known = std::any_of(
            allowed.begin(), allowed.end(), [&](const char *k) { return key == QLatin1String(k); });
        if (!known) {
            fail(join(path, key),
                m_unknownKey == UnknownKey::Named ? tr("unknown key \"%1\"").arg(key) : tr("unknown key"));
            return false;
        }
    }
    return true;
}

std::optional<QJsonValue> JsonReader::present(
    const QJsonObject &object, const QString &path, const QString &key, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined())
        return value;
    if (presence == Presence::Required)
        fail(join(path, key), tr("is required"));
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::object(
    const QJsonObject &parent, const QString &path, const char *key, Presence presence, bool nullable)
{
    const QString k = QString::fromLatin1(key);
    QJsonValue value = parent.value(k);
    if (nullable && value.isNull())
        value = QJsonValue(QJsonValue::Undefined);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            fail(join(path, k), tr("is required"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        fail(join(path, k), nullable ? tr("must be an object or null") : notAnObject());
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<double> JsonReader::number(const QJsonObject &object, const QString &path, const char *key,
    Presence presence, std::optional<Range> range)
{
    const QString k = QString::fromLatin1(key);
    const auto value = present(object, path, k, presence);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        fail(join(path, k), tr("must be a number"));
        return std::nullopt;
    }
    const double v = value->toDouble();
    if (range && range->whole && v != std::floor(v)) {
        fail(join(path, k), tr("must be a whole number"));
        return std::nullopt;
    }
    if (range && (v < range->min || v > range->max)) {
        fail(join(path, k), tr("must lie between %1 and %2").arg(range->min).arg(range->max));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &path, const char *key)
{
    const QString k = QString::fromLatin1(key);
    const auto value = present(object, path, k, Presence::Optional);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(join(path, k), tr("must be true or false"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QString> JsonReader::string(
    const QJsonObject &object, const QString &path, const char *key, Presence presence, Text text)
{
    const QString k = QString::fromLatin1(key);
    const auto value = present(object, path, k, presence);
    if (!value)
        return std::nullopt;
    if (text == Text::NonEmpty && (!value->isString() || value->toString().trimmed().isEmpty())) {
        fail(join(path, k), tr("must be a non-empty text"));
        return std::nullopt;
    }
    if (!value->isString()) {
        fail(join(path, k), tr("must be a text"));
        return std::nullopt;
    }
    return value->toString();
}

std::optional<QDateTime> JsonReader::time(
    const QJsonObject &object, const QString &path, const char *key, Presence presence)
{
    const QString k = QString::fromLatin1(key);
    const auto value = present(object, path, k, presence);
    if (!value)
        return std::nullopt;
    const QString text = value->toString();
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool hasOffset = text.endsWith(QLatin1Char('Z'))
        || (text.size() > 6
            && (text[text.size() - 6] == QLatin1Char('+') || text[text.size() - 6] == QLatin1Char('-')));
    if (!value->isString() || !t.isValid() || !hasOffset || !text.contains(QLatin1Char('T'))) {
        fail(join(path, k), tr("is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00"));
        return std::nullopt;
    }
    return t;
}

QString JsonReader::unknownCode(const QString &what, const QString &text)
{
    return tr("unknown %1 \"%2\"").arg(what, text);
}

QString JsonReader::notAList()
{
    return tr("must be a list");
}

QString JsonReader::notAnObject()
{
    return tr("must be an object");
}

} // namespace nc

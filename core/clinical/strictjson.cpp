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

namespace {
// Only a time with an explicit offset (or Z) is unambiguous.
std::optional<QDateTime> offsetTime(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool hasOffset = text.endsWith(QLatin1Char('Z'))
        || (text.size() > 6
            && (text[text.size() - 6] == QLatin1Char('+') || text[text.size() - 6] == QLatin1Char('-')));
    if (!value.isString() || !t.isValid() || !hasOffset || !text.contains(QLatin1Char('T')))
        return std::nullopt;
    return t;
}
} // namespace

std::optional<QJsonValue> JsonReader::value(const QJsonObject &object, const QString &path, const char *key,
    Presence presence, bool (*valid)(const QJsonValue &), const char *problem)
{
    const QString k = QString::fromLatin1(key);
    const QJsonValue value = object.value(k);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            fail(join(path, k), tr("is required"));
        return std::nullopt;
    }
    if (!valid(value)) {
        fail(join(path, k), tr(problem));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> JsonReader::object(
    const QJsonObject &parent, const QString &path, const char *key, Presence presence, bool nullable)
{
    Q_ASSERT(!nullable || presence == Presence::Optional);
    if (nullable && parent.value(QString::fromLatin1(key)).isNull())
        return std::nullopt;
    const auto object = value(
        parent, path, key, presence, [](const QJsonValue &v) { return v.isObject(); },
        nullable ? QT_TR_NOOP("must be an object or null") : QT_TR_NOOP("must be an object"));
    return object ? std::optional<QJsonObject>(object->toObject()) : std::nullopt;
}

std::optional<double> JsonReader::number(const QJsonObject &object, const QString &path, const char *key,
    Presence presence, std::optional<Range> range)
{
    const auto number = value(
        object, path, key, presence, [](const QJsonValue &v) { return v.isDouble(); },
        QT_TR_NOOP("must be a number"));
    if (!number)
        return std::nullopt;
    const double v = number->toDouble();
    const QString field = join(path, QString::fromLatin1(key));
    if (range && range->whole && v != std::floor(v)) {
        fail(field, tr("must be a whole number"));
        return std::nullopt;
    }
    if (range && (v < range->min || v > range->max)) {
        fail(field, tr("must lie between %1 and %2").arg(range->min).arg(range->max));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> JsonReader::boolean(
    const QJsonObject &object, const QString &path, const char *key, Presence presence)
{
    const auto boolean = value(
        object, path, key, presence, [](const QJsonValue &v) { return v.isBool(); },
        QT_TR_NOOP("must be true or false"));
    return boolean ? std::optional<bool>(boolean->toBool()) : std::nullopt;
}

std::optional<QString> JsonReader::string(
    const QJsonObject &object, const QString &path, const char *key, Presence presence, Text text)
{
    const auto string = text == Text::NonEmpty
        ? value(
            object, path, key, presence,
            [](const QJsonValue &v) { return v.isString() && !v.toString().trimmed().isEmpty(); },
            QT_TR_NOOP("must be a non-empty text"))
        : value(
            object, path, key, presence, [](const QJsonValue &v) { return v.isString(); },
            QT_TR_NOOP("must be a text"));
    return string ? std::optional<QString>(string->toString()) : std::nullopt;
}

std::optional<QDateTime> JsonReader::time(
    const QJsonObject &object, const QString &path, const char *key, Presence presence)
{
    const auto time = value(
        object, path, key, presence, [](const QJsonValue &v) { return offsetTime(v).has_value(); },
        QT_TR_NOOP("is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00"));
    return time ? offsetTime(*time) : std::nullopt;
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

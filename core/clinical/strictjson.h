#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <initializer_list>
#include <optional>

namespace nc {

// The one strict reader of the JSON NeutroCare accepts (a clinic's protocol file, the CLI's
// `assess` input): every key known, every value of the right type and range, and each problem
// named by its path ("temperatures[0].value", "single.threshold_c"), because a typo must never
// silently drop a red flag. It stops at the first problem and remembers where it was; reads after
// that return nothing. Its messages are written here once, in one translation context.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(nc::JsonReader)
public:
    // How an unknown key is refused: "unknown key" (the path already names it) or, for files a
    // person edits by hand, `unknown key "colour"`.
    enum class UnknownKey { Unnamed, Named };
    enum class Presence { Optional, Required };
    // A text that may be empty, or one that must hold more than white space.
    enum class Text { Any, NonEmpty };
    struct Range
    {
        double min;
        double max;
        bool whole = false; // a whole number
    };

    explicit JsonReader(UnknownKey unknownKey = UnknownKey::Unnamed)
        : m_unknownKey(unknownKey)
    { }

    // `json` as one object; otherwise the parse error, or `notAnObject`, at `field`.
    static Expected<QJsonObject> parseObject(
        const QByteArray &json, const QString &field, const QString &notAnObject);
    // "path.key", or "key" at the top.
    static QString join(const QString &path, const QString &key);

    const std::optional<InputError> &error() const { return m_error; }
    // Keeps the first problem only.
    void fail(const QString &field, const QString &message);

    // False, with the first unknown key failed, when `object` has a key not in `allowed`.
    bool keys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed);

    // An absent value is nothing: refused when required. `nullable` (optional keys only): null
    // counts as absent.
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path, const char *key,
        Presence presence, bool nullable = false);
    std::optional<double> number(const QJsonObject &object, const QString &path, const char *key,
        Presence presence, std::optional<Range> range = std::nullopt);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const char *key,
        Presence presence = Presence::Optional);
    std::optional<QString> string(
        const QJsonObject &object, const QString &path, const char *key, Presence presence, Text text);
    // An ISO 8601 time with an explicit offset (or Z): only such a time is unambiguous.
    std::optional<QDateTime> time(
        const QJsonObject &object, const QString &path, const char *key, Presence presence);

    // A text from a code list, refused as `unknown <what> "<text>"` when no row has it.
    template<class T>
    std::optional<T> coded(const QJsonObject &object, const QString &path, const char *key,
        std::optional<T> (*fromCode)(const QString &), const QString &what)
    {
        const auto text = string(object, path, key, Presence::Required, Text::Any);
        if (!text)
            return std::nullopt;
        const auto value = fromCode(*text);
        if (!value)
            fail(join(path, QString::fromLatin1(key)), unknownCode(what, *text));
        return value;
    }

    // Calls `each(element, "key[i]")` for every element of an optional array of objects.
    template<class F> void objects(const QJsonObject &root, const char *key, F each)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = root.value(k);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            fail(k, notAList());
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size() && !m_error; ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(k).arg(i);
            if (!array[i].isObject()) {
                fail(path, notAnObject());
                return;
            }
            each(array[i].toObject(), path);
        }
    }

private:
    static QString unknownCode(const QString &what, const QString &text);
    static QString notAList();
    static QString notAnObject();
    // The value at `key` when `valid` accepts it: an absent one is failed when required, one
    // `valid` refuses with `problem` (a QT_TR_NOOP source text, translated here).
    std::optional<QJsonValue> value(const QJsonObject &object, const QString &path, const char *key,
        Presence presence, bool (*valid)(const QJsonValue &), const char *problem);

    UnknownKey m_unknownKey;
    std::optional<InputError> m_error;
};

} // namespace nc

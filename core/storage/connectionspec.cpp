#include "connectionspec.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::ConnectionSpec)
};

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

// libpq's keyword form is "key=value" pairs separated by spaces; a value may be single-quoted, with
// \' and \\ inside. The first token must be a known keyword shape, or the text is a file path.
bool looksLikeKeywords(const QString &text)
{
    static const QStringList keys { QStringLiteral("host="), QStringLiteral("hostaddr="),
        QStringLiteral("dbname="), QStringLiteral("service="), QStringLiteral("user="),
        QStringLiteral("port=") };
    const QString trimmed = text.trimmed();
    for (const QString &key : keys) {
        if (trimmed.startsWith(key) || trimmed.contains(QLatin1Char(' ') + key))
            return true;
    }
    return false;
}

// Sets one keyword's value on the spec: the parts QPSQL takes apart, the rest as connect options.
bool assign(ConnectionSpec &spec, const QString &key, const QString &value, QString *error)
{
    if (key == QLatin1String("host")) {
        spec.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        spec.port = value.toInt(&ok);
        if (!ok || spec.port <= 0 || spec.port > 65535) {
            if (error)
                *error = Text::tr("The server's port \"%1\" is not a port number.").arg(value);
            return false;
        }
    } else if (key == QLatin1String("dbname")) {
        spec.database = value;
    } else if (key == QLatin1String("user")) {
        spec.user = value;
    } else if (key == QLatin1String("password")) {
        spec.password = value;
    } else if (value.contains(QLatin1Char(';'))) {
        // QPSQL separates its connect options with ';'.
        if (error)
            *error = Text::tr("The connection setting %1 cannot contain \";\".").arg(key);
        return false;
    } else {
        spec.options << key + QLatin1Char('=') + value;
    }
    return true;
}

std::optional<ConnectionSpec> parseKeywords(const QString &text, QString *error)
{
    ConnectionSpec spec;
    spec.engine = Engine::PostgreSQL;
    int i = 0;
    const int n = int(text.size());
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (key.isEmpty() || i >= n || text.at(i) != QLatin1Char('=')) {
            if (error)
                *error
                    = Text::tr("\"%1\" in the connection settings has no value (write key=value).").arg(key);
            return std::nullopt;
        }
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                if (error)
                    *error = Text::tr("A quoted value in the connection settings is not closed.");
                return std::nullopt;
            }
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
        }
        if (!assign(spec, key, value, error))
            return std::nullopt;
    }
    return spec;
}

std::optional<ConnectionSpec> parseUri(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        if (error)
            *error = Text::tr("The server address is not a valid postgresql:// address: %1")
                         .arg(url.errorString());
        return std::nullopt;
    }
    ConnectionSpec spec;
    spec.engine = Engine::PostgreSQL;
    spec.host = url.host();
    spec.port = url.port(-1);
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = url.path().mid(1); // after the leading '/'
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!assign(spec, key, value, error))
            return std::nullopt;
    }
    return spec;
}

} // namespace

bool ConnectionSpec::namesServer(const QString &text)
{
    return isUri(text) || looksLikeKeywords(text);
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &text, QString *error)
{
    if (isUri(text))
        return parseUri(text, error);
    if (looksLikeKeywords(text))
        return parseKeywords(text, error);
    ConnectionSpec spec;
    spec.path = text;
    return spec;
}

namespace {

// One value as libpq's keyword/value text wants it: quoted, its \ and ' escaped.
QString conninfoValue(QString text)
{
    return QLatin1Char('\'')
        + text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
              .replace(QLatin1Char('\''), QLatin1String("\\'"))
        + QLatin1Char('\'');
}

// "key=value" with its value quoted.
QString quotedOption(const QString &option)
{
    const qsizetype eq = option.indexOf(QLatin1Char('='));
    return option.left(eq + 1) + conninfoValue(option.mid(eq + 1));
}

} // namespace

QString ConnectionSpec::keywords() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + conninfoValue(host);
    if (port > 0)
        parts << QStringLiteral("port=%1").arg(port);
    if (!database.isEmpty())
        parts << QStringLiteral("dbname=") + conninfoValue(database);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + conninfoValue(user);
    for (const QString &option : options)
        parts << quotedOption(option);
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSpec::connectOptions() const
{
    QStringList quoted;
    for (const QString &option : options)
        quoted << quotedOption(option);
    return quoted.join(QLatin1Char(';'));
}

QString ConnectionSpec::display() const
{
    if (engine == Engine::SQLite)
        return path;
    const QString where = host.isEmpty() ? Text::tr("this computer's PostgreSQL") : host;
    return database.isEmpty() ? where : Text::tr("%1 on %2").arg(database, where);
}

} // namespace nc

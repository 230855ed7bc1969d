#include "textlimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace nc::text {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nc::text", text);
}

bool allowedControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

int maxLength(Kind kind)
{
    return kind == Kind::Note ? kNoteMax : kShortMax;
}

qsizetype length(const QString &value)
{
    qsizetype lowSurrogates = 0;
    for (const QChar c : value)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return value.size() - lowSurrogates;
}

std::optional<QString> problem(const QString &value, Kind kind)
{
    const qsizetype characters = length(value);
    if (characters > maxLength(kind)) {
        const QLocale locale; // made only here: an import checks every cell
        return tr("%1 characters, more than the %2 allowed; please shorten it")
            .arg(locale.toString(characters), locale.toString(maxLength(kind)));
    }
    // Control characters (a NUL byte, an escape…) are never typed: they come from a damaged or a
    // hostile file, and would cut or garble the text wherever it is shown, printed or exported.
    qsizetype position = 0;
    for (const QChar c : value) {
        if (!c.isLowSurrogate())
            ++position;
        if (c.category() == QChar::Other_Control && !allowedControl(c.unicode())) {
            return tr("a control character (U+%1) at character %2; only tabs and line breaks are allowed")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')),
                    QLocale().toString(position));
        }
    }
    return std::nullopt;
}

std::optional<InputError> check(const QString &field, const QString &value, Kind kind)
{
    if (const auto reason = problem(value, kind))
        return InputError { field, tr("%1: %2.").arg(field, *reason) };
    return std::nullopt;
}

} // namespace nc::text

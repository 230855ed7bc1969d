#include "bidi.h"

#include <QLocale>

namespace nc::bidi {

namespace {
constexpr QChar kLeftToRightIsolate(0x2066);
constexpr QChar kPopDirectionalIsolate(0x2069);
} // namespace

QString leftToRight(const QString &text)
{
    if (text.isEmpty() || QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return kLeftToRightIsolate + text + kPopDirectionalIsolate;
}

QString plain(QString text)
{
    text.remove(kLeftToRightIsolate);
    text.remove(kPopDirectionalIsolate);
    return text;
}

} // namespace nc::bidi

#include "bidi.h"

#include <QLocale>

namespace nc::bidi {

namespace {
constexpr QChar kLeftToRightIsolate(0x2066);
constexpr QChar kPopDirectionalIsolate(0x2069);
constexpr QChar kRightToLeftMark(0x200F);
} // namespace

bool rightToLeft()
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

QString leftToRight(const QString &text)
{
    if (text.isEmpty() || !rightToLeft())
        return text;
    return kLeftToRightIsolate + text + kPopDirectionalIsolate;
}

QString inLanguageDirection(const QString &text)
{
    if (text.isEmpty() || !rightToLeft())
        return text;
    return kRightToLeftMark + text;
}

QString plain(QString text)
{
    text.remove(kLeftToRightIsolate);
    text.remove(kPopDirectionalIsolate);
    text.remove(kRightToLeftMark);
    return text;
}

} // namespace nc::bidi

#include "paper.h"

#include <QLocale>

namespace nc::paper {

QString code(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<Paper> fromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("a4"))
        return Paper::A4;
    if (c == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

QPageSize pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

Paper forLocale(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

} // namespace nc::paper

#include "medicines.h"

#include <QRegularExpression>

namespace nc::medicines {

const QStringList &associatedWithNeutropenia()
{
    static const QStringList list = {
        QStringLiteral("vancomycin"),      QStringLiteral("penicillin g"),    QStringLiteral("oxacillin"),
        QStringLiteral("quinidine"),       QStringLiteral("procainamide"),    QStringLiteral("ganciclovir"),
        QStringLiteral("valganciclovir"),  QStringLiteral("methimazole"),     QStringLiteral("propylthiouracil"),
        QStringLiteral("clozapine"),       QStringLiteral("chlorpromazine"),  QStringLiteral("sulfasalazine"),
        QStringLiteral("co-trimoxazole"),  QStringLiteral("trimethoprim-sulfamethoxazole"),
        QStringLiteral("carbimazole"),     QStringLiteral("metamizole"),      QStringLiteral("dipyrone"),
        QStringLiteral("dapsone"),         QStringLiteral("rituximab"),
    };
    return list;
}

std::optional<QString> neutropeniaFlag(const QString &typedName)
{
    const QString name = typedName.simplified().toLower();
    if (name.isEmpty())
        return std::nullopt;
    for (const QString &listed : associatedWithNeutropenia()) {
        // Whole words only, so "valganciclovir" is not reported as "ganciclovir".
        const QRegularExpression word(QStringLiteral("(^|[^a-z])%1($|[^a-z])").arg(QRegularExpression::escape(listed)));
        if (word.match(name).hasMatch())
            return listed;
    }
    return std::nullopt;
}

} // namespace nc::medicines

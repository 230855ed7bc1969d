#include "medicines.h"

#include <QRegularExpression>

namespace nc::medicines {

namespace {

struct Listed
{
    QString generic; // the English generic name
    QStringList otherNames; // other generic names and spellings people type (Spanish, British, US)
};

// CLINICAL.md §6, with the names a Spanish label or a UK/US prescription may use, so a person
// typing "clozapina" or "dipyrone" is told just as one typing "clozapine".
const QList<Listed> &table()
{
    static const QList<Listed> list = {
        { QStringLiteral("vancomycin"), { QStringLiteral("vancomicina") } },
        { QStringLiteral("penicillin g"),
            { QStringLiteral("benzylpenicillin"), QStringLiteral("penicilina g"),
                QStringLiteral("bencilpenicilina") } },
        { QStringLiteral("oxacillin"), { QStringLiteral("oxacilina") } },
        { QStringLiteral("quinidine"), { QStringLiteral("quinidina") } },
        { QStringLiteral("procainamide"), { QStringLiteral("procainamida") } },
        { QStringLiteral("ganciclovir"), {} },
        { QStringLiteral("valganciclovir"), {} },
        { QStringLiteral("methimazole"),
            { QStringLiteral("thiamazole"), QStringLiteral("metimazol"), QStringLiteral("tiamazol") } },
        { QStringLiteral("propylthiouracil"), { QStringLiteral("propiltiouracilo") } },
        { QStringLiteral("clozapine"), { QStringLiteral("clozapina") } },
        { QStringLiteral("chlorpromazine"), { QStringLiteral("clorpromazina") } },
        { QStringLiteral("sulfasalazine"),
            { QStringLiteral("sulphasalazine"), QStringLiteral("sulfasalazina") } },
        { QStringLiteral("co-trimoxazole"),
            { QStringLiteral("cotrimoxazole"), QStringLiteral("trimethoprim-sulfamethoxazole"),
                QStringLiteral("trimethoprim/sulfamethoxazole"), QStringLiteral("cotrimoxazol"),
                QStringLiteral("trimetoprim-sulfametoxazol"),
                QStringLiteral("trimetoprima/sulfametoxazol") } },
        { QStringLiteral("carbimazole"), { QStringLiteral("carbimazol") } },
        { QStringLiteral("metamizole"),
            { QStringLiteral("dipyrone"), QStringLiteral("metamizol"), QStringLiteral("dipirona") } },
        { QStringLiteral("dapsone"), { QStringLiteral("dapsona") } },
        { QStringLiteral("rituximab"), {} },
    };
    return list;
}

// Lower case without accents, single spaces: "Clorpromazína " → "clorpromazina".
QString fold(const QString &text)
{
    const QString decomposed = text.simplified().toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

} // namespace

const QStringList &associatedWithNeutropenia()
{
    static const QStringList generics = [] {
        QStringList names;
        for (const auto &entry : table())
            names << entry.generic;
        return names;
    }();
    return generics;
}

std::optional<QString> neutropeniaFlag(const QString &typedName)
{
    const QString name = fold(typedName);
    if (name.isEmpty())
        return std::nullopt;
    for (const auto &entry : table()) {
        for (const QString &listed : QStringList { entry.generic } + entry.otherNames) {
            // Whole words only, so "valganciclovir" is not reported as "ganciclovir".
            const QRegularExpression word(
                QStringLiteral("(^|[^a-z])%1($|[^a-z])").arg(QRegularExpression::escape(listed)));
            if (word.match(name).hasMatch())
                return listed;
        }
    }
    return std::nullopt;
}

} // namespace nc::medicines

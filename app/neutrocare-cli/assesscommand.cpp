#include "assesscommand.h"

#include "clinical/scorejson.h"
#include "exchange/assessjson.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nc::cli {

int assess(const Console &console, const QStringList &args)
{
    if (!args.isEmpty())
        return console.report(kBadInput, Words::tr("assess: takes no arguments; it reads stdin"));
    if (!console.in().isReadable())
        return console.report(kFailure, Words::tr("cannot read stdin"));
    const QDateTime now = QDateTime::currentDateTime();
    const auto input = assessjson::parse(console.in().readAll(), now.toOffsetFromUtc(now.offsetFromUtc()));
    if (!input)
        return console.report(
            kBadInput, QStringLiteral("stdin: %1: %2").arg(input.error().field, input.error().message));
    const Assessment assessment = nc::assess(*input);
    console.out().write(
        QJsonDocument(assessjson::toJson(assessment, input->now)).toJson(QJsonDocument::Indented));
    return kOk;
}

int score(const Console &console, const QStringList &args)
{
    if (!args.isEmpty())
        return console.report(kBadInput, Words::tr("score: takes no arguments; it reads stdin"));
    if (!console.in().isReadable())
        return console.report(kFailure, Words::tr("cannot read stdin"));
    const auto request = scorejson::parse(console.in().readAll());
    if (!request)
        return console.report(
            kBadInput, QStringLiteral("stdin: %1: %2").arg(request.error().field, request.error().message));
    console.out().write(QJsonDocument(scorejson::toJson(*request)).toJson(QJsonDocument::Indented));
    return kOk;
}

} // namespace nc::cli

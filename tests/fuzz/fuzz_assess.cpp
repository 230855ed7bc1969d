// The input of `neutrocare-cli assess`: any bytes are either refused with a reason or assessed,
// and the assessment is written out, all without a crash or undefined behaviour.
#include "exchange/assessjson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now
        = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00+01:00"), Qt::ISODate);
    const auto input
        = nc::assessjson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), now);
    if (!input)
        return 0;
    const nc::Assessment assessment = nc::assess(*input);
    const QByteArray out = QJsonDocument(nc::assessjson::toJson(assessment, input->now)).toJson();
    Q_UNUSED(out)
    return 0;
}

#pragma once

#include "result.h"
#include "riskscores.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// The JSON of `neutrocare-cli score` (CLINICAL.md §8): MASCC, CISNE or both. The reader is strict,
// as assess's is: every key known and every listed key given, so a typo never drops an item.
namespace nc::scorejson {

struct Request
{
    std::optional<riskscores::MasccInput> mascc;
    std::optional<riskscores::CisneInput> cisne;
};

Expected<Request> parse(const QByteArray &json);
// The request itself, as parse() reads it: how a triage call keeps the items a clinician ticked.
QJsonObject requestToJson(const Request &request);
// {"mascc": {"score": n, "risk": "low"|"not_low"}, "cisne": {"score": n, "class": …}} for the parts
// the request gives.
QJsonObject toJson(const Request &request);

} // namespace nc::scorejson

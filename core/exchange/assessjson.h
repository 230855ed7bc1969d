#pragma once

#include "clinical/assessment.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON of `neutrocare-cli assess` (DESIGN.md, "The CLI contract"). The reader is strict: an
// unknown key, code, kind, site or unit anywhere is refused with its path, because a typo must
// never silently drop a red flag.
namespace nc::assessjson {

// `defaultNow` is used when the document has no "now".
Expected<AssessmentInput> parse(const QByteArray &json, const QDateTime &defaultNow);

// Output times are ISO 8601 in now's offset; a zero offset is written "Z".
QJsonObject toJson(const Assessment &assessment, const QDateTime &now);

} // namespace nc::assessjson

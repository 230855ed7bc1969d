#include "triagerecords.h"

namespace nc {

namespace {
const CodeRow<CallerKind> kCallerKindRows[] = {
    { CallerKind::Patient, "patient", QT_TRANSLATE_NOOP("nc::callerKinds", "The patient") },
    { CallerKind::Caregiver, "caregiver", QT_TRANSLATE_NOOP("nc::callerKinds", "A caregiver") },
    { CallerKind::Other, "other", QT_TRANSLATE_NOOP("nc::callerKinds", "Someone else") },
};
} // namespace

const CodeTable<CallerKind> kCallerKinds("nc::callerKinds", kCallerKindRows);

} // namespace nc

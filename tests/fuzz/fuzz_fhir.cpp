// The FHIR reader must never crash or misbehave on any bytes; whatever it accepts must survive
// export → import → export unchanged.
#include "exchange/fhir.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = nc::fhir::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok())
        return 0;
    const QByteArray once = *nc::fhir::write(parsed.records);
    const auto again = nc::fhir::read(once);
    if (!again.ok() || again.records.size() != parsed.records.size()
        || *nc::fhir::write(again.records) != once)
        std::abort();
    return 0;
}

// The CSV reader must never crash, hang or misbehave on any bytes; and whatever it accepts must
// survive export → import → export unchanged (the exact round trip of docs/csv-format.md).
#include "exchange/csv.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed
        = nc::csv::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok())
        return 0;
    const QByteArray once = *nc::csv::write(parsed.records);
    const auto again = nc::csv::read(once);
    if (!again.ok() || again.records.size() != parsed.records.size()
        || *nc::csv::write(again.records) != once)
        std::abort();
    return 0;
}

// A clinic's protocol file comes from outside: the reader must refuse anything malformed without
// crashing, and a protocol it accepts must read back identical from its own JSON.
#include "clinical/protocol.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto protocol
        = nc::Protocol::fromJsonBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!protocol)
        return 0;
    const auto again = nc::Protocol::fromJsonBytes(protocol->toJsonBytes());
    if (!again || !(*again == *protocol))
        std::abort();
    return 0;
}

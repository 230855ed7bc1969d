// Protocol::fromFile, the one reader of a clinic's protocol file for the profile form and the CLI.
#include "protocol.h"

#include <QFile>

namespace nc {

Expected<Protocol> Protocol::fromFile(const QString &path, bool *readable)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (readable)
        *readable = opened;
    if (!opened)
        return InputError { QString(), file.errorString() };
    return fromJsonBytes(file.readAll());
}

} // namespace nc

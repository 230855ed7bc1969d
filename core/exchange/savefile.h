#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Every file NeutroCare hands to the person (an export, a printed PDF, a chart picture) is written
// the same way. It lives with the exchange code because all of them are files that leave the app;
// the database's own files are core/storage's (ownerfiles, BackupManager).
namespace nc {

// Writes `data` to `path` through QSaveFile: an existing file is replaced only once the new one is
// complete on disk, so nothing half-written is ever left. Returns why not in the file system's words
// (QFileDevice::errorString()), for the caller to put in its own sentence.
std::optional<QString> saveFile(const QString &path, const QByteArray &data);

} // namespace nc

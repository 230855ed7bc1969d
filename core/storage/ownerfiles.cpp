#include "ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace nc::ownerfiles {

namespace {
constexpr QFileDevice::Permissions kOwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool makeFolders(const QString &dir)
{
    // The missing folders, outermost first. QDir::mkpath() would create them with the umask's mode
    // and need a chmod afterwards; mkdir with a mode makes each one owner-only as it appears.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        // Another process may make the same folder meanwhile; then it is not ours to change.
        if (!QDir().mkdir(folder, kOwnerOnlyFolder) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(dir).isDir();
}

bool createFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace nc::ownerfiles

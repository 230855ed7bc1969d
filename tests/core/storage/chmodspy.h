#pragma once

// Records every permission change the test process makes. The chmod family is defined here, in the
// test executable, so Qt's and SQLite's calls come here before the C library's. A file that ends up
// 0600 under umask 0 without ever being chmodded was created 0600: there was no moment in which
// others could read it. Include in one source file of a test only.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace nc::test {

// The paths chmodded since the list was last cleared, cleaned.
inline QStringList &chmodded()
{
    static QStringList paths;
    return paths;
}

// The permission bits with the sticky and set-id ones, in octal as chmod takes them ("1777").
inline QString octal(int mode)
{
    return QString::number(mode, 8).rightJustified(4, QLatin1Char('0'));
}

inline QString modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? octal(int(st.st_mode & 07777)) : QString();
}

} // namespace nc::test

extern "C" int chmod(const char *path, mode_t mode) noexcept
{
    nc::test::chmodded() << QDir::cleanPath(QFile::decodeName(path));
    return int(syscall(SYS_fchmodat, AT_FDCWD, path, mode));
}

extern "C" int fchmodat(int dirfd, const char *path, mode_t mode, int) noexcept
{
    nc::test::chmodded() << QDir::cleanPath(QFile::decodeName(path));
    return int(syscall(SYS_fchmodat, dirfd, path, mode));
}

extern "C" int fchmod(int fd, mode_t mode) noexcept
{
    // The file's name when it has one; a nameless O_TMPFILE shows as "/path (deleted)".
    nc::test::chmodded() << QFileInfo(QStringLiteral("/proc/self/fd/%1").arg(fd)).symLinkTarget();
    return int(syscall(SYS_fchmod, fd, mode));
}

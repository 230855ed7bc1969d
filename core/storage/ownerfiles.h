#pragma once

#include <QString>

// Files and folders NeutroCare makes for health data (DESIGN.md "Data safety"): owner-only from the
// moment they exist, by the mode given when they are created, never by a chmod afterwards. A folder
// or file that already exists is left exactly as it is: the app changes the permissions of nothing
// it did not create (a shared folder such as /tmp, mode 1777, must stay usable by everyone).
namespace nc::ownerfiles {

// Makes the folder `dir` and any missing folders above it, each created with mode 0700 (the umask
// can only narrow it). True when `dir` is a folder afterwards.
bool makeFolders(const QString &dir);

// Creates the empty file `path`, which must not exist yet, with mode 0600 (O_CREAT | O_EXCL): there
// is no moment in which others can read it. On failure, *error says why.
bool createFile(const QString &path, QString *error = nullptr);

} // namespace nc::ownerfiles

#pragma once

#include "storage/connectionspec.h"

#include <QString>
#include <optional>

// Where the password of a home link is kept (DESIGN.md "Roles and rows"; issue 19): never in
// NeutroCare's settings or any file of its own. In the desktop's keyring, through QtKeychain (the
// Secret Service of GNOME Keyring or KWallet), handed to libpq only when connecting; or, where no
// keyring runs and the person agrees, in libpq's own password file (PGPASSFILE, else ~/.pgpass),
// owner-only, which libpq reads by itself.
namespace nc {

class PasswordStore
{
public:
    enum class Place { Keyring, PasswordFile };

    // The server and login a password belongs to (host, port, database, user of the spec).
    explicit PasswordStore(const ConnectionSpec &server);

    // Keeps `password` in `place`; the reason in words when it could not (for the keyring: none
    // running, or locked).
    std::optional<QString> save(Place place, const QString &password) const;
    // The password from the keyring, if it holds one. The password file needs no reading here:
    // libpq reads it when it connects.
    std::optional<QString> fromKeyring() const;
    // Removes the password from both places (unlinking); what was not there is no problem.
    void forget() const;

    // libpq's password file: PGPASSFILE, else ~/.pgpass.
    static QString passwordFilePath();

private:
    QString keyringKey() const;
    std::optional<QString> writePasswordFile(const std::optional<QString> &password) const;

    ConnectionSpec m_server;
};

} // namespace nc

#pragma once

#include <QProcess>
#include <QString>

// The Secret Service as a desktop session has it, for the home link's tests: gnome-keyring-daemon
// with its keyring unlocked at "login", on the test's private session bus (SESSION_BUS tests), its
// files under `dataHome`. An empty answer when it started, else why not.
namespace nc::test {

inline QString startKeyring(const QString &dataHome)
{
    QProcess keyring;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    keyring.setProcessEnvironment(env);
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
            QStringLiteral("--daemonize") });
    if (!keyring.waitForStarted())
        return QStringLiteral("gnome-keyring-daemon (package gnome-keyring) did not start");
    keyring.write("unlock the test keyring");
    keyring.closeWriteChannel();
    if (!keyring.waitForFinished(20000) || keyring.exitCode() != 0)
        return QStringLiteral("gnome-keyring-daemon did not unlock: %1")
            .arg(QString::fromLocal8Bit(keyring.readAllStandardError()));
    return {};
}

} // namespace nc::test

#pragma once

// Runs the built neutrocare-cli (NC_CLI_PATH) as a script would, for the CLI tests.

#include <QProcess>
#include <QStringList>

namespace nc::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NC_CLI_PATH), args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace nc::test

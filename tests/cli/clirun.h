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

// The process's environment with the CLI speaking English, whatever the machine's language: the
// tests compare its words (a test of another language sets LANGUAGE and LC_ALL itself).
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
    const QProcessEnvironment &env = cliEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NC_CLI_PATH), args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliRun run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    // A crash (a sanitizer's abort among them) would otherwise show only as a signal number in the
    // failing comparison: its report on standard error is what says why.
    if (p.exitStatus() == QProcess::CrashExit)
        qWarning("neutrocare-cli %s crashed (signal %d):\n%s", qPrintable(args.join(QLatin1Char(' '))),
            run.exitCode, run.err.constData());
    return run;
}

} // namespace nc::test

// Start-up and memory figures of DESIGN.md, measured from outside the process:
//   bench_startup --app PATH --bare PATH --database FILE [--runs N]
//       start to first painted main window on the heavy database, against a bare Qt Widgets
//       window opening the same file (median of N alternating runs; budget: ratio ≤ 1.5);
//   bench_startup --app PATH --database FILE --peak-memory SCREEN
//       peak resident memory of the app showing a screen (by object name) on that database
//       (budget 150 MB). Run it in a process of its own: it reads the children's peak RSS.
// Each figure ends in one line "FIGURE|name|budget|measured|PASS or FAIL" for scripts/bench.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <sched.h>
#include <sys/resource.h>

namespace {

QTextStream out(stdout);

// Milliseconds from starting the program until it prints "first-paint"; -1 on failure.
double timeToFirstPaint(const QString &program, const QStringList &arguments, const QString &screen = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEUTROCARE_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    if (!screen.isEmpty())
        env.insert(QStringLiteral("NEUTROCARE_BENCH_SCREEN"), screen);
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double ms = -1;
    while (process.waitForReadyRead(30000)) {
        if (process.readAllStandardOutput().contains("first-paint")) {
            ms = timer.nsecsElapsed() / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(30000))
        process.kill();
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

void figure(const QString &name, const QString &budget, const QString &measured, bool pass)
{
    out << "FIGURE|" << name << '|' << budget << '|' << measured << '|' << (pass ? "PASS" : "FAIL")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("The neutrocare binary."), QStringLiteral("path"));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("The bare_window binary."), QStringLiteral("path"));
    const QCommandLineOption dbOption(
        QStringLiteral("database"), QStringLiteral("The heavy database."), QStringLiteral("path"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("n"), QStringLiteral("11"));
    const QCommandLineOption memoryOption(QStringLiteral("peak-memory"),
        QStringLiteral("Measure peak memory on this screen."), QStringLiteral("screen"));
    parser.addOptions({ appOption, bareOption, dbOption, runsOption, memoryOption });
    parser.process(app);
    const QString database = parser.value(dbOption);

    // Both programs run on one and the same CPU (the children inherit this process's affinity):
    // on a virtual machine the cores need not be equally fast (here one ran the same start-up
    // 1.7× slower than the other), and a ratio must not depend on where each run was scheduled.
    const int cpu = sched_getcpu();
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    if (cpu < 0 || sched_setaffinity(0, sizeof one, &one) != 0)
        QTextStream(stderr) << "bench_startup: could not keep the runs on one CPU; figures may be noisy\n";
    const QStringList appArguments { QStringLiteral("--database"), database };

    if (parser.isSet(memoryOption)) {
        const double ms = timeToFirstPaint(parser.value(appOption), appArguments, parser.value(memoryOption));
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        const double mb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
        out << "peak memory with the " << parser.value(memoryOption)
            << " open: " << QString::number(mb, 'f', 1) << " MB (painted after "
            << QString::number(ms, 'f', 0) << " ms)" << Qt::endl;
        figure(QStringLiteral("Peak memory, heavy database open on %1").arg(parser.value(memoryOption)),
            QStringLiteral("≤ 150 MB"), QString::number(mb, 'f', 1) + QStringLiteral(" MB"),
            ms > 0 && mb <= 150);
        return 0;
    }

    QList<double> appMs;
    QList<double> bareMs;
    const int runs = parser.value(runsOption).toInt();
    for (int i = 0; i < runs; ++i) {
        bareMs.append(timeToFirstPaint(parser.value(bareOption), { database }));
        appMs.append(timeToFirstPaint(parser.value(appOption), appArguments));
    }
    if (std::count(appMs.begin(), appMs.end(), -1.0) || std::count(bareMs.begin(), bareMs.end(), -1.0)) {
        QTextStream(stderr) << "bench_startup: a program did not paint\n";
        return 1;
    }
    const double ratio = median(appMs) / median(bareMs);
    out << "start to first paint: app median " << QString::number(median(appMs), 'f', 1)
        << " ms, bare window " << QString::number(median(bareMs), 'f', 1) << " ms over " << runs
        << " runs each, on CPU " << cpu << Qt::endl;
    figure(QStringLiteral("Start to first painted window (app / bare window)"), QStringLiteral("≤ 1.5×"),
        QStringLiteral("%1× (%2 / %3 ms)")
            .arg(ratio, 0, 'f', 2)
            .arg(median(appMs), 0, 'f', 0)
            .arg(median(bareMs), 0, 'f', 0),
        ratio <= 1.5);
    return 0;
}

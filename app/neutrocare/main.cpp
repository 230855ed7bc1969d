#include "app/appsettings.h"
#include "app/firstpaintprobe.h"
#include "app/singleinstance.h"
#include "backup/recoverydialog.h"
#include "language.h"
#include "mainwindow/windowhost.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

// What a launch decided (QT_LOGGING_RULES="neutrocare.launch.info=true"): the second-launch test
// reads it from the running instance.
Q_LOGGING_CATEGORY(lcLaunch, "neutrocare.launch", QtWarningMsg)

namespace {

// A window started minimised may not be painted at all: its start-up reminders wait no longer.
constexpr int kStartReminderFallbackMs = 1000;

// The options of a launch, also used by the running instance to read a second launch's command line.
struct LaunchOptions
{
    QCommandLineOption database { QStringLiteral("database"),
        QApplication::translate("main",
            "Use the database <path>: a file, or a clinic's PostgreSQL server (postgresql://host/dbname or "
            "host=… dbname=…)."),
        QStringLiteral("path"), nc::Database::defaultPath() };
    QCommandLineOption minimized { QStringLiteral("minimized"),
        QApplication::translate("main", "Start with the window minimised.") };
    QCommandLineOption background { QStringLiteral("background"),
        QApplication::translate("main", "Start with no window, the reminders running (used at login).") };

    void addTo(QCommandLineParser &parser) const { parser.addOptions({ database, minimized, background }); }
};

// Why a command line cannot be honoured, in words, or nothing when it can.
QString problem(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return QApplication::translate("main",
            "NeutroCare opens no file named on its command line (%1); "
            "to use another database, give --database <path>.")
            .arg(parser.positionalArguments().join(QStringLiteral(", ")));
    return {};
}

void say(const QString &sentence)
{
    std::fputs(qPrintable(QStringLiteral("neutrocare: ") + sentence + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QApplication::setOrganizationDomain(QStringLiteral("neutrocare.org"));
    QApplication::setApplicationName(QStringLiteral("NeutroCare"));
    QApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(NEUTROCARE_APP_ID));

    // The system's language until the database says which profile, and so which language, opens.
    nc::language::apply(nc::language::match(QLocale::system().uiLanguages()));

    const LaunchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Neutropenia self-monitoring during chemotherapy"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    options.addTo(parser);
    const QString commandLineProblem = problem(parser, QApplication::arguments());
    if (parser.isSet(help) || parser.isSet(version) || parser.isSet(QStringLiteral("help-all")))
        parser.process(app); // prints and exits

    // One NeutroCare per user and database: a second launch hands its command line to the running
    // one and ends here, before it opens any connection to the database.
    nc::SingleInstance instance(parser.value(options.database));
    switch (instance.start(QApplication::arguments())) {
    case nc::SingleInstance::Outcome::First:
        break;
    case nc::SingleInstance::Outcome::Handed:
        return 0;
    case nc::SingleInstance::Outcome::Refused:
        say(QApplication::translate(
            "main", "NeutroCare is already running with %1, and did not take this command line: %2")
                .arg(instance.databasePath(), instance.refusal()));
        return 2;
    case nc::SingleInstance::Outcome::Failed:
        say(instance.error());
        return 1;
    }
    if (!commandLineProblem.isEmpty()) {
        say(commandLineProblem);
        return 2;
    }
    instance.setCheck([&options](const QStringList &arguments) {
        QCommandLineParser again;
        again.addHelpOption();
        again.addVersionOption();
        options.addTo(again);
        return problem(again, arguments);
    });

    nc::Theme::apply(app, nc::AppSettings().value(nc::AppSettings::Key::LargeText).toBool());

    nc::Database db;
    const QString path = parser.value(options.database);
    if (!db.open(path)) {
        // Never an empty database in the place of one that will not open: say why, offer a backup.
        nc::DatabaseRecovery recovery(db, nc::BackupManager(path));
        nc::RecoveryDialog dialog(recovery);
        if (dialog.exec() != QDialog::Accepted || !db.isOpen())
            return 1;
    }

    nc::WindowHost host(db);
    nc::MainWindow &window = *host.window();
    QObject::connect(&instance, &nc::SingleInstance::activationRequested, &host,
        [&host, &options](const QStringList &arguments) {
            QCommandLineParser again;
            options.addTo(again);
            again.parse(arguments);
            nc::MainWindow *shown = host.window(); // the window of the language in use
            if (again.isSet(options.background)) {
                // Started at login while already running: nothing to show.
                qCInfo(lcLaunch) << "second launch in the background: window left as it is";
            } else if (again.isSet(options.minimized) && !shown->isVisible()) {
                shown->showMinimized();
                qCInfo(lcLaunch) << "second launch: window shown minimised";
            } else {
                shown->bringToFront();
                qCInfo(lcLaunch) << "second launch: window raised";
            }
        });
    // The benchmarks open a given screen (by object name) to measure it with a heavy history.
    if (const QString screen = qEnvironmentVariable("NEUTROCARE_BENCH_SCREEN"); !screen.isEmpty())
        window.showScreenNamed(screen);
    if (parser.isSet(options.background)) {
        // No profile yet: nothing to remind about, and no first-run dialog at login.
        if (window.session().patients().isEmpty())
            return 0;
        // No window, the reminders running; a dialog a reminder opens must not end NeutroCare when
        // it closes, as the last window would.
        QApplication::setQuitOnLastWindowClosed(false);
        qCInfo(lcLaunch) << "started in the background: no window";
    } else if (parser.isSet(options.minimized)) {
        window.showMinimized();
    } else {
        window.show();
    }
    if (!window.ensureProfile())
        return 0;
    // What is due at start goes out at once, not a minute later: at login, a fever logged before the
    // computer was switched off may still be unanswered. With a window, just after its first paint,
    // so the person sees NeutroCare first (the start-up budget, DESIGN.md); a minimised window may
    // draw nothing, hence the short fallback.
    const auto checkReminders = [&host] { host.window()->checkReminders(); };
    if (window.isVisible())
        nc::AfterFirstPaint::run(&window, &host, checkReminders, kStartReminderFallbackMs);
    else
        QTimer::singleShot(0, &host, checkReminders);
    // Installed last, so its filter sees the first paint before any other hook: the figure is the
    // frame on screen, not the work queued behind it.
    nc::FirstPaintProbe::installIfAsked(&window);
    return app.exec();
}

// The triage desk's budgets (DESIGN.md "Performance budgets", issue 18), on the clinic database of
// make_clinic_db (2,000 patients with a year each) on a local PostgreSQL:
//   - sign-in to the first painted board: the staff login's connection opened and checked, every
//     patient assessed, the board painted (median of 3) ≤ 1 s;
//   - a reading a patient's connection sends to its row repainted on an open board: 95th percentile
//     over 200 readings ≤ 500 ms (the commit, the NOTIFY, the re-assessment and the repaint).
//   bench_desk --db "dbname=clinic_bench"      (as a superuser of the server, which adds the logins)
#include "desk/boardmodel.h"
#include "desk/deskwindow.h"
#include "storage/connectionspec.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"
#include "storage/triagestore.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <algorithm>

using namespace nc;

namespace {

const QString kPassword = QStringLiteral("bench desk password");

// Ends a wait at the board's next paint.
class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Waits for `done`, processing events; false after `ms`.
template<class Done> bool waitFor(Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QString as(const ConnectionSpec &server, const QString &login)
{
    ConnectionSpec spec = server;
    spec.user = login;
    spec.password.clear();
    return spec.keywords();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NeutroCareBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The clinic database (as its superuser)."), QStringLiteral("where"));
    const QCommandLineOption readingsOption(QStringLiteral("readings"), QStringLiteral("Readings sent."),
        QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({ dbOption, readingsOption });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    Database super;
    if (!super.open(parser.value(dbOption), Database::Purpose::Administer)) {
        err << super.errorString() << '\n';
        return 1;
    }
    QString error;
    const auto spec = ConnectionSpec::parse(parser.value(dbOption), &error);
    const QList<Patient> patients = PatientRepository(super).all();
    if (!spec || patients.isEmpty()) {
        err << "no clinic database: run make_clinic_db first\n";
        return 1;
    }
    const qint64 patientId = patients.at(patients.size() / 2).id;
    ServerAdmin admin(super);
    const QString database = spec->database.isEmpty() ? QStringLiteral("clinic_bench") : spec->database;
    const QString nurse = database + QStringLiteral("_bench_nurse");
    const QString patientLogin = database + QStringLiteral("_bench_asha");
    admin.addUser(LoginKind::Staff, nurse, kPassword); // already there on a second run: fine
    admin.addUser(LoginKind::Patient, patientLogin, kPassword, patientId);
    Theme::apply(app, false);

    // Sign-in to the first painted board, three times; the median.
    QList<double> signIns;
    std::unique_ptr<DeskWindow> desk;
    for (int run = 0; run < 3; ++run) {
        desk.reset();
        QElapsedTimer t;
        t.start();
        auto db = std::make_unique<Database>();
        if (!db->openServer(as(*spec, nurse), kPassword) || !deskLoginKind(*db).ok()) {
            err << "could not sign in: " << db->errorString() << '\n';
            return 1;
        }
        desk = std::make_unique<DeskWindow>(std::move(db), as(*spec, nurse));
        PaintWatch watch;
        desk->boardView()->viewport()->installEventFilter(&watch);
        desk->show();
        if (!waitFor([&] { return watch.painted; }, 30000)) {
            err << "the board never painted\n";
            return 1;
        }
        signIns << double(t.nsecsElapsed()) / 1e6;
        desk->boardView()->viewport()->removeEventFilter(&watch);
        out << "sign-in " << run + 1 << ": " << QString::number(signIns.last(), 'f', 0) << " ms, "
            << desk->board()->rowCount() << " patients on the board\n";
    }
    std::sort(signIns.begin(), signIns.end());
    const double signIn = signIns.at(1);

    // A reading from the patient's own connection to its row repainted.
    Database patient;
    if (!patient.openServer(as(*spec, patientLogin), kPassword)) {
        err << patient.errorString() << '\n';
        return 1;
    }
    const int readings = parser.value(readingsOption).toInt();
    QList<double> latencies;
    qint64 updatedPatient = 0;
    QObject::connect(desk.get(), &DeskWindow::boardUpdated, [&](qint64 id) { updatedPatient = id; });
    TemperatureRepository temperatures(patient);
    for (int i = 0; i < readings; ++i) {
        updatedPatient = 0;
        const double celsius = 36.5 + (i % 30) / 10.0; // a fever now and then: the row moves
        QElapsedTimer t;
        t.start();
        const auto added = temperatures.add({ 0, patientId,
            { QDateTime::currentDateTime(), *Temperature::fromInput(celsius, TemperatureUnit::Celsius) },
            {} });
        if (!added.ok()) {
            err << "the patient's reading was refused\n";
            return 1;
        }
        // boardUpdated comes after the row was re-assessed and the board repainted.
        if (!waitFor([&] { return updatedPatient == patientId; }, 5000)) {
            err << "reading " << i << " never reached the board\n";
            return 1;
        }
        latencies << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());
    const double p95 = latencies.at(qsizetype(std::ceil(0.95 * double(latencies.size()))) - 1);
    out << "reading to repainted row: median " << QString::number(latencies.at(latencies.size() / 2), 'f', 1)
        << " ms, p95 " << QString::number(p95, 'f', 1) << " ms, worst "
        << QString::number(latencies.last(), 'f', 1) << " ms over " << readings << " readings\n";

    out << "FIGURE|Desk: sign-in to the first painted board, " << desk->board()->rowCount()
        << " patients|≤ 1000 ms|" << QString::number(signIn, 'f', 0) << " ms|"
        << (signIn <= 1000 ? "PASS" : "FAIL") << '\n';
    out << "FIGURE|Desk: a patient's reading to its row repainted (p95 of " << readings << ")|≤ 500 ms|"
        << QString::number(p95, 'f', 1) << " ms|" << (p95 <= 500 ? "PASS" : "FAIL") << '\n';
    return signIn <= 1000 && p95 <= 500 ? 0 : 1;
}

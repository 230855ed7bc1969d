// Writes DESIGN.md's heavy database (deterministic from a seed) into a new file, for the
// benchmarks and for trying the app with ten years of data:
//   make_heavy_db --seed 20261125 [--end 2026-11-25T08:00:00+01:00] FILE
#include "sampledata/heavyhistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace nc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the heavy benchmark database into a new file."));
    parser.addHelpOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
        QStringLiteral("20261125"));
    const QCommandLineOption end(QStringLiteral("end"),
        QStringLiteral("Time of the newest entry (ISO 8601)."), QStringLiteral("time"));
    parser.addOption(seed);
    parser.addOption(end);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The database to create."));
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "make_heavy_db: give one database file\n";
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    if (QFile::exists(path)) {
        err << "make_heavy_db: " << path << " exists; refusing to add to it\n";
        return 2;
    }
    sample::HeavyHistorySpec spec;
    spec.seed = parser.value(seed).toUInt();
    if (parser.isSet(end)) {
        spec.end = QDateTime::fromString(parser.value(end), Qt::ISODate);
        if (!spec.end.isValid()) {
            err << "make_heavy_db: --end: not an ISO 8601 time\n";
            return 2;
        }
    }
    Database db;
    if (!db.open(path)) {
        err << "make_heavy_db: " << db.errorString() << '\n';
        return 1;
    }
    const auto patient = PatientRepository(db).add({ 0, QStringLiteral("Alex Heavy"), 1961 });
    if (!patient) {
        err << "make_heavy_db: " << patient.error().message << '\n';
        return 1;
    }
    PatientSettings settings;
    settings.clinicName = QStringLiteral("Riverside Oncology Day Unit");
    settings.inHoursNumber = QStringLiteral("0161 555 0142");
    settings.outOfHoursNumber = QStringLiteral("0161 555 0199");
    PatientSettingsRepository(db).save(*patient, settings);
    QElapsedTimer timer;
    timer.start();
    const auto counts = sample::writeHeavyHistory(db, *patient, spec);
    if (!counts) {
        err << "make_heavy_db: " << counts.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << path << ": " << counts->temperatures << " temperatures, " << counts->labs
                        << " labs, " << counts->symptoms << " symptoms, " << counts->treatments
                        << " treatments, " << counts->febrileEpisodes << " febrile episodes, "
                        << counts->antipyretics << " painkiller doses in " << timer.elapsed() << " ms\n";
    return 0;
}

// CSV import of 100,000 temperature readings into a fresh profile — read, validate and store in
// one transaction — against the sqlite3 command line's .import of the same file into a bare
// table (DESIGN.md budget: ≤ 3×). Prints the best of 3 runs of each.
#include "exchange/csv.h"
#include "exchange/importer.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <limits>

using namespace nc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("readings.csv"));
    {
        RecordSet set;
        const QDateTime start
            = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00+01:00"), Qt::ISODate);
        for (int i = 0; i < 100000; ++i) {
            TemperatureRecord r;
            r.reading = { start.addSecs(600LL * i),
                *Temperature::fromInput(36.0 + (i % 40) / 10.0, TemperatureUnit::Celsius) };
            set.temperatures.append(r);
        }
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(*csv::write(set)) < 0)
            return 1;
    }
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray data = f.readAll();

    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        Database db;
        if (!db.open(dir.filePath(QStringLiteral("nc%1.sqlite").arg(run))))
            return 1;
        const qint64 patient = *PatientRepository(db).add({ 0, QStringLiteral("Bench"), std::nullopt });
        QElapsedTimer timer;
        timer.start();
        const ParsedImport parsed = csv::read(data);
        const ImportOutcome outcome = storeImport(db, patient, parsed.records);
        best = std::min(best, timer.elapsed());
        if (!outcome.ok() || outcome.counts.addedTotal() != 100000)
            return 1;
    }
    out << "NeutroCare CSV import of 100,000 readings: " << best << " ms\n";

    qint64 sqliteBest = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
            { dir.filePath(QStringLiteral("s%1.sqlite").arg(run)), QStringLiteral("-cmd"),
                QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(csvPath) });
        if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0) {
            out << "sqlite3 not available: no comparison\n";
            return 0;
        }
        sqliteBest = std::min(sqliteBest, timer.elapsed());
    }
    out << "sqlite3 .import of the same file: " << sqliteBest << " ms\n";
    const double ratio = double(best) / double(std::max<qint64>(sqliteBest, 1));
    out << "ratio: " << QString::number(ratio, 'f', 1) << "x (budget 3x)\n";
    out << "FIGURE|CSV import of 100,000 readings (against sqlite3 .import)|≤ 3×|"
        << QString::number(ratio, 'f', 1) << "× (" << best << " / " << sqliteBest << " ms)|"
        << (ratio <= 3 ? "PASS" : "FAIL") << '\n';
    return 0;
}

// The child of tst_crashsafety: writes entries through the repositories as fast as it can and,
// only after each commit has returned, prints "<kind> <sequence> <id>" on stdout. The test kills
// it with SIGKILL at a random moment; every line printed is a promise the database must keep.
#include "storage/repositories.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashwriter DATABASE PATIENT_ID\n");
        return 2;
    }
    nc::Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const qint64 patient = QByteArray(argv[2]).toLongLong();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    nc::TemperatureRepository temperatures(db);
    nc::SymptomRepository symptoms(db);
    for (int seq = 0; seq < 1000000; ++seq) {
        const QDateTime time = start.addSecs(seq);
        if (seq % 3 == 2) {
            nc::SymptomRecord r { 0, patient, { time, nc::SymptomCode::Rigors },
                QStringLiteral("seq %1").arg(seq) };
            const auto id = symptoms.add(r);
            if (!id)
                return 1;
            std::printf("S %d %lld\n", seq, static_cast<long long>(*id));
        } else {
            const auto t = nc::Temperature::fromInput(36.0 + (seq % 50) / 10.0, nc::TemperatureUnit::Celsius);
            nc::TemperatureRecord r { 0, patient, { time, *t, false }, QStringLiteral("seq %1").arg(seq) };
            const auto id = temperatures.add(r);
            if (!id)
                return 1;
            std::printf("T %d %lld\n", seq, static_cast<long long>(*id));
        }
        std::fflush(stdout);
    }
    return 0;
}

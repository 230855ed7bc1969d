// Writes the database fixtures of tests/data/db (see its README) into the folder given:
//   makedbfixtures tests/data/db
// The v1 file is made by today's code through the repositories and the importer, so it is what
// the app writes; the damaged and newer files are that file with bytes changed where SQLite keeps
// its pages and its user_version. The same code and SQLite write the same bytes.
#include "../core/storage/dbfixtures.h"
#include "exchange/importer.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdio>

using namespace nc;
using namespace nc::testdata::dbfixtures;

namespace {

// Why writing the v1 file failed; nothing when it was written.
std::optional<QString> writeV1(const QString &path)
{
    Database db;
    if (!db.open(path))
        return db.errorString();
    for (const Profile &p : profiles()) {
        const auto id = PatientRepository(db).add(p.patient);
        if (!id.ok())
            return id.error().message;
        PatientSettingsRepository settings(db);
        if (auto error = settings.save(*id, p.settings))
            return error;
        for (auto it = p.preferences.begin(); it != p.preferences.end(); ++it) {
            if (auto error = settings.setPreference(*id, it.key(), it.value()))
                return error;
        }
        for (const Tick &tick : p.ticks) {
            if (auto error = ChecklistRepository(db).setTicked(*id, tick.date, tick.item, tick.ticked))
                return error;
        }
        const ImportOutcome stored = storeImport(db, *id, p.records);
        if (!stored.ok())
            return stored.error;
        if (stored.counts.addedTotal() != p.records.size())
            return QStringLiteral("profile %1: %2 of %3 records stored")
                .arg(*id)
                .arg(stored.counts.addedTotal())
                .arg(p.records.size());
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE patients SET created_ms = ?"));
    q.addBindValue(kCreatedMs);
    if (!q.exec())
        return q.lastError().text();
    return std::nullopt; // closing checkpoints the WAL into the file and removes it
}

// SQLite's page size, from the file header (1 means 65536).
qsizetype pageSize(const QByteArray &file)
{
    const quint16 size = qFromBigEndian<quint16>(file.constData() + 16);
    return size == 1 ? 65536 : size;
}

// The middle third of the pages overwritten; the header page kept, so SQLite still opens the file
// and finds the damage when it checks it.
QByteArray damaged(QByteArray file)
{
    const qsizetype page = pageSize(file);
    const qsizetype pages = file.size() / page;
    for (qsizetype i = (pages / 3) * page; i < (2 * pages / 3) * page; ++i)
        file[i] = char(0xA5);
    return file;
}

// The same file claiming a newer schema: PRAGMA user_version is the header's 4 bytes at offset 60.
QByteArray newer(QByteArray file, int version)
{
    qToBigEndian<qint32>(version, file.data() + 60);
    return file;
}

std::optional<QString> writeFile(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return f.errorString();
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: makedbfixtures <folder>\n");
        return 2;
    }
    const QDir folder(app.arguments().at(1));
    QTemporaryDir work;
    const QString made = work.filePath(QString::fromLatin1(kV1File));
    std::optional<QString> error = writeV1(made);
    QFile file(made);
    if (!error && !file.open(QIODevice::ReadOnly))
        error = file.errorString();
    const QByteArray v1 = file.readAll();
    if (!error)
        error = writeFile(folder.filePath(QString::fromLatin1(kV1File)), v1);
    if (!error)
        error = writeFile(folder.filePath(QString::fromLatin1(kDamagedFile)), damaged(v1));
    if (!error)
        error = writeFile(folder.filePath(QString::fromLatin1(kNewerFile)), newer(v1, kNewerVersion));
    if (error) {
        std::fprintf(stderr, "makedbfixtures: %s\n", qPrintable(*error));
        return 1;
    }
    return 0;
}

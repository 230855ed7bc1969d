// The audit trail as the triage desk reads it (issue 18), on the throwaway PostgreSQL that
// scripts/test starts: a patient login's reading and a nurse's change of the clinic's values come
// back with who, what and when; the filters by patient, login and day, and the limit, keep what they
// should; only the columns that changed are named; a patient login cannot read the trail at all; and
// the CSV export escapes its cells as the app's record export does. PostgreSQL only: a file has no
// trail.
#include "exchange/csv.h"
#include "scratchdatabase.h"
#include "storage/audittrail.h"
#include "storage/repositories.h"
#include "storage/serveradmin.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace nc;

namespace {

const QString kPassword = QStringLiteral("audit-test password");
const QString kNumber = QStringLiteral("020 7946 0001");
// A name a spreadsheet would run as a formula, with a comma and quotes besides.
const QString kHostileName = QStringLiteral("=HYPERLINK(\"https://example.com/x\",\"Click, here\")");

QString problem(const std::optional<InputError> &error)
{
    return error ? error->field + QStringLiteral(": ") + error->message : QString();
}

// RFC 4180 cells of one line (no line breaks inside: the export writes none).
QStringList cellsOf(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void entriesSayWhoDidWhat();
    void filtersByPatientLoginAndDay();
    void changedKeysNameWhatChanged();
    void limitKeepsTheNewest();
    void loginsListsEveryoneInTheTrail();
    void aPatientLoginCannotReadTheTrail();
    void csvEscapesAsTheRecordExportDoes();
    void csvSaysWhyItWasNotWritten();
    void aFileHasNoTrail();

private:
    std::unique_ptr<Database> as(const QString &login);
    QString login(const char *name) const { return m_scratch->login(QLatin1String(name)); }
    QList<AuditEntry> read(const AuditFilter &filter = {});

    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_super;
    std::unique_ptr<Database> m_nurse;
    qint64 m_asha = 0;
    qint64 m_ben = 0;
};

std::unique_ptr<Database> TestAuditTrail::as(const QString &name)
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_scratch->whereAs(name, kPassword))) {
        qWarning("%s", qPrintable(db->errorString()));
        return nullptr;
    }
    return db;
}

QList<AuditEntry> TestAuditTrail::read(const AuditFilter &filter)
{
    const auto entries = AuditTrail(*m_nurse).entries(filter);
    if (!entries) {
        qWarning("%s", qPrintable(entries.error().message));
        return {};
    }
    return *entries;
}

void TestAuditTrail::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("The audit trail is the clinic server's: run as tst_audittrail with NC_TEST_ENGINE=postgresql");
    m_scratch = std::make_unique<test::ScratchDatabase>(QString());
    QVERIFY2(!m_scratch->where().isEmpty(), qPrintable(m_scratch->error()));
    m_super = std::make_unique<Database>();
    QVERIFY2(m_super->open(m_scratch->where()), qPrintable(m_super->errorString()));

    PatientRepository patients(*m_super);
    m_asha = patients.add({ 0, QStringLiteral("Asha"), std::nullopt }).value();
    m_ben = patients.add({ 0, QStringLiteral("Ben"), std::nullopt }).value();
    QVERIFY(!PatientSettingsRepository(*m_super).save(m_asha, PatientSettings {}));
    ServerAdmin admin(*m_super);
    QCOMPARE(problem(admin.addUser(LoginKind::Staff, login("nurse"), kPassword)), QString());
    QCOMPARE(problem(admin.addUser(LoginKind::Patient, login("asha"), kPassword, m_asha)), QString());

    // The patient's app sends a reading; then a nurse sets the clinic's number.
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const auto reading = TemperatureRepository(*asha).add({ 0, m_asha,
        { QDateTime::currentDateTimeUtc(), *Temperature::fromInput(38.6, TemperatureUnit::Celsius) },
        QStringLiteral("shivering") });
    QVERIFY2(reading.ok(), qPrintable(reading.ok() ? QString() : reading.error().message));
    m_nurse = as(login("nurse"));
    QVERIFY(m_nurse);
    PatientSettingsRepository settings(*m_nurse);
    PatientSettings ashas = settings.get(m_asha);
    ashas.inHoursNumber = kNumber;
    QCOMPARE(settings.save(m_asha, ashas).value_or(QString()), QString());
}

void TestAuditTrail::cleanupTestCase()
{
    m_nurse.reset();
    m_super.reset();
    m_scratch.reset();
}

void TestAuditTrail::entriesSayWhoDidWhat()
{
    const QList<AuditEntry> all = read();
    QVERIFY(all.size() >= 5); // two patients, a settings row, a reading, the clinic's number
    // Newest first: the nurse's change, then the reading.
    QVERIFY(
        std::is_sorted(all.cbegin(), all.cend(), [](const auto &a, const auto &b) { return a.id > b.id; }));
    const AuditEntry &change = all.at(0);
    QCOMPARE(change.login, login("nurse"));
    QCOMPARE(change.table, QStringLiteral("patient_settings"));
    QCOMPARE(change.action, QStringLiteral("update"));
    QCOMPARE(change.patientId, std::optional<qint64>(m_asha));
    QCOMPARE(change.patientName, QStringLiteral("Asha"));
    QCOMPARE(change.record, QStringLiteral("%1").arg(m_asha)); // the key of a table without a UUID
    QCOMPARE(change.oldValues.value(QStringLiteral("in_hours_number")).toString(), QString());
    QCOMPARE(change.newValues.value(QStringLiteral("in_hours_number")).toString(), kNumber);
    QVERIFY(qAbs(change.at.secsTo(QDateTime::currentDateTime())) < 600);
    QCOMPARE(change.at.timeSpec(), Qt::LocalTime);

    const AuditEntry &reading = all.at(1);
    QCOMPARE(reading.login, login("asha"));
    QCOMPARE(reading.table, QStringLiteral("temperatures"));
    QCOMPARE(reading.action, QStringLiteral("insert"));
    QCOMPARE(reading.patientId, std::optional<qint64>(m_asha));
    QVERIFY(reading.oldValues.isEmpty());
    QCOMPARE(reading.newValues.value(QStringLiteral("note")).toString(), QStringLiteral("shivering"));
    QCOMPARE(reading.newValues.value(QStringLiteral("celsius")).toDouble(), 38.6);
    QCOMPARE(reading.record, reading.newValues.value(QStringLiteral("uuid")).toString());

    // The superuser registered both patients.
    const auto registered = std::count_if(all.cbegin(), all.cend(), [this](const AuditEntry &e) {
        return e.table == QLatin1String("patients") && e.action == QLatin1String("insert")
            && e.login == qEnvironmentVariable("PGUSER");
    });
    QCOMPARE(registered, 2);
}

void TestAuditTrail::filtersByPatientLoginAndDay()
{
    const QList<AuditEntry> all = read();
    QVERIFY(!all.isEmpty());

    AuditFilter ben;
    ben.patientId = m_ben;
    const QList<AuditEntry> bens = read(ben);
    QCOMPARE(bens.size(), 1);
    QCOMPARE(bens.at(0).table, QStringLiteral("patients"));
    QCOMPARE(bens.at(0).patientName, QStringLiteral("Ben"));
    AuditFilter asha;
    asha.patientId = m_asha;
    const QList<AuditEntry> ashas = read(asha);
    QVERIFY(ashas.size() >= 4);
    QVERIFY(std::all_of(
        ashas.cbegin(), ashas.cend(), [this](const AuditEntry &e) { return e.patientId == m_asha; }));

    AuditFilter nurse;
    nurse.login = login("nurse");
    const QList<AuditEntry> nurses = read(nurse);
    QCOMPARE(nurses.size(), 1);
    QCOMPARE(nurses.at(0).table, QStringLiteral("patient_settings"));
    AuditFilter patient;
    patient.login = login("asha");
    patient.patientId = m_asha;
    const QList<AuditEntry> patients = read(patient);
    QCOMPARE(patients.size(), 1);
    QCOMPARE(patients.at(0).table, QStringLiteral("temperatures"));
    AuditFilter nobody;
    nobody.login = login("asha").left(login("asha").size() - 1); // exact, not a prefix
    QCOMPARE(read(nobody).size(), 0);

    // Days are the local days of each entry, both ends included.
    const QDate day = all.at(0).at.date();
    AuditFilter thatDay;
    thatDay.from = day;
    thatDay.to = day;
    QCOMPARE(read(thatDay).size(),
        qsizetype(std::count_if(
            all.cbegin(), all.cend(), [day](const AuditEntry &e) { return e.at.date() == day; })));
    QVERIFY(!read(thatDay).isEmpty());
    AuditFilter dayBefore;
    dayBefore.from = day.addDays(-1);
    dayBefore.to = day.addDays(-1);
    QCOMPARE(read(dayBefore).size(), 0);
    AuditFilter upToDayBefore;
    upToDayBefore.to = day.addDays(-1);
    QCOMPARE(read(upToDayBefore).size(), 0);
    AuditFilter fromDayAfter;
    fromDayAfter.from = day.addDays(1);
    QCOMPARE(read(fromDayAfter).size(), 0);
    AuditFilter fromTheDayBefore;
    fromTheDayBefore.from = day.addDays(-1);
    fromTheDayBefore.login = login("nurse");
    QCOMPARE(read(fromTheDayBefore).size(), 1);
}

void TestAuditTrail::changedKeysNameWhatChanged()
{
    const QList<AuditEntry> all = read();
    QVERIFY(all.size() >= 2);
    // The nurse's save wrote the number and the time of the change: only the number is named.
    QCOMPARE(AuditTrail::changedKeys(all.at(0)), QStringList { QStringLiteral("in_hours_number") });
    // An insert names every column but the time of the change.
    const QStringList inserted = AuditTrail::changedKeys(all.at(1));
    QVERIFY(inserted.contains(QStringLiteral("celsius")));
    QVERIFY(inserted.contains(QStringLiteral("note")));
    QVERIFY(!inserted.contains(QStringLiteral("updated_ms")));
    QCOMPARE(inserted.size(), all.at(1).newValues.size() - 1);

    AuditEntry made;
    made.action = QStringLiteral("update");
    made.oldValues = QJsonObject { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), QStringLiteral("x") },
        { QStringLiteral("updated_ms"), 1 }, { QStringLiteral("gone"), true } };
    made.newValues = QJsonObject { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), QStringLiteral("y") },
        { QStringLiteral("updated_ms"), 2 }, { QStringLiteral("c"), QJsonValue::Null } };
    QCOMPARE(AuditTrail::changedKeys(made),
        QStringList({ QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("gone") }));
    QCOMPARE(AuditTrail::changedKeys(AuditEntry {}), QStringList());
}

void TestAuditTrail::limitKeepsTheNewest()
{
    const QList<AuditEntry> all = read();
    QVERIFY(all.size() >= 3);
    AuditFilter one;
    one.limit = 1;
    const QList<AuditEntry> newest = read(one);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.at(0).id, all.at(0).id);
    AuditFilter two;
    two.limit = 2;
    QCOMPARE(read(two).size(), 2);
    AuditFilter none;
    none.limit = 0;
    QCOMPARE(read(none).size(), all.size());
}

void TestAuditTrail::loginsListsEveryoneInTheTrail()
{
    const QStringList logins = AuditTrail(*m_nurse).logins();
    QVERIFY2(logins.contains(login("nurse")), qPrintable(logins.join(QLatin1Char(' '))));
    QVERIFY2(logins.contains(login("asha")), qPrintable(logins.join(QLatin1Char(' '))));
    QVERIFY(logins.contains(qEnvironmentVariable("PGUSER")));
    QCOMPARE(logins.size(), 3);
    QStringList sorted = logins;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(logins, sorted);
}

void TestAuditTrail::aPatientLoginCannotReadTheTrail()
{
    const auto asha = as(login("asha"));
    QVERIFY(asha);
    const auto entries = AuditTrail(*asha).entries({});
    // Refused in words: not an empty trail, which would say nothing happened.
    QVERIFY(!entries.ok());
    QVERIFY2(entries.error().message.contains(QLatin1String("may not read the audit trail")),
        qPrintable(entries.error().message));
    QVERIFY(AuditTrail(*asha).logins().isEmpty());
}

void TestAuditTrail::csvEscapesAsTheRecordExportDoes()
{
    const auto hostile = PatientRepository(*m_super).add({ 0, kHostileName, std::nullopt });
    QVERIFY(hostile.ok());
    const QList<AuditEntry> all = read();
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.at(0).patientName, kHostileName);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(writeAuditCsv(all, path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8, as spreadsheets need to be told
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QStringList lines = text.chopped(2).split(QStringLiteral("\r\n"));
    // One line per entry, and the header.
    QCOMPARE(lines.size(), all.size() + 1);
    QCOMPARE(cellsOf(lines.at(0)),
        QStringList({ QStringLiteral("time"), QStringLiteral("login"), QStringLiteral("patient_id"),
            QStringLiteral("patient_name"), QStringLiteral("table"), QStringLiteral("action"),
            QStringLiteral("record"), QStringLiteral("old_values"), QStringLiteral("new_values") }));

    // The hostile name is quoted and cannot run as a formula: exactly the record export's escape.
    QVERIFY2(lines.at(1).contains(
                 QStringLiteral(",\"'=HYPERLINK(\"\"https://example.com/x\"\",\"\"Click, here\"\")\",")),
        qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QLatin1Char(',') + csv::formatCell(kHostileName) + QLatin1Char(',')));

    static const QRegularExpression withOffset(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)$)"));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const AuditEntry &e = all.at(i);
        const QStringList cells = cellsOf(lines.at(i + 1));
        QCOMPARE(cells.size(), 9);
        QVERIFY2(withOffset.match(cells.at(0)).hasMatch(), qPrintable(cells.at(0)));
        QCOMPARE(QDateTime::fromString(cells.at(0), Qt::ISODateWithMs).toMSecsSinceEpoch(),
            e.at.toMSecsSinceEpoch());
        QCOMPARE(cells.at(1), e.login);
        QCOMPARE(cells.at(2), e.patientId ? QString::number(*e.patientId) : QString());
        QCOMPARE(csv::unescapeCell(cells.at(3)), e.patientName);
        QCOMPARE(cells.at(4), e.table);
        QCOMPARE(cells.at(5), e.action);
        QCOMPARE(cells.at(6), e.record);
        QCOMPARE(QJsonDocument::fromJson(cells.at(7).toUtf8()).object(), e.oldValues);
        QCOMPARE(QJsonDocument::fromJson(cells.at(8).toUtf8()).object(), e.newValues);
        QCOMPARE(cells.at(7).isEmpty(), e.action == QLatin1String("insert"));
        QVERIFY(!cells.at(8).contains(QLatin1Char('\n')));
    }
    QCOMPARE(csv::unescapeCell(cellsOf(lines.at(1)).at(3)), kHostileName);
    QCOMPARE(cellsOf(lines.at(1)).at(3), QLatin1Char('\'') + kHostileName);
    // The hostile name is in the JSON of the new values too, quoted there as JSON quotes it.
    QCOMPARE(QJsonDocument::fromJson(cellsOf(lines.at(1)).at(8).toUtf8())
                 .object()
                 .value(QStringLiteral("name"))
                 .toString(),
        kHostileName);
}

void TestAuditTrail::csvSaysWhyItWasNotWritten()
{
    QTemporaryDir folder;
    const auto error = writeAuditCsv(read(), folder.filePath(QStringLiteral("missing/audit.csv")));
    QVERIFY(error);
    QVERIFY2(error->contains(QLatin1String("could not be saved")), qPrintable(*error));
}

void TestAuditTrail::aFileHasNoTrail()
{
    QTemporaryDir folder;
    Database file;
    QVERIFY2(file.open(folder.filePath(QStringLiteral("own.db"))), qPrintable(file.errorString()));
    const auto entries = AuditTrail(file).entries({});
    QVERIFY(!entries.ok());
    QVERIFY(!entries.error().message.isEmpty());
    QVERIFY(AuditTrail(file).logins().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"

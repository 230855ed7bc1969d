#include "triagestore.h"

#include "repositories.h"
#include "textlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace nc {

namespace {

const char *const kCallColumns
    = "uuid, patient_id, time_ms, utc_offset, caller_kind, caller_name, caller_relationship, "
      "callback_number, "
      "report, level, protocol, reasons, suggested, disposition, reason, advice, follow_up_due_ms, scores, "
      "updated_ms";
// Read back with what the server stamps.
const char *const kCallReadColumns = "id, taken_by, follow_up_done_ms, follow_up_done_by";

QString isoTime(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// What the caller reported, in the codes of the CLI's assess input (DESIGN.md), so a call reads
// the same wherever it is shown.
QByteArray reportJson(const CallReport &report)
{
    QJsonArray temperatures;
    for (const TemperatureReading &r : report.temperatures) {
        temperatures.append(QJsonObject { { QStringLiteral("time"), isoTime(r.time) },
            { QStringLiteral("value"), r.temperature.enteredValue() },
            { QStringLiteral("unit"), units::temperatureUnitCode(r.temperature.enteredUnit()) },
            { QStringLiteral("site"), sites::code(r.temperature.site()) },
            { QStringLiteral("antipyretic_reported"), r.antipyreticReported } });
    }
    QJsonArray symptomList;
    for (const SymptomEntry &s : report.symptoms) {
        symptomList.append(QJsonObject { { QStringLiteral("time"), isoTime(s.time) },
            { QStringLiteral("code"), symptoms::code(s.code) } });
    }
    QJsonArray doses;
    for (const AntipyreticDose &d : report.antipyretics) {
        doses.append(QJsonObject { { QStringLiteral("time"), isoTime(d.time) },
            { QStringLiteral("name"), antipyretics::code(d.drug) } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("temperatures"), temperatures },
            { QStringLiteral("symptoms"), symptomList }, { QStringLiteral("antipyretics"), doses } })
        .toJson(QJsonDocument::Compact);
}

// Entries the server holds that no longer read (a code this version does not know) are left out
// rather than shown wrong.
CallReport reportFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CallReport report;
    for (const QJsonValue &v : o.value(QStringLiteral("temperatures")).toArray()) {
        const QJsonObject t = v.toObject();
        const auto unit = units::temperatureUnitFromCode(t.value(QStringLiteral("unit")).toString());
        const auto site = sites::fromCode(t.value(QStringLiteral("site")).toString());
        if (!unit || !site)
            continue;
        const auto temperature
            = Temperature::fromInput(t.value(QStringLiteral("value")).toDouble(), *unit, *site);
        if (temperature.ok()) {
            report.temperatures.append({ fromIso(t.value(QStringLiteral("time"))), *temperature,
                t.value(QStringLiteral("antipyretic_reported")).toBool() });
        }
    }
    for (const QJsonValue &v : o.value(QStringLiteral("symptoms")).toArray()) {
        if (const auto code = symptoms::fromCode(v.toObject().value(QStringLiteral("code")).toString()))
            report.symptoms.append({ fromIso(v.toObject().value(QStringLiteral("time"))), *code });
    }
    for (const QJsonValue &v : o.value(QStringLiteral("antipyretics")).toArray()) {
        if (const auto drug = antipyretics::fromCode(v.toObject().value(QStringLiteral("name")).toString()))
            report.antipyretics.append({ fromIso(v.toObject().value(QStringLiteral("time"))), *drug });
    }
    return report;
}

// The reasons as shown during the call: their codes and words.
QByteArray reasonsJson(const QList<FindingMessage> &reasons)
{
    QJsonArray list;
    for (const FindingMessage &r : reasons) {
        list.append(QJsonObject {
            { QStringLiteral("code"), findings::code(r.code) }, { QStringLiteral("message"), r.message } });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<FindingMessage> reasonsFrom(const QByteArray &json)
{
    QList<FindingMessage> reasons;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        if (const auto code = findings::fromCode(v.toObject().value(QStringLiteral("code")).toString()))
            reasons.append({ *code, v.toObject().value(QStringLiteral("message")).toString() });
    }
    return reasons;
}

// Text as stored: never NULL, even when empty (QPSQL binds a null QString as NULL).
QVariant textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QVariant(QStringLiteral("")) : QVariant(trimmed);
}

QVariant optionalMs(const std::optional<QDateTime> &time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// The current row of a query selecting kCallReadColumns then kCallColumns.
TriageCall callOf(const QSqlQuery &q)
{
    TriageCall c;
    int i = 0;
    const auto next = [&]() { return q.value(i++); };
    c.id = next().toLongLong();
    c.takenBy = next().toString();
    const QVariant doneMs = next();
    c.followUpDoneBy = next().toString();
    c.uuid = next().toString();
    c.patientId = next().toLongLong();
    const QVariant timeMs = next();
    const QVariant offset = next();
    c.at = dbvalue::time(timeMs, offset);
    if (!doneMs.isNull())
        c.followUpDoneAt = dbvalue::time(doneMs, offset);
    c.callerKind = callerKinds::fromCode(next().toString()).value_or(CallerKind::Other);
    c.callerName = next().toString();
    c.callerRelationship = next().toString();
    c.callbackNumber = next().toString();
    c.report = reportFrom(next().toString().toUtf8());
    c.level = levels::fromCode(next().toString()).value_or(Level::Ok);
    c.protocolId = next().toString();
    c.reasons = reasonsFrom(next().toString().toUtf8());
    c.suggested = dispositions::fromCode(next().toString()).value_or(triage::Disposition::SelfCare);
    c.disposition = dispositions::fromCode(next().toString()).value_or(triage::Disposition::SelfCare);
    c.reason = next().toString();
    c.advice = next().toString();
    if (const QVariant due = next(); !due.isNull())
        c.followUpDue = dbvalue::time(due, offset);
    if (const QVariant scores = next(); !scores.isNull()) {
        if (const auto request = scorejson::parse(scores.toString().toUtf8()); request.ok())
            c.scores = *request;
    }
    return c;
}

QString callSelect(const QString &tail)
{
    return QStringLiteral("SELECT %1, %2 FROM triage_calls %3")
        .arg(QLatin1String(kCallReadColumns), QLatin1String(kCallColumns), tail);
}

} // namespace

Expected<LoginKind> deskLoginKind(Database &db)
{
    const auto refused = [](const QString &message) {
        return InputError { QStringLiteral("login"), message };
    };
    if (db.engine() != Engine::PostgreSQL)
        return refused(TriageStore::tr("The triage desk works on the clinic's server, not on a file."));
    const std::optional<LoginKind> kind = loginKindOf(db);
    if (!kind)
        return refused(TriageStore::tr("This login is not one of the clinic's NeutroCare logins. Ask the "
                                       "clinic's NeutroCare administrator for a staff login."));
    if (*kind == LoginKind::Patient || *kind == LoginKind::Caregiver) {
        return refused(
            TriageStore::tr("This is a %1 login: the triage desk is for clinic staff only. Patients "
                            "and caregivers use NeutroCare itself.")
                .arg(*kind == LoginKind::Patient ? TriageStore::tr("patient's")
                                                 : TriageStore::tr("caregiver's")));
    }
    if (!TriageStore(db).available())
        return refused(TriageStore::tr("This server was set up before the triage desk. Ask the administrator "
                                       "to run: neutrocare-cli server init"));
    return *kind;
}

bool TriageStore::available() const
{
    return m_db.engine() == Engine::PostgreSQL
        && serverVersionTable(m_db.connection(), QStringLiteral("server_setup")) >= 2;
}

Expected<qint64> TriageStore::addCall(const TriageCall &call)
{
    if (call.patientId <= 0)
        return InputError { QStringLiteral("patient"), tr("Choose the patient the call is about.") };
    if (triage::needsReason(call.suggested, call.disposition) && call.reason.trimmed().isEmpty()) {
        return InputError { QStringLiteral("reason"),
            tr("The disposition is less urgent than the one suggested (%1): say why.")
                .arg(dispositions::displayName(call.suggested)) };
    }
    const std::pair<QString, const QString *> shortFields[] = { { tr("Caller's name"), &call.callerName },
        { tr("Relationship"), &call.callerRelationship }, { tr("Call-back number"), &call.callbackNumber } };
    for (const auto &[field, value] : shortFields) {
        if (auto problem = text::check(field, *value, text::Kind::Short))
            return *problem;
    }
    for (const auto &[field, value] :
        { std::pair { tr("Reason"), &call.reason }, { tr("Advice"), &call.advice } }) {
        if (auto problem = text::check(field, *value, text::Kind::Note))
            return *problem;
    }

    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO triage_calls (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) RETURNING id")
                  .arg(QLatin1String(kCallColumns)));
    q.addBindValue(call.uuid.isEmpty() ? dbvalue::newUuid() : call.uuid);
    q.addBindValue(call.patientId);
    q.addBindValue(call.at.toMSecsSinceEpoch());
    q.addBindValue(call.at.offsetFromUtc());
    q.addBindValue(callerKinds::code(call.callerKind));
    q.addBindValue(textValue(call.callerName));
    q.addBindValue(textValue(call.callerRelationship));
    q.addBindValue(textValue(call.callbackNumber));
    q.addBindValue(QString::fromUtf8(reportJson(call.report)));
    q.addBindValue(levels::code(call.level));
    q.addBindValue(textValue(call.protocolId));
    q.addBindValue(QString::fromUtf8(reasonsJson(call.reasons)));
    q.addBindValue(dispositions::code(call.suggested));
    q.addBindValue(dispositions::code(call.disposition));
    q.addBindValue(textValue(call.reason));
    q.addBindValue(textValue(call.advice));
    q.addBindValue(optionalMs(call.followUpDue));
    q.addBindValue(call.scores.mascc || call.scores.cisne ? QVariant(QString::fromUtf8(
                       QJsonDocument(scorejson::requestToJson(call.scores)).toJson(QJsonDocument::Compact)))
                                                          : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(dbvalue::nowMs());
    q.exec();
    return dbvalue::committedId(q, tx);
}

std::optional<QString> TriageStore::markFollowUpMade(qint64 callId, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(QStringLiteral("UPDATE triage_calls SET follow_up_done_ms = ?, updated_ms = ? WHERE id = ? AND "
                             "follow_up_due_ms IS NOT NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(dbvalue::nowMs());
    q.addBindValue(callId);
    if (!q.exec())
        return describeWriteError(q.lastError());
    if (q.numRowsAffected() != 1)
        return tr("That call has no follow-up to mark as made.");
    if (const QString error = tx.commit(); !error.isEmpty())
        return error;
    return std::nullopt;
}

std::optional<TriageCall> TriageStore::call(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(callSelect(QStringLiteral("WHERE id = ?")));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return callOf(q);
}

QList<TriageCall> TriageStore::calls(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(callSelect(QStringLiteral("WHERE patient_id = ? ORDER BY time_ms DESC, id DESC")));
    q.addBindValue(patientId);
    QList<TriageCall> list;
    if (q.exec()) {
        while (q.next())
            list.append(callOf(q));
    }
    return list;
}

Expected<qint64> TriageStore::acknowledge(qint64 patientId, const QDateTime &alertSince, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    Transaction tx(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO clinic_acknowledgements (uuid, patient_id, alert_since_ms, time_ms, "
                       "utc_offset, updated_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(dbvalue::newUuid());
    q.addBindValue(patientId);
    q.addBindValue(alertSince.toMSecsSinceEpoch());
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(at.offsetFromUtc());
    q.addBindValue(dbvalue::nowMs());
    q.exec();
    return dbvalue::committedId(q, tx);
}

QHash<qint64, ClinicState> TriageStore::states(const QDateTime &lookbackStart) const
{
    return readStates(std::nullopt, lookbackStart);
}

ClinicState TriageStore::state(qint64 patientId, const QDateTime &lookbackStart) const
{
    return readStates(patientId, lookbackStart).value(patientId);
}

QHash<qint64, ClinicState> TriageStore::readStates(
    std::optional<qint64> patientId, const QDateTime &lookbackStart) const
{
    QHash<qint64, ClinicState> states;
    const QString onePatient = patientId ? QStringLiteral(" AND patient_id = ?") : QString();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (patientId)
            q.addBindValue(*patientId);
        return q.exec();
    };
    // Oldest first throughout, so each patient's newest stays.
    if (run(QStringLiteral("SELECT patient_id, id, alert_since_ms, time_ms, utc_offset, login FROM "
                           "clinic_acknowledgements WHERE time_ms >= ?%1 ORDER BY patient_id, time_ms, id")
                .arg(onePatient),
            { lookbackStart.toMSecsSinceEpoch() })) {
        while (q.next()) {
            ClinicAcknowledgement a;
            a.patientId = q.value(0).toLongLong();
            a.id = q.value(1).toLongLong();
            a.alertSince = dbvalue::time(q.value(2), q.value(4));
            a.at = dbvalue::time(q.value(3), q.value(4));
            a.login = q.value(5).toString();
            states[a.patientId].latestAcknowledgement = a;
        }
    }
    // The soonest follow-up not yet made (newest first, so the soonest is read last).
    if (run(QStringLiteral(
                "SELECT patient_id, id, follow_up_due_ms, utc_offset, taken_by FROM triage_calls WHERE "
                "follow_up_due_ms IS NOT NULL AND follow_up_done_ms IS NULL%1 ORDER BY patient_id, "
                "follow_up_due_ms DESC, id DESC")
                .arg(onePatient),
            {})) {
        while (q.next()) {
            ClinicState &s = states[q.value(0).toLongLong()];
            s.followUpCallId = q.value(1).toLongLong();
            s.followUpDue = dbvalue::time(q.value(2), q.value(3));
            s.followUpOwner = q.value(4).toString();
        }
    }
    if (run(QStringLiteral(
                "SELECT patient_id, time_ms, utc_offset FROM alerts WHERE level = ? AND time_ms >= ?%1 "
                "ORDER BY patient_id, time_ms")
                .arg(onePatient),
            { levels::code(Level::CallNow), lookbackStart.toMSecsSinceEpoch() })) {
        while (q.next())
            states[q.value(0).toLongLong()].newestCallNowAlert = dbvalue::time(q.value(1), q.value(2));
    }
    return states;
}

} // namespace nc

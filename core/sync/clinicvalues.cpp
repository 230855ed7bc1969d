#include "clinicvalues.h"

#include "storage/repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace nc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::HomeLink)
};

const QString kPreference = QStringLiteral("clinic_update");
// Clinic updates read this close together are said as one.
constexpr qint64 kMergeSeconds = 60 * 60;

// The server's words on one line, said as what did not happen: what was sent is sent.
InputError unreadable(const QSqlQuery &q)
{
    return {
        QStringLiteral("values"),
        Text::tr("The clinic's values could not be read: %1").arg(q.lastError().databaseText().simplified())
    };
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 0) : QString();
}

QJsonObject toJson(const ClinicUpdate &update)
{
    QJsonArray changes;
    for (const ClinicChange &change : update.changes)
        changes.append(QJsonObject { { QStringLiteral("field"), int(change.field) },
            { QStringLiteral("before"), change.before }, { QStringLiteral("after"), change.after } });
    return { { QStringLiteral("at_ms"), update.at.toMSecsSinceEpoch() },
        { QStringLiteral("server_updated_ms"), update.serverUpdatedMs },
        { QStringLiteral("advice_call_ms"), update.adviceCallMs }, { QStringLiteral("changes"), changes },
        { QStringLiteral("refused"), update.refused } };
}

} // namespace

std::optional<ClinicUpdate> ClinicValuesReceiver::lastUpdate(Database &local, qint64 patientId)
{
    const QString stored = PatientSettingsRepository(local).preference(patientId, kPreference);
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (json.isEmpty())
        return std::nullopt;
    ClinicUpdate update;
    update.at = QDateTime::fromMSecsSinceEpoch(json.value(QStringLiteral("at_ms")).toInteger(), Qt::UTC);
    update.serverUpdatedMs = json.value(QStringLiteral("server_updated_ms")).toInteger();
    update.adviceCallMs = json.value(QStringLiteral("advice_call_ms")).toInteger();
    update.refused = json.value(QStringLiteral("refused")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const int field = change.value(QStringLiteral("field")).toInt(-1);
        if (field < 0 || field > int(ClinicChange::Field::Advice))
            continue;
        update.changes.append({ ClinicChange::Field(field), change.value(QStringLiteral("before")).toString(),
            change.value(QStringLiteral("after")).toString() });
    }
    return update;
}

Expected<QList<ClinicChange>> ClinicValuesReceiver::receive(
    qint64 localPatientId, qint64 serverPatientId, const QDateTime &at)
{
    const std::optional<ClinicUpdate> last = lastUpdate(m_local, localPatientId);
    ClinicUpdate update;
    update.at = at.toUTC();
    update.serverUpdatedMs = last ? last->serverUpdatedMs : 0;
    update.adviceCallMs = last ? last->adviceCallMs : 0;
    PatientSettings settings = PatientSettingsRepository(m_local).get(localPatientId);
    using Field = ClinicChange::Field;
    const auto change = [&update](Field field, const QString &before, const QString &after) {
        if (before != after)
            update.changes.append({ field, before, after });
    };

    QSqlQuery q(m_server.connection());
    q.prepare(
        QStringLiteral("SELECT protocol_json, clinic_name, in_hours_number, out_of_hours_number, lln_anc, "
                       "baseline_anc, updated_ms FROM patient_settings WHERE patient_id = ?"));
    q.addBindValue(serverPatientId);
    if (!q.exec())
        return unreadable(q);
    // Only a row changed since the last one applied: the person's own edits in between stand until
    // the clinic changes its values again. A value the clinic left empty is one it did not set.
    if (q.next() && q.value(6).toLongLong() > update.serverUpdatedMs) {
        update.serverUpdatedMs = q.value(6).toLongLong();
        const QByteArray protocolJson = q.value(0).toString().toUtf8();
        if (!protocolJson.trimmed().isEmpty()) {
            const Expected<Protocol> protocol = Protocol::fromJsonBytes(protocolJson);
            if (!protocol) {
                const QString refused = Text::tr(
                    "The fever protocol from your clinic could not be used (%1), so nothing the clinic "
                    "changed was applied and your app keeps what it had. Please tell your clinic.")
                                            .arg(protocol.error().message);
                // Said on Today until a protocol is taken; the markers stay, so the next pass reads it again.
                ClinicUpdate kept = last.value_or(ClinicUpdate {});
                kept.refused = refused;
                PatientSettingsRepository(m_local).setPreference(localPatientId, kPreference,
                    QString::fromUtf8(QJsonDocument(toJson(kept)).toJson(QJsonDocument::Compact)));
                return InputError { QStringLiteral("protocol"), refused };
            }
            if (protocol->toJsonBytes() != settings.protocol.toJsonBytes()) {
                change(Field::Protocol, settings.protocol.displayName(), protocol->displayName());
                settings.protocol = *protocol;
            }
        }
        const auto text = [&](int column, Field field, QString &value) {
            const QString clinic = q.value(column).toString().trimmed();
            if (!clinic.isEmpty()) {
                change(field, value, clinic);
                value = clinic;
            }
        };
        text(1, Field::ClinicName, settings.clinicName);
        text(2, Field::InHoursNumber, settings.inHoursNumber);
        text(3, Field::OutOfHoursNumber, settings.outOfHoursNumber);
        const auto count = [&](int column, Field field, std::optional<double> &value) {
            if (q.value(column).isNull())
                return;
            const double clinic = q.value(column).toDouble();
            change(field, number(value), number(clinic));
            value = clinic;
        };
        count(4, Field::LlnAnc, settings.clinicLlnAnc);
        count(5, Field::BaselineAnc, settings.baselineAnc);
    }

    // The nurse's advice of the latest call that gave some, once.
    QSqlQuery advice(m_server.connection());
    advice.prepare(
        QStringLiteral("SELECT advice, time_ms FROM triage_calls WHERE patient_id = ? AND time_ms > ? "
                       "AND length(btrim(advice)) > 0 ORDER BY time_ms DESC LIMIT 1"));
    advice.addBindValue(serverPatientId);
    advice.addBindValue(update.adviceCallMs);
    if (!advice.exec())
        return unreadable(advice);
    if (advice.next()) {
        update.changes.append({ Field::Advice, QString(), advice.value(0).toString() });
        update.adviceCallMs = advice.value(1).toLongLong();
    }

    const bool serverMoved
        = last ? update.serverUpdatedMs != last->serverUpdatedMs : update.serverUpdatedMs > 0;
    const bool refusalEnds = last && !last->refused.isEmpty();
    if (update.changes.isEmpty() && !serverMoved && !refusalEnds)
        return QList<ClinicChange> {};
    // What changed and the marker of what was read go in together: a pass cut short applies it all
    // again, or none of it.
    Transaction tx(m_local);
    if (!update.changes.isEmpty()) {
        if (const auto error = PatientSettingsRepository(m_local).save(localPatientId, settings))
            return InputError { QString(), *error };
    }
    ClinicUpdate kept = update;
    if (update.changes.isEmpty() && last) {
        // Nothing new to say: the last update's words stay; only the marker moves.
        kept.at = last->at;
        kept.changes = last->changes;
    } else if (last && last->at.secsTo(update.at) < kMergeSeconds) {
        // The clinic's word of a moment ago stays beside this one: a nurse who sets the values and
        // then saves the call's advice is one update to the person, not one that hides the other,
        // whichever pass read which.
        QList<ClinicChange> merged;
        for (const ClinicChange &earlier : last->changes) {
            const bool replaced = std::any_of(update.changes.cbegin(), update.changes.cend(),
                [&earlier](const ClinicChange &now) { return now.field == earlier.field; });
            if (!replaced)
                merged.append(earlier);
        }
        kept.changes = merged + update.changes;
    }
    if (const auto error = PatientSettingsRepository(m_local).setPreference(localPatientId, kPreference,
            QString::fromUtf8(QJsonDocument(toJson(kept)).toJson(QJsonDocument::Compact))))
        return InputError { QString(), *error };
    if (const QString error = tx.commit(); !error.isEmpty())
        return InputError { QString(), error };
    return update.changes;
}

} // namespace nc

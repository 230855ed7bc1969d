#pragma once

#include "clinical/result.h"
#include "database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace nc {

// The four kinds of login on a clinic server (DESIGN.md "Roles and rows").
enum class LoginKind { Admin, Staff, Patient, Caregiver };
QString loginKindName(LoginKind kind); // "admin", "staff", "patient", "caregiver"
std::optional<LoginKind> loginKindFromName(const QString &name);

// The kind of login this connection is, from its group; none for a login of no NeutroCare group.
// (A superuser is a member of every group and reads as an admin.)
std::optional<LoginKind> loginKindOf(Database &db);

struct ServerLogin
{
    QString login;
    LoginKind kind = LoginKind::Staff;
    QList<qint64> patients; // a patient login's own patient; the patients a caregiver follows
};

// What `server init` did.
struct ServerInitOutcome
{
    int fromVersion = 0; // the data version found (0: a new database)
    bool changed = false; // false: the server was already set up at this version
    QString backupFile; // the pg_dump taken before an upgrade; empty when none was needed
    QStringList warnings; // what the clinic's server administrator should know, in sentences
};

// Sets up and administers a clinic server (`neutrocare-cli server …`): the roles, the schema with
// row-level security forced on every table of patient data, the audit trail, and the logins.
//
// Roles are named after the database, so one PostgreSQL cluster can serve several clinics:
//   <db>_owner      owns every table and function; nobody logs in as it or may act as it;
//   <db>_keeper     owns nc_create_login() and may create roles; nobody logs in as it or acts as it;
//   <db>_admin      registers patients and manages this clinic's logins, through nc_create_login();
//   <db>_staff      reads every patient, writes only clinic records (the clinic-set values, triage
//                   calls, acknowledgements);
//   <db>_patient    reads and writes its own patient's rows only;
//   <db>_caregiver  reads the patients it is linked to, writes nothing.
// Logins are members of one group; which patient each may see is in login_patients.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(nc::ServerAdmin)
public:
    // The version of the roles, policies and audit trail, kept beside the data version. 2: the
    // triage desk's tables (calls, the clinic's acknowledgements) and live notifications. 3: the
    // trail records insertions once per statement (nc_audit_inserts), for bulk imports. 4: the
    // notification triggers read the patient's column, named by their argument, straight from the
    // statement's rows. 5: the trail records who gave or took a login's right to see a patient
    // (login_patients, server_logins); no role or login keeps a power an earlier set-up gave; a
    // patient login no longer writes the clinic's patient_settings. 6: live notifications on
    // channels whose names only those who may see the patients can read.
    static constexpr int kSetupVersion = 6;

    // `db` is a server connection opened with Database::Purpose::Administer: by the PostgreSQL
    // superuser for init(), by the superuser or a NeutroCare admin login for the rest.
    explicit ServerAdmin(Database &db);

    // Creates or upgrades the roles, schema, policies and audit trail; safe to run again. When the
    // server already holds data that would change, it is first dumped with pg_dump into
    // `backupFolder`.
    Expected<ServerInitOutcome> init(const QString &backupFolder);

    // Adds a login of `kind` with `password` (never part of any SQL text); a patient login names the
    // patient it is.
    std::optional<InputError> addUser(LoginKind kind, const QString &login, const QString &password,
        std::optional<qint64> patient = std::nullopt);
    // Lets a caregiver login read a patient.
    std::optional<InputError> link(const QString &caregiver, qint64 patient);
    Expected<QList<ServerLogin>> users();

    // The group role of `kind`, or the owner role: "<db>_staff", "<db>_owner".
    QString roleName(const QString &suffix) const;

private:
    bool backUp(const QString &folder, int fromVersion, QString *file, QString *error);
    std::optional<InputError> checkLoginName(const QString &login) const;
    // None when the server has this patient; else the refusal, on the field "patient".
    std::optional<InputError> checkPatient(qint64 patient) const;

    Database &m_db;
    QString m_database;
};

} // namespace nc

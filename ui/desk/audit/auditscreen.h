#pragma once

#include "storage/audittrail.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace nc {

class AuditModel;
class Database;
class DateInput;

// The triage desk's audit trail (issue 18): who changed which record of which patient, when, and
// from what to what, filtered by patient, login and days, newest first; the selected change's old
// and new values below; and an export of the entries shown as a CSV file. Read-only: nobody can
// change the trail, and the screen says so.
class AuditScreen : public QWidget
{
    Q_OBJECT
public:
    // `db` is the clinic server, connected as a staff or admin login.
    explicit AuditScreen(Database &db, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    // What the filters ask for now.
    AuditFilter filter() const;

public Q_SLOTS:
    // Reads the patients and logins to choose from, and the trail, anew.
    void refresh();

private:
    void reloadChoices();
    void showEntries();
    void showSelected();
    void exportCsv();

    Database &m_db;
    AuditTrail m_trail;
    QComboBox *m_patient = nullptr;
    QComboBox *m_login = nullptr;
    QCheckBox *m_fromOn = nullptr;
    DateInput *m_from = nullptr;
    QCheckBox *m_toOn = nullptr;
    DateInput *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    AuditModel *m_model = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    // Typing a date changes it section by section: the trail is read once the typing pauses.
    QTimer *m_dateDelay = nullptr;
};

} // namespace nc

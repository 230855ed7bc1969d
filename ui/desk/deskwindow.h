#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace nc {

class AuditScreen;
class BoardModel;
class DesktopNotifier;
class PatientWindow;
class ServerFeed;

// The triage desk (issue 18): who needs the clinic now. A board of every patient of the clinic in
// the order of need, live through LISTEN/NOTIFY; acknowledging an alert; telephone calls; a
// patient's screens read-only; the audit trail. Everything it writes is stamped by the server with
// the login signed in.
class DeskWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // `db` is a signed-in staff connection (SignInDialog), which the window owns from now on.
    DeskWindow(std::unique_ptr<Database> db, const QString &where, QWidget *parent = nullptr);
    ~DeskWindow() override;

    // Tests freeze and move time here.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    // Reads every patient again and assesses each (at sign-in, after a reconnect, and on a timer,
    // since time alone changes levels).
    void reloadAll();
    // Re-assesses one patient (a notification said it changed).
    void reloadPatient(qint64 patientId);
    // The escalation check, run each minute: notifications for call_now alerts past 15 minutes.
    void escalate();

    BoardModel *board() const { return m_board; }
    QTableView *boardView() const { return m_view; }
    ServerFeed *feed() const { return m_feed; }
    QLabel *connectionBanner() const { return m_banner; }
    DesktopNotifier *notifier() const { return m_notifier; }
    Database &database() { return *m_db; }
    QString login() const { return m_login; }
    // The patient of the current row, 0 with none.
    qint64 currentPatient() const;
    void selectPatient(qint64 patientId);

    // The actions, for the keyboard and for tests.
    void acknowledgeCurrent();
    PatientWindow *openPatient(qint64 patientId);
    void newCall(qint64 patientId);
    AuditScreen *showAudit();

Q_SIGNALS:
    // Each repaint of the board after a change read from the server (the benchmark's probe).
    void boardUpdated(qint64 patientId);

private:
    void buildActions();
    void setBanner(const QString &text, bool problem);
    void applyFilter();

    std::unique_ptr<Database> m_db;
    QString m_login;
    QString m_serverName;
    Clock m_clock;
    BoardModel *m_board;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_mine;
    QLabel *m_banner;
    QLabel *m_signedIn;
    ServerFeed *m_feed;
    DesktopNotifier *m_notifier;
    QTimer *m_minute;
    QTimer *m_reassess;
    QHash<qint64, QDateTime> m_lastEscalationNotice;
    QHash<qint64, QPointer<PatientWindow>> m_patients;
    QPointer<QWidget> m_audit;
};

} // namespace nc

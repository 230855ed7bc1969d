#pragma once

#include "app/session.h"
#include "storage/database.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace nc {

class ClinicValuesPage;
class HistoryScreen;
class PrintCommands;
class TodayScreen;
namespace charts {
class ChartsScreen;
}

// A patient from the desk: their Today, Charts and History read-only (the patient app's own
// screens, with no control that would change a record), the telephone calls the clinic took,
// the clinic-set values staff may change, and printing. One window per patient.
class PatientWindow : public QWidget
{
    Q_OBJECT
public:
    PatientWindow(Database &db, qint64 patientId, const QString &login, std::function<QDateTime()> clock,
        QWidget *parent = nullptr);

    qint64 patientId() const { return m_session.patientId(); }
    // Reads everything again (the patient changed on the server).
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    TodayScreen *today() const { return m_today; }
    HistoryScreen *history() const { return m_history; }
    ClinicValuesPage *clinicValues() const { return m_clinicValues; }
    QTableWidget *calls() const { return m_calls; }
    PrintCommands *printing() const { return m_print; }
    // Prints the selected call's record through the preview.
    void printSelectedCall();
    void markSelectedFollowUpMade();

Q_SIGNALS:
    void newCallRequested(qint64 patientId);
    // A change the desk made here (clinic values, a follow-up): the board reads this patient again.
    void changed(qint64 patientId);

private:
    QWidget *makeCallsPage();
    void loadCalls();
    void showCall();
    qint64 selectedCall() const;

    Session m_session;
    QString m_login;
    QLabel *m_title;
    QTabWidget *m_tabs;
    TodayScreen *m_today;
    charts::ChartsScreen *m_charts;
    HistoryScreen *m_history;
    ClinicValuesPage *m_clinicValues;
    QTableWidget *m_calls;
    QTextBrowser *m_callDetails;
    QPushButton *m_followUpMade;
    PrintCommands *m_print;
};

} // namespace nc

#pragma once

#include "clinical/assessment.h"
#include "storage/cliniccontact.h"

#include <QDate>
#include <QDateTime>
#include <QFrame>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace nc {

// What the call-now card needs beyond the assessment: who to call (ClinicContact) and what to
// tell them.
struct CallContext : ClinicContact
{
    std::optional<QDate> lastTreatmentDate;
    QString regimen;
    TemperatureUnit displayUnit = TemperatureUnit::Celsius;
    QString protocolName; // every alert says which protocol produced it (CLINICAL.md §3)
};

// The big status at the top of Today: the level in words, with its icon and colour, and each
// reason in plain language. `call_now` and `call_today` show the care team's numbers, a script of
// what to say (quoting the reading that triggered) and the "I contacted my care team" button;
// `recheck` counts down on the session's clock, the one the assessment used.
class StatusCard : public QFrame
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    explicit StatusCard(Clock clock, QWidget *parent = nullptr);
    // Without the patient's own "I contacted my care team" button (the desk's read-only view).
    void setAcknowledgeShown(bool shown) { m_acknowledgeShown = shown; }

    void setAssessment(const Assessment &assessment, const CallContext &context);
    const Assessment &assessment() const { return m_assessment; }

    // The "what to say" script for a call: the quoted reading, any fever medicine before it, the
    // last treatment.
    static QString callScript(const Assessment &assessment, const CallContext &context);

Q_SIGNALS:
    void acknowledgeRequested();
    // The recheck time has passed while the card was shown: the screen re-assesses, so the card
    // takes the overdue title and colours, not only a new countdown line.
    void recheckDue();

private:
    void rebuild();
    void updateCountdown();
    QWidget *buildCallPanel();
    void describeForScreenReaders(const QString &headline);
    void announce();

    Assessment m_assessment;
    CallContext m_context;
    Clock m_clock;
    bool m_acknowledgeShown = true;
    bool m_assessed = false;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_countdown = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace nc

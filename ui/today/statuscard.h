#pragma once

#include "clinical/assessment.h"

#include <QDate>
#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace nc {

// What the call-now card needs beyond the assessment: who to call and what to tell them.
struct CallContext
{
    QString clinicName;
    QString inHoursNumber;
    QString outOfHoursNumber;
    std::optional<TemperatureReading> latestReading;
    std::optional<QDate> lastTreatmentDate;
    QString regimen;
    TemperatureUnit displayUnit = TemperatureUnit::Celsius;
    QString protocolName; // every alert says which protocol produced it (CLINICAL.md §3)
};

// The big status at the top of Today: the level in words, with its icon and colour, and each
// reason in plain language. `call_now` takes over the card with the care team's numbers, a
// script of what to say and the "I contacted my care team" button; `recheck` counts down.
class StatusCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatusCard(QWidget *parent = nullptr);

    void setAssessment(const Assessment &assessment, const CallContext &context, const QDateTime &now);
    const Assessment &assessment() const { return m_assessment; }

    // The "what to say" script for a call, filled from the context.
    static QString callScript(const CallContext &context);

Q_SIGNALS:
    void acknowledgeRequested();

private:
    void rebuild();
    void updateCountdown();
    QWidget *buildCallPanel();

    Assessment m_assessment;
    CallContext m_context;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_countdown = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace nc

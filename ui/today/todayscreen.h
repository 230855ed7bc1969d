#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace nc {

class ClinicUpdateCard;
class StatusCard;

// The screen a patient lives in: the status card, then the latest temperature, the latest ANC
// and where they are in the treatment cycle, then big buttons to log.
class TodayScreen : public QWidget
{
    Q_OBJECT
public:
    explicit TodayScreen(Session &session, QWidget *parent = nullptr);

    void refresh();
    StatusCard *statusCard() const { return m_card; }

Q_SIGNALS:
    void logRequested(
        const QString &kind); // "temperature", "count", "symptom", "treatment", "medicine", "painkiller"
    void acknowledgeRequested();
    void careTeamNumbersRequested(); // "Add your care team's numbers": Settings, at the numbers

private:
    QWidget *tile(
        const QString &icon, const QString &title, QLabel **value, QLabel **detail, const QString &name);

    Session &m_session;
    StatusCard *m_card;
    ClinicUpdateCard *m_clinicUpdate;
    QLabel *m_greeting;
    QWidget *m_careTeamPrompt;
    QLabel *m_careTeamPromptText;
    QLabel *m_tempValue;
    QLabel *m_tempDetail;
    QLabel *m_ancValue;
    QLabel *m_ancDetail;
    QLabel *m_cycleValue;
    QLabel *m_cycleDetail;
};

} // namespace nc

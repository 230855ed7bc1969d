#pragma once

#include "sync/clinicvalues.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace nc {

// Today's word from the clinic (issue 19, clinic → home): "Updated by your clinic on …" with what
// changed in words and, on asking, each value before and after; the nurse's advice of a call in
// full; or a protocol from the clinic that could not be used. Hidden when there is nothing to say.
class ClinicUpdateCard : public QFrame
{
    Q_OBJECT
public:
    // How long an update stays on Today: long enough to be seen after a few days away.
    static constexpr int kShownDays = 14;

    explicit ClinicUpdateCard(QWidget *parent = nullptr);

    void setUpdate(const std::optional<ClinicUpdate> &update, const QDateTime &now);
    // "Fever protocol: IDSA / ASCO → NICE (United Kingdom)", one line per change.
    static QStringList changeLines(const QList<ClinicChange> &changes);
    static QString fieldName(ClinicChange::Field field);

private:
    void showDetails();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_details;
    QList<ClinicChange> m_changes;
};

} // namespace nc

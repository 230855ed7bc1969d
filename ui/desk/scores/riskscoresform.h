#pragma once

#include "storage/triagerecords.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace nc {

// MASCC and CISNE as the clinician fills them in during a triage call (CLINICAL.md §8): decision
// support for clinicians, never shown to the patient. Each score is used or not (its group box
// ticked); every item shows the points it gives now, and the total and band come from core's
// riskscores, never worked out here.
class RiskScoresForm : public QWidget
{
    Q_OBJECT
public:
    explicit RiskScoresForm(QWidget *parent = nullptr);

    // A score whose group is not ticked is absent.
    CallScores scores() const;
    // Ticks the groups of the scores present and fills their items; an absent score's items go back
    // to their starting values.
    void setScores(const CallScores &scores);

Q_SIGNALS:
    void changed(); // an item or a group was edited, or setScores() filled the form

private:
    QGroupBox *makeMascc();
    QGroupBox *makeCisne();
    // The live points of one item of `score` ("mascc", "cisne"), in `grid` at `row`, found again by
    // its code.
    void addPoints(const char *score, const QString &code, QGridLayout *grid, int row);
    riskscores::MasccInput masccInput() const;
    riskscores::CisneInput cisneInput() const;
    void refresh();

    QGroupBox *m_mascc;
    QComboBox *m_burden;
    QCheckBox *m_hypotension;
    QCheckBox *m_masccCopd;
    QCheckBox *m_haematologicalFungal;
    QCheckBox *m_dehydration;
    QCheckBox *m_outpatient;
    QSpinBox *m_age;
    QLabel *m_masccTotal;
    QLabel *m_masccBand;
    QHash<QString, QLabel *> m_masccPoints;

    QGroupBox *m_cisne;
    QCheckBox *m_ecog;
    QCheckBox *m_hyperglycaemia;
    QCheckBox *m_cisneCopd;
    QCheckBox *m_cardiovascular;
    QCheckBox *m_mucositis;
    QCheckBox *m_monocytes;
    QLabel *m_cisneTotal;
    QLabel *m_cisneBand;
    QHash<QString, QLabel *> m_cisnePoints;

    bool m_filling = false; // setScores() at work: one changed() at its end
};

} // namespace nc

#pragma once

#include "clinical/nadir.h"
#include "storage/repositories.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <optional>

class QGridLayout;

namespace nc {

// One day of the checklist across the current cycle.
struct AdherenceDay
{
    QDate date;
    int cycleDay = -1; // days since the cycle's chemotherapy dose; -1 without a cycle
    int ticked = 0;
    int total = 0;
    bool lowCountDay = false; // inside the predicted nadir window
    bool today = false;
};

// The days to show: from the dose of the current cycle (or the last two weeks without one) to
// today, at most four weeks, with each day's ticks counted from the repository.
QList<AdherenceDay> cycleAdherence(const ChecklistRepository &ticks, qint64 patientId, const QDate &today,
    const std::optional<NadirWindow> &window, int itemCount);

// A calendar-like strip of those days: each day says its count in words ("9 of 12"), marks the
// low-count days with an icon explained by a legend in words, and is tinted by how much was done
// (never colour alone).
class AdherenceStrip : public QWidget
{
    Q_OBJECT
public:
    // Two weeks a row where there is room, one week a row on a narrow window or in large text.
    static constexpr int kColumns = 14;
    static constexpr int kNarrowColumns = 7;

    explicit AdherenceStrip(QWidget *parent = nullptr);
    void setDays(const QList<AdherenceDay> &days);
    QList<AdherenceDay> days() const { return m_days; }
    int columns() const { return m_columns; }

    // As narrow as a week a row: the strip never makes its page wider than the window.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *cell(const AdherenceDay &day);
    void placeCells(int columns);
    int cellWidth() const;

    QGridLayout *m_grid;
    QList<QWidget *> m_cells;
    int m_columns = kColumns;
    QWidget *m_legend;
    QList<AdherenceDay> m_days;
};

} // namespace nc

#pragma once

#include "storage/chartdata.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace nc {
class Database;
}

namespace nc::charts {

class AncChart;
class ChartView;
class TemperatureChart;
class TimeWindow;

// Temperature and blood count over one shared time axis, with the range presets, pan and zoom,
// and export to PNG, SVG and the clipboard. Reads the database through indexed range queries;
// the main window says which patient and when data changed.
class ChartsScreen : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ChartsScreen(Database &db, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPatient(qint64 patientId);
    // Reads the data again (after an edit), keeping the chosen range.
    void reload();

    void setRangePreset(RangePreset preset);
    void setCustomRange(const QDate &from, const QDate &to);
    RangePreset rangePreset() const;

    TemperatureChart *temperatureChart() const { return m_temperature; }
    AncChart *ancChart() const { return m_anc; }
    ChartView *temperatureView() const { return m_temperatureView; }
    ChartView *ancView() const { return m_ancView; }
    TimeWindow *timeWindow() const { return m_window; }
    std::shared_ptr<const ChartData> data() const { return m_data; }

    // What is on screen, as a file or on the clipboard; returns the error, if any.
    std::optional<QString> exportPng(const QString &path) const;
    std::optional<QString> exportSvg(const QString &path) const;
    void copyToClipboard() const;

private:
    void applyPreset();
    void showRange(const TimeRange &range);
    void chooseFile(const QString &filter, const QString &suffix);
    QSize exportSize() const;

    Database &m_db;
    Clock m_clock;
    qint64 m_patientId = 0;
    std::shared_ptr<const ChartData> m_data;
    TimeWindow *m_window;
    TemperatureChart *m_temperature;
    AncChart *m_anc;
    ChartView *m_temperatureView;
    ChartView *m_ancView;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
};

} // namespace nc::charts

#pragma once

#include "clinical/grading.h"

#include <QColor>
#include <QFont>

class QPalette;
class QWidget;

namespace nc::charts {

// Colours and fonts of the charts, derived from the widget's palette (light or dark) and font
// (which carries the large-text setting), so charts follow the rest of the app. Calm colours;
// every meaning is also said in words on the chart.
struct ChartStyle
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor subtleText;
    QColor grid;
    QColor reading; // the temperature line and ordinary readings
    QColor alert; // readings that call for a phone call, the "call now" lines
    QColor sustained; // the sustained-fever line
    QColor watch; // the watch line
    QColor cold; // the low-temperature line
    QColor masked; // "may be masked" readings
    QColor count; // the ANC line
    QColor baseline; // the patient's usual ANC
    QColor chemo; // chemotherapy doses
    QColor gcsf; // G-CSF doses
    QColor nadir; // predicted nadir windows
    // Their shading: a light wash of `nadir` as it shows on `background`, as an opaque colour so
    // the many windows of a long history fill fast and overlapping ones do not darken.
    QColor nadirFill;
    QFont font; // axis labels and annotations
    QFont smallFont; // secondary annotations
    QFont titleFont; // chart titles
    double scale = 1; // 1 for normal text; grows with the large-text setting

    QColor band(Severity severity) const; // translucent fill for a severity class

    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    static ChartStyle forWidget(const QWidget *widget);
};

} // namespace nc::charts

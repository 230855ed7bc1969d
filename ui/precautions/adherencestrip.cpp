#include "adherencestrip.h"

#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace nc {

namespace {
constexpr int kDaysWithoutCycle = 14;
constexpr int kMaxDays = 28;
} // namespace

QList<AdherenceDay> cycleAdherence(const ChecklistRepository &ticks, qint64 patientId, const QDate &today,
    const std::optional<NadirWindow> &window, int itemCount)
{
    QDate first = window ? window->doseDate : today.addDays(-(kDaysWithoutCycle - 1));
    first = std::max(first, today.addDays(-(kMaxDays - 1)));
    const QMap<QDate, int> counts = ticks.tickCounts(patientId, first, today);
    QList<AdherenceDay> days;
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        AdherenceDay day;
        day.date = d;
        day.cycleDay = window ? int(window->doseDate.daysTo(d)) : -1;
        // An item retired from the checklist may still have old ticks: never show "13 of 12".
        day.ticked = std::min(counts.value(d), itemCount);
        day.total = itemCount;
        day.lowCountDay = window && d >= window->start && d <= window->end;
        day.today = d == today;
        days.append(day);
    }
    return days;
}

AdherenceStrip::AdherenceStrip(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("adherenceStrip"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(6);
    layout->addLayout(m_grid);

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("adherenceLegend"));
    auto *legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    legend->setSpacing(6);
    auto *icon = new QLabel(m_legend);
    icon->setPixmap(icons::pixmap(
        QStringLiteral("level-caution"), QColor(0x8A, 0x52, 0x00), Theme::points(14), devicePixelRatioF()));
    legend->addWidget(icon);
    auto *words = new QLabel(tr("a predicted low-count day"), m_legend);
    words->setProperty("role", QStringLiteral("subtle"));
    legend->addWidget(words);
    legend->addStretch(1);
    layout->addWidget(m_legend);
}

void AdherenceStrip::setDays(const QList<AdherenceDay> &days)
{
    m_days = days;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cells.clear();
    for (const AdherenceDay &day : days)
        m_cells.append(cell(day));
    placeCells(width() >= kColumns * cellWidth() ? kColumns : kNarrowColumns);
    m_legend->setVisible(
        std::any_of(days.begin(), days.end(), [](const AdherenceDay &d) { return d.lowCountDay; }));
}

int AdherenceStrip::cellWidth() const
{
    int widest = 0;
    for (const QWidget *c : m_cells)
        widest = std::max(widest, c->minimumSizeHint().width());
    return widest + m_grid->horizontalSpacing();
}

void AdherenceStrip::placeCells(int columns)
{
    m_columns = columns;
    for (QWidget *c : std::as_const(m_cells))
        m_grid->removeWidget(c);
    for (int i = 0; i < m_cells.size(); ++i)
        m_grid->addWidget(m_cells.at(i), i / columns, i % columns);
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    updateGeometry();
}

QSize AdherenceStrip::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(std::min(size.width(), kNarrowColumns * cellWidth()));
    return size;
}

void AdherenceStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = width() >= kColumns * cellWidth() ? kColumns : kNarrowColumns;
    if (columns != m_columns)
        placeCells(columns);
}

QWidget *AdherenceStrip::cell(const AdherenceDay &day)
{
    const QLocale locale;
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("adherenceDay_") + day.date.toString(Qt::ISODate));
    const double done = day.total > 0 ? double(day.ticked) / day.total : 0;
    const QString background = day.ticked == 0 ? QStringLiteral("#F6F8FA")
        : done >= 1.0                          ? QStringLiteral("#CDE7E9")
                                               : QStringLiteral("#E5F1F2");
    const QString border
        = day.today ? QStringLiteral("2px solid #0E6E74") : QStringLiteral("1px solid #DCE2E7");
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: %3; border-radius: 8px; }")
                             .arg(frame->objectName(), background, border));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);

    const QString dateText = day.today ? tr("Today") : locale.toString(day.date, QStringLiteral("ddd d"));
    auto *date = new QLabel(dateText, frame);
    date->setProperty("role", QStringLiteral("subtle"));
    layout->addWidget(date);

    auto *count = new QLabel(tr("%1 of %2").arg(day.ticked).arg(day.total), frame);
    QFont countFont = count->font();
    countFont.setWeight(QFont::DemiBold);
    countFont.setPointSizeF(Theme::points(12));
    count->setFont(countFont);
    layout->addWidget(count);

    QStringList spoken { locale.toString(day.date, QLocale::LongFormat),
        tr("%1 of %2 precautions ticked").arg(day.ticked).arg(day.total) };
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    if (day.cycleDay >= 0) {
        auto *cycleDay = new QLabel(tr("Day %1").arg(day.cycleDay), frame);
        cycleDay->setProperty("role", QStringLiteral("subtle"));
        row->addWidget(cycleDay);
        spoken << tr("day %1 after treatment").arg(day.cycleDay);
    }
    row->addStretch(1);
    if (day.lowCountDay) {
        auto *icon = new QLabel(frame);
        icon->setObjectName(QStringLiteral("lowCountMark"));
        icon->setPixmap(icons::pixmap(QStringLiteral("level-caution"), QColor(0x8A, 0x52, 0x00),
            Theme::points(14), devicePixelRatioF()));
        icon->setToolTip(tr("A predicted low-count day"));
        row->addWidget(icon);
        spoken << tr("a predicted low-count day");
    }
    layout->addLayout(row);
    layout->addStretch(1);
    frame->setAccessibleName(spoken.join(QStringLiteral(", ")));
    return frame;
}

} // namespace nc

#include "chartsscreen.h"

#include "ancchart.h"
#include "chartrenderer.h"
#include "chartview.h"
#include "temperaturechart.h"
#include "timewindow.h"
#include "widgets/dialogs.h"
#include "widgets/lefttoright.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nc::charts {

ChartsScreen::ChartsScreen(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock([] {
        return QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc());
    })
    , m_window(new TimeWindow(this))
    , m_temperature(new TemperatureChart)
    , m_anc(new AncChart)
{
    setObjectName(QStringLiteral("chartsScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Charts"), this);
    title->setProperty("role", QStringLiteral("heading"));
    top->addWidget(title);
    top->addSpacing(16);

    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setAccessibleName(tr("Period to show"));
    for (RangePreset p :
        { RangePreset::Week, RangePreset::Month, RangePreset::Cycle, RangePreset::All, RangePreset::Custom })
        m_range->addItem(ChartRanges::name(p), int(p));
    m_range->setCurrentIndex(m_range->findData(int(RangePreset::Month)));
    rangeLabel->setBuddy(m_range);
    top->addWidget(rangeLabel);
    top->addWidget(m_range);

    auto *fromLabel = new QLabel(tr("&From:"), this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("chartFrom"));
    m_from->setAccessibleName(tr("First day to show"));
    m_from->setCalendarPopup(true);
    setFormatLeftToRight(m_from, QLocale().dateFormat(QLocale::ShortFormat));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("chartTo"));
    m_to->setAccessibleName(tr("Last day to show"));
    m_to->setCalendarPopup(true);
    setFormatLeftToRight(m_to, QLocale().dateFormat(QLocale::ShortFormat));
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch(1);
    // The actions on a row of their own, so the screen fits a laptop's width in large text and
    // longer languages.
    auto *actions = new QHBoxLayout;

    struct Button
    {
        const char *name;
        QString text;
        QString accessible;
        QKeySequence key;
        std::function<void()> run;
    };
    const Button buttons[] = {
        { "chartSavePng", tr("Save &picture…"), tr("Save the charts as a PNG picture"),
            QKeySequence(Qt::CTRL | Qt::Key_E),
            [this] { chooseFile(tr("PNG pictures (*.png)"), QStringLiteral(".png")); } },
        { "chartSaveSvg", tr("Save as S&VG…"), tr("Save the charts as an SVG drawing"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            [this] { chooseFile(tr("SVG drawings (*.svg)"), QStringLiteral(".svg")); } },
        { "chartCopy", tr("&Copy"), tr("Copy the charts to the clipboard"), QKeySequence(QKeySequence::Copy),
            [this] { copyToClipboard(); } },
        { "chartReset", tr("&Reset view"), tr("Reset pan and zoom"), QKeySequence(Qt::CTRL | Qt::Key_0),
            [this] { m_window->reset(); } },
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setAccessibleName(b.accessible);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(b.accessible, b.key.toString(QKeySequence::NativeText)));
        auto *action = new QAction(b.accessible, this);
        action->setShortcut(b.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, b.run);
        connect(button, &QPushButton::clicked, this, b.run);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(top);
    layout->addLayout(actions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setProperty("role", QStringLiteral("subtle"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_temperatureView = new ChartView(m_temperature, m_window, this);
    m_temperatureView->setObjectName(QStringLiteral("temperatureChart"));
    m_temperatureView->setAccessibleName(tr("Temperature chart"));
    m_ancView = new ChartView(m_anc, m_window, this);
    m_ancView->setObjectName(QStringLiteral("ancChart"));
    m_ancView->setAccessibleName(tr("Blood count chart"));
    auto *charts = new QVBoxLayout;
    charts->setSpacing(0);
    charts->addWidget(m_temperatureView, int(ChartRenderer::kTemperatureShare * 100));
    charts->addWidget(m_ancView, int((1 - ChartRenderer::kTemperatureShare) * 100));
    layout->addLayout(charts, 1);

    connect(m_window, &TimeWindow::rangeChanged, this, &ChartsScreen::showRange);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ChartsScreen::applyPreset);
    auto custom = [this] {
        if (rangePreset() == RangePreset::Custom)
            applyPreset();
    };
    connect(m_from, &QDateEdit::dateChanged, this, custom);
    connect(m_to, &QDateEdit::dateChanged, this, custom);
}

void ChartsScreen::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_data.reset();
    applyPreset();
}

void ChartsScreen::reload()
{
    m_data.reset();
    applyPreset();
}

RangePreset ChartsScreen::rangePreset() const
{
    return RangePreset(m_range->currentData().toInt());
}

void ChartsScreen::setRangePreset(RangePreset preset)
{
    m_range->setCurrentIndex(m_range->findData(int(preset)));
}

void ChartsScreen::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (rangePreset() == RangePreset::Custom)
        applyPreset();
    else
        setRangePreset(RangePreset::Custom);
}

void ChartsScreen::applyPreset()
{
    const QDateTime now = m_clock();
    const RangePreset preset = rangePreset();
    const bool custom = preset == RangePreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    TimeRange range;
    if (custom) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (to < from)
            std::swap(from, to);
        range = { from.startOfDay(Qt::OffsetFromUTC, now.offsetFromUtc()),
            to.addDays(1).startOfDay(Qt::OffsetFromUTC, now.offsetFromUtc()) };
    } else {
        range = ChartRanges::range(preset, m_db, m_patientId, now);
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(range.from.date());
        m_to->setDate(range.to.addMSecs(-1).date());
    }
    // A new preset always starts unzoomed; a changed period with the same home reloads data.
    if (range == m_window->home())
        showRange(m_window->range());
    else
        m_window->setHome(range);
}

void ChartsScreen::showRange(const TimeRange &range)
{
    // Load the visible period and one more of each side, so panning stays smooth; a longer jump
    // loads again. Never the whole table for a short period.
    if (!m_data || range.from < m_data->loaded.from || range.to > m_data->loaded.to) {
        const qint64 span = range.from.msecsTo(range.to);
        const TimeRange load { range.from.addMSecs(-span), range.to.addMSecs(span) };
        m_data = std::make_shared<const ChartData>(ChartData::load(m_db, m_patientId, load, m_clock()));
        m_temperature->setChartData(m_data);
        m_anc->setChartData(m_data);
    }
    m_temperature->setTimeRange(range);
    m_anc->setTimeRange(range);
    const QString from = QLocale().toString(range.from.date(), QLocale::LongFormat);
    const QString to = QLocale().toString(range.to.addMSecs(-1).date(), QLocale::LongFormat);
    m_status->setText(
        tr("%1 to %2. Drag or use the arrow keys to move in time, the mouse wheel or + and − to "
           "zoom, Home to go back. Point at a reading to see its details.")
            .arg(from, to));
    const qsizetype readings = m_temperature->model().readingsInRange;
    const qsizetype counts = m_anc->model().countsInRange;
    m_temperatureView->setAccessibleDescription(readings == 0
            ? TemperatureChartModel::emptyMessage()
            : (readings == 1 ? tr("1 temperature reading from %1 to %2.").arg(from, to)
                             : tr("%1 temperature readings from %2 to %3.").arg(readings).arg(from, to)));
    m_ancView->setAccessibleDescription(counts == 0
            ? AncChartModel::emptyMessage()
            : (counts == 1 ? tr("1 blood count from %1 to %2.").arg(from, to)
                           : tr("%1 blood counts from %2 to %3.").arg(counts).arg(from, to)));
    m_temperatureView->viewport()->update();
    m_ancView->viewport()->update();
}

QSize ChartsScreen::exportSize() const
{
    const QSize onScreen(m_temperatureView->width(), m_temperatureView->height() + m_ancView->height());
    return onScreen.width() >= 400 && onScreen.height() >= 300 ? onScreen : QSize(1600, 1000);
}

std::optional<QString> ChartsScreen::exportPng(const QString &path) const
{
    return ChartRenderer::savePng(path, exportSize(), m_data, m_window->range(), m_temperature->chartStyle());
}

std::optional<QString> ChartsScreen::exportSvg(const QString &path) const
{
    return ChartRenderer::saveSvg(path, exportSize(), m_data, m_window->range(), m_temperature->chartStyle());
}

void ChartsScreen::copyToClipboard() const
{
    QApplication::clipboard()->setImage(
        ChartRenderer::image(exportSize(), m_data, m_window->range(), m_temperature->chartStyle()));
}

void ChartsScreen::chooseFile(const QString &filter, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("neutrocare-charts-%1").arg(m_clock().date().toString(Qt::ISODate)) + suffix;
    QString path
        = FileDialog::getSaveFileName(this, tr("Save the charts"), dir + QLatin1Char('/') + name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const auto error = suffix == QLatin1String(".svg") ? exportSvg(path) : exportPng(path);
    if (error)
        MessageBox::warning(this, tr("The charts were not saved"), *error);
}

} // namespace nc::charts

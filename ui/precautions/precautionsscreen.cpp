#include "precautionsscreen.h"

#include "adherencestrip.h"
#include "widgets/icons.h"
#include "widgets/scrollpage.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace nc {

namespace {

// Three columns when there is room, so today's list and the cycle fit on one screen.
constexpr int kWideColumns = 3;
constexpr int kNarrowColumns = 2;
constexpr int kWideFrom = 1180; // px of content width at normal text size
const QColor kPriorityInk(0x7A, 0x4A, 0x00);

QString px(double v)
{
    return QString::number(std::lround(v * Theme::scale()));
}

} // namespace

PrecautionsScreen::PrecautionsScreen(Session &session, QWidget *parent, const ContentCatalogue &catalogue)
    : QWidget(parent)
    , m_session(session)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("precautionsScreen"));
    QVBoxLayout *layout = makeScrollPage(this, 14);
    QWidget *content = layout->parentWidget();

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Precautions for today"), content);
    title->setProperty("role", QStringLiteral("heading"));
    titles->addWidget(title);
    m_date = new QLabel(content);
    m_date->setObjectName(QStringLiteral("precautionsDate"));
    m_date->setProperty("role", QStringLiteral("subtle"));
    titles->addWidget(m_date);
    header->addLayout(titles, 1);
    m_progress = new QLabel(content);
    m_progress->setObjectName(QStringLiteral("precautionsProgress"));
    m_progress->setProperty("role", QStringLiteral("big"));
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_progress);
    layout->addLayout(header);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("nadirBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(18, 14, 18, 14);
    bannerLayout->setSpacing(14);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setObjectName(QStringLiteral("nadirBannerIcon"));
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("nadirBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    layout->addWidget(m_banner);

    // The cycle at a glance first, then today's list.
    auto *cycleHeader = new QHBoxLayout;
    m_cycleTitle = new QLabel(content);
    m_cycleTitle->setObjectName(QStringLiteral("adherenceTitle"));
    m_cycleTitle->setProperty("role", QStringLiteral("subheading"));
    cycleHeader->addWidget(m_cycleTitle);
    cycleHeader->addSpacing(12);
    m_adherenceSummary = new QLabel(content);
    m_adherenceSummary->setObjectName(QStringLiteral("adherenceSummary"));
    m_adherenceSummary->setProperty("role", QStringLiteral("subtle"));
    m_adherenceSummary->setWordWrap(true);
    cycleHeader->addWidget(m_adherenceSummary, 1);
    layout->addSpacing(4);
    layout->addLayout(cycleHeader);
    m_strip = new AdherenceStrip(content);
    layout->addWidget(m_strip);

    auto *intro
        = new QLabel(tr("Tick each one you have done today. Ticks are kept for each day, so tomorrow starts "
                        "with a fresh list."),
            content);
    intro->setProperty("role", QStringLiteral("subtle"));
    intro->setWordWrap(true);
    layout->addSpacing(6);
    layout->addWidget(intro);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(12);
    layout->addLayout(m_grid);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("precautionsError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    applyStyle();
    connect(&m_session, &Session::dataChanged, this, &PrecautionsScreen::refresh);
    // Past midnight the list starts fresh, even if nothing else happens.
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_session.now().date() != m_today)
            refresh();
    });
    m_dayTimer->start();
    refresh();
}

void PrecautionsScreen::applyStyle()
{
    setStyleSheet(QStringLiteral(
        "QFrame#nadirBanner { background: #FFF4DC; border: 2px solid #B8860B; border-radius: %1px; }"
        "QFrame[precaution=\"true\"] { background: #FFFFFF; border: 1px solid #DCE2E7; border-radius: %1px; }"
        "QFrame[precaution=\"true\"][priority=\"true\"] { background: #FFFBF0; border: 2px solid #C98A12; }"
        "QFrame[precaution=\"true\"][focused=\"true\"] { border: 2px solid #0E6E74; }"
        "QLabel[role=\"subheading\"] { font-size: %3pt; font-weight: 600; color: #13202B; }"
        "QLabel[role=\"itemTitle\"] { font-weight: 600; color: #13202B; }"
        "QCheckBox[precaution=\"true\"]::indicator { width: %2px; height: %2px; }")
                      .arg(px(10), px(26), QString::number(12.0 * Theme::scale(), 'f', 1)));
    auto *icon = m_banner->findChild<QLabel *>(QStringLiteral("nadirBannerIcon"));
    icon->setPixmap(
        icons::pixmap(QStringLiteral("level-caution"), kPriorityInk, Theme::points(30), devicePixelRatioF()));
}

void PrecautionsScreen::build(const QString &language)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.frame;
    m_rows.clear();
    m_language = language;

    const QList<ChecklistItem> items = m_catalogue.checklist(language);
    for (int i = 0; i < items.size(); ++i) {
        Row row;
        row.item = items.at(i);
        row.frame = new QFrame(m_grid->parentWidget());
        row.frame->setObjectName(QStringLiteral("precaution_") + row.item.id);
        row.frame->setProperty("precaution", true);
        auto *v = new QVBoxLayout(row.frame);
        v->setContentsMargins(16, 12, 16, 12);
        v->setSpacing(4);

        row.badge = new QWidget(row.frame);
        row.badge->setObjectName(QStringLiteral("priority_") + row.item.id);
        auto *badgeLayout = new QHBoxLayout(row.badge);
        badgeLayout->setContentsMargins(0, 0, 0, 2);
        badgeLayout->setSpacing(6);
        auto *star = new QLabel(row.badge);
        star->setPixmap(
            icons::pixmap(QStringLiteral("priority"), kPriorityInk, Theme::points(16), devicePixelRatioF()));
        badgeLayout->addWidget(star);
        auto *badgeText = new QLabel(tr("Most important in your low-count days"), row.badge);
        badgeText->setStyleSheet(QStringLiteral("color: #7A4A00; font-weight: 600;"));
        badgeLayout->addWidget(badgeText, 1);
        row.badge->hide();
        v->addWidget(row.badge);

        // The box carries only the indicator: a check box's own text never wraps, and these lines
        // must, at any width and with large text. The labels beside it toggle it too.
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(Theme::points(12));
        grid->setVerticalSpacing(3);
        row.box = new QCheckBox(row.frame);
        row.box->setObjectName(QStringLiteral("check_") + row.item.id);
        row.box->setProperty("precaution", true);
        row.box->setAccessibleName(row.item.text);
        row.box->setAccessibleDescription(row.item.detail);
        row.box->installEventFilter(this);
        grid->addWidget(row.box, 0, 0, Qt::AlignTop);
        auto *text = new QLabel(row.item.text, row.frame);
        text->setProperty("role", QStringLiteral("itemTitle"));
        text->setWordWrap(true);
        text->setProperty("toggles", QVariant::fromValue<QObject *>(row.box));
        text->installEventFilter(this);
        // One line of text sits level with the box; more lines run on below it.
        const int indicator = Theme::points(26);
        text->setContentsMargins(0, std::max(0, (indicator - text->fontMetrics().height()) / 2), 0, 0);
        grid->addWidget(text, 0, 1, Qt::AlignTop);
        auto *detail = new QLabel(row.item.detail, row.frame);
        detail->setWordWrap(true);
        detail->setProperty("role", QStringLiteral("subtle"));
        detail->setProperty("toggles", QVariant::fromValue<QObject *>(row.box));
        detail->installEventFilter(this);
        grid->addWidget(detail, 1, 1);
        grid->setColumnStretch(1, 1);
        v->addLayout(grid);
        v->addStretch(1);

        const QString id = row.item.id;
        connect(row.box, &QCheckBox::toggled, this, [this, id](bool on) { save(id, on); });
        m_rows.append(row);
    }
    m_columns = 0;
    layoutItems();
}

void PrecautionsScreen::layoutItems()
{
    const int columns = width() >= kWideFrom * Theme::scale() ? kWideColumns : kNarrowColumns;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Row &row : std::as_const(m_rows))
        m_grid->removeWidget(row.frame);
    for (int i = 0; i < m_rows.size(); ++i)
        m_grid->addWidget(m_rows.at(i).frame, i / columns, i % columns);
    for (int c = 0; c < kWideColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    // Tab follows reading order: along each row, then down.
    for (int i = 1; i < m_rows.size(); ++i)
        setTabOrder(m_rows.at(i - 1).box, m_rows.at(i).box);
}

void PrecautionsScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

void PrecautionsScreen::refresh()
{
    const bool hasPatient = m_session.patientId() != 0;
    const QString language = hasPatient ? m_session.settings().language
                                        : QString::fromLatin1(ContentCatalogue::kFallbackLanguage);
    if (language != m_language || m_rows.isEmpty())
        build(language);

    const QLocale locale;
    m_today = m_session.now().date();
    m_date->setText(locale.toString(m_today, QLocale::LongFormat));

    m_window = hasPatient ? m_session.assess().nadirWindow : std::nullopt;
    m_inNadir = m_window && m_window->active;

    const QStringList ticked = hasPatient
        ? ChecklistRepository(m_session.database()).tickedOn(m_session.patientId(), m_today)
        : QStringList();
    for (const Row &row : std::as_const(m_rows)) {
        const QSignalBlocker blocker(row.box);
        row.box->setChecked(ticked.contains(row.item.id));
        row.box->setEnabled(hasPatient);
        const bool highlight = m_inNadir && row.item.priorityInNadir;
        row.badge->setVisible(highlight);
        row.frame->setProperty("priority", highlight);
        row.frame->style()->unpolish(row.frame);
        row.frame->style()->polish(row.frame);
        row.box->setAccessibleDescription(highlight
                ? tr("Most important in your low-count days. %1").arg(row.item.detail)
                : row.item.detail);
    }

    m_banner->setVisible(m_inNadir);
    if (m_inNadir) {
        m_bannerText->setText(
            tr("<b>You are in your low-count days: day %1 after treatment.</b><br>"
               "Your neutrophils are expected to be at their lowest until %2, so infections are more likely. "
               "The precautions marked <b>\u201cMost important in your low-count days\u201d</b> matter most "
               "now. "
               "This is a prediction, not a blood test: a fever still means a call straight away.")
                .arg(m_window->day)
                .arg(locale.toString(m_window->end, QStringLiteral("dddd d MMMM"))));
        m_banner->setAccessibleName(tr("You are in your low-count days"));
    }
    m_error->hide();
    updateProgress();
    updateAdherence();
}

void PrecautionsScreen::save(const QString &itemId, bool ticked)
{
    // A tick belongs to the day it was made: past midnight, refresh first, then record on the new day.
    const QDate today = m_session.now().date();
    const std::optional<QString> error
        = ChecklistRepository(m_session.database()).setTicked(m_session.patientId(), today, itemId, ticked);
    if (error) {
        if (QCheckBox *box = checkBox(itemId)) {
            const QSignalBlocker blocker(box);
            box->setChecked(!ticked);
        }
        m_error->setText(tr("Your tick could not be saved: %1").arg(*error));
        m_error->show();
        return;
    }
    m_error->hide();
    if (today != m_today) {
        refresh();
        return;
    }
    updateProgress();
    updateAdherence();
}

void PrecautionsScreen::updateProgress()
{
    int done = 0;
    for (const Row &row : std::as_const(m_rows))
        done += row.box->isChecked() ? 1 : 0;
    m_progress->setText(tr("%1 of %2 done today").arg(done).arg(m_rows.size()));
}

void PrecautionsScreen::updateAdherence()
{
    if (!m_session.patientId()) {
        m_cycleTitle->setText(tr("This cycle, day by day"));
        m_strip->setDays({});
        m_adherenceSummary->setText(tr("Create a profile to keep your ticks."));
        return;
    }
    const ChecklistRepository repository(m_session.database());
    const QList<AdherenceDay> days
        = cycleAdherence(repository, m_session.patientId(), m_today, m_window, int(m_rows.size()));
    m_strip->setDays(days);
    int ticked = 0;
    int possible = 0;
    int fullDays = 0;
    for (const AdherenceDay &d : days) {
        ticked += d.ticked;
        possible += d.total;
        fullDays += d.total > 0 && d.ticked == d.total ? 1 : 0;
    }
    const QLocale locale;
    const bool wholeCycle = m_window && days.first().date == m_window->doseDate;
    m_cycleTitle->setText(
        wholeCycle ? tr("This cycle, day by day") : tr("The last %n days", nullptr, int(days.size())));
    const QString counts = tr("%1 of %2 ticks, and every precaution done on %3 of %4 days.")
                               .arg(ticked)
                               .arg(possible)
                               .arg(fullDays)
                               .arg(days.size());
    m_adherenceSummary->setText(wholeCycle
            ? tr("Since your treatment on %1: %2")
                  .arg(locale.toString(m_window->doseDate, QStringLiteral("d MMMM")), counts)
            : counts);
}

QCheckBox *PrecautionsScreen::checkBox(const QString &itemId) const
{
    for (const Row &row : m_rows) {
        if (row.item.id == itemId)
            return row.box;
    }
    return nullptr;
}

bool PrecautionsScreen::isHighlighted(const QString &itemId) const
{
    for (const Row &row : m_rows) {
        if (row.item.id == itemId)
            return row.badge->isVisibleTo(row.frame) && row.frame->property("priority").toBool();
    }
    return false;
}

bool PrecautionsScreen::eventFilter(QObject *watched, QEvent *event)
{
    // A click on an item's words ticks it, as a click on a check box's text would.
    if (event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        if (auto *box = qobject_cast<QCheckBox *>(watched->property("toggles").value<QObject *>())) {
            if (box->isEnabled()) {
                box->setFocus(Qt::MouseFocusReason);
                box->toggle();
            }
            return true;
        }
    }
    // The card shows where the keyboard is, more visibly than the small focus ring.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto *box = qobject_cast<QCheckBox *>(watched); box && box->parentWidget()) {
            QWidget *frame = box->parentWidget();
            frame->setProperty("focused", event->type() == QEvent::FocusIn);
            frame->style()->unpolish(frame);
            frame->style()->polish(frame);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PrecautionsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange && !m_rows.isEmpty()) {
        applyStyle();
        build(m_language);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace nc

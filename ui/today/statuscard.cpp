#include "statuscard.h"

#include "clinical/bidi.h"
#include "widgets/icons.h"
#include "widgets/levelstyle.h"
#include "widgets/theme.h"
#include "widgets/wrappedlabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace nc {

namespace {
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Detached at once so lookups never find the old labels; deleted once any signal
            // that led here (the acknowledge button's click) has returned.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        } else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(bidi::inLanguageDirection(text), parent);
    label->setTextFormat(Qt::PlainText);
    label->setSelectableOnPress(); // a number or the words to say can be copied
    return label;
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes >= 60)
        return StatusCard::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return StatusCard::tr("%1 min").arg(minutes);
}
} // namespace

StatusCard::StatusCard(Clock clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("statusCard"));
    setAccessibleName(tr("Current status"));
    // Reachable by Tab: a screen reader reads the level and its reasons from here
    // (describeForScreenReaders), and a rise to call-now brings the focus here (announce).
    setFocusPolicy(Qt::StrongFocus);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 20, 24, 20);
    m_layout->setSpacing(10);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatusCard::updateCountdown);
}

void StatusCard::setAssessment(const Assessment &assessment, const CallContext &context)
{
    const bool roseToCallNow
        = m_assessed && m_assessment.level != Level::CallNow && assessment.level == Level::CallNow;
    m_assessment = assessment;
    m_context = context;
    m_assessed = true;
    rebuild();
    if (roseToCallNow && m_acknowledgeShown)
        announce();
}

// The card as a screen reader says it: "Current status", then the headline, the numbers to call,
// what to say and the reasons, each in words (the colour and the icon are never the only sign).
void StatusCard::describeForScreenReaders(const QString &headline)
{
    QStringList lines { headline };
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label == m_countdown)
            continue; // changes every second; its own label says it
        const QString text = bidi::plain(label->text()).trimmed();
        if (!text.isEmpty() && text != headline)
            lines << text;
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

// The level has just risen to call-now with the card on screen: a screen reader must say so at
// once. Qt 6.4's AT-SPI bridge passes focus moves on but no announcement, so the card takes the
// keyboard focus and is read out whole; the Alert event is there for bridges that speak alerts.
void StatusCard::announce()
{
    if (!isVisible())
        return;
    setFocus(Qt::OtherFocusReason);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString StatusCard::callScript(const Assessment &a, const CallContext &c)
{
    const QLocale locale;
    // In now's offset, as the reasons say the same reading's time (CLINICAL.md §6): a nurse must not
    // hear two times for one reading. The quoted reading's time is already in it.
    auto when = [&](const QDateTime &time) {
        const QDateTime shown = time.toOffsetFromUtc(a.quotedReading->time.offsetFromUtc());
        return tr("%1 on %2")
            .arg(locale.toString(shown.time(), QLocale::ShortFormat),
                locale.toString(shown.date(), QLocale::LongFormat));
    };
    QStringList lines;
    lines << tr("\"I am on chemotherapy.");
    if (const auto &q = a.quotedReading) {
        const QString value = Temperature::format(q->temperature.celsius(), c.displayUnit);
        const QString site = sites::displayName(q->temperature.site());
        lines << (q->triggered ? tr("My temperature was %1 at %2 — %3.")
                               : tr("My last temperature was %1 at %2 — %3."))
                     .arg(value, when(q->time), site.toLower());
        if (q->doseBefore) {
            lines << tr("I took %1 at %2, before that reading.")
                         .arg(antipyretics::displayName(q->doseBefore->drug), when(q->doseBefore->time));
        } else if (q->doseReported) {
            lines << tr("I took a fever medicine in the %1 before that reading.").arg(maskingHoursText());
        }
    }
    if (c.lastTreatmentDate) {
        const QString date = locale.toString(*c.lastTreatmentDate, QLocale::LongFormat);
        lines << (c.regimen.isEmpty() ? tr("My last treatment was on %1.").arg(date)
                                      : tr("My last treatment was on %1 (%2).").arg(date, c.regimen));
    }
    lines << tr("I may have neutropenia and an infection.\"");
    return lines.join(QLatin1Char(' '));
}

void StatusCard::rebuild()
{
    clearLayout(m_layout);
    m_countdown = nullptr;
    m_timer->stop();

    const Level level = m_assessment.level;
    const LevelStyle style = LevelStyle::of(m_assessment);
    const QString headline = levels::headline(m_assessment);
    setStyleSheet(QStringLiteral("#statusCard { background: %1; border: 2px solid %2; border-radius: 14px; }"
                                 "#statusCard:focus { border-width: 4px; }"
                                 "#statusCard QLabel { color: %3; background: transparent; }")
                      .arg(style.background.name(), style.accent.name(), style.text.name()));

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    auto *icon = new QLabel(this);
    const int iconSize = int(56 * Theme::scale());
    icon->setPixmap(icons::pixmap(style.iconName, style.accent, iconSize, devicePixelRatioF()));
    icon->setFixedSize(iconSize, iconSize);
    icon->setAccessibleName(headline);
    header->addWidget(icon, 0, Qt::AlignTop);

    auto *titles = new QVBoxLayout;
    auto *title = wrapped(headline, this);
    title->setObjectName(QStringLiteral("statusTitle"));
    title->setAccessibleName(tr("Status: %1").arg(headline));
    QFont titleFont = title->font();
    titleFont.setPointSize(Theme::points(level == Level::CallNow ? 22 : 19));
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    auto *protocol = wrapped(
        tr("Fever rules: %1")
            .arg(m_context.protocolName.isEmpty() ? m_assessment.protocolId : m_context.protocolName),
        this);
    protocol->setObjectName(QStringLiteral("statusProtocol"));
    titles->addWidget(protocol);
    header->addLayout(titles, 1);
    m_layout->addLayout(header);

    if (level == Level::CallNow || level == Level::CallToday)
        m_layout->addWidget(buildCallPanel());

    if (level == Level::Recheck && m_assessment.recheckBy) {
        m_countdown = wrapped(QString(), this);
        m_countdown->setObjectName(QStringLiteral("recheckCountdown"));
        QFont f = m_countdown->font();
        f.setPointSize(Theme::points(15));
        f.setBold(true);
        m_countdown->setFont(f);
        m_layout->addWidget(m_countdown);
        updateCountdown();
        m_timer->start();
    }

    auto *reasons = new QVBoxLayout;
    reasons->setSpacing(4);
    for (const auto &reason : m_assessment.reasons) {
        auto *label = wrapped(QStringLiteral("•  ") + reason.message, this);
        label->setProperty("findingCode", findings::code(reason.code));
        reasons->addWidget(label);
    }
    for (const auto &note : m_assessment.notes) {
        auto *label = wrapped(tr("Note: %1").arg(note.message), this);
        label->setProperty("findingCode", findings::code(note.code));
        reasons->addWidget(label);
    }
    if (m_assessment.reasons.isEmpty() && level == Level::Ok
        && !m_assessment.hasNote(Finding::NoRecentReading)) {
        reasons->addWidget(wrapped(tr("Keep taking your temperature as your care team advised, and whenever "
                                      "you feel unwell or shivery. If you are worried, call them."),
            this));
    }
    m_layout->addLayout(reasons);
    describeForScreenReaders(headline);
}

QWidget *StatusCard::buildCallPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(8);

    QFont big = panel->font();
    big.setPointSize(Theme::points(17));
    big.setBold(true);

    const bool now = m_assessment.level == Level::CallNow;
    const QString who = m_context.clinicName.isEmpty() ? tr("Your care team") : m_context.clinicName;
    if (m_context.inHoursNumber.isEmpty() && m_context.outOfHoursNumber.isEmpty()) {
        auto *missing
            = wrapped(now ? tr("Call your care team or your chemotherapy helpline now. (Add your care "
                               "team's numbers in Settings so they show here.)")
                          : tr("Call your care team or your chemotherapy helpline today. (Add your care "
                               "team's numbers in Settings so they show here.)"),
                panel);
        missing->setObjectName(QStringLiteral("numbersMissing"));
        missing->setFont(big);
        layout->addWidget(missing);
    } else {
        if (!m_context.inHoursNumber.isEmpty()) {
            auto *in
                = wrapped(tr("%1, daytime: %2").arg(who, bidi::leftToRight(m_context.inHoursNumber)), panel);
            in->setObjectName(QStringLiteral("inHoursNumber"));
            in->setFont(big);
            layout->addWidget(in);
        }
        if (!m_context.outOfHoursNumber.isEmpty()) {
            auto *out = wrapped(
                tr("Evenings, nights and weekends: %1").arg(bidi::leftToRight(m_context.outOfHoursNumber)),
                panel);
            out->setObjectName(QStringLiteral("outOfHoursNumber"));
            out->setFont(big);
            layout->addWidget(out);
        }
    }

    auto *sayTitle = wrapped(tr("What to say:"), panel);
    QFont bold = panel->font();
    bold.setBold(true);
    sayTitle->setFont(bold);
    layout->addWidget(sayTitle);
    auto *script = wrapped(callScript(m_assessment, m_context), panel);
    script->setObjectName(QStringLiteral("callScript"));
    layout->addWidget(script);
    if (now) {
        layout->addWidget(
            wrapped(tr("Do not wait to see if it goes away, and do not take paracetamol or "
                       "ibuprofen before you call. People on chemotherapy with a fever usually need "
                       "antibiotics within an hour of arriving at hospital."),
                panel));
    }
    // Whether or not numbers are set: nobody is left without a next step (CLINICAL.md §6).
    auto *noAnswer
        = wrapped(tr("If you cannot reach your care team, go to the nearest emergency department or "
                     "call your local emergency number."),
            panel);
    noAnswer->setObjectName(QStringLiteral("noAnswerAdvice"));
    noAnswer->setFont(bold);
    layout->addWidget(noAnswer);

    if (!m_acknowledgeShown)
        return panel;
    auto *ack = new QPushButton(tr("I contacted my care team…"), panel);
    ack->setObjectName(QStringLiteral("acknowledgeButton"));
    ack->setProperty("urgent", true);
    ack->setAccessibleName(tr("I contacted my care team"));
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack->setToolTip(tr("Record that you contacted your care team and what they told you (Ctrl+K)"));
    connect(ack, &QPushButton::clicked, this, &StatusCard::acknowledgeRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(ack);
    row->addStretch(1);
    layout->addLayout(row);
    return panel;
}

void StatusCard::updateCountdown()
{
    if (!m_countdown || !m_assessment.recheckBy)
        return;
    const qint64 seconds = m_clock().secsTo(*m_assessment.recheckBy);
    if (seconds <= 0 || m_assessment.recheckOverdue) {
        m_countdown->setText(tr("Take your temperature now."));
        m_timer->stop();
        if (seconds < 0 && !m_assessment.recheckOverdue)
            Q_EMIT recheckDue();
    } else {
        m_countdown->setText(
            tr("Take your temperature again in %1 (by %2).")
                .arg(durationText(seconds),
                    QLocale().toString(m_assessment.recheckBy->time(), QLocale::ShortFormat)));
    }
}

} // namespace nc

#include "todayscreen.h"

#include "clinical/bidi.h"
#include "clinicupdatecard.h"
#include "log/logshortcuts.h"
#include "statuscard.h"
#include "widgets/icons.h"
#include "widgets/scrollpage.h"
#include "widgets/theme.h"
#include "widgets/timetext.h"
#include "widgets/wrappedlabel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nc {

TodayScreen::TodayScreen(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("todayScreen"));
    QVBoxLayout *layout = makeScrollPage(this, 18);
    QWidget *content = layout->parentWidget();

    m_greeting = new QLabel(content);
    m_greeting->setProperty("role", QStringLiteral("heading"));
    m_greeting->setObjectName(QStringLiteral("todayGreeting"));
    m_greeting->setTextFormat(Qt::PlainText); // it holds the name a person typed: never markup
    layout->addWidget(m_greeting);

    // A profile can be made without the care team's numbers; the call card needs them. Asked here,
    // without blocking anything, until both are set.
    m_careTeamPrompt = new QFrame(content);
    m_careTeamPrompt->setObjectName(QStringLiteral("careTeamPrompt"));
    m_careTeamPrompt->setProperty("card", true);
    auto *promptRow = new QHBoxLayout(m_careTeamPrompt);
    promptRow->setContentsMargins(18, 10, 18, 10);
    m_careTeamPromptText = new WrappedLabel(m_careTeamPrompt);
    promptRow->addWidget(m_careTeamPromptText, 1);
    if (!m_session.readOnly()) {
        auto *addNumbers = new QPushButton(tr("&Add your care team's numbers"), m_careTeamPrompt);
        addNumbers->setObjectName(QStringLiteral("addCareTeamNumbers"));
        addNumbers->setAccessibleName(tr("Add your care team's numbers"));
        connect(addNumbers, &QPushButton::clicked, this, &TodayScreen::careTeamNumbersRequested);
        promptRow->addWidget(addNumbers);
    }
    m_careTeamPrompt->hide();
    layout->addWidget(m_careTeamPrompt);

    m_card = new StatusCard([this] { return m_session.now(); }, content);
    m_card->setAcknowledgeShown(!m_session.readOnly());
    connect(m_card, &StatusCard::acknowledgeRequested, this, &TodayScreen::acknowledgeRequested);
    // Queued: the card rebuilds itself inside refresh(), not from within its own timer slot.
    connect(m_card, &StatusCard::recheckDue, this, &TodayScreen::refresh, Qt::QueuedConnection);
    layout->addWidget(m_card);
    m_clinicUpdate = new ClinicUpdateCard(content);
    layout->addWidget(m_clinicUpdate);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(16);
    tiles->addWidget(tile(QStringLiteral("thermometer"), tr("Latest temperature"), &m_tempValue,
        &m_tempDetail, QStringLiteral("temperatureTile")));
    tiles->addWidget(tile(QStringLiteral("blood"), tr("Latest neutrophil count (ANC)"), &m_ancValue,
        &m_ancDetail, QStringLiteral("ancTile")));
    tiles->addWidget(tile(QStringLiteral("calendar"), tr("Treatment cycle"), &m_cycleValue, &m_cycleDetail,
        QStringLiteral("cycleTile")));
    layout->addLayout(tiles);
    connect(&m_session, &Session::dataChanged, this, &TodayScreen::refresh);
    if (m_session.readOnly()) {
        layout->addStretch(1);
        return;
    }

    auto *logTitle = new QLabel(tr("Log"), content);
    logTitle->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(logTitle);
    auto *buttons = new QGridLayout;
    buttons->setSpacing(10);
    const struct
    {
        const char *kind;
        const char *icon;
        QString text;
    } actions[] = {
        { "temperature", "thermometer", tr("Temperature") },
        { "count", "blood", tr("Blood count") },
        { "symptom", "symptom", tr("Symptoms") },
        { "painkiller", "medicine", tr("Painkiller dose") },
        { "treatment", "treatment", tr("Treatment") },
        { "medicine", "medicine", tr("Other medicine") },
    };
    int i = 0;
    for (const auto &a : actions) {
        // The first, temperature, is the primary action: a fever is what must never wait.
        const bool primary = i == 0;
        auto *button = new QPushButton(
            icons::icon(QString::fromLatin1(a.icon),
                Theme::iconColor(primary ? Theme::IconOn::PrimaryButton : Theme::IconOn::Surface)),
            // The keys on a line of their own: three buttons side by side then fit a
            // laptop's width in large text and longer languages. In Arabic that line starts with
            // a right-to-left mark, so it aligns with the words above it rather than to the left.
            QStringLiteral("%1\n%2").arg(
                a.text, bidi::inLanguageDirection(logshortcuts::text(QString::fromLatin1(a.kind)))),
            content);
        button->setObjectName(QStringLiteral("log_%1").arg(QString::fromLatin1(a.kind)));
        button->setAccessibleName(tr("Log %1").arg(a.text));
        button->setIconSize(QSize(24, 24) * Theme::scale());
        button->setProperty("primary", primary);
        const QString kind = QString::fromLatin1(a.kind);
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT logRequested(kind); });
        buttons->addWidget(button, i / 3, i % 3);
        ++i;
    }
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QWidget *TodayScreen::tile(
    const QString &icon, const QString &title, QLabel **value, QLabel **detail, const QString &name)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(name);
    frame->setProperty("card", true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *header = new QHBoxLayout;
    auto *iconLabel = new QLabel(frame);
    iconLabel->setPixmap(
        icons::pixmap(icon, Theme::iconColor(), int(22 * Theme::scale()), devicePixelRatioF()));
    header->addWidget(iconLabel);
    auto *titleLabel = new WrappedLabel(title, frame);
    titleLabel->setProperty("role", QStringLiteral("subtle"));
    header->addWidget(titleLabel, 1);
    layout->addLayout(header);
    *value = new WrappedLabel(frame);
    (*value)->setProperty("role", QStringLiteral("big"));
    (*value)->setObjectName(name + QStringLiteral("Value"));
    layout->addWidget(*value);
    *detail = new WrappedLabel(frame);
    (*detail)->setObjectName(name + QStringLiteral("Detail"));
    (*detail)->setProperty("role", QStringLiteral("subtle"));
    layout->addWidget(*detail);
    layout->addStretch(1);
    return frame;
}

void TodayScreen::refresh()
{
    if (!m_session.patientId())
        return;
    const QDateTime now = m_session.now();
    const PatientSettings settings = m_session.settings();
    const auto patient = PatientRepository(m_session.database()).get(m_session.patientId());
    m_greeting->setText(patient ? tr("Today — %1").arg(patient->name) : tr("Today"));
    const bool daytime = !settings.inHoursNumber.trimmed().isEmpty();
    const bool evenings = !settings.outOfHoursNumber.trimmed().isEmpty();
    m_careTeamPrompt->setVisible((!daytime || !evenings) && !m_session.readOnly());
    QString missing = tr("Your care team's phone numbers are not set. Add them, so they are here when you "
                         "need to call.");
    if (daytime && !evenings)
        missing = tr("Your care team's number for evenings and weekends is not set.");
    else if (!daytime && evenings)
        missing = tr("Your care team's daytime phone number is not set.");
    m_careTeamPromptText->setText(missing);
    m_clinicUpdate->setUpdate(
        ClinicValuesReceiver::lastUpdate(m_session.database(), m_session.patientId()), now);
    const Assessment assessment = m_session.assess();
    const QLocale locale;

    CallContext context;
    context.clinicContact() = settings.clinicContact();
    context.displayUnit = settings.displayUnit;
    context.protocolName = settings.protocol.displayName();
    const auto latestTemp
        = TemperatureRepository(m_session.database()).latestBefore(m_session.patientId(), now.addSecs(1), 1);
    if (const auto chemo
        = TreatmentRepository(m_session.database()).latestChemotherapy(m_session.patientId(), now.date())) {
        context.lastTreatmentDate = chemo->treatment.date;
        context.regimen = chemo->regimen;
    }
    m_card->setAssessment(assessment, context);

    if (!latestTemp.isEmpty()) {
        const auto &r = latestTemp.first().reading;
        m_tempValue->setText(Temperature::format(r.temperature.celsius(), settings.displayUnit));
        m_tempDetail->setText(
            tr("%1, %2").arg(timetext::age(r.time, now), sites::displayName(r.temperature.site())));
    } else {
        m_tempValue->setText(tr("None yet"));
        m_tempDetail->setText(m_session.readOnly()
                ? QString()
                : tr("Log a temperature with %1.").arg(logshortcuts::text(QStringLiteral("temperature"))));
    }

    if (assessment.anc) {
        const auto &anc = *assessment.anc;
        m_ancValue->setText(tr("%1/µL").arg(locale.toString(anc.value, 'f', 0)));
        QString detail = tr("%1 — %2").arg(grading::severityName(anc.severity), timetext::age(anc.time, now));
        if (anc.atBaseline)
            detail += tr(" — at your usual level");
        if (anc.stale)
            detail += tr(" — old result: ask when your next blood test is");
        m_ancDetail->setText(detail);
    } else {
        m_ancValue->setText(tr("No result yet"));
        m_ancDetail->setText(m_session.readOnly()
                ? QString()
                : tr("Log a blood count with %1.").arg(logshortcuts::text(QStringLiteral("count"))));
    }
    // The usual level changes how a count reads ("at your usual level"), so it is shown with it.
    if (settings.baselineAnc) {
        m_ancDetail->setText(m_ancDetail->text() + QLatin1Char('\n')
            + tr("Your usual level, set by your clinic: %1/µL.")
                  .arg(locale.toString(*settings.baselineAnc, 'f', 0)));
    }

    if (assessment.nadirWindow) {
        const auto &w = *assessment.nadirWindow;
        m_cycleValue->setText(tr("Day %1 after chemotherapy").arg(w.day));
        QString detail = w.active ? tr("In the expected low-count days (%1 – %2)")
                                  : tr("Expected low-count days: %1 – %2");
        detail = detail.arg(
            locale.toString(w.start, QLocale::ShortFormat), locale.toString(w.end, QLocale::ShortFormat));
        detail += tr(". A prediction, not a blood count.");
        if (w.gcsf)
            detail += tr(" May be shorter with G-CSF.");
        m_cycleDetail->setText(detail);
    } else {
        m_cycleValue->setText(tr("No recent chemotherapy"));
        m_cycleDetail->setText(m_session.readOnly()
                ? QString()
                : tr("Log a treatment with %1.").arg(logshortcuts::text(QStringLiteral("treatment"))));
    }
}

} // namespace nc

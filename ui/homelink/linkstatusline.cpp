#include "linkstatusline.h"

#include "app/session.h"
#include "homelinkservice.h"
#include "widgets/icons.h"
#include "widgets/wrappedlabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace nc {

namespace {
// An icon of its own for each level, beside the words: linked, on its way, waiting for the
// network, and a link only a person can mend.
QString iconName(linkstatus::Level level)
{
    switch (level) {
    case linkstatus::Level::Sending:
        return QStringLiteral("forward");
    case linkstatus::Level::Waiting:
        return QStringLiteral("link-waiting");
    case linkstatus::Level::Action:
        return QStringLiteral("link-broken");
    case linkstatus::Level::Fine:
    case linkstatus::Level::Off:
        break;
    }
    return QStringLiteral("link");
}
} // namespace

LinkStatusLine::LinkStatusLine(HomeLinkService &service, Session &session, Detail detail, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
{
    setObjectName(QStringLiteral("linkStatusLine"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_icon->setAccessibleName(tr("Link to the clinic"));
    // In Settings the words wrap under a heading; in the status area they are one line.
    const Qt::Alignment iconAlignment = detail == Detail::Shown ? Qt::AlignTop : Qt::AlignVCenter;
    row->addWidget(m_icon, 0, iconAlignment);
    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    m_text = detail == Detail::Shown ? new WrappedLabel(this) : new QLabel(this);
    m_text->setObjectName(QStringLiteral("linkStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words->addWidget(m_text);
    if (detail == Detail::Shown) {
        m_detail = new WrappedLabel(this);
        m_detail->setObjectName(QStringLiteral("linkStatusDetail"));
        m_detail->setProperty("role", QStringLiteral("subtle"));
        m_detail->setTextFormat(Qt::PlainText);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        words->addWidget(m_detail);
    }
    row->addLayout(words, 1);

    connect(&service, &HomeLinkService::stateChanged, this, &LinkStatusLine::refresh);
    connect(&session, &Session::patientChanged, this, &LinkStatusLine::refresh);
    connect(&session, &Session::dataChanged, this, &LinkStatusLine::refresh);
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &LinkStatusLine::refresh);
    m_clock.start();
    refresh();
}

void LinkStatusLine::refresh()
{
    const bool wasLinked = m_words.level != linkstatus::Level::Off;
    m_words = m_service.words(m_session.patientId());
    const int size = fontMetrics().height() + 4;
    m_icon->setPixmap(icons::pixmap(
        iconName(m_words.level), palette().color(QPalette::WindowText), size, devicePixelRatioF()));
    m_text->setText(m_words.line);
    // The whole state for a screen reader, which reads the line and not the icon.
    setAccessibleName(m_words.line);
    if (m_detail) {
        m_detail->setText(m_words.detail);
        m_detail->setVisible(!m_words.detail.isEmpty());
    } else {
        setToolTip(m_words.detail);
    }
    const bool linked = m_words.level != linkstatus::Level::Off;
    if (linked != wasLinked)
        Q_EMIT linkedChanged(linked);
    Q_EMIT wordsChanged();
}

} // namespace nc

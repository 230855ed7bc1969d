#include "followedwindow.h"

#include "app/readonlyscreens.h"
#include "followservice.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"
#include "widgets/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nc {

FollowedWindow::FollowedWindow(FollowService &service, int index, std::unique_ptr<Database> db,
    std::function<QDateTime()> clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_index(index)
    , m_db(std::move(db))
    , m_session(*m_db)
{
    setObjectName(QStringLiteral("followedWindow"));
    const QString name = service.people().at(index).follow.name;
    setWindowTitle(tr("%1 — followed, read-only").arg(name));
    // Read-only before any screen is made: the screens leave out every control that writes.
    m_session.setReadOnly(true);
    m_session.setClock(clock);
    m_session.setPatient(service.people().at(index).follow.patientId);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("%1 — followed, read-only").arg(name), this);
    title->setObjectName(QStringLiteral("followedTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setProperty("role", QStringLiteral("heading"));
    header->addWidget(title, 1);
    PrintCommands *printing = nullptr;
    header->addWidget(makePrintButton(this, m_session, &printing));
    layout->addLayout(header);
    m_freshness = new WrappedLabel(this);
    m_freshness->setObjectName(QStringLiteral("followedFreshness"));
    m_freshness->setTextFormat(Qt::PlainText);
    layout->addWidget(m_freshness);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("followedTabs"));
    tabs->setAccessibleName(tr("%1's screens").arg(name));
    m_today = addReadOnlyScreens(tabs, m_session, clock).today;
    layout->addWidget(tabs, 1);

    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    // Live: the watching thread reads the person again on each change notice and every minute,
    // and this window reads them again through its own connection.
    connect(&service, &FollowService::changed, this, &FollowedWindow::refresh);
    resize(Theme::points(1100), Theme::points(760));
    refresh();
}

QString FollowedWindow::freshness() const
{
    return m_freshness->text();
}

void FollowedWindow::refresh()
{
    m_freshness->setText(m_service.freshness(m_index));
    // Stale is said in words and marked as an error line, never by colour alone.
    m_freshness->setProperty(
        "role", m_service.isStale(m_index) ? QStringLiteral("error") : QStringLiteral("subtle"));
    m_freshness->style()->unpolish(m_freshness);
    m_freshness->style()->polish(m_freshness);
    // Out of reach, the screens keep what they last read (the line above says how old it is)
    // rather than read nothing from a lost connection and look empty.
    if (!m_service.people().at(m_index).state.lostSince.isValid())
        m_session.notifyChanged();
}

} // namespace nc

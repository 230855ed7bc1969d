#include "deskwindow.h"

#include "app/desktopnotifier.h"
#include "audit/auditscreen.h"
#include "boardmodel.h"
#include "calldialog.h"
#include "clinical/reminderschedule.h"
#include "patientwindow.h"
#include "storage/connectionspec.h"
#include "storage/serverfeed.h"
#include "storage/triageboardsource.h"
#include "storage/triagestore.h"
#include "widgets/dialogs.h"
#include "widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace nc {

namespace {

// Time alone changes levels (a recheck falls due): every patient is assessed again this often,
// besides each notification.
constexpr int kReassessMinutes = 2;

// The board's search and "my follow-ups": rows keep the board's order of need.
class BoardFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &text, bool mineOnly, const QString &login)
    {
        m_text = text.trimmed();
        m_mineOnly = mineOnly;
        m_login = login;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, BoardModel::Patient, parent);
        if (!m_text.isEmpty() && !name.data().toString().contains(m_text, Qt::CaseInsensitive))
            return false;
        return !m_mineOnly || name.data(BoardModel::FollowUpOwnerRole).toString() == m_login;
    }

private:
    QString m_text;
    bool m_mineOnly = false;
    QString m_login;
};

} // namespace

DeskWindow::DeskWindow(std::unique_ptr<Database> db, const QString &where, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("deskWindow"));
    const auto spec = ConnectionSpec::parse(where);
    m_login = spec ? spec->user : QString();
    m_serverName = spec ? spec->display() : where;
    setWindowTitle(tr("NeutroCare triage desk — %1").arg(m_serverName));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Search by name"));
    m_search->setPlaceholderText(tr("Search by name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), central);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    m_mine = new QCheckBox(tr("&My follow-ups only"), central);
    m_mine->setObjectName(QStringLiteral("boardMine"));
    m_mine->setAccessibleName(tr("Show only the follow-up calls I owe"));
    filters->addWidget(m_mine);
    layout->addLayout(filters);

    m_board = new BoardModel(this);
    m_board->setDisplayUnit(QLocale().measurementSystem() == QLocale::ImperialUSSystem
            ? TemperatureUnit::Fahrenheit
            : TemperatureUnit::Celsius);
    m_filter = new BoardFilter(this);
    m_filter->setSourceModel(m_board);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("board"));
    m_view->setAccessibleName(tr("Patients, most urgent first"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(Theme::points(150));
    m_view->setColumnWidth(BoardModel::Need, Theme::points(215));
    m_view->setColumnWidth(BoardModel::Patient, Theme::points(130));
    m_view->setColumnWidth(BoardModel::Level, Theme::points(290));
    m_view->setColumnWidth(BoardModel::Reason, Theme::points(300));
    m_view->setColumnWidth(BoardModel::Temperature, Theme::points(170));
    m_view->setColumnWidth(BoardModel::Anc, Theme::points(150));
    m_view->setColumnWidth(BoardModel::Cycle, Theme::points(190));
    m_view->setColumnWidth(BoardModel::Alert, Theme::points(300));
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_signedIn = new QLabel(tr("Signed in as %1 to %2").arg(m_login, m_serverName), this);
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    m_signedIn->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_signedIn);

    connect(m_search, &QLineEdit::textChanged, this, &DeskWindow::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &DeskWindow::applyFilter);
    connect(m_view, &QTableView::activated, this, [this] { openPatient(currentPatient()); });

    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](qint64 patientId, const QString &) {
        raise();
        activateWindow();
        selectPatient(patientId);
    });

    m_feed = new ServerFeed(*m_db, std::nullopt, this);
    connect(m_feed, &ServerFeed::patientChanged, this, &DeskWindow::reloadPatient);
    connect(m_feed, &ServerFeed::connectionLost, this, [this](const QString &reason) {
        setBanner(tr("%1 Reconnecting… The board may be out of date until then.").arg(reason), true);
    });
    connect(m_feed, &ServerFeed::caughtUp, this, [this] {
        reloadAll();
        setBanner(tr("Reconnected at %1 after a lost connection; the board is up to date.")
                      .arg(QLocale().toString(now().time(), QLocale::ShortFormat)),
            false);
    });
    m_feed->start();

    m_minute = new QTimer(this);
    m_minute->setInterval(30 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        m_board->setNow(now());
        escalate();
    });
    m_minute->start();
    m_reassess = new QTimer(this);
    m_reassess->setInterval(kReassessMinutes * 60 * 1000);
    connect(m_reassess, &QTimer::timeout, this, &DeskWindow::reloadAll);
    m_reassess->start();

    buildActions();
    reloadAll();
    resize(Theme::points(1400), Theme::points(760));
}

DeskWindow::~DeskWindow()
{
    // Everything that holds the connection goes before it (children would outlive m_db).
    delete m_feed;
    for (const QPointer<PatientWindow> &window : std::as_const(m_patients))
        delete window.data();
    delete m_audit.data();
}

void DeskWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_board->setNow(now());
}

void DeskWindow::buildActions()
{
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    QToolBar *bar = addToolBar(tr("Desk"));
    bar->setObjectName(QStringLiteral("deskToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto action = [&](const QString &text, const QKeySequence &key, const QString &name, auto slot,
                            bool onBar = true) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        desk->addAction(a);
        if (onBar) {
            bar->addAction(a);
            // Reachable by Tab as well as by its key, as every control is.
            bar->widgetForAction(a)->setFocusPolicy(Qt::TabFocus);
            bar->widgetForAction(a)->setAccessibleName(
                QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
        }
        return a;
    };
    action(tr("&Open patient"), QKeySequence(Qt::Key_Return), QStringLiteral("openPatient"),
        [this] { openPatient(currentPatient()); });
    action(tr("&Acknowledge alert"), QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("acknowledge"),
        &DeskWindow::acknowledgeCurrent);
    action(tr("&New call…"), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("newCall"),
        [this] { newCall(currentPatient()); });
    action(tr("Audit &trail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("auditTrail"),
        &DeskWindow::showAudit);
    action(tr("&Refresh"), QKeySequence(QKeySequence::Refresh), QStringLiteral("refresh"),
        &DeskWindow::reloadAll);
    desk->addSeparator();
    action(
        tr("&Find a patient"), QKeySequence(QKeySequence::Find), QStringLiteral("find"),
        [this] {
            m_search->setFocus();
            m_search->selectAll();
        },
        false);
    action(tr("&Quit"), QKeySequence(QKeySequence::Quit), QStringLiteral("quit"), &DeskWindow::close, false);
}

void DeskWindow::setBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setProperty("role", problem ? QStringLiteral("error") : QStringLiteral("notice"));
    m_banner->setAccessibleName(text);
    m_banner->setStyleSheet(problem
            ? QStringLiteral("QLabel { background: #B00020; color: white; padding: 8px; "
                             "font-weight: bold; }")
            : QStringLiteral("QLabel { background: #E3F2E6; color: #0B3D17; padding: 8px; }"));
    m_banner->show();
}

void DeskWindow::applyFilter()
{
    static_cast<BoardFilter *>(m_filter)->set(m_search->text(), m_mine->isChecked(), m_login);
}

void DeskWindow::reloadAll()
{
    const qint64 current = currentPatient();
    const QDateTime at = now();
    m_board->setRows(TriageBoardSource(*m_db).all(at), at);
    if (!m_db->isOpen() || !m_db->connection().isOpen())
        m_feed->checkNow();
    selectPatient(current);
    escalate();
    Q_EMIT boardUpdated(0);
}

void DeskWindow::reloadPatient(qint64 patientId)
{
    const QDateTime at = now();
    m_board->updateRow(patientId, TriageBoardSource(*m_db).one(patientId, at), at);
    if (const auto window = m_patients.value(patientId); window)
        window->refresh();
    escalate();
    // The row is repainted before the probe hears of it.
    m_view->viewport()->repaint();
    Q_EMIT boardUpdated(patientId);
}

void DeskWindow::escalate()
{
    const QDateTime at = now();
    QSet<QString> due;
    for (const triageboard::Row &row : m_board->escalatedRows()) {
        const QString key = QStringLiteral("desk-escalation:%1:%2")
                                .arg(row.patientId)
                                .arg(row.unacknowledgedCallNowSince->toMSecsSinceEpoch());
        due.insert(key);
        // Repeated until someone acknowledges it, as the patient's own call-now reminder is; no desk
        // can quiet it for the others, since only an acknowledgement, seen by every desk, ends it.
        const QDateTime last = m_lastEscalationNotice.value(row.patientId);
        if (last.isValid() && last.secsTo(at) < kCallNowRepeatMinutes * 60 && m_notifier->isShown(key))
            continue;
        m_lastEscalationNotice.insert(row.patientId, at);
        Reminder reminder;
        reminder.key = key;
        reminder.kind = ReminderKind::CallNow;
        reminder.urgency = ReminderUrgency::Critical;
        reminder.patientId = row.patientId;
        reminder.title
            = tr("%1: call now, not acknowledged for %2")
                  .arg(row.name,
                      QString::number(row.unacknowledgedCallNowSince->secsTo(at) / 60) + tr(" min"));
        reminder.text = row.assessment.reasons.isEmpty() ? levels::title(Level::CallNow)
                                                         : row.assessment.reasons.first().message;
        m_notifier->notify(reminder);
    }
    m_notifier->retire(due);
    const int waiting = int(due.size());
    setWindowTitle(waiting > 0
            ? tr("(%n escalated) NeutroCare triage desk — %1", nullptr, waiting).arg(m_serverName)
            : tr("NeutroCare triage desk — %1").arg(m_serverName));
}

qint64 DeskWindow::currentPatient() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(BoardModel::PatientIdRole).toLongLong() : 0;
}

void DeskWindow::selectPatient(qint64 patientId)
{
    const int row = m_board->rowOf(patientId);
    const QModelIndex index = m_filter->mapFromSource(m_board->index(std::max(0, row), 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void DeskWindow::acknowledgeCurrent()
{
    const qint64 patientId = currentPatient();
    const triageboard::Row *row = m_board->row(m_board->rowOf(patientId));
    if (!row)
        return;
    if (!row->unacknowledgedCallNowSince) {
        statusBar()->showMessage(tr("%1 has no alert waiting to be acknowledged.").arg(row->name), 8000);
        return;
    }
    const auto done = TriageStore(*m_db).acknowledge(patientId, *row->unacknowledgedCallNowSince, now());
    if (!done.ok()) {
        MessageBox::warning(this, tr("Not acknowledged"), done.error().message);
        return;
    }
    statusBar()->showMessage(tr("Acknowledged %1's alert as %2.").arg(row->name, m_login), 8000);
    reloadPatient(patientId);
    selectPatient(patientId);
}

PatientWindow *DeskWindow::openPatient(qint64 patientId)
{
    if (patientId <= 0)
        return nullptr;
    if (const auto existing = m_patients.value(patientId); existing) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *window = new PatientWindow(*m_db, patientId, m_login, m_clock, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &PatientWindow::newCallRequested, this, &DeskWindow::newCall);
    connect(window, &PatientWindow::changed, this, &DeskWindow::reloadPatient);
    m_patients.insert(patientId, window);
    window->show();
    return window;
}

void DeskWindow::newCall(qint64 patientId)
{
    CallDialog dialog(*m_db, m_clock, this);
    if (patientId > 0)
        dialog.setPatient(patientId);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Call saved."), 8000);
        reloadPatient(dialog.patientId());
    }
}

AuditScreen *DeskWindow::showAudit()
{
    if (m_audit) {
        m_audit->raise();
        m_audit->activateWindow();
        return m_audit->findChild<AuditScreen *>();
    }
    auto *window = new QWidget(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("auditWindow"));
    window->setWindowTitle(tr("Audit trail — %1").arg(m_serverName));
    auto *layout = new QVBoxLayout(window);
    auto *screen = new AuditScreen(*m_db, window);
    layout->addWidget(screen);
    window->resize(Theme::points(1100), Theme::points(640));
    window->show();
    m_audit = window;
    return screen;
}

} // namespace nc

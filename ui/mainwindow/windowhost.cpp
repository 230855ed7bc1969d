#include "windowhost.h"

#include "language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QListWidget>

namespace nc {

namespace {
// Qt mirrors every window when the installed translation of this string is "RTL" (Arabic): the
// navigation moves to the right, forms align right, arrows swap. It is listed here so that lupdate
// puts it in each .ts file, and a language never depends on Qt's own translations being installed.
[[maybe_unused]] const char *const kLayoutDirection
    = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace

WindowHost::WindowHost(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_language
        = language::apply(language::startupLanguage(PatientSettingsRepository(db).firstProfileLanguage()));
    adopt(std::make_unique<MainWindow>(db));
}

WindowHost::~WindowHost() = default;

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    connect(
        window.get(), &MainWindow::languageWanted, this, &WindowHost::switchLanguage, Qt::QueuedConnection);
    connect(window.get(), &MainWindow::largeTextToggled, qApp, [](bool on) { Theme::apply(*qApp, on); });
    m_window = std::move(window);
}

void WindowHost::switchLanguage(const QString &code)
{
    const QString applied = language::apply(code);
    if (applied == m_language)
        return;
    m_language = applied;

    MainWindow *old = m_window.release();
    const qint64 patient = old->session().patientId();
    const int screen = old->findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow();
    const QByteArray geometry = old->saveGeometry();
    const bool visible = old->isVisible();

    auto fresh = std::make_unique<MainWindow>(m_db);
    if (patient)
        fresh->switchPatient(patient);
    fresh->showScreen(screen);
    fresh->restoreGeometry(geometry);
    adopt(std::move(fresh));
    if (visible)
        m_window->show();
    old->hide();
    old->deleteLater();
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace nc

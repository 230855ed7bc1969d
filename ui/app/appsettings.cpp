#include "appsettings.h"

#include <QSettings>
#include <QTime>

namespace nc {

namespace {

const QString kVersionKey = QStringLiteral("settingsVersion");

struct Directive
{
    AppSettings::Key key;
    QString name;
    QVariant fallback;
};

// Every key: its name in the file and its default.
const Directive &directive(AppSettings::Key key)
{
    using Key = AppSettings::Key;
    static const Directive table[] = {
        { Key::LargeText, QStringLiteral("view/largeText"), false },
        // The low-count days' temperature reminders (MainWindow).
        { Key::MorningReminder, QStringLiteral("reminders/morning"), QTime(8, 0) },
        { Key::EveningReminder, QStringLiteral("reminders/evening"), QTime(20, 0) },
        // Closing the window leaves NeutroCare running, so reminders still reach the person
        // (MainWindow::closeEvent); and whether it has said so once already.
        { Key::RemindWhenClosed, QStringLiteral("reminders/whenWindowClosed"), true },
        { Key::BackgroundExplained, QStringLiteral("reminders/backgroundExplained"), false },
    };
    for (const Directive &d : table) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    upgrade();
}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    upgrade();
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const Directive &d = directive(key);
    return m_settings->value(d.name, d.fallback);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(directive(key).name, value);
}

int AppSettings::version() const
{
    return m_settings->value(kVersionKey, 0).toInt();
}

// The migration ladder: one step per version, each moving what an older file holds to where this
// version reads it. A file from a newer NeutroCare is read as it is, and keeps its version.
void AppSettings::upgrade()
{
    const int from = version();
    if (from >= kVersion)
        return;
    const auto move = [this](const QString &oldName, Key key) {
        if (m_settings->contains(oldName))
            m_settings->setValue(directive(key).name, m_settings->value(oldName));
        m_settings->remove(oldName);
    };
    if (from < 1) {
        move(QStringLiteral("reminders/time0"), Key::MorningReminder);
        move(QStringLiteral("reminders/time1"), Key::EveningReminder);
    }
    m_settings->setValue(kVersionKey, kVersion);
}

} // namespace nc

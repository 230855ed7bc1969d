#pragma once

#include <QVariant>
#include <memory>

class QSettings;

namespace nc {

// The preferences that belong to this computer rather than to a profile (a profile's settings are
// in the database), kept in QSettings as KeePassXC's Config keeps its own: one enum of keys and
// one table of their names and defaults, so a key is added in one place and never read under a
// misspelt name. The file records its settings version; an older file is upgraded when opened.
class AppSettings
{
public:
    enum class Key { LargeText, MorningReminder, EveningReminder, RemindWhenClosed, BackgroundExplained };
    // 1: the reminder times are stored under their names (reminders/morning, reminders/evening)
    // instead of reminders/time0 and reminders/time1.
    static constexpr int kVersion = 1;

    // The application's own settings (QCoreApplication's organisation and application names).
    AppSettings();
    // The settings in an INI file of their own (a test's).
    explicit AppSettings(const QString &fileName);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The stored value, or the key's default when none is.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    // The settings version of the file: kVersion once upgraded, or a newer one, left as it is.
    int version() const;

private:
    void upgrade();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace nc

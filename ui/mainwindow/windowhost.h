#pragma once

#include "mainwindow.h"

#include <memory>

namespace nc {

// Owns the main window, and builds it anew when the interface language changes: every screen
// reads its words through tr() when it is built, so a fresh window is the one sure way to have
// every label, menu and table header in the new language, at run time, without a restart.
// The patient, the screen shown and the window's place carry over; the undo history does not
// (it holds the old language's wording).
//
//   main() ── Database
//     └── WindowHost ── MainWindow (replaced on a language change; the old one is deleted later,
//                                   since the change is asked from inside it)
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(Database &db, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    QString language() const { return m_language; }

    // Applies the language and, when it differs from the one in use, replaces the window.
    void switchLanguage(const QString &code);

Q_SIGNALS:
    void windowReplaced(nc::MainWindow *window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    Database &m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
};

} // namespace nc

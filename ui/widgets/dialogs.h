#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace nc {

// The one seam between the app and its file dialogs and message boxes (KeePassXC's habit): every
// QFileDialog and QMessageBox under ui/ opens through these two classes. A test queues the answer a
// person would give with setNextAnswer(); the next dialog then takes it instead of showing itself,
// and keeps what it asked for lastQuestion(). With no answer queued the real dialog shows.

class FileDialog
{
public:
    // What a file dialog asked: its title, the folder or file it suggested, its filter.
    struct Question
    {
        QString title;
        QString suggested;
        QString filter;
    };

    static QString getOpenFileName(
        QWidget *parent, const QString &title, const QString &suggested = {}, const QString &filter = {});
    // `selectedFilter`, as QFileDialog's: the filter shown first, then the one the person chose
    // (a test's answer leaves it as it was).
    static QString getSaveFileName(QWidget *parent, const QString &title, const QString &suggested = {},
        const QString &filter = {}, QString *selectedFilter = nullptr);
    static QString getExistingDirectory(QWidget *parent, const QString &title, const QString &suggested = {});

    // Tests: the next file dialog answers `path` ("" = the person cancelled). Answers queue in turn.
    static void setNextAnswer(const QString &path);
    static Question lastQuestion();
};

class MessageBox
{
public:
    // What a message box asked: its title and its text.
    struct Question
    {
        QString title;
        QString text;
    };

    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // A box the caller made (its own button texts, an object name the GUI tests look for): runs it,
    // or answers for it. Returns the standard button pressed.
    static QMessageBox::StandardButton exec(QMessageBox &box);

    // Tests: the next message box answers `button` (Cancel, Escape's answer, for "closed it").
    // Answers queue in turn.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static Question lastQuestion();
    // Drops the answers no box took, so none answers a later test's box; returns how many.
    static qsizetype discardAnswers();
};

} // namespace nc

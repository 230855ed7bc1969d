#include "dialogs.h"

#include <QFileDialog>
#include <QQueue>
#include <utility>

namespace nc {

namespace {

// The answers a test queued for one kind of dialog, and what the last one asked.
template<class Question, class Answer> class Answers
{
public:
    void queue(Answer answer) { m_queued.enqueue(std::move(answer)); }
    Question last() const { return m_last; }
    qsizetype discard() { return std::exchange(m_queued, {}).size(); }

    // The first queued answer, or else what `show` (the real dialog) returns.
    template<class Show> Answer ask(Question question, Show show)
    {
        m_last = std::move(question);
        return m_queued.isEmpty() ? show() : m_queued.dequeue();
    }

private:
    QQueue<Answer> m_queued;
    Question m_last;
};

Answers<FileDialog::Question, QString> &fileAnswers()
{
    static Answers<FileDialog::Question, QString> answers;
    return answers;
}

Answers<MessageBox::Question, QMessageBox::StandardButton> &boxAnswers()
{
    static Answers<MessageBox::Question, QMessageBox::StandardButton> answers;
    return answers;
}

} // namespace

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return fileAnswers().ask({ title, suggested, filter },
        [&] { return QFileDialog::getOpenFileName(parent, title, suggested, filter); });
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &title, const QString &suggested,
    const QString &filter, QString *selectedFilter)
{
    return fileAnswers().ask({ title, suggested, filter },
        [&] { return QFileDialog::getSaveFileName(parent, title, suggested, filter, selectedFilter); });
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &title, const QString &suggested)
{
    return fileAnswers().ask({ title, suggested, {} },
        [&] { return QFileDialog::getExistingDirectory(parent, title, suggested); });
}

void FileDialog::setNextAnswer(const QString &path)
{
    fileAnswers().queue(path);
}

FileDialog::Question FileDialog::lastQuestion()
{
    return fileAnswers().last();
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Warning, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return exec(box);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    boxAnswers().ask({ title, text }, [&] {
        QMessageBox::about(parent, title, text);
        return QMessageBox::Ok;
    });
}

QMessageBox::StandardButton MessageBox::exec(QMessageBox &box)
{
    return boxAnswers().ask(
        { box.windowTitle(), box.text() }, [&box] { return QMessageBox::StandardButton(box.exec()); });
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    boxAnswers().queue(button);
}

MessageBox::Question MessageBox::lastQuestion()
{
    return boxAnswers().last();
}

qsizetype MessageBox::discardAnswers()
{
    return boxAnswers().discard();
}

} // namespace nc

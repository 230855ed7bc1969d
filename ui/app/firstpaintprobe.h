#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace nc {

// The start-up benchmark (scripts/bench) times "start to first painted window" from outside the
// process, for the app and for a bare Qt window alike. With NEUTROCARE_BENCH_FIRST_PAINT set, the
// window's first paint prints "first-paint" and ends the event loop once the frame is done.
class FirstPaintProbe : public QObject
{
public:
    static void installIfAsked(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("NEUTROCARE_BENCH_FIRST_PAINT"))
            window->installEventFilter(new FirstPaintProbe(window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, watched, [] {
                QTextStream(stdout) << "first-paint" << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    explicit FirstPaintProbe(QObject *parent)
        : QObject(parent)
    { }
    bool m_done = false;
};

} // namespace nc

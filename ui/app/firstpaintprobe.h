#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace nc {

// Runs `action` once, just after `widget`'s first paint, so a window is on screen before work that
// can wait a moment; or after `fallbackMs` if that comes first (a window started minimised draws
// nothing). With no fallback (negative), only a paint runs it. The hook lives as long as `owner`,
// so a window replaced before it was painted (a language switch) still leaves the fallback.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *widget, QObject *owner, std::function<void()> action, int fallbackMs)
    {
        auto *hook = new AfterFirstPaint(owner, std::move(action));
        widget->installEventFilter(hook);
        if (fallbackMs >= 0)
            QTimer::singleShot(fallbackMs, hook, &AfterFirstPaint::fire);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        // Once the paint is handled: the frame is drawn by then.
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, &AfterFirstPaint::fire);
        return false;
    }

private:
    AfterFirstPaint(QObject *owner, std::function<void()> action)
        : QObject(owner)
        , m_action(std::move(action))
    { }
    void fire()
    {
        if (!m_action)
            return;
        const std::function<void()> action = std::exchange(m_action, {});
        deleteLater();
        action();
    }
    std::function<void()> m_action;
};

// The start-up benchmark (scripts/bench) times "start to first painted window" from outside the
// process, for the app and for a bare Qt window alike. With NEUTROCARE_BENCH_FIRST_PAINT set, the
// window's first paint prints "first-paint" and ends the event loop once the frame is done.
struct FirstPaintProbe
{
    static void installIfAsked(QWidget *window)
    {
        if (!qEnvironmentVariableIsSet("NEUTROCARE_BENCH_FIRST_PAINT"))
            return;
        AfterFirstPaint::run(
            window, window,
            [] {
                QTextStream(stdout) << "first-paint" << Qt::endl;
                QCoreApplication::quit();
            },
            -1);
    }
};

} // namespace nc

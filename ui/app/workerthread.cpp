#include "workerthread.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace nc {

namespace {
QMutex &guard()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QThread *> &threads()
{
    static QHash<QString, QThread *> all;
    return all;
}

void endThreads()
{
    const QMutexLocker lock(&guard());
    for (QThread *thread : std::as_const(threads())) {
        thread->quit();
        if (thread->wait(3000))
            delete thread;
    }
    threads().clear();
}
} // namespace

QThread *workerThread(const QString &name)
{
    const QMutexLocker lock(&guard());
    QThread *&thread = threads()[name];
    if (!thread) {
        if (threads().size() == 1)
            qAddPostRoutine(endThreads);
        thread = new QThread;
        thread->setObjectName(name);
        thread->start(QThread::LowPriority);
    }
    return thread;
}

} // namespace nc

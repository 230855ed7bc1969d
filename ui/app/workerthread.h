#pragma once

#include <QString>

class QThread;

namespace nc {

// A thread of the process's own for slow work that must never hold the window (the home link's
// passes, following people on a clinic's server): started on first use and kept for the process's
// whole life, so no window waits for a thread to end when it closes. At the very end each is asked
// to quit and given 3 s; one still waiting on a server that does not answer is left behind (what
// it had not done is done at the next start).
QThread *workerThread(const QString &name);

} // namespace nc

#include "logshortcuts.h"

namespace nc::logshortcuts {

QKeySequence forKind(const QString &kind)
{
    // Ctrl+Y is Redo, so symptoms take Ctrl+Shift+Y.
    static const struct
    {
        const char *kind;
        QKeySequence key;
    } table[] = {
        { "temperature", QKeySequence(Qt::CTRL | Qt::Key_T) },
        { "count", QKeySequence(Qt::CTRL | Qt::Key_B) },
        { "symptom", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y) },
        { "painkiller", QKeySequence(Qt::CTRL | Qt::Key_P) },
        { "treatment", QKeySequence(Qt::CTRL | Qt::Key_R) },
        { "medicine", QKeySequence(Qt::CTRL | Qt::Key_M) },
    };
    for (const auto &entry : table) {
        if (kind == QLatin1String(entry.kind))
            return entry.key;
    }
    return {};
}

QString text(const QString &kind)
{
    return forKind(kind).toString(QKeySequence::NativeText);
}

} // namespace nc::logshortcuts

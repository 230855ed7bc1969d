#include "printdocument.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace nc::printing {

std::optional<QString> writePdf(const PrintDocument &document, const QString &path, Paper paper)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("nc::printing", "cannot write %1: %2")
            .arg(path, file.errorString());
    bool painted = false;
    {
        // The writer flushes its last page when destroyed, before the file is committed.
        QPdfWriter writer(&file);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("NeutroCare"));
        writer.setPageSize(paper::pageSize(paper));
        painted = document.print(writer);
    }
    if (!painted) {
        file.cancelWriting();
        return QCoreApplication::translate("nc::printing", "cannot paint %1").arg(path);
    }
    if (!file.commit())
        return QCoreApplication::translate("nc::printing", "cannot write %1: %2")
            .arg(path, file.errorString());
    return std::nullopt;
}

} // namespace nc::printing

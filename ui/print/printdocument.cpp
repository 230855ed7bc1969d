#include "printdocument.h"

#include "exchange/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace nc::printing {

std::optional<QString> writePdf(const PrintDocument &document, const QString &path, Paper paper)
{
    // Painted in memory first: only a whole document reaches the file.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        // The writer flushes its last page when destroyed.
        QPdfWriter writer(&pdf);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("NeutroCare"));
        writer.setPageSize(paper::pageSize(paper));
        painted = document.print(writer);
    }
    if (!painted)
        return QCoreApplication::translate("nc::printing", "cannot paint %1").arg(path);
    if (const auto error = saveFile(path, pdf.data()))
        return QCoreApplication::translate("nc::printing", "cannot write %1: %2").arg(path, *error);
    return std::nullopt;
}

} // namespace nc::printing

#pragma once

#include "paper.h"

#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace nc {

// A document that paints itself on any paged device: a QPdfWriter (the CLI, tests) or the QPrinter
// of a print preview (the GUI). It keeps the device's paper size, so a clinic's printer settings
// win, and sets its own margins.
class PrintDocument
{
public:
    virtual ~PrintDocument() = default;
    virtual QString title() const = 0;
    // False when the device cannot be painted on (a printer that went away, a full disk).
    virtual bool print(QPagedPaintDevice &device) const = 0;
};

namespace printing {
// Writes the document as a PDF on `paper`, all or nothing (the file is replaced only on success).
// Returns the error, if any, as a sentence.
std::optional<QString> writePdf(const PrintDocument &document, const QString &path, Paper paper);
} // namespace printing

} // namespace nc

#pragma once

// Reads generated PDFs back the way a person would see them: their text (pdftotext) and their
// page count and size (pdfinfo), both from poppler-utils.

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>

namespace nc::test {

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text in reading order, with runs of white space folded to one space so a test can look
// for phrases however the layout wrapped them.
inline QString pdfText(const QString &path)
{
    const QString raw = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return raw.simplified();
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Page size in points, rounded.
inline QSize pdfPageSize(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
}

} // namespace nc::test

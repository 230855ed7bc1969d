#pragma once

// Reads generated PDFs back the way a person would see them: their text (pdftotext) and their
// page count and size (pdfinfo), both from poppler-utils.

#include <QFile>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace nc::test {

// Why `program` cannot be run, naming the package to install; empty when it is there.
inline QString missingTool(const QString &program)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed: install the package poppler-utils to run the PDF tests")
        .arg(program);
}

// The tool's output; a missing tool fails the test that asked (never a pass on empty text, nor a
// skip), saying which package to install.
inline QString runTool(const QString &program, const QStringList &args)
{
    const QString missing = missingTool(program);
    if (!missing.isEmpty()) {
        QTest::qFail(qPrintable(missing), __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text with runs of white space folded to one space, so a test can look for phrases however
// the layout wrapped them. Layout mode keeps table rows on one line; raw mode keeps side-by-side
// blocks (the card's two sides) apart.
enum class TextMode { Layout, Raw };
inline QString pdfText(const QString &path, TextMode mode = TextMode::Layout)
{
    QStringList args { path, QStringLiteral("-") };
    if (mode == TextMode::Layout)
        args.prepend(QStringLiteral("-layout"));
    const QString raw = runTool(QStringLiteral("pdftotext"), args);
    // Typographic ligatures (ﬁ, ﬂ) back to their letters, so "Red flag" is found as typed.
    QString text = raw.simplified();
    text.replace(QChar(0xFB01), QLatin1String("fi")).replace(QChar(0xFB02), QLatin1String("fl"));
    return text;
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Page size in points, rounded.
inline QSize pdfPageSize(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
}

// The words of one page (from 1) with their boxes in points, from the top left (pdftotext -bbox).
struct PdfWord
{
    QRectF box;
    QString text;
};
inline QList<PdfWord> pdfWords(const QString &path, int page)
{
    const QString html = runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), path, QStringLiteral("-") });
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("&apos;"), QLatin1String("'"));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QChar(0xFB01), QLatin1String("fi")).replace(QChar(0xFB02), QLatin1String("fl"));
        words.append({ QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                           QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
            text });
    }
    return words;
}

// With NC_PRINT_DOCS_DIR set, keeps a copy of a generated PDF under `name` there, for the
// renderings in docs/print (pdftoppm -png -r 100).
inline void keepForDocs(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("NC_PRINT_DOCS_DIR");
    if (dir.isEmpty())
        return;
    const QString target = dir + QLatin1Char('/') + name;
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace nc::test

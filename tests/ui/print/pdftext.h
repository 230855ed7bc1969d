#pragma once

// Reads generated PDFs back the way a person would see them: their text (pdftotext) and their
// page count and size (pdfinfo), both from poppler-utils.

#include <QFile>
#include <QHash>
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

// Unicode's own table of the CJK radicals drawn like a unified ideograph (⻝ U+2EDD and 食 U+98DF),
// from the unicode-data package: code point → ideograph. Empty without the file, so a test that
// needs it fails on the words rather than passing on nothing.
inline const QHash<char32_t, char32_t> &radicalIdeographs()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> t;
        QFile file(QStringLiteral("/usr/share/unicode/EquivalentUnifiedIdeograph.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return t;
        static const QRegularExpression line(
            QStringLiteral("^([0-9A-F]{4,5})(?:\\.\\.([0-9A-F]{4,5}))?\\s*;\\s*([0-9A-F]{4,5})"));
        while (!file.atEnd()) {
            const auto m = line.match(QString::fromLatin1(file.readLine()));
            if (!m.hasMatch())
                continue;
            const char32_t first = m.captured(1).toUInt(nullptr, 16);
            const char32_t last = m.captured(2).isEmpty() ? first : m.captured(2).toUInt(nullptr, 16);
            for (char32_t c = first; c <= last; ++c)
                t.insert(c, char32_t(m.captured(3).toUInt(nullptr, 16)));
        }
        return t;
    }();
    return table;
}

// `text` as typed: every CJK radical the table names replaced by its ideograph, and the
// compatibility forms a PDF's text map gives back (typographic ligatures, Arabic letters in their
// shaped forms, Kangxi radicals) folded to their letters. Only those blocks: a full compatibility
// fold would also turn the micro sign of "/µL" into a Greek mu.
inline QString asTyped(const QString &text)
{
    const auto folded = [](char32_t c) {
        return (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)
            || (c >= 0x2F00 && c <= 0x2FDF);
    };
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const char32_t mapped = radicalIdeographs().value(c, c);
        const QString one = QString::fromUcs4(&mapped, 1);
        out += folded(mapped) ? one.normalized(QString::NormalizationForm_KC) : one;
    }
    return out;
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
    // Words found as typed (asTyped): ligatures and Arabic shaped forms folded, and a Chinese
    // ideograph that the font draws with the same glyph as a radical (食 and ⻝, 示 and ⽰), which
    // the PDF's text map names by the radical, turned back. pdftotext marks each right-to-left run
    // with embedding controls, which are not words.
    static const QRegularExpression controls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return asTyped(runTool(QStringLiteral("pdftotext"), args)).remove(controls).simplified();
}

// Whether `words` are in `text` (from pdfText()), as a reader sees them. Arabic and Chinese come
// back with their letters split over lines (each shaped glyph is placed on its own), so where the
// words are not found as they are, they are looked for with every space taken out of both.
inline bool pdfSays(const QString &text, const QString &words)
{
    if (text.contains(words.simplified()))
        return true;
    QString packed = text;
    QString wanted = words;
    return packed.remove(QLatin1Char(' ')).contains(wanted.remove(QRegularExpression(QStringLiteral("\\s"))));
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// How many pictures the document holds (pdfimages -list: two header lines, then one line each).
inline int pdfImageCount(const QString &path)
{
    const QString list = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
    return list.isEmpty() ? -1 : int(list.count(QLatin1Char('\n'))) - 2;
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

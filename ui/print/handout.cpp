#include "handout.h"

#include "content/contentcatalogue.h"
#include "pageframe.h"
#include "printstyle.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace nc {

namespace {

using namespace printstyle;

constexpr double kBodyPt = 10.5;

// Markdown headings and paragraphs in the house style: sizes, accent colour, spacing. Links to
// other articles mean nothing on paper, so they print as plain words.
void styleBlocks(QTextDocument &doc)
{
    QTextCursor cursor(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextBlockFormat bf = block.blockFormat();
        QTextCharFormat cf;
        cf.setAnchor(false);
        cf.setAnchorHref(QString());
        cf.setFontUnderline(false);
        cf.setForeground(kInk);
        switch (bf.headingLevel()) {
        case 1:
        case 2:
            cf.setFontPointSize(14);
            cf.setFontWeight(QFont::Bold);
            cf.setForeground(kAccent);
            bf.setTopMargin(10);
            bf.setBottomMargin(3);
            break;
        case 3:
            cf.setFontPointSize(11.5);
            cf.setFontWeight(QFont::Bold);
            bf.setTopMargin(6);
            bf.setBottomMargin(2);
            break;
        default:
            cf.setFontPointSize(kBodyPt);
            bf.setBottomMargin(block.textList() ? 2 : 6);
            bf.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
            break;
        }
        cursor.setBlockFormat(bf);
        cursor.mergeCharFormat(cf);
    }
    // Tables with light rules and room in each cell.
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat tf = table->format();
            tf.setBorder(0.5);
            tf.setBorderBrush(kRule);
            tf.setBorderCollapse(true);
            tf.setCellPadding(4);
            tf.setCellSpacing(0);
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            tf.setHeaderRowCount(1);
            table->setFormat(tf);
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat head = cell.format();
                head.setBackground(kAccentTint);
                cell.setFormat(head);
            }
        }
    }
}

} // namespace

std::optional<Handout> Handout::create(const ContentCatalogue &catalogue, const QString &articleId,
    const QString &language, const PatientSettings &settings)
{
    const std::optional<Article> article = catalogue.article(articleId, language);
    if (!article)
        return std::nullopt;
    Handout h;
    h.m_title = article->title;
    h.m_summary = article->summary;
    h.m_bodyMarkdown = catalogue.filledMarkdown(articleId, language, settings);
    h.m_sources = article->sources;
    h.m_reviewed = article->reviewed;
    h.m_settings = settings;
    return h;
}

bool Handout::print(QPagedPaintDevice &device) const
{
    QTextDocument doc;
    setUp(doc, kBodyPt);
    // Content is data, never markup: raw HTML in an article (or in a filled-in clinic name) stays text.
    doc.setMarkdown(m_bodyMarkdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    styleBlocks(doc);
    readInOrder(doc);

    QTextCursor top(&doc);
    top.movePosition(QTextCursor::Start);
    top.insertBlock();
    top.movePosition(QTextCursor::Start);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(4);
    QTextCharFormat titleChar;
    titleChar.setFont(font(21, QFont::Bold));
    titleChar.setForeground(kInk);
    top.setBlockFormat(titleBlock);
    top.insertText(m_title, titleChar);
    QTextBlockFormat leadBlock;
    leadBlock.setBottomMargin(10);
    QTextCharFormat leadChar;
    leadChar.setFont(font(12));
    leadChar.setForeground(kMuted);
    top.insertBlock(leadBlock, leadChar);
    top.insertText(m_summary, leadChar);

    PageFrame frame = PageFrame::fromSettings(m_settings, m_title);
    if (!m_sources.isEmpty())
        frame.footerNotes << tr("Sources: %1.").arg(m_sources.join(QStringLiteral("; ")));
    frame.footerNotes << tr("Content reviewed %1. Your care team's advice comes first.")
                             .arg(QLocale().toString(m_reviewed, QStringLiteral("d MMMM yyyy")));
    return frame.paint(doc, device) > 0;
}

} // namespace nc

#include "learnscreen.h"

#include "articlelistmodel.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QVBoxLayout>

namespace nc {

namespace {

const QColor kInk(0x13, 0x20, 0x2B);
const QColor kSubtle(0x4A, 0x55, 0x60);
const QColor kTeal(0x0E, 0x6E, 0x74);
const QColor kSelected(0xE2, 0xF0, 0xF1);
const QColor kHover(0xF1, 0xF5, 0xF7);

// Two lines per article: the title, and its summary in a quieter colour, so a tired reader can pick
// the right one without opening each.
class ArticleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPadV = 10;
    static constexpr int kPadH = 14;
    static constexpr int kGap = 3;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(2, 2, -2, -2);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(kSelected);
            painter->drawRoundedRect(r, 6, 6);
            painter->setBrush(kTeal);
            painter->drawRoundedRect(QRect(r.left(), r.top(), 5, r.height()), 2, 2);
        } else if (option.state & QStyle::State_MouseOver) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(kHover);
            painter->drawRoundedRect(r, 6, 6);
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(kTeal, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6);
        }
        const QRect text = r.adjusted(kPadH, kPadV, -kPadH, -kPadV);
        const QFont title = titleFont(option.font);
        const QFont summary = option.font;
        const int titleHeight
            = QFontMetrics(title).boundingRect(text, Qt::TextWordWrap, titleOf(index)).height();
        painter->setPen(kInk);
        painter->setFont(title);
        painter->drawText(
            QRect(text.left(), text.top(), text.width(), titleHeight), Qt::TextWordWrap, titleOf(index));
        painter->setPen(kSubtle);
        painter->setFont(summary);
        painter->drawText(QRect(text.left(), text.top() + titleHeight + kGap, text.width(),
                              text.height() - titleHeight - kGap),
            Qt::TextWordWrap, summaryOf(index));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The same text width paint() uses: the viewport, less the item's inset and padding.
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int viewWidth = view ? view->viewport()->width() : 360;
        const int width = viewWidth - 4 - 2 * kPadH;
        const QRect bounds(0, 0, std::max(width, 120), 10000);
        const int titleHeight = QFontMetrics(titleFont(option.font))
                                    .boundingRect(bounds, Qt::TextWordWrap, titleOf(index))
                                    .height();
        const int summaryHeight
            = QFontMetrics(option.font).boundingRect(bounds, Qt::TextWordWrap, summaryOf(index)).height();
        return { viewWidth, titleHeight + kGap + summaryHeight + 2 * kPadV + 4 };
    }

private:
    static QFont titleFont(QFont font)
    {
        font.setWeight(QFont::DemiBold);
        font.setPointSizeF(font.pointSizeF() * 1.08);
        return font;
    }
    static QString titleOf(const QModelIndex &index) { return index.data(Qt::DisplayRole).toString(); }
    static QString summaryOf(const QModelIndex &index)
    {
        return index.data(ArticleListModel::SummaryRole).toString();
    }
};

} // namespace

LearnScreen::LearnScreen(Session &session, QWidget *parent, const ContentCatalogue &catalogue)
    : QWidget(parent)
    , m_session(session)
    , m_catalogue(catalogue)
    , m_model(new ArticleListModel(catalogue, this))
{
    setObjectName(QStringLiteral("learnScreen"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(28);
    layout->addWidget(buildListPanel(), 2);
    layout->addLayout(buildArticlePanel(), 5);
    connectControls();

    connect(&m_session, &Session::dataChanged, this, [this] { render(false); });
    connect(&m_session, &Session::patientChanged, this, [this] {
        m_model->setLanguage(language());
        applySearch(m_search->text());
        render(true);
    });

    m_model->setLanguage(language());
    applySearch(QString());
    applyReadingFont();
    if (m_model->rowCount() > 0)
        openArticle(m_model->idAt(0));
}

QWidget *LearnScreen::buildListPanel()
{
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    auto *title = new QLabel(tr("Learn"), this);
    title->setProperty("role", QStringLiteral("heading"));
    left->addWidget(title);
    auto *intro
        = new QLabel(tr("Short articles in plain words, checked against medical guidelines. They explain; "
                        "your care team decides."),
            this);
    intro->setProperty("role", QStringLiteral("subtle"));
    intro->setWordWrap(true);
    left->addWidget(intro);

    auto *searchLabel = new QLabel(tr("&Search the articles"), this);
    left->addSpacing(6);
    left->addWidget(searchLabel);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("learnSearch"));
    m_search->setAccessibleName(tr("Search the articles"));
    m_search->setPlaceholderText(tr("For example: fever, food, G-CSF"));
    // No clear button: a button inside the field cannot be reached by Tab. Escape clears instead.
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    left->addWidget(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("learnResultCount"));
    m_count->setProperty("role", QStringLiteral("subtle"));
    m_count->setWordWrap(true);
    left->addWidget(m_count);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ArticleDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    m_list->viewport()->setAutoFillBackground(false);
    left->addWidget(m_list, 1);

    auto *leftPanel = new QWidget(this);
    leftPanel->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftPanel->setMinimumWidth(320);
    leftPanel->setMaximumWidth(440);
    return leftPanel;
}

QVBoxLayout *LearnScreen::buildArticlePanel()
{
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    auto *bar = new QHBoxLayout;
    m_back = new QPushButton(icons::icon(QStringLiteral("back"), kInk), tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("learnBack"));
    m_back->setAccessibleName(tr("Back to the previous article"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward = new QPushButton(icons::icon(QStringLiteral("forward"), kInk), tr("&Forward"), this);
    m_forward->setObjectName(QStringLiteral("learnForward"));
    m_forward->setAccessibleName(tr("Forward to the next article"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("learnPrint"));
    m_print->setAccessibleName(tr("Print this article as a handout"));
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addStretch(1);
    bar->addWidget(m_print);
    right->addLayout(bar);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("articleView"));
    m_browser->setAccessibleName(tr("Article"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setStyleSheet(
        QStringLiteral("QTextBrowser#articleView { background: #FFFFFF; border: 1px solid #DCE2E7; "
                       "border-radius: 10px; }"));
    m_browser->document()->setDocumentMargin(28);
    m_browser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    right->addWidget(m_browser, 1);
    return right;
}

void LearnScreen::connectControls()
{
    connect(m_search, &QLineEdit::textChanged, this, &LearnScreen::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            openArticle(m_model->idAt(0));
            m_list->setFocus();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &index) {
            if (index.isValid())
                openArticle(m_model->idAt(index.row()));
        });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("article"))
            openArticle(url.path());
    });
    connect(m_back, &QPushButton::clicked, this, &LearnScreen::back);
    connect(m_forward, &QPushButton::clicked, this, &LearnScreen::forward);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            Q_EMIT printRequested(m_current);
    });
    auto *backKey = new QShortcut(QKeySequence::Back, this, this, &LearnScreen::back);
    backKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *forwardKey = new QShortcut(QKeySequence::Forward, this, this, &LearnScreen::forward);
    forwardKey->setContext(Qt::WidgetWithChildrenShortcut);
}

QString LearnScreen::language() const
{
    return m_session.patientId() ? m_session.settings().language
                                 : QString::fromLatin1(ContentCatalogue::kFallbackLanguage);
}

void LearnScreen::openArticle(const QString &id)
{
    if (id == m_current || !m_catalogue.article(id, language()))
        return;
    if (!m_current.isEmpty())
        m_backStack.append(m_current);
    m_forwardStack.clear();
    showArticle(id);
}

void LearnScreen::back()
{
    if (m_backStack.isEmpty())
        return;
    m_forwardStack.append(m_current);
    showArticle(m_backStack.takeLast());
}

void LearnScreen::forward()
{
    if (m_forwardStack.isEmpty())
        return;
    m_backStack.append(m_current);
    showArticle(m_forwardStack.takeLast());
}

void LearnScreen::showArticle(const QString &id)
{
    m_current = id;
    render(true);
    selectCurrentInList();
    updateNavigation();
}

void LearnScreen::render(bool force)
{
    if (m_current.isEmpty())
        return;
    const PatientSettings settings = m_session.patientId() ? m_session.settings() : PatientSettings {};
    // Refill only when what the text depends on changed, so logging a reading never resets the page.
    const QByteArray key = m_current.toUtf8() + '\n' + settings.protocol.toJsonBytes() + '\n'
        + settings.language.toUtf8() + '\n' + settings.clinicName.toUtf8() + '\n'
        + settings.inHoursNumber.toUtf8() + '\n' + settings.outOfHoursNumber.toUtf8() + '\n'
        + QByteArray::number(int(settings.displayUnit));
    if (!force && key == m_renderedKey)
        return;
    m_renderedKey = key;
    const int scroll = force ? 0 : m_browser->verticalScrollBar()->value();
    m_browser->setMarkdown(m_catalogue.documentMarkdown(m_current, settings.language, settings));

    // Airier lines and paragraphs than the Markdown defaults: easier on tired eyes.
    QTextCursor cursor(m_browser->document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(spacing);
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        if (level > 0) {
            format.setTopMargin(level == 1 ? 0 : Theme::points(14));
            format.setBottomMargin(Theme::points(5));
            // Calmer headings than Markdown's defaults, a clear step above the text.
            QTextCharFormat chars = block.begin().fragment().charFormat();
            chars.clearProperty(QTextFormat::FontSizeAdjustment);
            chars.setFontPointSize(Theme::points(level == 1 ? 19 : level == 2 ? 15 : 13.5));
            chars.setFontWeight(level == 1 ? QFont::Bold : QFont::DemiBold);
            chars.setForeground(level == 1 ? kInk : QColor(0x0E, 0x3B, 0x43));
            QTextCursor whole(block);
            whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            whole.setCharFormat(chars);
        } else if (!block.textList()) {
            format.setBottomMargin(Theme::points(8));
        }
        QTextCursor(block).setBlockFormat(format);
        // Links are underlined as well as coloured: colour is never the only sign.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor())
                continue;
            QTextCursor link(m_browser->document());
            link.setPosition(fragment.position());
            link.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat underline;
            underline.setFontUnderline(true);
            link.mergeCharFormat(underline);
        }
    }
    // Tables (the ANC levels) with light single rules, room in each cell and a shaded header row.
    for (QTextFrame *frame : m_browser->document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xC9, 0xD2, 0xDA));
        format.setCellSpacing(0);
        format.setCellPadding(Theme::points(5));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(Theme::points(4));
        format.setBottomMargin(Theme::points(10));
        table->setFormat(format);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(QColor(0xEE, 0xF3, 0xF6));
            cell.setFormat(cellFormat);
        }
    }
    m_browser->verticalScrollBar()->setValue(scroll);
}

void LearnScreen::applySearch(const QString &text)
{
    m_model->setQuery(text);
    const int n = m_model->rowCount();
    if (text.trimmed().isEmpty())
        m_count->setText(n == 1 ? tr("1 article") : tr("%1 articles").arg(n));
    else if (n == 0)
        m_count->setText(
            tr("No article matches \u201c%1\u201d. Try a shorter or different word.").arg(text.trimmed()));
    else
        m_count->setText(n == 1 ? tr("1 article matches \u201c%1\u201d").arg(text.trimmed())
                                : tr("%1 articles match \u201c%2\u201d").arg(n).arg(text.trimmed()));
    selectCurrentInList();
}

void LearnScreen::selectCurrentInList()
{
    const QSignalBlocker blocker(m_list->selectionModel());
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    m_list->viewport()->update();
}

void LearnScreen::updateNavigation()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

void LearnScreen::applyReadingFont()
{
    // A reading size a step above the interface's, following the large-text setting.
    QFont font = QApplication::font();
    font.setPointSizeF(Theme::points(12.5));
    m_browser->setFont(font);
    // About 70 characters a line, and the page no wider than its text: long lines tire the eye.
    const int textWidth = QFontMetrics(font).averageCharWidth() * 72;
    m_browser->setLineWrapColumnOrWidth(textWidth);
    m_browser->setMaximumWidth(textWidth + 2 * int(m_browser->document()->documentMargin())
        + m_browser->verticalScrollBar()->sizeHint().width() + 8);
    m_list->doItemsLayout();
}

bool LearnScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LearnScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::FontChange) {
        applyReadingFont();
        render(true);
    }
    QWidget::changeEvent(event);
}

} // namespace nc

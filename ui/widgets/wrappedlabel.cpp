#include "wrappedlabel.h"

#include <QEvent>

namespace nc {

namespace {
// Enough for every width a settling layout tries; a window dragged wider and narrower for a
// while starts over rather than growing without end.
constexpr qsizetype kMaxRemembered = 64;
} // namespace

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{ }

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return { text(), font(), contentsMargins(), margin(), indent(), textFormat() };
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Key key = currentKey(); !(key == m_key)) {
        m_key = std::move(key);
        m_heights.clear();
    }
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    if (m_heights.size() >= kMaxRemembered)
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappedLabel::setSelectableOnPress()
{
    m_selectableOnPress = true;
    setCursor(Qt::IBeamCursor);
}

void WrappedLabel::mousePressEvent(QMouseEvent *event)
{
    // Made selectable before QLabel sees the press, so this very press starts the selection (or,
    // with the right button, opens the menu with Copy).
    if (m_selectableOnPress && !(textInteractionFlags() & Qt::TextSelectableByMouse))
        setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByMouse);
    QLabel::mousePressEvent(event);
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A style sheet or palette change can change the font metrics without changing font().
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LayoutDirectionChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace nc

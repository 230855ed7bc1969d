#pragma once

#include <QHash>
#include <QLabel>

namespace nc {

// A word-wrapped QLabel that remembers its height for each width it was asked about. QLabel lays
// its whole text out again on every heightForWidth() call, and a layout asks the same few widths
// over and over while it settles: before the first paint of Today that was 635 calls and 1,882
// text layouts, a fifth of the app's start-up. What the answer depends on (the text, the font,
// the margins, the style) is checked on every call, so the cache can never answer for old text.
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString &text = {}, QWidget *parent = nullptr);
    explicit WrappedLabel(QWidget *parent);

    int heightForWidth(int width) const override;

    // Text a person may want to copy, selectable with the mouse from the first press on it (the
    // I-beam cursor shows it from the start). A selectable QLabel keeps a text document of its
    // own, laid out again with every change: made so from the start, the status card's labels
    // cost 6 to 9 ms of the window's first appearance (docs/performance.md).
    void setSelectableOnPress();

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Key
    {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Key &) const = default;
    };
    Key currentKey() const;

    mutable Key m_key;
    mutable QHash<int, int> m_heights;
    bool m_selectableOnPress = false;
};

} // namespace nc

#include "theme.h"

#include "language.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QStyleFactory>
#include <cmath>

namespace nc {

namespace {
double g_scale = 1.0;
constexpr double kBasePoints = 10.5;

// The palette, named once: the stylesheet, the QPalette and the contrast test all read these.
const QColor kInk(0x1A, 0x20, 0x27); // body text
const QColor kHeading(0x13, 0x20, 0x2B); // headings and big figures
const QColor kSubtle(0x4A, 0x55, 0x60); // secondary text
const QColor kMuted(0x5F, 0x6B, 0x76); // placeholders
const QColor kDisabled(0x6B, 0x75, 0x80);
const QColor kWindow(0xF3, 0xF5, 0xF7);
const QColor kAlternate(0xF6, 0xF8, 0xFA);
const QColor kWhite(0xFF, 0xFF, 0xFF);
const QColor kHover(0xEE, 0xF3, 0xF6);
const QColor kBorder(0xB8, 0xC2, 0xCC);
const QColor kCardBorder(0xDC, 0xE2, 0xE7);
const QColor kTeal(0x0E, 0x6E, 0x74); // primary actions, focus, selection
const QColor kTealDark(0x0B, 0x5C, 0x61); // links, pressed primary
const QColor kNavigation(0x0E, 0x3B, 0x43);
const QColor kNavigationSelected(0x1F, 0x6A, 0x73);
const QColor kNavigationText(0xE6, 0xF1, 0xF2);
const QColor kNavigationFocus(0x9F, 0xE3, 0xE8);
const QColor kError(0x9B, 0x1C, 0x13);
const QColor kUrgent(0x8E, 0x1B, 0x14);
} // namespace

QList<Theme::TextPair> Theme::textPairs()
{
    return {
        { "body text on the window", kInk, kWindow },
        { "body text in fields and tables", kInk, kWhite },
        { "alternate table rows", kInk, kAlternate },
        { "headings on cards", kHeading, kWhite },
        { "headings on the window", kHeading, kWindow },
        { "secondary text on cards", kSubtle, kWhite },
        { "secondary text on the window", kSubtle, kWindow },
        { "placeholders in fields", kMuted, kWhite },
        { "disabled text", kDisabled, kWhite },
        { "buttons", kInk, kWhite },
        { "buttons under the pointer", kInk, kHover },
        { "primary buttons", kWhite, kTeal },
        { "primary buttons under the pointer", kWhite, kTealDark },
        { "selected rows", kWhite, kTeal },
        { "links", kTealDark, kWhite },
        { "navigation items", kNavigationText, kNavigation },
        { "the selected navigation item", kWhite, kNavigationSelected },
        { "error messages in dialogs", kError, kWhite },
        { "error messages on the window", kError, kWindow },
        { "tooltips", kWhite, kInk },
        { "the call-now button", kUrgent, kWhite },
    };
}

void Theme::apply(QApplication &app, bool largeText)
{
    g_scale = largeText ? kLargeTextScale : 1.0;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette;
    palette.setColor(QPalette::Window, kWindow);
    palette.setColor(QPalette::WindowText, kInk);
    palette.setColor(QPalette::Base, kWhite);
    palette.setColor(QPalette::AlternateBase, kAlternate);
    palette.setColor(QPalette::Text, kInk);
    palette.setColor(QPalette::Button, kWhite);
    palette.setColor(QPalette::ButtonText, kInk);
    palette.setColor(QPalette::Highlight, kTeal);
    palette.setColor(QPalette::HighlightedText, kWhite);
    palette.setColor(QPalette::PlaceholderText, kMuted);
    palette.setColor(QPalette::ToolTipBase, kInk);
    palette.setColor(QPalette::ToolTipText, kWhite);
    palette.setColor(QPalette::Link, kTealDark);
    palette.setColor(QPalette::Disabled, QPalette::Text, kDisabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, kDisabled);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, kDisabled);
    app.setPalette(palette);

    QFont font = app.font();
    font.setFamilies(language::fontFamilies());
    font.setPointSizeF(kBasePoints * g_scale);
    app.setFont(font);
    app.setStyleSheet(styleSheet(g_scale));
}

QColor Theme::iconColor(IconOn on)
{
    return on == IconOn::PrimaryButton ? kWhite : kTeal;
}

bool Theme::largeText()
{
    return g_scale > 1.0;
}

double Theme::scale()
{
    return g_scale;
}

int Theme::points(double basePoints)
{
    return int(std::lround(basePoints * g_scale));
}

QString Theme::styleSheet(double scale)
{
    auto px = [scale](int v) { return QString::number(int(std::lround(v * scale))); };
    // Object names and dynamic properties select the few styled parts; everything else stays native
    // Fusion so keyboard focus rings and disabled states keep working.
    const auto hex = [](const QColor &c) { return c.name(); };
    const QHash<QString, QString> values = {
        { QStringLiteral("navTop"), px(12) },
        { QStringLiteral("itemPadV"), px(10) },
        { QStringLiteral("itemPadH"), px(14) },
        { QStringLiteral("radius"), px(6) },
        { QStringLiteral("cardRadius"), px(10) },
        { QStringLiteral("headingPt"), QString::number(14.0 * scale, 'f', 1) },
        { QStringLiteral("bigPt"), QString::number(20.0 * scale, 'f', 1) },
        { QStringLiteral("buttonPadV"), px(7) },
        { QStringLiteral("buttonPadH"), px(16) },
        { QStringLiteral("fieldPad"), px(5) },
        { QStringLiteral("fieldRadius"), px(4) },
        { QStringLiteral("comboArrow"), px(26) },
        { QStringLiteral("arrowSize"), px(14) },
        { QStringLiteral("spinButton"), px(22) },
        { QStringLiteral("itemHeight"), px(22) },
        { QStringLiteral("spinArrowW"), px(12) },
        { QStringLiteral("spinArrowH"), px(9) },
        { QStringLiteral("indicator"), px(16) },
        { QStringLiteral("ink"), hex(kInk) },
        { QStringLiteral("heading"), hex(kHeading) },
        { QStringLiteral("subtle"), hex(kSubtle) },
        { QStringLiteral("white"), hex(kWhite) },
        { QStringLiteral("hover"), hex(kHover) },
        { QStringLiteral("border"), hex(kBorder) },
        { QStringLiteral("cardBorder"), hex(kCardBorder) },
        { QStringLiteral("teal"), hex(kTeal) },
        { QStringLiteral("tealDark"), hex(kTealDark) },
        { QStringLiteral("nav"), hex(kNavigation) },
        { QStringLiteral("navSelected"), hex(kNavigationSelected) },
        { QStringLiteral("navText"), hex(kNavigationText) },
        { QStringLiteral("navFocus"), hex(kNavigationFocus) },
        { QStringLiteral("error"), hex(kError) },
        { QStringLiteral("urgent"), hex(kUrgent) },
    };
    QString sheet = QStringLiteral(R"(
#navigation { background: {nav}; border: none; color: {white}; outline: 0; padding-top: {navTop}px; }
#navigation::item { padding: {itemPadV}px {itemPadH}px; border-radius: {radius}px; margin: 2px {radius}px; color: {navText}; }
#navigation::item:selected { background: {navSelected}; color: {white}; }
#navigation::item:focus { border: 2px solid {navFocus}; }
QFrame[card="true"] { background: {white}; border: 1px solid {cardBorder}; border-radius: {cardRadius}px; }
QLabel[role="heading"] { font-size: {headingPt}pt; font-weight: 600; color: {heading}; }
QLabel[role="subtle"] { color: {subtle}; }
QLabel[role="big"] { font-size: {bigPt}pt; font-weight: 600; color: {heading}; }
QPushButton { padding: {buttonPadV}px {buttonPadH}px; border-radius: {radius}px; border: 1px solid {border}; background: {white}; text-align: center; }
QPushButton:hover { background: {hover}; }
QPushButton:focus { border: 2px solid {teal}; }
QPushButton[primary="true"] { background: {teal}; color: {white}; border: 1px solid {tealDark}; font-weight: 600; }
QPushButton[primary="true"]:hover { background: {tealDark}; }
QPushButton[primary="true"]:focus { border: 2px solid {heading}; }
QPushButton[urgent="true"] { background: {white}; color: {urgent}; border: 2px solid {white}; font-weight: 700; }
QPushButton[urgent="true"]:focus { border: 3px solid {heading}; }
QLineEdit, QComboBox, QDoubleSpinBox, QSpinBox, QDateTimeEdit, QDateEdit, QPlainTextEdit {
    padding: {fieldPad}px; border: 1px solid {border}; border-radius: {fieldRadius}px; background: {white}; }
QLineEdit:focus, QComboBox:focus, QDoubleSpinBox:focus, QSpinBox:focus, QDateTimeEdit:focus,
QDateEdit:focus, QPlainTextEdit:focus { border: 2px solid {teal}; }
QComboBox { padding-right: {comboArrow}px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: {comboArrow}px; border: none; }
QComboBox::down-arrow { image: url(:/icons/chevron-down.svg); width: {arrowSize}px; height: {arrowSize}px; }
/* The open drop-down is a plain list: Fusion's menu-like popup drew the current choice as an empty field. */
QComboBox { combobox-popup: 0; }
QComboBox QAbstractItemView { background: {white}; color: {ink}; border: 1px solid {border}; outline: 0;
    selection-background-color: {teal}; selection-color: {white}; }
QComboBox QAbstractItemView::item { padding: {fieldPad}px {itemPadH}px; min-height: {itemHeight}px; color: {ink}; background: {white}; }
QComboBox QAbstractItemView::item:selected { background: {teal}; color: {white}; }
/* Stepping buttons with their own room, inside the frame so its border stays whole: left to Fusion,
   they were a broken sliver under the fields' padding. Greyed arrows at the end of the range. */
QSpinBox, QDoubleSpinBox, QDateTimeEdit { padding-right: {spinButton}px; }
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateTimeEdit::up-button,
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateTimeEdit::down-button {
    subcontrol-origin: padding; width: {spinButton}px; border-left: 1px solid {border}; background: {white}; }
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateTimeEdit::up-button {
    subcontrol-position: top right; border-top-right-radius: {fieldRadius}px; border-bottom: 1px solid {border}; }
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateTimeEdit::down-button {
    subcontrol-position: bottom right; border-bottom-right-radius: {fieldRadius}px; }
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover, QDateTimeEdit::up-button:hover,
QSpinBox::down-button:hover, QDoubleSpinBox::down-button:hover, QDateTimeEdit::down-button:hover { background: {hover}; }
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QDateTimeEdit::up-arrow {
    image: url(:/icons/spin-up.svg); width: {spinArrowW}px; height: {spinArrowH}px; }
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QDateTimeEdit::down-arrow {
    image: url(:/icons/spin-down.svg); width: {spinArrowW}px; height: {spinArrowH}px; }
QSpinBox::up-arrow:off, QDoubleSpinBox::up-arrow:off, QDateTimeEdit::up-arrow:off,
QSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:disabled, QDateTimeEdit::up-arrow:disabled {
    image: url(:/icons/spin-up-off.svg); }
QSpinBox::down-arrow:off, QDoubleSpinBox::down-arrow:off, QDateTimeEdit::down-arrow:off,
QSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled {
    image: url(:/icons/spin-down-off.svg); }
QDateTimeEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: {comboArrow}px; border: none; }
/* Boxes and dots grow with large text, like the words beside them. */
QCheckBox::indicator, QRadioButton::indicator { width: {indicator}px; height: {indicator}px; }
QLabel[role="error"] { color: {error}; font-weight: 600; }
QToolTip { padding: 4px; }
)");

    for (auto it = values.begin(); it != values.end(); ++it)
        sheet.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return sheet;
}

} // namespace nc

#include "theme.h"

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
} // namespace

void Theme::apply(QApplication &app, bool largeText)
{
    g_scale = largeText ? kLargeTextScale : 1.0;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xF3, 0xF5, 0xF7));
    palette.setColor(QPalette::WindowText, QColor(0x1A, 0x20, 0x27));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xF6, 0xF8, 0xFA));
    palette.setColor(QPalette::Text, QColor(0x1A, 0x20, 0x27));
    palette.setColor(QPalette::Button, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::ButtonText, QColor(0x1A, 0x20, 0x27));
    palette.setColor(QPalette::Highlight, QColor(0x0E, 0x6E, 0x74));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x6B, 0x76));
    palette.setColor(QPalette::ToolTipBase, QColor(0x1A, 0x20, 0x27));
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0B, 0x5C, 0x61));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x75, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x75, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x75, 0x80));
    app.setPalette(palette);

    QFont font = app.font();
    font.setFamily(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kBasePoints * g_scale);
    app.setFont(font);
    app.setStyleSheet(styleSheet(g_scale));
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
    const QHash<QString, QString> values = {
        {QStringLiteral("navTop"), px(12)},      {QStringLiteral("itemPadV"), px(10)},
        {QStringLiteral("itemPadH"), px(14)},    {QStringLiteral("radius"), px(6)},
        {QStringLiteral("cardRadius"), px(10)},  {QStringLiteral("headingPt"), QString::number(14.0 * scale, 'f', 1)},
        {QStringLiteral("bigPt"), QString::number(20.0 * scale, 'f', 1)},
        {QStringLiteral("buttonPadV"), px(7)},   {QStringLiteral("buttonPadH"), px(16)},
        {QStringLiteral("fieldPad"), px(5)},     {QStringLiteral("fieldRadius"), px(4)},
    };
    QString sheet = QStringLiteral(R"(
#navigation { background: #0E3B43; border: none; color: #FFFFFF; outline: 0; padding-top: {navTop}px; }
#navigation::item { padding: {itemPadV}px {itemPadH}px; border-radius: {radius}px; margin: 2px {radius}px; color: #E6F1F2; }
#navigation::item:selected { background: #1F6A73; color: #FFFFFF; }
#navigation::item:focus { border: 2px solid #9FE3E8; }
QFrame[card="true"] { background: #FFFFFF; border: 1px solid #DCE2E7; border-radius: {cardRadius}px; }
QLabel[role="heading"] { font-size: {headingPt}pt; font-weight: 600; color: #13202B; }
QLabel[role="subtle"] { color: #4A5560; }
QLabel[role="big"] { font-size: {bigPt}pt; font-weight: 600; color: #13202B; }
QPushButton { padding: {buttonPadV}px {buttonPadH}px; border-radius: {radius}px; border: 1px solid #B8C2CC; background: #FFFFFF; }
QPushButton:hover { background: #EEF3F6; }
QPushButton:focus { border: 2px solid #0E6E74; }
QPushButton[primary="true"] { background: #0E6E74; color: #FFFFFF; border: 1px solid #0B5C61; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #0B5C61; }
QPushButton[primary="true"]:focus { border: 2px solid #13202B; }
QPushButton[urgent="true"] { background: #FFFFFF; color: #8E1B14; border: 2px solid #FFFFFF; font-weight: 700; }
QPushButton[urgent="true"]:focus { border: 3px solid #13202B; }
QLineEdit, QComboBox, QDoubleSpinBox, QSpinBox, QDateTimeEdit, QDateEdit, QPlainTextEdit {
    padding: {fieldPad}px; border: 1px solid #B8C2CC; border-radius: {fieldRadius}px; background: #FFFFFF; }
QLineEdit:focus, QComboBox:focus, QDoubleSpinBox:focus, QSpinBox:focus, QDateTimeEdit:focus,
QDateEdit:focus, QPlainTextEdit:focus { border: 2px solid #0E6E74; }
QLabel[role="error"] { color: #9B1C13; font-weight: 600; }
QToolTip { padding: 4px; }
)");
    for (auto it = values.begin(); it != values.end(); ++it)
        sheet.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return sheet;
}

} // namespace nc

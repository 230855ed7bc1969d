#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QTextDocument;

// The look shared by every printed document: one family, a dark ink, the app's teal accent and
// the alert red, sizes in points so they hold on any device resolution.
namespace nc::printstyle {

inline const QColor kInk { 0x1A, 0x20, 0x27 };
inline const QColor kMuted { 0x55, 0x60, 0x6B };
inline const QColor kRule { 0xC9, 0xD1, 0xD8 };
inline const QColor kAccent { 0x0E, 0x6E, 0x74 };
inline const QColor kAccentTint { 0xE6, 0xF2, 0xF2 };
inline const QColor kAlert { 0xB3, 0x26, 0x1E };
inline const QColor kAlertTint { 0xFC, 0xEC, 0xEA };
inline const QColor kAmber { 0x8A, 0x4B, 0x00 };
inline const QColor kAmberTint { 0xFF, 0xF4, 0xE0 };

QFont font(double points, QFont::Weight weight = QFont::Normal);

// A document of rich text in the house font at `points`, in the direction of the language in use:
// right to left for Arabic whatever a paragraph starts with (a "■" or a number would otherwise
// leave it left to right).
void setUp(QTextDocument &document, double points);

// Pieces a painter draws itself (a page's header and footer, a card's band) on the side where a
// reader of the language in use starts: for a right-to-left language, `r` mirrored across `page`
// and left and right alignment swapped; unchanged otherwise.
QRectF placed(const QRectF &r, const QRectF &page);
Qt::Alignment placed(Qt::Alignment alignment);

// Called once a document's content is in: for a right-to-left language, the columns of every
// table put in reading order, the first on the right (Qt lays a table's columns out left to
// right in any direction). Tables with merged cells are left as they are.
void readInOrder(QTextDocument &document);

// Millimetres to device pixels on `device`.
double mm(const QPaintDevice &device, double millimetres);

// Colour as "#rrggbb", for HTML.
inline QString css(const QColor &c)
{
    return c.name();
}

// User text going into HTML (DESIGN.md "Data safety"): escaped, line breaks kept.
QString escape(const QString &text);

} // namespace nc::printstyle

#pragma once

#include "storage/cliniccontact.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace nc {

struct PatientSettings;

// What every printed page carries: the clinic's name and numbers in the header (when set; the
// ClinicContact, trimmed) and the document's title, notes (sources, review date) and page number
// in the footer.
struct PageFrame : ClinicContact
{
    Q_DECLARE_TR_FUNCTIONS(nc::PageFrame)
public:
    QString documentTitle;
    QStringList footerNotes;
    QDate printedOn = QDate::currentDate();

    static PageFrame fromSettings(const PatientSettings &settings, const QString &documentTitle);

    // Sets the page margins every document shares.
    static void applyMargins(QPagedPaintDevice &device);
    // Header and footer heights in device pixels.
    double headerHeight(const QPagedPaintDevice &device) const;
    double footerHeight(const QPagedPaintDevice &device) const;
    void paintHeader(QPainter &painter, const QRectF &pageRect) const;
    void paintFooter(QPainter &painter, const QRectF &pageRect, int page, int pageCount) const;

    // Lays `document` out for the device's pages between header and footer (its margins set);
    // returns the height of a page's body, in the document's units.
    double layOut(QTextDocument &document, QPagedPaintDevice &device) const;
    // Lays `document` out on the device's pages between header and footer and paints them all;
    // tables repeat their header rows (<thead>) on every page. Returns the number of pages, 0 when
    // the device could not be painted on.
    int paint(QTextDocument &document, QPagedPaintDevice &device) const;
};

} // namespace nc

#pragma once

#include "app/session.h"
#include "exchange/recordexport.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace nc {

// File ▸ Import… and File ▸ Export… of the main window: choose a file, preview an import
// before storing it, export (exportToFile) with progress and Cancel.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(Session &session, QMainWindow *window);

    void importInteractive();
    void exportInteractive();

    // Opens the preview for `path`; returns the dialog's result.
    int importFrom(const QString &path);
    // Writes the current profile's records; empty on success, else why not (a cancelled export
    // leaves any existing file untouched).
    QString exportTo(const QString &path, ExchangeFormat format);

    // "neutrocare-Mom-Carmen-2026-12-04.csv": the person's name, made safe for any file system, and
    // the date, so an export is never taken for another person's or another day's.
    static QString suggestedFileName(const QString &patientName, const QDate &date, const QString &suffix);

private:
    Session &m_session;
    QMainWindow *m_window;
};

} // namespace nc

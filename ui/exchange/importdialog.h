#pragma once

#include "app/session.h"
#include "exchange/importer.h"
#include "exchange/recordset.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace nc {

// Reads a CSV or FHIR file (told apart by its content) and shows what importing it would do
// before anything is stored: records per kind, those already there, the results NeutroCare does
// not track, those the lab withdrew, or — when the file cannot be imported — every error with
// its line or entry, field and reason. "Import" stores all of it in one transaction, or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Session &session, const QString &path, QWidget *parent = nullptr);

    // False when the file could not be read at all or reading was cancelled (the dialog then
    // has nothing to show; statusText() says why).
    bool loaded() const { return m_loaded; }
    const ParsedImport &parsed() const { return m_parsed; }
    const ImportCounts &plan() const { return m_plan; }
    QString statusText() const;
    int storedCount() const { return m_stored; }

    void accept() override;

private:
    void read(const QString &path);
    void buildPreview(const QString &fileName);

    Session &m_session;
    ParsedImport m_parsed;
    ImportCounts m_plan;
    bool m_loaded = false;
    int m_stored = 0;
    QLabel *m_status;
    QPushButton *m_import = nullptr;
};

} // namespace nc

#pragma once

#include "print/printdocument.h"
#include "print/walletcard.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <memory>

class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace nc {

class Session;

// File → Print…: the report (after a date-range dialog), the wallet card (after a dialog for the
// name and each side's language), the When-to-call sheet,
// and each Learn article, for the patient being looked after, through a print preview (which
// prints to paper or to PDF). The paper starts as the locale's (Letter in the US, else A4).
class PrintCommands : public QObject
{
    Q_OBJECT
public:
    PrintCommands(Session &session, QWidget *window);

    void addActions(QMenu *menu);

    // The documents, built from the session's patient and settings.
    std::unique_ptr<PrintDocument> whenToCallSheet() const;
    // The card as the card dialog opens on it: the name on documents, the patient's language, and
    // the staff side in the clinic's language as last chosen, else the interface's.
    std::unique_ptr<PrintDocument> walletCard() const;
    std::unique_ptr<PrintDocument> report(const QDate &from, const QDate &to, bool includeNotes) const;
    std::unique_ptr<PrintDocument> article(const QString &id) const;
    // The report's default period: from the latest chemotherapy dose (at most 90 days back, 30
    // without one) to today.
    std::pair<QDate, QDate> defaultReportRange() const;

    void printReport();
    void printWalletCard();
    void printWhenToCall();
    void printArticle(const QString &id);

    // The preview of `document` on `printer` (both must outlive it), on the locale's paper.
    std::unique_ptr<QPrintPreviewDialog> previewDialog(
        const PrintDocument &document, QPrinter &printer) const;

    // Tests see the document instead of the modal preview.
    using PreviewHook = std::function<void(const PrintDocument &)>;
    void setPreviewHook(PreviewHook hook) { m_previewHook = std::move(hook); }

    // Any document of this patient through the same preview (the desk's call record).
    void preview(const PrintDocument &document);

private:
    std::optional<WalletCardData> walletCardData() const;

    Session &m_session;
    QWidget *m_window;
    PreviewHook m_previewHook;
};

} // namespace nc

#include "printcommands.h"

#include "app/session.h"
#include "carddialog.h"
#include "content/contentcatalogue.h"
#include "language.h"
#include "print/handout.h"
#include "print/patientreport.h"
#include "print/walletcard.h"
#include "print/whentocallsheet.h"
#include "reportdialog.h"
#include "storage/repositories.h"

#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScopeGuard>

namespace nc {

namespace {
constexpr int kDefaultReportDays = 30;
constexpr int kLongestDefaultDays = 90;
} // namespace

PrintCommands::PrintCommands(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

void PrintCommands::addActions(QMenu *menu)
{
    const struct
    {
        const char *name;
        QString text;
        void (PrintCommands::*slot)();
    } entries[] = {
        { "actionPrintReport", tr("Print &report…"), &PrintCommands::printReport },
        { "actionPrintCard", tr("Print wallet alert &card…"), &PrintCommands::printWalletCard },
        { "actionPrintWhenToCall", tr("Print “&When to call” sheet…"), &PrintCommands::printWhenToCall },
    };
    for (const auto &e : entries) {
        QAction *action = menu->addAction(e.text, this, e.slot);
        action->setObjectName(QString::fromLatin1(e.name));
    }
}

std::unique_ptr<PrintDocument> PrintCommands::whenToCallSheet() const
{
    return std::make_unique<WhenToCallSheet>(
        m_session.settings(), WalletCardData::documentName(m_session.database(), m_session.patientId()));
}

std::optional<WalletCardData> PrintCommands::walletCardData() const
{
    auto data = WalletCardData::load(m_session.database(), m_session.patientId());
    // No clinic language chosen yet: the interface's, which the staff side spoke before there was a choice.
    if (data && data->staffLanguage.isEmpty())
        data->staffLanguage = language::current();
    return data;
}

std::unique_ptr<PrintDocument> PrintCommands::walletCard() const
{
    auto data = walletCardData();
    if (!data)
        return nullptr;
    return std::make_unique<WalletCard>(*data);
}

std::unique_ptr<PrintDocument> PrintCommands::report(
    const QDate &from, const QDate &to, bool includeNotes) const
{
    auto data = ReportData::load(m_session.database(), m_session.patientId(), from, to, m_session.now());
    if (!data)
        return nullptr;
    return std::make_unique<PatientReport>(std::move(*data), includeNotes);
}

std::unique_ptr<PrintDocument> PrintCommands::article(const QString &id) const
{
    const PatientSettings settings = m_session.settings();
    // The When-to-call article prints as the sheet designed for it.
    if (id == QLatin1String("when-to-call"))
        return whenToCallSheet();
    auto handout = Handout::create(ContentCatalogue::shipped(), id, settings.language, settings);
    if (!handout)
        return nullptr;
    return std::make_unique<Handout>(std::move(*handout));
}

std::pair<QDate, QDate> PrintCommands::defaultReportRange() const
{
    const QDate today = m_session.now().date();
    QDate from = today.addDays(-kDefaultReportDays);
    if (const auto chemo
        = TreatmentRepository(m_session.database()).latestChemotherapy(m_session.patientId(), today))
        from = std::max(chemo->treatment.date, today.addDays(-kLongestDefaultDays));
    return { from, today };
}

void PrintCommands::printReport()
{
    const auto [from, to] = defaultReportRange();
    ReportDialog dialog(m_session.patientName(), from, to, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto document = report(dialog.from(), dialog.to(), dialog.includeNotes()))
        preview(*document);
}

void PrintCommands::printWalletCard()
{
    auto data = walletCardData();
    if (!data)
        return;
    CardDialog dialog(m_session.patientName(), data->name, data->language, data->staffLanguage, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    data->name = dialog.name();
    data->language = dialog.language();
    data->staffLanguage = dialog.staffLanguage();
    // Kept for the next card and the When-to-call sheet. The profile's own name is not stored, so
    // renaming the profile still shows. A failure to keep them does not stop this card printing.
    PatientSettingsRepository settings(m_session.database());
    settings.setPreference(m_session.patientId(), WalletCardData::kDocumentNameKey,
        data->name == m_session.patientName() ? QString() : data->name);
    settings.setPreference(m_session.patientId(), WalletCardData::kStaffLanguageKey, data->staffLanguage);
    preview(WalletCard(*data));
}

void PrintCommands::printWhenToCall()
{
    preview(*whenToCallSheet());
}

void PrintCommands::printArticle(const QString &id)
{
    if (const auto document = article(id))
        preview(*document);
}

std::unique_ptr<QPrintPreviewDialog> PrintCommands::previewDialog(
    const PrintDocument &document, QPrinter &printer) const
{
    printer.setPageSize(paper::pageSize(paper::forLocale(QLocale())));
    printer.setDocName(document.title());
    auto dialog = std::make_unique<QPrintPreviewDialog>(&printer, m_window);
    // Whose document is previewed, beside what it is: a caregiver prints for more than one person.
    dialog->setWindowTitle(tr("Print preview — %1 — %2").arg(document.title(), m_session.patientName()));
    connect(dialog.get(), &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *p) {
        // A report over months of readings takes seconds to lay out: the pointer says the app is
        // working, not stuck, while the preview's pages are made.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        document.print(*p);
    });
    return dialog;
}

void PrintCommands::preview(const PrintDocument &document)
{
    if (m_previewHook) {
        m_previewHook(document);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    previewDialog(document, printer)->exec();
}

} // namespace nc

// File → Print… and Learn's Print button in the real main window: each opens the preview with the
// right document for the patient being looked after; the report dialog refuses a reversed range
// and leaves notes out unless ticked.

#include "../guitest.h"
#include "../print/pdftext.h"
#include "../print/sampledata.h"
#include "learn/learnscreen.h"
#include "mainwindow/mainwindow.h"
#include "reports/printcommands.h"
#include "reports/reportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace Qt::StringLiterals;

class TestPrintCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileMenuPreviewsEachDocument_data();
    void fileMenuPreviewsEachDocument();
    void learnPrintsTheOpenArticle();
    void reportForTheChosenRange();
    void defaultRangeStartsAtTheLatestCycle();
    void reportDialog();
    void previewPaintsOnAPrinter();
    void previewShowsItIsWorking();

private:
    QString pdfOf(const PrintDocument &document);
    QTemporaryDir m_dir;
    Database m_db;
    test::Sample m_sample;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;
};

void TestPrintCommands::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(u"gui.sqlite"_s)));
    m_sample = test::addSample(m_db);
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->session().setClock([] { return test::sampleTime(QDate(2026, 3, 20), 9); });
    m_window->switchPatient(m_sample.patientId);
}

QString TestPrintCommands::pdfOf(const PrintDocument &document)
{
    const QString path = m_dir.filePath(u"doc-%1.pdf"_s.arg(++m_files));
    return printing::writePdf(document, path, Paper::A4) ? QString()
                                                         : test::pdfText(path, test::TextMode::Raw);
}

void TestPrintCommands::fileMenuPreviewsEachDocument_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("content");
    QTest::newRow("card") << u"actionPrintCard"_s << u"Chemotherapy alert card"_s << u"Margaret O'Connor"_s;
    QTest::newRow("sheet") << u"actionPrintWhenToCall"_s << u"When to call your care team"_s << u"38.3 °C"_s;
}

void TestPrintCommands::fileMenuPreviewsEachDocument()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QFETCH(QString, content);
    QString seenTitle;
    QString seenText;
    m_window->printCommands()->setPreviewHook([&](const PrintDocument &d) {
        seenTitle = d.title();
        seenText = pdfOf(d);
    });
    auto *a = m_window->findChild<QAction *>(action);
    QVERIFY(a);
    QVERIFY(!a->text().isEmpty());
    if (action == u"actionPrintCard"_s) // the card asks its name and languages first (tst_carddialog)
        guitest::onNextDialog([](QDialog *d) { d->accept(); });
    a->trigger();
    QCOMPARE(seenTitle, title);
    QVERIFY2(seenText.contains(content), qPrintable(seenText));
    QVERIFY(seenText.contains(u"0161 446 3000"_s));
}

void TestPrintCommands::learnPrintsTheOpenArticle()
{
    QString seenTitle;
    m_window->printCommands()->setPreviewHook([&](const PrintDocument &d) { seenTitle = d.title(); });
    LearnScreen *learn = m_window->learn();
    QVERIFY(learn);
    learn->openArticle(u"food-safety"_s);
    auto *button = learn->findChild<QPushButton *>(u"learnPrint"_s);
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(seenTitle, ContentCatalogue::shipped().article(u"food-safety"_s, u"en"_s)->title);
}

void TestPrintCommands::reportForTheChosenRange()
{
    const auto document = m_window->printCommands()->report(m_sample.cycleStart, m_sample.last, false);
    QVERIFY(document);
    const QString text = pdfOf(*document);
    QVERIFY(text.contains(u"Report for Margaret O'Connor"_s));
    QVERIFY(text.contains(u"Told to go to hospital"_s));
    QVERIFY(!text.contains(u"shivery"_s));
    QVERIFY(pdfOf(*m_window->printCommands()->report(m_sample.cycleStart, m_sample.last, true))
                .contains(u"shivery"_s));
}

void TestPrintCommands::defaultRangeStartsAtTheLatestCycle()
{
    const auto [from, to] = m_window->printCommands()->defaultReportRange();
    QCOMPARE(from, m_sample.cycleStart);
    QCOMPARE(to, QDate(2026, 3, 20));
}

void TestPrintCommands::reportDialog()
{
    ReportDialog dialog(
        QStringLiteral("Mom (Carmen Rodríguez de la Fuente)"), QDate(2026, 3, 2), QDate(2026, 3, 16));
    // Whose report it is: in the title and, uncut, as the first line.
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Mom (Carmen Rodríguez de la Fuente)")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("forPatient"))->text(),
        ReportDialog::tr("Report for: %1").arg(QStringLiteral("Mom (Carmen Rodríguez de la Fuente)")));
    QVERIFY(!dialog.includeNotes());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    for (QWidget *w :
        std::initializer_list<QWidget *> { dialog.fromEdit(), dialog.toEdit(), dialog.notesBox(), ok })
        QVERIFY(!w->accessibleName().isEmpty());
    dialog.fromEdit()->setDate(QDate(2026, 3, 20));
    QVERIFY(!ok->isEnabled());
    dialog.fromEdit()->setDate(QDate(2026, 3, 1));
    QVERIFY(ok->isEnabled());
    dialog.notesBox()->setChecked(true);
    QVERIFY(dialog.includeNotes());
    QCOMPARE(dialog.from(), QDate(2026, 3, 1));
    QCOMPARE(dialog.to(), QDate(2026, 3, 16));
}

void TestPrintCommands::previewPaintsOnAPrinter()
{
    // The GUI's path: the report, charts included, painted on a high-resolution QPrinter.
    const auto document = m_window->printCommands()->report(m_sample.cycleStart, m_sample.last, false);
    QPrinter printer(QPrinter::HighResolution);
    const auto dialog = m_window->printCommands()->previewDialog(*document, printer);
    QVERIFY(dialog->windowTitle().contains(document->title()));
    dialog->show();
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->pageCount() >= 2);
    dialog->close();
}

void TestPrintCommands::previewShowsItIsWorking()
{
    // What the pointer showed while the preview's pages were painted, and after.
    struct Watched : PrintDocument
    {
        mutable std::optional<Qt::CursorShape> during;
        QString title() const override { return QStringLiteral("Watched"); }
        bool print(QPagedPaintDevice &device) const override
        {
            const QCursor *cursor = QGuiApplication::overrideCursor();
            during = cursor ? cursor->shape() : Qt::ArrowCursor;
            QPainter painter(&device);
            painter.drawText(QPointF(100, 100), title());
            return true;
        }
    } document;
    QPrinter printer(QPrinter::HighResolution);
    const auto dialog = m_window->printCommands()->previewDialog(document, printer);
    dialog->show();
    QTRY_VERIFY(document.during.has_value());
    QCOMPARE(*document.during, Qt::WaitCursor);
    QCOMPARE(QGuiApplication::overrideCursor(), nullptr);
    dialog->close();
}

QTEST_MAIN(TestPrintCommands)
#include "tst_printcommands.moc"

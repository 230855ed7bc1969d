// Everything wraps to the window (issue 14, item 7): at a common laptop's 1366×768, in every shipped
// language and both text sizes, no screen asks for more room than the display has, opening a screen
// never widens the window, and Today's call-now card needs no horizontal scrolling. (In Spanish
// with large text the red card's sentences were cut at the right, and opening Charts widened the
// window to 1949 px.)

#include "../guitest.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "today/statuscard.h"
#include "today/todayscreen.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using namespace nc::guitest;

namespace {
const QSize kLaptop(1366, 768);
const char *const kScreens[] = { "todayScreen", "historyScreen", "chartsScreen", "learnScreen",
    "precautionsScreen", "settingsScreen" };
} // namespace

class TestWindowFits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyScreenFitsALaptop_data();
    void everyScreenFitsALaptop();

private:
    QTemporaryDir m_dir;
};

void TestWindowFits::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_windowfits"));
}

void TestWindowFits::everyScreenFitsALaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<QSize>("window");
    for (const QSize size : { kLaptop, QSize(1600, 1000) }) {
        for (const QString &lang : language::available()) {
            for (const bool large : { false, true }) {
                QTest::addRow(
                    "%s%s %dx%d", qPrintable(lang), large ? " large text" : "", size.width(), size.height())
                    << lang << large << size;
            }
        }
    }
}

void TestWindowFits::everyScreenFitsALaptop()
{
    QFETCH(QString, language);
    QFETCH(bool, largeText);
    QFETCH(QSize, window);
    static int n = 0;
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("fits%1.sqlite").arg(++n))));
    language::apply(language);
    Theme::apply(*qApp, largeText);

    MainWindow w(db);
    w.resize(window);
    w.show();
    onNextDialog([](QDialog *d) {
        // setText: QTest::keyClicks types ASCII only.
        child<QLineEdit>(d, "profileName")->setText(QStringLiteral("Mamá (Carmen Rodríguez de la Fuente)"));
        child<QLineEdit>(d, "clinicName")
            ->setText(QStringLiteral("Unidad de Oncología del Hospital Riverside"));
        QTest::keyClicks(child<QLineEdit>(d, "inHoursNumber"), QStringLiteral("+34 912 345 678"));
        QTest::keyClicks(child<QLineEdit>(d, "outOfHoursNumber"), QStringLiteral("+34 900 123 456"));
        QTest::mouseClick(child<QPushButton>(d, "createProfile"), Qt::LeftButton);
    });
    QVERIFY(w.ensureProfile());
    // A patient in °F, as in the issue.
    PatientSettings settings = w.session().settings();
    settings.displayUnit = TemperatureUnit::Fahrenheit;
    QVERIFY(!PatientSettingsRepository(db).save(w.session().patientId(), settings));
    // The longest card: a fever, typed in the other unit, with a red flag and an amber sign.
    const qint64 patient = w.session().patientId();
    const QDateTime now = w.session().now();
    TemperatureRecord t;
    t.patientId = patient;
    t.reading = { now.addSecs(-600), *Temperature::fromInput(101.6, TemperatureUnit::Fahrenheit) };
    QVERIFY(TemperatureRepository(db).add(t).ok());
    for (const auto code : { SymptomCode::FeelingVeryUnwell, SymptomCode::UnusualTiredness }) {
        SymptomRecord s;
        s.patientId = patient;
        s.entry = { now.addSecs(-300), code };
        QVERIFY(SymptomRepository(db).add(s).ok());
    }
    w.session().notifyChanged();
    QCOMPARE(w.today()->statusCard()->assessment().level, Level::CallNow);

    for (const char *name : kScreens) {
        QVERIFY2(w.showScreenNamed(QString::fromLatin1(name)), name);
        QApplication::processEvents();
        const QString where = QStringLiteral("%1: ").arg(QString::fromLatin1(name));
        const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(minimum.width() <= kLaptop.width() && minimum.height() <= kLaptop.height(),
            qPrintable(
                where + QStringLiteral("needs at least %1×%2").arg(minimum.width()).arg(minimum.height())));
        QVERIFY2(w.width() <= window.width(),
            qPrintable(where + QStringLiteral("widened the window to %1").arg(w.width())));
        if (qstrcmp(name, "todayScreen") == 0 || qstrcmp(name, "chartsScreen") == 0
            || qstrcmp(name, "precautionsScreen") == 0) {
            saveShot(&w,
                qPrintable(QStringLiteral("%1-%2-%3%4")
                               .arg(QString::fromLatin1(name).remove(QStringLiteral("Screen")), language)
                               .arg(window.width())
                               .arg(largeText ? QStringLiteral("-large-text") : QString())));
        }
        // Pages that scroll do so down, never sideways.
        auto *screen = w.findChild<QWidget *>(QString::fromLatin1(name));
        for (auto *scroll : screen->findChildren<QScrollArea *>()) {
            if (!scroll->isVisible() || !scroll->widgetResizable())
                continue;
            if (scroll->horizontalScrollBar()->isVisible() && qEnvironmentVariableIsSet("NC_DEBUG_FIT")) {
                for (auto *c : scroll->widget()->findChildren<QWidget *>()) {
                    if (c->isVisible() && c->minimumSizeHint().width() > 400)
                        qWarning() << c << c->minimumSizeHint() << c->sizeHint();
                }
            }
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                qPrintable(where
                    + QStringLiteral("scrolls sideways (content %1 px in %2 px)")
                          .arg(scroll->widget()->minimumSizeHint().width())
                          .arg(scroll->viewport()->width())));
        }
    }
    // No label of a log dialog is cut short (the temperature dialog's "Temperature" was).
    for (const char *kind : { "temperature", "count", "symptom", "painkiller", "treatment", "medicine" }) {
        onNextDialog([&, kind](QDialog *d) {
            QApplication::processEvents();
            for (const QLabel *label : d->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->width() >= label->sizeHint().width(),
                    qPrintable(QStringLiteral("%1 dialog: \"%2\" is %3 px of %4")
                                   .arg(QString::fromLatin1(kind), label->text())
                                   .arg(label->width())
                                   .arg(label->sizeHint().width())));
            }
            d->reject();
        });
        w.openLogDialog(QString::fromLatin1(kind));
    }
    Theme::apply(*qApp, false);
    language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestWindowFits)
#include "tst_windowfits.moc"

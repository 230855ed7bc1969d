// The app's stylesheet leaves every input control usable: spin boxes and date/time edits show two
// buttons big enough to click with a visible arrow each, drop-downs show their current choice in
// the field and in the open list, and check boxes grow with large text. Each is rendered under
// the theme offscreen and read back from the pixels, in the app's light palette and in a dark
// palette a widget may carry, at both text sizes.

#include "../guitest.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHash>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOption>
#include <QTest>
#include <QVBoxLayout>
#include <functional>
#include <memory>

using namespace nc;

namespace {

// The style option a widget paints itself with (initStyleOption is protected).
template<class Widget> class Exposed : public Widget
{
public:
    using Widget::initStyleOption;
    using Widget::Widget;
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1E, 0x23, 0x28));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE9, 0xEC));
    p.setColor(QPalette::Base, QColor(0x15, 0x19, 0x1D));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE9, 0xEC));
    p.setColor(QPalette::Button, QColor(0x2A, 0x30, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE9, 0xEC));
    return p;
}

// Pixels inside `rect` that stand out from its most common colour (the background) by more than
// a border line does: an arrow's or a letter's strokes.
int inkPixels(const QImage &image, const QRect &rect)
{
    const QRect r = rect.intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    int ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ink += std::abs(qGray(image.pixel(x, y)) - qGray(background)) > 90 ? 1 : 0;
    }
    return ink;
}

// A window holding one control, shown under the theme and laid out.
struct Shown
{
    std::unique_ptr<QWidget> window;

    template<class Control> Control *show(Control *control, bool dark)
    {
        window = std::make_unique<QWidget>();
        if (dark)
            window->setPalette(darkPalette());
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(control);
        window->resize(420, 10);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return control;
    }
};

void addRows()
{
    QTest::addColumn<bool>("large");
    QTest::addColumn<bool>("dark");
    for (bool large : { false, true }) {
        for (bool dark : { false, true }) {
            QTest::addRow("%s text, %s palette", large ? "large" : "normal", dark ? "dark" : "light")
                << large << dark;
        }
    }
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::useOwnSettings(QStringLiteral("tst_theme")); }
    void cleanup() { Theme::apply(*qApp, false); }
    void spinButtonsAreClickable_data();
    void spinButtonsAreClickable();
    void calendarPopupHasItsArrow_data() { addRows(); }
    void calendarPopupHasItsArrow();
    void comboShowsItsCurrentChoice_data() { addRows(); }
    void comboShowsItsCurrentChoice();
    void checkBoxesGrowWithTheText_data();
    void checkBoxesGrowWithTheText();
};

void TestTheme::spinButtonsAreClickable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("large");
    QTest::addColumn<bool>("dark");
    for (const char *kind : { "QSpinBox", "QDoubleSpinBox", "QTimeEdit", "QDateEdit", "QDateTimeEdit" }) {
        for (bool large : { false, true }) {
            for (bool dark : { false, true }) {
                QTest::addRow(
                    "%s, %s text, %s palette", kind, large ? "large" : "normal", dark ? "dark" : "light")
                    << QString::fromLatin1(kind) << large << dark;
            }
        }
    }
}

void TestTheme::spinButtonsAreClickable()
{
    QFETCH(QString, kind);
    QFETCH(bool, large);
    QFETCH(bool, dark);
    Theme::apply(*qApp, large);

    // A value in the middle of the range, so neither button is off.
    QAbstractSpinBox *edit = nullptr;
    std::function<void(QStyleOptionSpinBox *)> initOption;
    const auto make = [&]<class Edit>(Edit *e) {
        initOption = [e](QStyleOptionSpinBox *o) { e->initStyleOption(o); };
        edit = e;
        return e;
    };
    if (kind == QLatin1String("QSpinBox")) {
        auto *spin = make(new Exposed<QSpinBox>);
        spin->setRange(1900, 2026);
        spin->setValue(1960);
    } else if (kind == QLatin1String("QDoubleSpinBox")) {
        make(new Exposed<QDoubleSpinBox>)->setValue(37.5);
    } else if (kind == QLatin1String("QTimeEdit")) {
        make(new Exposed<QTimeEdit>(QTime(8, 0)));
    } else if (kind == QLatin1String("QDateEdit")) {
        make(new Exposed<QDateEdit>(QDate(2026, 3, 10)));
    } else {
        make(new Exposed<QDateTimeEdit>(QDateTime({ 2026, 3, 10 }, { 8, 0 })));
    }
    Shown shown;
    shown.show(edit, dark);
    QStyleOptionSpinBox option;
    initOption(&option);

    QStyle *style = edit->style();
    const QRect up = style->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, edit);
    const QRect down = style->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxDown, edit);
    const QRect field = style->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, edit);
    // Each button is a target at least as wide as a line of text and most of half a line tall,
    // inside the control, beside the text and not on top of the other button.
    const int line = edit->fontMetrics().height();
    for (const QRect &button : { up, down }) {
        QVERIFY2(button.width() >= line,
            qPrintable(QStringLiteral("%1 px wide, text line %2 px").arg(button.width()).arg(line)));
        QVERIFY2(button.height() >= line * 2 / 3,
            qPrintable(QStringLiteral("%1 px tall, text line %2 px").arg(button.height()).arg(line)));
        QVERIFY(edit->rect().contains(button));
        QVERIFY(!button.intersects(field));
    }
    QVERIFY(!up.intersects(down));
    QVERIFY(up.bottom() < down.top());
    QVERIFY(field.width() > edit->width() / 2);

    // Each button shows an arrow: strokes that stand out from the button's background.
    const QImage image = edit->grab().toImage();
    guitest::saveShot(
        shown.window.get(), qPrintable(QStringLiteral("theme-%1-%2-%3").arg(kind).arg(large).arg(dark)));
    QVERIFY2(
        inkPixels(image, up) >= 8, qPrintable(QStringLiteral("up arrow: %1 px").arg(inkPixels(image, up))));
    QVERIFY2(inkPixels(image, down) >= 8,
        qPrintable(QStringLiteral("down arrow: %1 px").arg(inkPixels(image, down))));
    // Their text is drawn too.
    QVERIFY(inkPixels(image, field) >= 20);
}

void TestTheme::calendarPopupHasItsArrow()
{
    QFETCH(bool, large);
    QFETCH(bool, dark);
    Theme::apply(*qApp, large);
    Shown shown;
    auto *edit = shown.show(new QDateTimeEdit(QDateTime({ 2026, 3, 10 }, { 8, 0 })), dark);
    edit->setCalendarPopup(true);
    QTest::qWait(0);

    // The edit paints itself as an editable combo box when it opens a calendar.
    QStyleOptionComboBox option;
    option.initFrom(edit);
    option.editable = true;
    option.frame = true;
    option.subControls = QStyle::SC_All;
    const QRect arrow
        = edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, edit);
    const QRect field
        = edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, edit);
    const int line = edit->fontMetrics().height();
    QVERIFY2(arrow.width() >= line, qPrintable(QString::number(arrow.width())));
    QVERIFY(arrow.height() >= line);
    QVERIFY(!arrow.intersects(field));
    const QImage image = edit->grab().toImage();
    QVERIFY2(inkPixels(image, arrow) >= 8, qPrintable(QString::number(inkPixels(image, arrow))));
    QVERIFY(inkPixels(image, field) >= 20);
}

void TestTheme::comboShowsItsCurrentChoice()
{
    QFETCH(bool, large);
    QFETCH(bool, dark);
    Theme::apply(*qApp, large);
    Shown shown;
    auto *combo = shown.show(new Exposed<QComboBox>, dark);
    combo->addItems({ QStringLiteral("Celsius (°C)"), QStringLiteral("Fahrenheit (°F)") });
    combo->setCurrentIndex(1);
    QTest::qWait(0);

    // The closed field shows the choice.
    QStyleOptionComboBox option;
    combo->initStyleOption(&option);
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const QImage closed = combo->grab().toImage();
    QVERIFY2(inkPixels(closed, field) >= 40, qPrintable(QString::number(inkPixels(closed, field))));
    const QRect arrow
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, combo);
    QVERIFY(inkPixels(closed, arrow) >= 8);

    // The open list shows every choice, the current one included, each row as tall as its text.
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    const QImage open = view->viewport()->grab().toImage();
    guitest::saveShot(
        view->window(), qPrintable(QStringLiteral("theme-combo-popup-%1-%2").arg(large).arg(dark)));
    for (int row = 0; row < combo->count(); ++row) {
        const QRect rect = view->visualRect(combo->model()->index(row, 0));
        QVERIFY2(rect.height() >= combo->fontMetrics().height(), qPrintable(QString::number(rect.height())));
        // Letters inside the row, not only a frame around it.
        const QRect inside = rect.adjusted(4, rect.height() / 4, -4, -rect.height() / 4);
        QVERIFY2(inkPixels(open, inside) >= 40,
            qPrintable(QStringLiteral("row %1: %2 px of text").arg(row).arg(inkPixels(open, inside))));
    }
    combo->hidePopup();
}

void TestTheme::checkBoxesGrowWithTheText_data()
{
    QTest::addColumn<bool>("large");
    QTest::newRow("normal text") << false;
    QTest::newRow("large text") << true;
}

void TestTheme::checkBoxesGrowWithTheText()
{
    QFETCH(bool, large);
    Theme::apply(*qApp, large);
    Shown shown;
    auto *box = shown.show(new Exposed<QCheckBox>(QStringLiteral("Large text everywhere")), false);
    QStyleOptionButton option;
    box->initStyleOption(&option);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    // The box is at least as tall as a capital letter beside it, so it grows with the text.
    const int capital = box->fontMetrics().tightBoundingRect(QStringLiteral("L")).height();
    QVERIFY2(indicator.height() >= capital * 1.2,
        qPrintable(QStringLiteral("box %1 px, capital %2 px").arg(indicator.height()).arg(capital)));

    auto *radio = shown.show(new Exposed<QRadioButton>(QStringLiteral("Went to hospital")), false);
    radio->initStyleOption(&option);
    const QRect dot = radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
    QVERIFY2(dot.height() >= capital * 1.2, qPrintable(QString::number(dot.height())));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"

#pragma once

// What the GUI tests share: settings of their own, a fixed session clock, driving modal dialogs,
// finding children by object name, and saving the documentation screenshots when NC_SCREENSHOT_DIR
// is set.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <functional>

namespace nc::guitest {

// Test-mode standard paths and an emptied settings store named for the test: a GUI test never
// reads or writes a person's real NeutroCare settings (large text, reminder times), nor another
// test's.
inline void useOwnSettings(const QString &applicationName)
{
    // A home of its own too: CTest runs tests side by side, and the settings screen reads the autostart
    // file under the config folder, which another test writing its own would change under this one.
    const QString home = QDir::tempPath() + QStringLiteral("/nc-test-home-") + applicationName;
    QDir().mkpath(home);
    qputenv("HOME", QFile::encodeName(home));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("NeutroCareTest"));
    QApplication::setApplicationName(applicationName);
    QSettings().clear();
}

// The time a GUI test's session takes as now (Session::setClock), so what it shows and checks
// never depends on the day or the hour the test runs: a Tuesday morning in March, at UTC+1.
inline QDateTime sessionNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::OffsetFromUTC, 3600);
}

// Runs `fill` on the next modal dialog as soon as it is shown (the KeePassXC habit for testing
// modal dialogs): the test then continues after exec() returns. It polls with short timer callbacks
// rather than waiting in an event loop of its own: such a loop, entered before the dialog opened (by
// any code that processes events first, or a D-Bus signal), would sit below the dialog's exec() and
// never see it, and the test would hang until CTest's timeout.
inline void onNextDialog(std::function<void(QDialog *)> fill)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    // Bound to the test (function and data row) that asked: one whose dialog never opened must not
    // answer the next test's.
    const QByteArray askedIn = QByteArray(QTest::currentTestFunction()) + '/' + QTest::currentDataTag();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill, askedIn] {
        if (QByteArray(QTest::currentTestFunction()) + '/' + QTest::currentDataTag() != askedIn) {
            poll->stop();
            poll->deleteLater();
            return;
        }
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            const QPointer<QDialog> shown = dialog;
            fill(dialog);
            // A failed check returns from `fill` early: the dialog it left open would block the
            // test until CTest's timeout instead of letting it fail at once.
            if (QTest::currentTestFailed() && shown && shown->isVisible())
                shown->reject();
        }
    });
    poll->start();
    // A dialog that never opened is the test's failure to see; its poll must not answer a later one.
    QTimer::singleShot(60000, poll, [poll] { poll->deleteLater(); });
}

template<class T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Fills the profile dialog that opens next (the first run, or File ▸ New profile) for `name` at
// Riverside Oncology, and creates the profile.
inline void answerProfileDialog(
    const QString &name, const QString &inHoursNumber = QStringLiteral("555 0100"))
{
    onNextDialog([name, inHoursNumber](QDialog *d) {
        QTest::keyClicks(child<QLineEdit>(d, "profileName"), name);
        QTest::keyClicks(child<QLineEdit>(d, "clinicName"), QStringLiteral("Riverside Oncology"));
        QTest::keyClicks(child<QLineEdit>(d, "inHoursNumber"), inHoursNumber);
        QTest::keyClicks(child<QLineEdit>(d, "outOfHoursNumber"), QStringLiteral("0800 555 0199"));
        QTest::mouseClick(child<QPushButton>(d, "createProfile"), Qt::LeftButton);
    });
}

// Fails the test when the PNG cannot be written: a missing screenshot is a broken document.
inline void saveShot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("NC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let queued shows and layout passes settle before grabbing.
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
    const QString path = dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png");
    QVERIFY2(w->grab().save(path), qPrintable(QStringLiteral("could not write ") + path));
}

// Radio buttons of one group are one Tab stop, moved within by the arrow keys: Qt gives Tab focus to
// the checked or focused one only (QAbstractButton's fixFocusPolicy).
inline bool groupReachable(QWidget *widget)
{
    auto *radio = qobject_cast<QRadioButton *>(widget);
    if (!radio || !radio->group())
        return false;
    const auto buttons = radio->group()->buttons();
    return std::any_of(
        buttons.cbegin(), buttons.cend(), [](QAbstractButton *b) { return b->focusPolicy() & Qt::TabFocus; });
}

// The accessibility walk of a window or dialog, the same for the patient's app and the desk: every
// visible interactive control (button, field, list, spin box) has a name a screen reader says and
// is reachable by Tab. Appends what is wrong to *problems, each line starting with `where`, and
// returns how many controls were checked (an empty place would pass otherwise).
inline int accessibilityProblems(QWidget *root, const QString &where, QStringList *problems)
{
    int checked = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || (qobject_cast<QAbstractItemView *>(widget) && !widget->inherits("QHeaderView"));
        if (!interactive || !widget->isVisibleTo(root)
            || (widget->inherits("QLineEdit") && widget->parent()
                && widget->parent()->inherits("QAbstractSpinBox")))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parent()))
            continue; // a combo box's own editor
        ++checked;
        const QString name = widget->accessibleName().isEmpty()
            ? (qobject_cast<QAbstractButton *>(widget) ? qobject_cast<QAbstractButton *>(widget)->text()
                                                       : QString())
            : widget->accessibleName();
        if (name.trimmed().isEmpty())
            *problems << where + QStringLiteral(": no accessible name: ")
                    + QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                    + widget->objectName();
        if (!(widget->focusPolicy() & Qt::TabFocus) && !groupReachable(widget))
            *problems << where + QStringLiteral(": not reachable by Tab: ") + widget->objectName();
    }
    return checked;
}

// `text` laid out in `font` as one line in `direction`, as a label shows it.
inline void layOut(QTextLayout &layout, Qt::LayoutDirection direction)
{
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
}

// How many characters of `text` would be drawn as the missing-glyph box ("tofu") in `font`, after
// Qt's fallback through the system's fonts: a language whose script no installed font covers.
inline int missingGlyphs(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layOut(layout, Qt::LeftToRight);
    int missing = 0;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const auto glyphs = run.glyphIndexes();
        missing += int(std::count(glyphs.cbegin(), glyphs.cend(), 0u));
    }
    return missing;
}

// The texts of the visible labels and buttons under `root` that show missing-glyph boxes.
inline QStringList textsWithMissingGlyphs(QWidget *root)
{
    QStringList found;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = Qt::mightBeRichText(label->text())
                ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                : label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        if (!text.trimmed().isEmpty() && missingGlyphs(text, widget->font()) > 0)
            found << text;
    }
    return found;
}

// Whether `part` (a phone number, "38.6 °C") reads left to right where it stands in `text` laid out
// in `direction`: each of its characters but spaces starts further right than the one before. In
// right-to-left text without isolation, "555 0100" shows as "0100 555" and "38.6 °C" as "C° 38.6".
inline bool readsLeftToRight(
    const QString &text, const QString &part, const QFont &font, Qt::LayoutDirection direction)
{
    const qsizetype at = text.indexOf(part);
    if (at < 0)
        return false;
    QTextLayout layout(text, font);
    layOut(layout, direction);
    // Where each character's glyph is drawn (a cursor position is ambiguous where two directions meet).
    const QTextLine line = layout.lineAt(0);
    qreal previous = -1e9;
    for (qsizetype i = at; i < at + part.size(); ++i) {
        const QList<QGlyphRun> runs = line.glyphRuns(int(i), 1);
        if (text.at(i).isSpace() || text.at(i).category() == QChar::Other_Format || runs.isEmpty()
            || runs.first().positions().isEmpty())
            continue;
        const qreal x = runs.first().positions().first().x();
        if (x <= previous)
            return false;
        previous = x;
    }
    return true;
}

} // namespace nc::guitest

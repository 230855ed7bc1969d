#pragma once

// What the GUI tests share: settings of their own, a fixed session clock, driving modal dialogs,
// finding children by object name, and saving the documentation screenshots when NC_SCREENSHOT_DIR
// is set.

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWidget>
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
            fill(dialog);
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

} // namespace nc::guitest

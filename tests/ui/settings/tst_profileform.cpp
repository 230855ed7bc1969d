// The profile form of the first-run welcome and Settings: the text rule of DESIGN.md "Data safety"
// on the name, the clinic's name and its numbers, refused by field and reason with what was typed
// kept and the focus on the field to fix; and the clinic's protocol file, chosen and loaded.
#include "../guitest.h"
#include "settings/profileform.h"
#include "storage/textlimits.h"
#include "widgets/dialogs.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nc;
using nc::guitest::child;

class TestProfileForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::useOwnSettings(QStringLiteral("tst_profileform")); }
    void typedTextLimits_data();
    void typedTextLimits();
    void protocolFileIsLoaded();
};

void TestProfileForm::typedTextLimits_data()
{
    QTest::addColumn<QByteArray>("edit");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says"); // empty: accepted
    const QString longest(text::kShortMax, QLatin1Char('a'));
    QTest::newRow("name of 200") << QByteArray("profileName") << longest << QString();
    QTest::newRow("name of 201") << QByteArray("profileName") << longest + QLatin1Char('a')
                                 << QStringLiteral("Name: ");
    QTest::newRow("clinic of 201") << QByteArray("clinicName") << longest + QLatin1Char('a')
                                   << QStringLiteral("Clinic or care team name: ");
    QTest::newRow("clinic with an escape") << QByteArray("clinicName") << QStringLiteral("City\x1b[2J")
                                           << QStringLiteral("Clinic or care team name: ");
    QTest::newRow("number with a NUL byte")
        << QByteArray("outOfHoursNumber") << QStringLiteral("0161") + QChar(0) + QStringLiteral("555")
        << QStringLiteral("Care team phone number, evenings");
    QTest::newRow("number of 200") << QByteArray("inHoursNumber") << QString(200, QLatin1Char('1'))
                                   << QString();
}

void TestProfileForm::typedTextLimits()
{
    QFETCH(QByteArray, edit);
    QFETCH(QString, value);
    QFETCH(QString, says);
    ProfileForm form;
    form.show();
    ProfileDraft draft;
    draft.name = QStringLiteral("Maria");
    form.setDraft(draft);
    auto *field = child<QLineEdit>(&form, edit.constData());
    field->setText(value);
    const QString problem = form.validate();
    auto *error = child<QLabel>(&form, "profileError");
    if (says.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!error->isVisible());
        return;
    }
    QVERIFY2(problem.startsWith(says), qPrintable(problem));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), problem);
    QCOMPARE(field->text(), value);
    QCOMPARE(form.focusWidget(), field);
}

void TestProfileForm::protocolFileIsLoaded()
{
    Protocol riverside = Protocol::defaultProtocol();
    riverside.id = QStringLiteral("riverside-2026");
    riverside.name = QStringLiteral("Riverside Oncology");
    riverside.single.thresholdC = 38.0;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("riverside.json"));
    const QString junk = dir.filePath(QStringLiteral("junk.json"));
    for (const auto &[path, bytes] :
        { std::pair { good, riverside.toJsonBytes() }, std::pair { junk, QByteArray("{\"id\": \"x\"") } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    ProfileForm form;
    form.show();
    form.setDraft(ProfileDraft {});
    const Protocol before = form.draft().protocol;
    QSignalSpy changed(&form, &ProfileForm::protocolChanged);
    auto *load = child<QPushButton>(&form, "loadProtocolFile");
    auto *error = child<QLabel>(&form, "profileError");

    // The person cancels the file dialog: nothing changes.
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(load, Qt::LeftButton);
    QCOMPARE(FileDialog::lastQuestion().title, QStringLiteral("Open the clinic's protocol file"));
    QVERIFY2(FileDialog::lastQuestion().filter.contains(QStringLiteral("*.json")),
        qPrintable(FileDialog::lastQuestion().filter));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(form.draft().protocol, before);

    // A file that is no protocol is refused, saying why; the protocol stays.
    FileDialog::setNextAnswer(junk);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cannot be used")), qPrintable(error->text()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(form.draft().protocol, before);

    // The clinic's file is loaded and chosen.
    FileDialog::setNextAnswer(good);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(form.draft().protocol, riverside);
    QCOMPARE(child<QComboBox>(&form, "protocol")->currentText(),
        QStringLiteral("Clinic protocol: Riverside Oncology"));
}

QTEST_MAIN(TestProfileForm)
#include "tst_profileform.moc"

// DESIGN.md "Data safety": the one text rule every entry point uses. Both sides of each limit,
// characters counted as a person counts them, the control characters refused and the ones allowed,
// and a refusal that names the field and the reason.
#include "storage/textlimits.h"

#include <QTest>

using namespace nc;

class TestTextLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void refusalNamesTheFieldAndTheReason();
    void thirtyMegabyteNoteIsRefused();
};

void TestTextLimits::rule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reasonContains"); // empty: accepted

    const int note = int(text::Kind::Note), shortText = int(text::Kind::Short);
    const QString x = QStringLiteral("x");
    QTest::newRow("note of 4,000") << x.repeated(text::kNoteMax) << note << QString();
    QTest::newRow("note of 4,001") << x.repeated(text::kNoteMax + 1) << note << QLocale().toString(4001);
    QTest::newRow("name of 200") << x.repeated(text::kShortMax) << shortText << QString();
    QTest::newRow("name of 201") << x.repeated(text::kShortMax + 1) << shortText << QStringLiteral("201");
    QTest::newRow("empty") << QString() << shortText << QString();
    // An emoji is two UTF-16 units but one character: 200 of them are a 200-character name.
    QTest::newRow("200 emoji") << QStringLiteral("\U0001F600").repeated(200) << shortText << QString();
    QTest::newRow("201 emoji") << QStringLiteral("\U0001F600").repeated(201) << shortText
                               << QStringLiteral("201");
    QTest::newRow("accents") << QStringLiteral("José Núñez, ñandú") << shortText << QString();
    QTest::newRow("tab") << QStringLiteral("a\tb") << shortText << QString();
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\rfour") << note << QString();
    QTest::newRow("NUL byte") << QStringLiteral("shivers") + QChar(0) + QStringLiteral("x") << note
                              << QStringLiteral("U+0000");
    QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << note << QStringLiteral("U+001B");
    QTest::newRow("delete") << QStringLiteral("a\x7f") << shortText << QStringLiteral("U+007F");
    QTest::newRow("C1 control") << QStringLiteral("a") + QChar(0x85) << shortText << QStringLiteral("U+0085");
    QTest::newRow("form feed") << QStringLiteral("a\fb") << note << QStringLiteral("U+000C");
}

void TestTextLimits::rule()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, reasonContains);
    const auto problem = text::problem(value, text::Kind(kind));
    QCOMPARE(problem.has_value(), !reasonContains.isEmpty());
    if (problem)
        QVERIFY2(problem->contains(reasonContains), qPrintable(*problem));
    QCOMPARE(text::check(QStringLiteral("note"), value, text::Kind(kind)).has_value(), problem.has_value());
}

void TestTextLimits::refusalNamesTheFieldAndTheReason()
{
    const auto tooLong
        = text::check(QStringLiteral("Note"), QString(4001, QLatin1Char('x')), text::Kind::Note);
    QVERIFY(tooLong);
    QCOMPARE(tooLong->field, QStringLiteral("Note"));
    QVERIFY2(tooLong->message.startsWith(QStringLiteral("Note: ")), qPrintable(tooLong->message));
    QVERIFY2(tooLong->message.contains(QLocale().toString(4001))
            && tooLong->message.contains(QLocale().toString(4000)),
        qPrintable(tooLong->message));

    // Where the character is, counted as a person counts: the emoji before it is one.
    const auto control
        = text::check(QStringLiteral("Lab"), QStringLiteral("\U0001F600a\x01"), text::Kind::Short);
    QVERIFY(control);
    QVERIFY2(control->message.contains(QStringLiteral("U+0001"))
            && control->message.contains(QStringLiteral(" 3")),
        qPrintable(control->message));
}

void TestTextLimits::thirtyMegabyteNoteIsRefused()
{
    // Issue 13: the CSV import stored a 30 MB note.
    const auto problem = text::problem(QString(30 * 1000 * 1000, QLatin1Char('x')), text::Kind::Note);
    QVERIFY(problem);
    QVERIFY2(problem->contains(QLocale().toString(30 * 1000 * 1000)), qPrintable(*problem));
}

QTEST_GUILESS_MAIN(TestTextLimits)
#include "tst_textlimits.moc"

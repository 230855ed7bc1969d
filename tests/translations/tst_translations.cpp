// Every shipped language is complete: each .ts file has a finished translation for every string the
// sources mark with tr() (lupdate is run on a copy to find any that are new), keeping the source's
// placeholders; the education content is checked per language by tst_contentcatalogue.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool plural = false;
};

// How many plural forms Qt's rules give each shipped language (lupdate writes that many
// <numerusform> slots): Spanish and French one/other, Chinese a single form, Arabic zero, one, two,
// few (3–10), many (11–99) and other (100–102…).
int pluralForms(const QString &tsFile)
{
    static const QHash<QString, int> forms { { QStringLiteral("es"), 2 }, { QStringLiteral("fr"), 2 },
        { QStringLiteral("zh"), 1 }, { QStringLiteral("ar"), 6 } };
    const QString code = QFileInfo(tsFile).baseName().section(QLatin1Char('_'), 1);
    return forms.value(code, -1);
}

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold <numerusform> children; plain ones hold text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList shippedTsFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(NC_SOURCE_DIR "/translations"));
    for (const QString &name : dir.entryList({ QStringLiteral("neutrocare_*.ts") })) {
        if (name != QLatin1String("neutrocare_en.ts")) // the source language: plural forms only
            files << dir.filePath(name);
    }
    return files;
}

// Whether `c` connects to the letter after it, and to the one before it (Arabic shaping).
bool joinsNext(QChar c)
{
    const auto j = c.joiningType();
    return j == QChar::Joining_Dual || j == QChar::Joining_Causing || j == QChar::Joining_Left;
}

bool joinsPrevious(QChar c)
{
    const auto j = c.joiningType();
    return j == QChar::Joining_Dual || j == QChar::Joining_Causing || j == QChar::Joining_Right;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageFinished();
    void upToDateWithTheSources();
    void acceleratorsKeepWordsJoined();
    void languages_data();
    void languages();
};

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : shippedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::languages()
{
    QFETCH(QString, path);
    QVERIFY(!readTs(path).isEmpty());
}

void TestTranslations::everyMessageFinished()
{
    const QStringList files = shippedTsFiles();
    QVERIFY2(!files.isEmpty(), "no translation shipped");
    QStringList problems;
    for (const QString &path : files) {
        for (const Message &m : readTs(path)) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            const QString where = QFileInfo(path).fileName() + QLatin1Char(' ') + m.context
                + QStringLiteral(": ") + m.source.left(60);
            if (m.type == QLatin1String("unfinished"))
                problems << where + QStringLiteral(" — unfinished");
            if (m.plural && m.translations.size() != pluralForms(path))
                problems << where
                        + QStringLiteral(" — %1 plural forms, not %2")
                              .arg(m.translations.size())
                              .arg(pluralForms(path));
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(" — empty");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" — placeholders differ: ") + t.left(60);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDateWithTheSources()
{
    // lupdate on a copy: any string in the sources that a language lacks comes back unfinished.
    QTemporaryDir dir;
    QStringList problems;
    for (const QString &path : shippedTsFiles()) {
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(NC_SOURCE_DIR));
        lupdate.start(QStringLiteral(NC_LUPDATE),
            { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                QStringLiteral("core"), QStringLiteral("-I"), QStringLiteral("ui"), QStringLiteral("core"),
                QStringLiteral("ui"), QStringLiteral("app/neutrocare"), QStringLiteral("app/neutrocare-desk"),
                QStringLiteral("app/neutrocare-cli"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        for (const Message &m : readTs(copy)) {
            if (m.type == QLatin1String("unfinished"))
                problems << QFileInfo(path).fileName() + QStringLiteral(": not translated yet: ") + m.context
                        + QStringLiteral(": ") + m.source.left(70);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(QLatin1Char('\n'))
            + QStringLiteral("\nRun: cmake --build --preset debug --target update_translations, "
                             "then translate (docs/translating.md).")));
}

// Qt draws a keyboard accelerator's underline as a text run of its own, and a run boundary breaks
// the shaping of joined letters: an underlined letter in the middle of an Arabic word came out cut
// off from its neighbours, and the label measured too short for it. So an accelerator may only
// underline a letter that joins neither the letter before nor the one after it.
void TestTranslations::acceleratorsKeepWordsJoined()
{
    QStringList problems;
    for (const QString &path : shippedTsFiles()) {
        for (const Message &m : readTs(path)) {
            for (const QString &t : m.translations) {
                for (qsizetype i = t.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < t.size();
                     i = t.indexOf(QLatin1Char('&'), i + 2)) {
                    if (t.at(i + 1) == QLatin1Char('&'))
                        continue; // "&&", a literal ampersand
                    const QChar letter = t.at(i + 1);
                    const QChar before = i > 0 ? t.at(i - 1) : QChar(QLatin1Char(' '));
                    const QChar after = i + 2 < t.size() ? t.at(i + 2) : QChar(QLatin1Char(' '));
                    if ((joinsNext(before) && joinsPrevious(letter))
                        || (joinsNext(letter) && joinsPrevious(after)))
                        problems << QFileInfo(path).fileName() + QStringLiteral(": ") + t;
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

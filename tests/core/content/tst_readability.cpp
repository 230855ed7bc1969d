// Reading level of every shipped article: Flesch–Kincaid grade ≤ 8 in English, Fernández-Huerta
// index ≥ 60 in Spanish (issue 13). Each article's score is printed (qInfo) so it can be quoted.
//
// What is measured: the article as the app shows it, filled with the default settings (default
// protocol, °C, no clinic numbers): its title, its summary and its body, with the Markdown marks taken
// away. The "Read next" links, the sources and the review date are not counted (citations, not prose).
//
// Counting rules (one set for both languages):
// - Sentences end at ".", "!" or "?" followed by a space or the end of a block, except a full stop
//   straight after a single letter (an initial, as in "E. coli"). Every heading, list item, table row
//   and paragraph is a block, and a block always ends a sentence. A sentence with no word is ignored
//   (so "38.3" is not two sentences).
// - Words are runs of letters; an apostrophe between letters stays inside the word ("Felty's"). Digits
//   and symbols are not words, so "38.3 °C" counts one word, "C".
// - Syllables: see englishSyllables() and spanishSyllables(). A word in capitals ("ANC", "VIH") is read
//   letter by letter and counts the syllables of each letter's name.
//
// Formulas:
//   Flesch–Kincaid grade (Kincaid 1975)  = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
//   Fernández-Huerta (1959, as used by legible.es and textstat, with sentence length in words)
//                                        = 206.84 − 60 × syllables/words − 1.02 × words/sentences
#include "content/contentcatalogue.h"
#include "content/contentfill.h"
#include "storage/records.h"

#include <QRegularExpression>
#include <QtTest>

using namespace nc;

namespace {

constexpr double kMaxEnglishGrade = 8.0;
constexpr double kMinSpanishIndex = 60.0;

struct TextCounts
{
    int sentences = 0;
    int words = 0;
    int syllables = 0;
};

bool isUpperWord(const QString &word)
{
    return word.toUpper() == word && word.toLower() != word;
}

// Syllables of each letter's name when a word in capitals is spelled out.
int spelledOut(const QString &word, bool spanish)
{
    int count = 0;
    for (const QChar c : word.toLower()) {
        if (!spanish) {
            count += c == QLatin1Char('w') ? 3 : 1; // "double-u"
            continue;
        }
        // be, ce, de… one syllable; efe, hache, jota, ele, eme, ene, eñe, erre, ese, uve, equis,
        // zeta two; uve doble three.
        static const QString two = QStringLiteral("fhjlmnñrsvxz");
        count += c == QLatin1Char('w') ? 3 : two.contains(c) ? 2 : 1;
    }
    return count;
}

// English syllables, a documented heuristic (no dictionary):
//  1. count groups of vowels (a e i o u y, accented ones too); a "y" starting a word before a vowel is
//     a consonant ("yes");
//  2. a final "e" after a consonant is silent ("make"), except "-le" after a consonant ("table");
//  3. a final "-es" or "-ed" after a consonant is silent ("makes", "looked"), except after a hissing
//     sound ("boxes", "changes", "washes"), after t or d ("needed"), and "-les"/"-led" after a
//     consonant ("tables");
//  4. some vowel pairs are two syllables: "ia" ("bacteria") except after c, g, s or t ("special");
//     "io" ("radio") except after c, g, l, n, s, t or x ("infection", "million"); "iu" ("medium");
//     "ua" ("usual") except after g or q ("equal"); "iet" ("diet"); a final "-ier" ("earlier");
//     "-ing" after a vowel ("going");
//  5. every word has at least one syllable.
// It is wrong for some words ("recipe", "idea", "video"); the table in syllablesEnglish_data shows
// what it gets right.
int englishSyllables(const QString &word)
{
    if (isUpperWord(word) && word.size() > 1)
        return spelledOut(word, false);
    QString w = word.toLower();
    w.remove(QLatin1Char('\'')).remove(QChar(0x2019));
    static const QString vowels = QStringLiteral("aeiouyàáâäèéêëìíîïòóôöùúûü");
    const qsizetype n = w.size();
    const auto vowelAt = [&](qsizetype i) {
        if (i < 0 || i >= n || !vowels.contains(w.at(i)))
            return false;
        return !(i == 0 && w.at(i) == QLatin1Char('y') && n > 1 && vowels.contains(w.at(1)));
    };

    int count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (vowelAt(i) && !vowelAt(i - 1))
            ++count;
    }

    const auto consonantAt = [&](qsizetype i) { return i >= 0 && i < n && !vowelAt(i); };
    // "-le", "-les", "-led" after a consonant keep their syllable.
    const auto syllabicL = [&](qsizetype l) { return w.at(l) == QLatin1Char('l') && consonantAt(l - 1); };
    if (n > 2 && w.endsWith(QLatin1Char('e')) && consonantAt(n - 2)) {
        if (!syllabicL(n - 2))
            --count;
    } else if (n > 3 && (w.endsWith(QLatin1String("es")) || w.endsWith(QLatin1String("ed")))
        && consonantAt(n - 3)) {
        const QChar before = w.at(n - 3);
        bool syllabic = syllabicL(n - 3);
        if (w.endsWith(QLatin1String("ed")))
            syllabic = syllabic || before == QLatin1Char('t') || before == QLatin1Char('d');
        else
            syllabic = syllabic || QStringLiteral("sxzgc").contains(before)
                || w.endsWith(QLatin1String("ches")) || w.endsWith(QLatin1String("shes"));
        if (!syllabic)
            --count;
    }

    const auto splitPair = [&](const QString &pair, const QString &notAfter) {
        for (qsizetype at = w.indexOf(pair); at >= 0; at = w.indexOf(pair, at + 1)) {
            if (at == 0 || !notAfter.contains(w.at(at - 1)))
                ++count;
        }
    };
    splitPair(QStringLiteral("ia"), QStringLiteral("cgst"));
    splitPair(QStringLiteral("io"), QStringLiteral("cglnstx"));
    splitPair(QStringLiteral("iu"), QString());
    splitPair(QStringLiteral("ua"), QStringLiteral("gq"));
    splitPair(QStringLiteral("iet"), QString());
    if (n > 4 && w.endsWith(QLatin1String("ier")))
        ++count;
    if (n > 4 && w.endsWith(QLatin1String("ing")) && vowelAt(n - 4))
        ++count;
    return std::max(count, 1);
}

// Spanish syllables, from the spelling rules (RAE): every vowel starts a syllable unless it forms a
// diphthong with the vowel before it. Two vowels share a syllable when one of them is an unstressed
// i, u or ü ("cie-lo", "ciu-dad", "que"); two of a, e, o, or an accented í or ú next to another vowel,
// are a hiatus ("le-er", "dí-a"). A final "y" after a vowel is a vowel ("muy", "hay"); any other "y"
// and every "h" are consonants ("a-yu-da", "pro-hi-bir"). At least one syllable a word.
int spanishSyllables(const QString &word)
{
    if (isUpperWord(word) && word.size() > 1)
        return spelledOut(word, true);
    const QString w = word.toLower();
    static const QString weak = QStringLiteral("iuü");
    static const QString others = QStringLiteral("aeoáéóíúàèò");
    const qsizetype n = w.size();
    const auto vowelAt = [&](qsizetype i) {
        if (i < 0 || i >= n)
            return false;
        const QChar c = w.at(i);
        if (c == QLatin1Char('y'))
            return i == n - 1 && i > 0 && (weak + others).contains(w.at(i - 1));
        return weak.contains(c) || others.contains(c);
    };
    const auto weakAt = [&](qsizetype i) { return weak.contains(w.at(i)) || w.at(i) == QLatin1Char('y'); };

    int count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!vowelAt(i))
            continue;
        const bool diphthong = vowelAt(i - 1) && (weakAt(i) || weakAt(i - 1));
        if (!diphthong)
            ++count;
    }
    return std::max(count, 1);
}

// The article as plain text blocks: the title, the summary, then every heading, list item, table row
// and paragraph of the filled body, without Markdown marks.
QStringList plainBlocks(const QString &title, const QString &summary, const QString &markdown)
{
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("\\*+|\\\\|\\[|\\]|`"));
    static const QRegularExpression heading(QStringLiteral("^#+\\s+"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*(-|\\d+\\.)\\s+"));
    static const QRegularExpression tableRule(QStringLiteral("^\\|[\\s:|-]+\\|?$"));

    QStringList blocks { title, summary };
    QString current;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            blocks.append(current.trimmed());
        current.clear();
    };
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        line.replace(linkTarget, QStringLiteral("]"));
        line.replace(marks, QString());
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
        } else if (heading.match(trimmed).hasMatch()) {
            flush();
            blocks.append(trimmed.mid(heading.match(trimmed).capturedLength()));
        } else if (trimmed.startsWith(QLatin1Char('|'))) {
            flush();
            if (!tableRule.match(trimmed).hasMatch())
                blocks.append(trimmed.split(QLatin1Char('|'), Qt::SkipEmptyParts).join(QLatin1Char(',')));
        } else if (const QRegularExpressionMatch m = listItem.match(line); m.hasMatch()) {
            flush();
            current = line.mid(m.capturedLength());
        } else {
            current += QLatin1Char(' ') + trimmed;
        }
    }
    flush();
    return blocks;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool apostrophe = (c == QLatin1Char('\'') || c == QChar(0x2019)) && !word.isEmpty()
            && i + 1 < text.size() && text.at(i + 1).isLetter();
        if (c.isLetter() || apostrophe) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QStringList sentencesOf(const QString &block)
{
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < block.size(); ++i) {
        const QChar c = block.at(i);
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
            continue;
        const bool initial = c == QLatin1Char('.') && i >= 1 && block.at(i - 1).isLetter()
            && (i == 1 || !block.at(i - 2).isLetter());
        qsizetype end = i + 1;
        static const QString closers = QStringLiteral(".!?\"'»”’)");
        while (end < block.size() && closers.contains(block.at(end)))
            ++end;
        if (!initial && (end == block.size() || block.at(end).isSpace())) {
            sentences.append(block.mid(start, end - start));
            start = end;
        }
        i = end - 1;
    }
    sentences.append(block.mid(start));
    return sentences;
}

TextCounts countText(const QStringList &blocks, bool spanish)
{
    TextCounts counts;
    for (const QString &block : blocks) {
        for (const QString &sentence : sentencesOf(block)) {
            const QStringList words = wordsOf(sentence);
            if (words.isEmpty())
                continue;
            ++counts.sentences;
            counts.words += int(words.size());
            for (const QString &w : words)
                counts.syllables += spanish ? spanishSyllables(w) : englishSyllables(w);
        }
    }
    return counts;
}

double fleschKincaidGrade(const TextCounts &c)
{
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59;
}

double fernandezHuerta(const TextCounts &c)
{
    return 206.84 - 60.0 * c.syllables / c.words - 1.02 * c.words / c.sentences;
}

} // namespace

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syllablesEnglish_data();
    void syllablesEnglish();
    void syllablesSpanish_data();
    void syllablesSpanish();
    void countsSentencesAndWords_data();
    void countsSentencesAndWords();
    void formulas();
    void englishArticles_data();
    void englishArticles();
    void spanishArticles_data();
    void spanishArticles();

private:
    static void addArticleRows(const QString &language);
    static TextCounts articleCounts(const QString &id, const QString &language);
};

void TestReadability::syllablesEnglish_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("syllables");
    const QList<std::pair<const char *, int>> words = {
        { "the", 1 },
        { "cake", 1 },
        { "whole", 1 },
        { "free", 1 },
        { "blue", 1 },
        { "you", 1 },
        { "yes", 1 },
        { "looked", 1 },
        { "makes", 1 },
        { "times", 1 },
        { "don't", 1 },
        { "table", 2 },
        { "people", 2 },
        { "fever", 2 },
        { "needed", 2 },
        { "boxes", 2 },
        { "changes", 2 },
        { "washes", 2 },
        { "tables", 2 },
        { "vaccines", 2 },
        { "special", 2 },
        { "going", 2 },
        { "tissue", 2 },
        { "diet", 2 },
        { "equal", 2 },
        { "region", 2 },
        { "infection", 3 },
        { "neutrophil", 3 },
        { "usual", 3 },
        { "serious", 3 },
        { "biopsy", 3 },
        { "earlier", 3 },
        { "medium", 3 },
        { "bacteria", 4 },
        { "diagnosis", 4 },
        { "chemotherapy", 5 },
        { "antibiotics", 5 },
        { "neutropenia", 5 },
        { "ANC", 3 },
        { "WBC", 5 },
        { "C", 1 },
    };
    for (const auto &[word, syllables] : words)
        QTest::newRow(word) << QString::fromUtf8(word) << syllables;
}

void TestReadability::syllablesEnglish()
{
    QFETCH(QString, word);
    QFETCH(int, syllables);
    QCOMPARE(englishSyllables(word), syllables);
}

void TestReadability::syllablesSpanish_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("syllables");
    const QList<std::pair<const char *, int>> words = {
        { "y", 1 },
        { "que", 1 },
        { "muy", 1 },
        { "hay", 1 },
        { "fiebre", 2 },
        { "ciudad", 2 },
        { "día", 2 },
        { "leer", 2 },
        { "país", 2 },
        { "huevo", 2 },
        { "guía", 2 },
        { "ahora", 3 },
        { "ayuda", 3 },
        { "línea", 3 },
        { "infección", 3 },
        { "prohibir", 3 },
        { "leucemia", 3 },
        { "neutropenia", 4 },
        { "aéreo", 4 },
        { "antibióticos", 5 },
        { "quimioterapia", 5 },
        { "VIH", 5 },
        { "ANC", 4 },
    };
    for (const auto &[word, syllables] : words)
        QTest::newRow(word) << QString::fromUtf8(word) << syllables;
}

void TestReadability::syllablesSpanish()
{
    QFETCH(QString, word);
    QFETCH(int, syllables);
    QCOMPARE(spanishSyllables(word), syllables);
}

void TestReadability::countsSentencesAndWords_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("words");
    QTest::newRow("two sentences") << QStringLiteral("The cat sat. Did it stay? Yes!") << 3 << 7;
    QTest::newRow("an initial is no full stop")
        << QStringLiteral("Germs such as E. coli live in the gut.") << 1 << 9;
    QTest::newRow("numbers are no words, nor sentences")
        << QStringLiteral("Call at 38.3 °C or higher.") << 1 << 5;
    QTest::newRow("list items and headings end sentences")
        << QStringLiteral("## Signs\n\n- a sore throat\n- a new cough\n  that lasts") << 3 << 9;
    QTest::newRow("paragraphs end sentences") << QStringLiteral("One line\n\nAnother line") << 2 << 4;
    QTest::newRow("table rows, not the rule")
        << QStringLiteral("| Level | Count |\n|---|---|\n| Mild | 1,000 to 1,499 |") << 2 << 4;
    QTest::newRow("marks and link targets")
        << QStringLiteral("Read **[when to call](article:when-to-call)**, Felty's.") << 1 << 5;
}

void TestReadability::countsSentencesAndWords()
{
    QFETCH(QString, markdown);
    QFETCH(int, sentences);
    QFETCH(int, words);
    QStringList blocks = plainBlocks(QString(), QString(), markdown);
    const TextCounts counts = countText(blocks, false);
    QCOMPARE(counts.sentences, sentences);
    QCOMPARE(counts.words, words);
}

void TestReadability::formulas()
{
    // "The cat sat on the mat." : 6 words, 6 syllables, 1 sentence.
    const TextCounts cat = countText({ QStringLiteral("The cat sat on the mat.") }, false);
    QCOMPARE(cat.syllables, 6);
    QCOMPARE(fleschKincaidGrade(cat), 0.39 * 6 + 11.8 - 15.59);
    // "El gato come pan." : 4 words, 6 syllables, 1 sentence.
    const TextCounts gato = countText({ QStringLiteral("El gato come pan.") }, true);
    QCOMPARE(gato.syllables, 6);
    QCOMPARE(fernandezHuerta(gato), 206.84 - 60.0 * 1.5 - 1.02 * 4);
}

void TestReadability::addArticleRows(const QString &language)
{
    QTest::addColumn<QString>("id");
    for (const Article &a : ContentCatalogue::shipped().articles(language)) {
        if (a.language == language) // a fallback to English is not a translation
            QTest::newRow(qPrintable(a.id)) << a.id;
    }
}

TextCounts TestReadability::articleCounts(const QString &id, const QString &language)
{
    const ContentCatalogue &cat = ContentCatalogue::shipped();
    const std::optional<Article> a = cat.article(id, language);
    const QString body = cat.filledMarkdown(id, language, PatientSettings {});
    return countText(plainBlocks(a->title, a->summary, body), language == QLatin1String("es"));
}

void TestReadability::englishArticles_data()
{
    addArticleRows(QStringLiteral("en"));
}

void TestReadability::englishArticles()
{
    QFETCH(QString, id);
    const TextCounts c = articleCounts(id, QStringLiteral("en"));
    const double grade = fleschKincaidGrade(c);
    qInfo("en/%s: Flesch-Kincaid grade %.1f (%d words, %d sentences, %d syllables)", qPrintable(id), grade,
        c.words, c.sentences, c.syllables);
    QVERIFY2(grade <= kMaxEnglishGrade, qPrintable(QStringLiteral("grade %1").arg(grade, 0, 'f', 1)));
}

void TestReadability::spanishArticles_data()
{
    addArticleRows(QStringLiteral("es"));
}

void TestReadability::spanishArticles()
{
    QFETCH(QString, id);
    const TextCounts c = articleCounts(id, QStringLiteral("es"));
    const double index = fernandezHuerta(c);
    qInfo("es/%s: Fernandez-Huerta %.1f (%d words, %d sentences, %d syllables)", qPrintable(id), index,
        c.words, c.sentences, c.syllables);
    QVERIFY2(index >= kMinSpanishIndex, qPrintable(QStringLiteral("index %1").arg(index, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"

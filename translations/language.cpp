#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace nc::language {

namespace {
const QString kSourceLanguage = QStringLiteral("en");
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("neutrocare_");

QString &currentCode()
{
    static QString code = kSourceLanguage;
    return code;
}

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// The number and date formats of a language spoken on a system set to another one.
QLocale formats(const QString &language)
{
    // Arabic: Qt's default (Egypt) writes Arabic-Indic digits (٣٨٫٥) and reads no other. A
    // thermometer, a blood-count slip and a clinic's phone number show Western digits, and so does
    // every number in the education content, so the digits the patient sees here are the same ones
    // (the United Arab Emirates' formats: Arabic words, digits 0–9, "38.5").
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return QLocale(language);
}

void install(const QString &fileName, const QString &directory)
{
    // Owned by the application, so none outlives it.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        installed().append(translator);
    else
        delete translator;
}
} // namespace

QStringList available()
{
    // Compiled in, so read once. Picked out by hand: a name filter is a regular expression,
    // compiled on every listing, and the listing ran twice at every start of every program.
    static const QStringList codes = [] {
        QStringList found { kSourceLanguage };
        const QLatin1String suffix(".qm");
        for (const QString &file : QDir(kResourceDir).entryList(QDir::Files, QDir::Name)) {
            if (!file.startsWith(kPrefix) || !file.endsWith(suffix))
                continue;
            const QString code = file.mid(kPrefix.size()).chopped(suffix.size());
            if (!found.contains(code))
                found.append(code);
        }
        return found;
    }();
    return codes;
}

QString nativeName(const QString &code)
{
    // Written out: Qt 6.4's QLocale::nativeLanguageName() says "español de España" for a language
    // spoken in many countries.
    static const QHash<QString, QString> names { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("zh"), QStringLiteral("简体中文") },
        { QStringLiteral("ar"), QStringLiteral("العربية") } };
    return names.value(code, code);
}

QString match(const QStringList &uiLanguages)
{
    const QStringList codes = available();
    for (const QString &name : uiLanguages) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (codes.contains(code))
            return code;
    }
    return kSourceLanguage;
}

QString startupLanguage(const std::optional<QString> &firstProfileLanguage)
{
    return firstProfileLanguage.value_or(match(QLocale::system().uiLanguages()));
}

QString apply(const QString &code)
{
    const QString language = available().contains(code) ? code : kSourceLanguage;
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    install(kPrefix + language, kResourceDir);
    // Qt's own strings (standard buttons, dialogs): present when qt6-translations-l10n is installed.
    install(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Numbers and dates follow the language: the system's own formats when it speaks the same
    // language (es_MX stays Mexican), else the language's usual ones — so "38,5" reads in Spanish.
    const QLocale system = QLocale::system();
    QLocale::setDefault(
        system.name().section(QLatin1Char('_'), 0, 0) == language ? system : formats(language));
    currentCode() = language;
    return language;
}

QString current()
{
    return currentCode();
}

QStringList fontFamilies()
{
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC") };
}

Scope::Scope(const QString &code)
    : m_previous(current())
{
    if (code.isEmpty() || code == m_previous)
        return;
    apply(code);
    m_changed = true;
}

Scope::~Scope()
{
    if (!m_changed)
        return;
    apply(m_previous);
    // Exactly the formats in use before, which apply() may have chosen differently (a test's or
    // the user's locale).
    QLocale::setDefault(m_previousLocale);
}

} // namespace nc::language

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace nc {

// The interface languages: Qt Linguist translations compiled in under :/i18n (translations/).
// English is the source language; its file holds only plural forms.
namespace language {

// The codes shipped ("en", "es", …), English first.
QStringList available();
// A language's name in that language ("English", "Español"), so anyone can find theirs; the code
// itself for a language with no name here.
QString nativeName(const QString &code);
// The first shipped language among `uiLanguages` (BCP 47 names such as "es-ES", in order of
// preference), or English.
QString match(const QStringList &uiLanguages);
// The language to start in: the first profile's setting (the profile the main window opens, as
// PatientSettingsRepository::firstProfileLanguage() reads it), or the system's language while
// there is no profile yet.
QString startupLanguage(const std::optional<QString> &firstProfileLanguage);
// Installs NeutroCare's translator for `code`, and Qt's own when the system has it, in place of
// those of the previous language. Returns the code in use: English when `code` is not shipped.
QString apply(const QString &code);
// The code apply() installed last: English before any.
QString current();

// The font families that draw every shipped language, first choice first, for the screens and the
// printed documents alike. DejaVu Sans (fonts-dejavu-core) has Latin, accented and Arabic letters;
// Chinese falls back to Noto Sans CJK SC (fonts-noto-cjk), named so that fontconfig does not pick
// the Japanese cut of the same font, whose characters are drawn differently.
QStringList fontFamilies();

// A document in another language than the interface's (a wallet card's staff side in the clinic's
// language): applies `code` while it lives, then puts back the language and number formats in use
// before. An empty code keeps the language in use.
class Scope
{
public:
    explicit Scope(const QString &code);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    QString m_previous;
    QLocale m_previousLocale;
    bool m_changed = false;
};

} // namespace language

} // namespace nc

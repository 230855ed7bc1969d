#pragma once

#include <QString>
#include <QStringList>

namespace nc {

class Database;

// The interface languages: Qt Linguist translations compiled in under :/i18n (translations/).
// English is the source language; its file holds only plural forms.
namespace language {

// The codes shipped ("en", "es", …), English first.
QStringList available();
// The first shipped language among `uiLanguages` (BCP 47 names such as "es-ES", in order of
// preference), or English.
QString match(const QStringList &uiLanguages);
// The language to start in: the first profile's setting (the profile the main window opens), or
// the system's language while there is no profile yet.
QString startupLanguage(Database &db);
// Installs NeutroCare's translator for `code`, and Qt's own when the system has it, in place of
// those of the previous language. Returns the code in use: English when `code` is not shipped.
QString apply(const QString &code);

} // namespace language

} // namespace nc

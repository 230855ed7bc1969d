#pragma once

#include "language.h"

#include <QComboBox>
#include <algorithm>

namespace nc {

// `box` filled with every shipped language, each under its own name ("English", "العربية"): the
// person choosing may read only that one. The code is each entry's data; `current` is selected
// (the first entry when it is not shipped).
inline void fillWithLanguages(QComboBox *box, const QString &current)
{
    for (const QString &code : language::available())
        box->addItem(language::nativeName(code), code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace nc

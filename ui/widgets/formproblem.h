#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace nc {

// Shows what is wrong with a form on its error line (hidden when nothing is) and puts the cursor
// in the field to fix, so what the person typed stays where they can correct it. Returns the
// problem, so a validator can end with it.
QString showFormProblem(QLabel *line, const QString &problem, QWidget *culprit);

} // namespace nc

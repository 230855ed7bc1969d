#include "formproblem.h"

#include <QLabel>

namespace nc {

QString showFormProblem(QLabel *line, const QString &problem, QWidget *culprit)
{
    line->setText(problem);
    line->setVisible(!problem.isEmpty());
    if (culprit)
        culprit->setFocus();
    return problem;
}

} // namespace nc

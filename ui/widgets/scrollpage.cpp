#include "scrollpage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace nc {

QVBoxLayout *makeScrollPage(QWidget *screen, int spacing)
{
    auto *outer = new QVBoxLayout(screen);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(screen);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(spacing);
    return layout;
}

} // namespace nc

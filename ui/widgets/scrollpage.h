#pragma once

class QVBoxLayout;
class QWidget;

namespace nc {

// Fills `screen` with a frameless scroll area and returns the padded column inside it, so a
// screen stays usable at any window size and with large text.
QVBoxLayout *makeScrollPage(QWidget *screen, int spacing);

} // namespace nc

#include "dateinput.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <utility>

namespace nc {

DateInput::DateInput(QDate date, QWidget *parent)
    : QDateTimeEdit(QVariant(date), QMetaType::QDate, parent)
{
    setFormatLeftToRight(this, QLocale().dateFormat(QLocale::ShortFormat));
    setCalendarPopup(true);
}

DateInput::DateInput(const QDateTime &dateTime, QWidget *parent)
    : QDateTimeEdit(dateTime, parent)
{
    setFormatLeftToRight(this, QLocale().dateTimeFormat(QLocale::ShortFormat));
    setCalendarPopup(true);
}

void DateInput::focusInEvent(QFocusEvent *event)
{
    m_movedOn = false;
    m_fresh = true;
    QDateTimeEdit::focusInEvent(event);
}

void DateInput::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const bool fresh = std::exchange(m_fresh, false);
    if (!typing) {
        m_movedOn = false;
        QDateTimeEdit::keyPressEvent(event);
        return;
    }
    const int index = currentSectionIndex();
    const bool separator = !text.at(0).isLetterOrNumber();
    if (separator && m_movedOn && index > 0) {
        // The separator before the section the cursor moved on to: already passed.
        m_movedOn = false;
        event->accept();
        return;
    }
    if (!separator) {
        const QLineEdit *edit = lineEdit();
        const QString selected = edit->selectedText();
        if (selected.size() > sectionText(currentSection()).size()) {
            // More than one section selected (Select All): the typed date starts at the first.
            setCurrentSectionIndex(0);
            setSelectedSection(sectionAt(0));
        } else if (fresh && selected.isEmpty() && index >= 0) {
            // Focus left the cursor inside a section (a click): type over it, not into its digits.
            setSelectedSection(currentSection());
        }
    }
    const int before = currentSectionIndex();
    QDateTimeEdit::keyPressEvent(event);
    m_movedOn = !separator && currentSectionIndex() != before;
}

} // namespace nc

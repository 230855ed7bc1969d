#pragma once

#include "widgets/lefttoright.h"

#include <QDateTimeEdit>

namespace nc {

// A date (or date and time) field that takes a date typed in the locale's format as written:
// "11/24/26" in en_US, "24/11/2026" in en_GB. QDateTimeEdit edits section by section, and two of
// its habits turn a typed date into another one: with the whole text selected the first keys
// are refused, so the month is kept (11/24/26 became 12/24/26); and a separator typed after a
// section that filled itself and moved on skips the next section (11/24/26 became 11/4/24).
// This field starts typing at the first section when more than one is selected, types over the
// section under the cursor instead of inserting into its digits, and takes a separator right
// after such a move as the one already passed.
class DateInput : public QDateTimeEdit
{
    Q_OBJECT
public:
    // A date only, like QDateEdit, in the locale's short date format.
    DateInput(QDate date, QWidget *parent);
    // A date and time, in the locale's short date and time format.
    DateInput(const QDateTime &dateTime, QWidget *parent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // The section just filled moved the cursor on by itself.
    bool m_movedOn = false;
    // The field has just taken the focus, and nothing has been typed since.
    bool m_fresh = false;
};

} // namespace nc

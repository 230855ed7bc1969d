#include "clinicupdatecard.h"

#include "widgets/dialogs.h"
#include "widgets/icons.h"
#include "widgets/theme.h"
#include "widgets/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace nc {

ClinicUpdateCard::ClinicUpdateCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("clinicUpdate"));
    setProperty("card", true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(18, 10, 18, 10);
    m_icon = new QLabel(this);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new WrappedLabel(this);
    m_text->setObjectName(QStringLiteral("clinicUpdateText"));
    m_text->setTextFormat(Qt::PlainText); // the clinic's words, shown as they are
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row->addWidget(m_text, 1);
    m_details = new QPushButton(tr("What &changed"), this);
    m_details->setObjectName(QStringLiteral("clinicUpdateDetails"));
    m_details->setAccessibleName(tr("What your clinic changed"));
    row->addWidget(m_details, 0, Qt::AlignTop);
    connect(m_details, &QPushButton::clicked, this, &ClinicUpdateCard::showDetails);
    hide();
}

QString ClinicUpdateCard::fieldName(ClinicChange::Field field)
{
    switch (field) {
    case ClinicChange::Field::Protocol:
        return tr("your fever protocol");
    case ClinicChange::Field::ClinicName:
        return tr("your clinic's name");
    case ClinicChange::Field::InHoursNumber:
        return tr("the daytime phone number");
    case ClinicChange::Field::OutOfHoursNumber:
        return tr("the evenings and weekends number");
    case ClinicChange::Field::LlnAnc:
        return tr("the lower limit of normal (LLN)");
    case ClinicChange::Field::BaselineAnc:
        return tr("your usual level (baseline ANC)");
    case ClinicChange::Field::Advice:
        return tr("advice from your nurse");
    }
    return {};
}

QStringList ClinicUpdateCard::changeLines(const QList<ClinicChange> &changes)
{
    QStringList lines;
    for (const ClinicChange &change : changes) {
        QString name = fieldName(change.field);
        name[0] = name[0].toUpper();
        if (change.field == ClinicChange::Field::Advice)
            lines << tr("%1: “%2”").arg(name, change.after);
        else
            lines << tr("%1: %2 → %3")
                         .arg(name, change.before.isEmpty() ? tr("(not set)") : change.before, change.after);
    }
    return lines;
}

void ClinicUpdateCard::setUpdate(const std::optional<ClinicUpdate> &update, const QDateTime &now)
{
    const int iconSize = int(22 * Theme::scale());
    const QColor accent = Theme::iconColor();
    if (update && !update->refused.isEmpty()) {
        m_icon->setPixmap(
            icons::pixmap(QStringLiteral("level-caution"), accent, iconSize, devicePixelRatioF()));
        m_text->setText(update->refused);
        m_details->hide();
        show();
        return;
    }
    if (!update || update->changes.isEmpty() || update->at.daysTo(now) > kShownDays) {
        hide();
        return;
    }
    m_changes = update->changes;
    QStringList what;
    QString advice;
    for (const ClinicChange &change : update->changes) {
        if (change.field == ClinicChange::Field::Advice)
            advice = change.after;
        else
            what << fieldName(change.field);
    }
    const QDateTime local = update->at.toLocalTime();
    const QString when = tr("%1 at %2", "a day, then a time of day")
                             .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                 QLocale().toString(local.time(), QLocale::ShortFormat));
    QString text = what.isEmpty()
        ? tr("Updated by your clinic on %1.").arg(when)
        : tr("Updated by your clinic on %1: %2.").arg(when, QLocale().createSeparatedList(what));
    if (!advice.isEmpty())
        text += QLatin1Char('\n') + tr("Advice from your nurse: “%1”").arg(advice);
    m_icon->setPixmap(icons::pixmap(QStringLiteral("link"), accent, iconSize, devicePixelRatioF()));
    m_text->setText(text);
    m_details->setVisible(!what.isEmpty());
    show();
}

void ClinicUpdateCard::showDetails()
{
    QMessageBox box(QMessageBox::Information, tr("What your clinic changed"),
        changeLines(m_changes).join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("clinicUpdateChanges"));
    box.setTextFormat(Qt::PlainText);
    MessageBox::exec(box);
}

} // namespace nc

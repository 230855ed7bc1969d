#include "exchangeprogress.h"

#include <QCoreApplication>

namespace nc {

namespace {
int minimumDurationMs = 700;
} // namespace

ExchangeProgress::ExchangeProgress(const QString &label, QWidget *parent)
    : m_dialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent)
{
    m_dialog.setObjectName(QStringLiteral("exchangeProgress"));
    m_dialog.setAccessibleName(label);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(minimumDurationMs);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
}

Progress ExchangeProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        m_dialog.setMaximum(total > 0 ? 1000 : 0);
        m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    };
}

void ExchangeProgress::setMinimumDuration(int ms)
{
    minimumDurationMs = ms;
}

} // namespace nc

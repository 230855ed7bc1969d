#pragma once

#include "exchange/recordset.h"

#include <QProgressDialog>

namespace nc {

// A QProgressDialog with Cancel for imports and exports that take more than a moment; its
// callback() hands the core a Progress that updates it and reports a cancel. The work runs on the
// GUI thread and lets events through at each step, so the window stays responsive.
class ExchangeProgress
{
public:
    ExchangeProgress(const QString &label, QWidget *parent);
    Progress callback();
    bool cancelled() const { return m_dialog.wasCanceled(); }

    // Shown after this long (tests set 0 so they can press Cancel at once).
    static void setMinimumDuration(int ms);

private:
    QProgressDialog m_dialog;
};

} // namespace nc

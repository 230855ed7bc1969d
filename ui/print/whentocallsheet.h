#pragma once

#include "printdocument.h"
#include "storage/records.h"

#include <QCoreApplication>

namespace nc {

// The one-page "When to call" sheet for beside the phone: the protocol's triggers as big numbers
// in the display unit, the red-flag and amber symptoms, the care team's numbers and what to say,
// for the patient and for a caregiver calling for them.
class WhenToCallSheet : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::WhenToCallSheet)
public:
    // `name`: the name on documents, in the script for a caregiver who calls; empty leaves a blank.
    explicit WhenToCallSheet(PatientSettings settings, QString name = {})
        : m_settings(std::move(settings))
        , m_name(std::move(name))
    { }

    QString title() const override;
    bool print(QPagedPaintDevice &device) const override;

    // The protocol named with its source, for footers ("Protocol: … — IDSA 2010 …").
    static QString protocolLine(const Protocol &protocol);

private:
    QString html() const;
    // The sheet's parts, top to bottom.
    QString headingHtml() const;
    QString callNowHtml(const Protocol &p) const;
    QString numbersHtml() const;
    QString sameDayHtml(const Protocol &p) const;
    QString whatToSayHtml() const;

    PatientSettings m_settings;
    QString m_name;
};

} // namespace nc

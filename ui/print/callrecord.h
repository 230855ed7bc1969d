#pragma once

#include "printdocument.h"
#include "storage/records.h"
#include "storage/triagerecords.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace nc {

// What the printed record of one triage call shows, gathered by its caller.
struct CallRecordData
{
    Patient patient;
    QString clinicName;
    TriageCall call;
    QString protocolName; // the name of call.protocolId when known; empty prints the id itself
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // every time is printed in it
    TemperatureUnit unit = TemperatureUnit::Celsius; // every temperature is printed in it
};

// The record of a telephone-triage call for the clinic's file (CLINICAL.md §8), on one page: the
// patient, who called and who took the call, what the caller reported, the assessment kept with
// the call, the disposition with its reason and advice, the follow-up, and the risk scores as
// decision support for clinicians.
class CallRecord : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::CallRecord)
public:
    explicit CallRecord(CallRecordData data)
        : m_data(std::move(data))
    { }

    QString title() const override;
    bool print(QPagedPaintDevice &device) const override;

    // A score's total and band in words, the same on the desk's form and on paper: "MASCC 23 of 26",
    // "Low risk (≥ 21)"; "CISNE 1 of 8", "Class II — intermediate".
    static QString masccTotal(const riskscores::MasccScore &score);
    static QString masccBand(const riskscores::MasccScore &score);
    static QString cisneTotal(const riskscores::CisneScore &score);
    static QString cisneBand(const riskscores::CisneScore &score);

private:
    // The record at `scale` times its designed type sizes.
    QString html(double scale) const;
    QString timeText(const QDateTime &time) const;

    CallRecordData m_data;
};

} // namespace nc

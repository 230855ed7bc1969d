#pragma once

#include "printdocument.h"
#include "storage/reportdata.h"

#include <QCoreApplication>
#include <QMap>

namespace nc {

// The caregiver/clinic report: the status, the charts, and tables of readings (with fever
// flags), labs (with grades), symptoms, treatments, painkiller doses, alerts (every episode, with
// its protocol and outcome) and checklist adherence. Long tables break across pages with their header row
// repeated. Private notes are left out unless the patient chooses to include them.
class PatientReport : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::PatientReport)
public:
    PatientReport(ReportData data, bool includeNotes)
        : m_data(std::move(data))
        , m_includeNotes(includeNotes)
    { }

    QString title() const override;
    bool print(QPagedPaintDevice &device) const override;

private:
    bool hasCharts() const;
    QString html() const;
    QString statusHtml() const;
    QString summaryHtml() const;
    QString temperaturesHtml() const;
    QString countsHtml() const;
    QString symptomsHtml() const;
    QString treatmentsHtml() const;
    QString alertsHtml() const;
    QString antipyreticsHtml() const;
    QString checklistHtml() const;

    ReportData m_data;
    bool m_includeNotes;
};

} // namespace nc

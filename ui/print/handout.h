#pragma once

#include "printdocument.h"
#include "storage/records.h"

#include <QCoreApplication>

namespace nc {

class ContentCatalogue;

// An education article as a one- or two-page handout: its title and summary, the body filled for
// the patient (protocol thresholds in the display unit, the care team's numbers), the clinic in
// the header, and the sources and review date in the footer of every page.
class Handout : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(nc::Handout)
public:
    // Nullopt when the catalogue has no such article.
    static std::optional<Handout> create(const ContentCatalogue &catalogue, const QString &articleId,
        const QString &language, const PatientSettings &settings);

    QString title() const override { return m_title; }
    bool print(QPagedPaintDevice &device) const override;

private:
    Handout() = default;

    QString m_title;
    QString m_summary;
    QString m_bodyMarkdown;
    QStringList m_sources;
    QDate m_reviewed;
    PatientSettings m_settings;
};

} // namespace nc

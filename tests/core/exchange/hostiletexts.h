#pragma once

// Hostile text that every free-text field must keep exactly, and a record of every kind carrying
// one in each of its text fields: shared by tst_hostiletext and the database fixtures
// (tests/data/db). Header-only: each executable includes it once.

#include "sampledata.h"
#include "storage/textlimits.h"

#include <utility>

namespace nc::testdata {

// The control characters text may hold (tab and line breaks), and the Unicode line and paragraph
// separators, which are not control characters.
inline QString allowedBreaks()
{
    return QStringLiteral("tab\there\nline\r\nbreak\rold Mac") + QChar(0x2028) + QStringLiteral("sep")
        + QChar(0x2029) + QStringLiteral(":end");
}

// The longest text every field takes: 200 characters, two of them emoji (four UTF-16 units).
inline QString longestShortText()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\xA9\xB8");
    const QString start = emoji + QStringLiteral("Fièvre \"38,4\" ");
    return start + QString(text::kShortMax - text::length(start) - 1, QLatin1Char('x')) + emoji;
}

// Each named: HTML, SQL fragments, right-to-left marks, formula starters, tabs and line breaks,
// text at the longest allowed.
inline QList<std::pair<const char *, QString>> hostileTexts()
{
    return {
        { "html",
            QStringLiteral(
                "<script>alert('x')</script><b>bold</b> &amp; &lt;tag&gt; <img src=x onerror=alert(1)>") },
        { "sql",
            QStringLiteral("'); DROP TABLE temperatures; -- \" OR 1=1; DELETE FROM patients WHERE '1'='1") },
        { "sql leading", QStringLiteral("-- comment'; SELECT * FROM sqlite_master; /*") },
        { "tab and line breaks", allowedBreaks() },
        { "longest allowed", longestShortText() },
        { "right-to-left",
            QString::fromUtf8("\u202Egnp.exe\u202C \u200Fשלום\u200E مرحبا \u2067isolate\u2069") },
        { "byte-order mark and zero-width", QString::fromUtf8("\uFEFFstart\u200B\u200D\uFEFF") },
        { "formula", QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")") },
        { "formula after apostrophe", QStringLiteral("'+1") },
        { "csv structure", QStringLiteral("a,\"b\"\r\nkind,time\r\n\"") },
        { "json structure", QStringLiteral("\"}], \"resourceType\": \"Bundle\", \"x\": [{\\u0000\\") },
        { "spaces kept", QStringLiteral("  padded \t ") },
    };
}

// One record of every kind with `text` in every text field, `daysLater` days after the first set.
inline RecordSet everyTextField(const QString &text, int daysLater = 0)
{
    // An ISO time `daysLater` days on, for the helpers that read one.
    const auto later = [daysLater](const char *iso) {
        return at(iso).addDays(daysLater).toString(Qt::ISODate).toLatin1();
    };
    RecordSet s;
    s.temperatures = { temperature(later("2026-03-01T08:00:00+01:00").constData(), 38.4,
        TemperatureUnit::Celsius, MeasurementSite::Oral, text) };
    s.bloodCounts = { measured(later("2026-03-02T08:00:00+01:00").constData(), 400,
                          CountUnit::CellsPerMicrolitre, text, text),
        derived(later("2026-03-03T08:00:00+01:00").constData(), 2.0, CountUnit::GigaPerLitre,
            Differential::total(40), text, text) };
    s.symptoms
        = { { 0, 0, { at("2026-03-01T09:00:00+01:00").addDays(daysLater), SymptomCode::Cough }, text } };
    TreatmentRecord t;
    t.treatment
        = { QDate(2026, 2, 24).addDays(daysLater), TreatmentKind::Chemotherapy, std::nullopt, std::nullopt };
    t.regimen = text;
    t.note = text;
    s.treatments = { t };
    s.medicines = { { 0, 0, text, text, QDate(2026, 2, 1).addDays(daysLater), std::nullopt, text } };
    s.antipyretics
        = { { 0, 0, { at("2026-03-01T07:00:00+01:00").addDays(daysLater), Antipyretic::Aspirin }, text } };
    AlertRecord a;
    a.raisedAt = at("2026-03-01T08:01:00+01:00").addDays(daysLater);
    a.level = Level::CallNow;
    a.reasonCodes = { QStringLiteral("fever_single") };
    a.protocolId = text;
    a.note = text;
    s.alerts = { a };
    return s;
}

} // namespace nc::testdata

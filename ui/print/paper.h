#pragma once

#include <QPageSize>
#include <QString>
#include <optional>

namespace nc {

// The two paper sizes clinics print on. Documents lay themselves out on whichever the device has.
enum class Paper { A4, Letter };

namespace paper {
QString code(Paper paper); // "a4", "letter"
std::optional<Paper> fromCode(const QString &code);
QPageSize pageSize(Paper paper);
// US Letter where the locale's country uses it (United States, Canada, Mexico…), A4 elsewhere.
Paper forLocale(const QLocale &locale);
} // namespace paper

} // namespace nc

#pragma once

#include <QString>
#include <optional>

namespace nc {

// Reads a number the way the person typed it: in their locale ("38,5" in Spanish) or with a dot,
// which every keyboard has. Empty or unreadable text gives nothing.
std::optional<double> parseNumber(const QString &text);

} // namespace nc

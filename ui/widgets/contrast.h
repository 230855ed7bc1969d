#pragma once

#include <QColor>

namespace nc {

// WCAG 2.x contrast: relative luminance of sRGB colours and the ratio (L1 + 0.05) / (L2 + 0.05),
// from 1 (none) to 21 (black on white). AA asks 4.5 for text, 3 for large text and UI parts.
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace nc

#pragma once

#include <QRect>

class QWidget;

// A saved window geometry put back only as far as the screen allows: a window that grew taller
// than the screen once (or was saved on a larger monitor) comes back fitting it.
namespace WindowGeometry {
// `window` moved and shrunk to lie within `available`.
QRect clamped(const QRect &window, const QRect &available);
// Restores `saved` (QWidget::saveGeometry) on `window`, then fits it to its screen; false if
// nothing was restored.
bool restore(QWidget *window, const QByteArray &saved);
} // namespace WindowGeometry

#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowGeometry {

QRect clamped(const QRect &window, const QRect &available)
{
    if (!available.isValid())
        return window;
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size()));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

bool restore(QWidget *window, const QByteArray &saved)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        return false;
    const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = window->screen();
    if (!screen)
        return true;
    // The frame is not known before the window is shown: leave room for a title bar.
    const QRect available = screen->availableGeometry().adjusted(0, 32, 0, 0);
    const QRect fitted = clamped(window->geometry(), available);
    if (fitted != window->geometry())
        window->setGeometry(fitted);
    return true;
}

} // namespace WindowGeometry

#include "StateColours.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
QColor hue(StateColours::Tone tone)
{
    switch (tone) {
    case StateColours::Tone::Pending:
        return {255, 204, 0};
    case StateColours::Tone::Problem:
        return {230, 57, 53};
    case StateColours::Tone::Done:
        return {67, 160, 71};
    case StateColours::Tone::Warning:
        return {245, 124, 0};
    case StateColours::Tone::Info:
        return {30, 136, 229};
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

bool StateColours::darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor StateColours::background(Tone tone)
{
    // Light enough to keep the palette's text readable: a touch of the hue on a light base, a
    // stronger one on a dark base (where the same share would vanish).
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    return mix(base, hue(tone), darkPalette() ? 0.38 : 0.30);
}

QColor StateColours::text(Tone tone)
{
    // Towards the window text: darker on a light palette, lighter on a dark one.
    const QColor windowText = QGuiApplication::palette().color(QPalette::WindowText);
    return mix(hue(tone), windowText, darkPalette() ? 0.25 : 0.35);
}

#pragma once

#include <QColor>

// The colours that mark a state (a pending cell, a problem, something written), worked out from
// the application's palette so they read as well on a dark theme as on a light one. Every model
// and widget that marks a state takes its colour from here.
class StateColours
{
public:
    enum class Tone
    {
        Pending, // changed, not written yet
        Problem, // not valid or refused
        Done,    // written
        Warning, // needs attention, nothing is wrong yet
        Info     // worth knowing
    };
    // A cell's background: the tone mixed into the palette's base colour.
    static QColor background(Tone tone);
    // Text in the tone that stays readable on the palette's window colour.
    static QColor text(Tone tone);
    // Whether the palette is dark (light text on a dark base).
    static bool darkPalette();
};

#pragma once

#include <QIcon>

// The application's own icons (resources/icons), compiled in from resources/metadesk.qrc. They
// are SVG and drawn by Qt's SVG icon engine, so they stay sharp at every size and scale.
namespace Icons {
// resources/icons/actions/<name>.svg, e.g. Icons::action("document-open").
QIcon action(const char *name);
// The application icon, resources/icons/metadesk.svg (installed as io.metadesk.MetaDesk.svg).
QIcon application();
} // namespace Icons

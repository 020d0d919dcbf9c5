#include "Icons.h"

// The resources live in the static library metadesk_resources, which nothing else references:
// without this call the linker would leave them out. It must stand outside any namespace, as
// Q_INIT_RESOURCE declares the initialiser in the enclosing one.
static void initMetaDeskResources()
{
    Q_INIT_RESOURCE(metadesk);
}

namespace Icons {

namespace {
QIcon fromResource(const QString &path)
{
    static const bool initialised = (initMetaDeskResources(), true);
    Q_UNUSED(initialised)
    return QIcon(path);
}
} // namespace

QIcon action(const char *name)
{
    return fromResource(QStringLiteral(":/icons/actions/") + QLatin1String(name) +
                        QStringLiteral(".svg"));
}

QIcon application()
{
    return fromResource(QStringLiteral(":/icons/metadesk.svg"));
}

} // namespace Icons

#include "ApiRoutes.h"

const QList<Route> &ApiRoutes::all()
{
    static const QList<Route> routes{
        {"PUT", QStringLiteral("/api/ingress/user_meta"), Endpoint::UserMeta},
        {"PUT", QStringLiteral("/api/ingress/user_meta/fields"), Endpoint::PutFields},
        {"POST", QStringLiteral("/api/ingress/user_group_members"), Endpoint::GroupAdd},
        {"PUT", QStringLiteral("/api/ingress/user_group_members"), Endpoint::GroupReplace},
        {"DELETE", QStringLiteral("/api/ingress/user_group_members"), Endpoint::GroupRemove},
        {"DELETE", QStringLiteral("/api/ingress/user_group_members/drop"), Endpoint::GroupDrop},
        {"GET", QStringLiteral("/api/egress/users"), Endpoint::EgressUsers},
        {"GET", QStringLiteral("/api/egress/user_groups"), Endpoint::EgressGroups},
        {"GET", QStringLiteral("/api/egress/user_meta"), Endpoint::EgressUserMeta},
        {"GET", QStringLiteral("/api/egress/user_meta/fields"), Endpoint::EgressFields},
        {"GET", QStringLiteral("/api/egress/account"), Endpoint::EgressAccount},
    };
    return routes;
}

RouteMatch ApiRoutes::match(const QByteArray &method, const QString &path)
{
    RouteMatch m;
    m.path = path;
    while (m.path.size() > 1 && m.path.endsWith(QLatin1Char('/')))
        m.path.chop(1);
    for (const Route &route : all()) {
        if (route.path != m.path)
            continue;
        if (route.method == method) {
            m.kind = RouteMatch::Kind::Found;
            m.endpoint = route.endpoint;
            return m;
        }
        m.allowed.append(route.method);
    }
    m.kind = m.allowed.isEmpty() ? RouteMatch::Kind::NotFound : RouteMatch::Kind::MethodNotAllowed;
    return m;
}

#include "ApiRoutes.h"
#include "domain/ApiContract.h"

const QList<Route> &ApiRoutes::all()
{
    static const QList<Route> routes{
        {"PUT", QLatin1String(ApiContract::Paths::UserMeta), Endpoint::UserMeta},
        {"PUT", QLatin1String(ApiContract::Paths::PutFields), Endpoint::PutFields},
        {"POST", QLatin1String(ApiContract::Paths::GroupMembers), Endpoint::GroupAdd},
        {"PUT", QLatin1String(ApiContract::Paths::GroupMembers), Endpoint::GroupReplace},
        {"DELETE", QLatin1String(ApiContract::Paths::GroupMembers), Endpoint::GroupRemove},
        {"DELETE", QLatin1String(ApiContract::Paths::GroupMembersDrop), Endpoint::GroupDrop},
        {"GET", QLatin1String(ApiContract::Paths::Users), Endpoint::EgressUsers},
        {"GET", QLatin1String(ApiContract::Paths::UserGroups), Endpoint::EgressGroups},
        {"GET", QLatin1String(ApiContract::Paths::UserMetaValues), Endpoint::EgressUserMeta},
        {"GET", QLatin1String(ApiContract::Paths::Fields), Endpoint::EgressFields},
        {"GET", QLatin1String(ApiContract::Paths::Account), Endpoint::EgressAccount},
        {"GET", QLatin1String(ApiContract::Paths::Changes), Endpoint::EgressChanges},
        {"GET", QLatin1String(ApiContract::Paths::UserMetaCounts), Endpoint::EgressCounts},
    };
    return routes;
}

RouteMatch ApiRoutes::match(const QByteArray &requestMethod, const QString &path)
{
    // HEAD is GET without the body (RFC 9110 9.3.2); the transport leaves the body out.
    const QByteArray method = requestMethod == "HEAD" ? QByteArrayLiteral("GET") : requestMethod;
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

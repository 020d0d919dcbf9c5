#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The endpoints of docs/API.md and how a method and path name one of them.
enum class Endpoint
{
    UserMeta,       // PUT /api/ingress/user_meta
    PutFields,      // PUT /api/ingress/user_meta/fields
    GroupAdd,       // POST /api/ingress/user_group_members
    GroupReplace,   // PUT /api/ingress/user_group_members
    GroupRemove,    // DELETE /api/ingress/user_group_members
    GroupDrop,      // DELETE /api/ingress/user_group_members/drop
    EgressUsers,    // GET /api/egress/users
    EgressGroups,   // GET /api/egress/user_groups
    EgressUserMeta, // GET /api/egress/user_meta
    EgressFields,   // GET /api/egress/user_meta/fields
    EgressAccount,  // GET /api/egress/account
    EgressChanges,  // GET /api/egress/changes
    EgressCounts    // GET /api/egress/user_meta/counts
};

struct Route
{
    QByteArray method;
    QString path;
    Endpoint endpoint;
};

struct RouteMatch
{
    enum class Kind
    {
        Found,
        NotFound,
        MethodNotAllowed
    };
    Kind kind = Kind::NotFound;
    Endpoint endpoint = Endpoint::UserMeta; // when found
    QString path;                           // the normalised path (no trailing '/')
    QList<QByteArray> allowed;              // the methods the path has, when it has any
};

class ApiRoutes
{
public:
    static const QList<Route> &all();
    // A trailing '/' is ignored: "/api/egress/users/" is "/api/egress/users". HEAD matches GET.
    static RouteMatch match(const QByteArray &method, const QString &path);
};

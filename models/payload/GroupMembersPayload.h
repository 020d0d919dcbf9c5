#pragma once

#include "domain/ApiError.h"
#include "domain/GroupOperation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

// A /api/ingress/user_group_members request document read into one operation.
struct GroupMembersRequest
{
    GroupOperation operation; // ids and groups without duplicates, in the order sent
    // For each operation.userIds[i] / groups[i]: its index in the list as sent (after a csv
    // split), for the locations `user_id.<index>` / `group_id.<index>` of later errors.
    QList<int> userPositions;
    QList<int> groupPositions;
    QStringList warnings; // e.g. a group_id sent to drop, which ignores it
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// Reads user_id / group_id (and their aliases) of docs/API.md section 6. Ids that cannot be ids
// are refused here; resolving ids and names against the database is the store's job.
class GroupMembersPayload
{
    Q_DECLARE_TR_FUNCTIONS(GroupMembersPayload)
public:
    static GroupMembersRequest parse(const QJsonObject &document, GroupOperation::Kind kind);

    // The operation a method and path ask for; nullopt when they name none.
    static std::optional<GroupOperation::Kind> kindFor(const QByteArray &method,
                                                       const QString &path);
    static QByteArray method(GroupOperation::Kind kind);
    static QString path(GroupOperation::Kind kind);

    static QString userLocation(int position);
    static QString groupLocation(int position);
};

#pragma once

#include "ApiResponse.h"
#include "domain/GroupOperation.h"
#include "payload/PayloadTree.h"

#include <QJsonObject>
#include <optional>

class SqlStore;

// The ingress writes: PUT /api/ingress/user_meta (docs/API.md 5) and the user_group_members
// operations (section 5). Parsing is the payload engine's, checking and writing the store's.
class IngressHandler
{
public:
    explicit IngressHandler(SqlStore &store);

    // `parameters`: the decoded request (RequestDocument::read), read by UserMetaPayload.
    // `ifMatch`: write only if no place the request changes changed after it (docs/API.md 10).
    ApiResponse putUserMeta(qint64 accountId, const PayloadTree &parameters,
                            std::optional<qint64> ifMatch = std::nullopt);
    ApiResponse groupMembers(qint64 accountId, GroupOperation::Kind kind,
                             const QJsonObject &document,
                             std::optional<qint64> ifMatch = std::nullopt);

private:
    SqlStore &m_store;
};

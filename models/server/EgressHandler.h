#pragma once

#include "ApiResponse.h"
#include "domain/ApiContract.h"
#include "domain/MetaField.h"
#include "store/UserQuery.h"

#include <QCoreApplication>
#include <QJsonObject>

class SqlStore;

// The read endpoints of docs/API.md section 7, scoped to one account and paged by keyset.
class EgressHandler
{
    Q_DECLARE_TR_FUNCTIONS(EgressHandler)
public:
    static constexpr int kDefaultLimit = ApiContract::kDefaultPageSize;
    static constexpr int kMaxLimit = ApiContract::kMaxPageSize;

    explicit EgressHandler(SqlStore &store);

    ApiResponse users(qint64 accountId, const QJsonObject &parameters);
    ApiResponse userGroups(qint64 accountId, const QJsonObject &parameters);
    ApiResponse userMeta(qint64 accountId, const QJsonObject &parameters);
    // The key's own account: id, name and user count (docs/API.md 7).
    ApiResponse account(qint64 accountId);
    ApiResponse fields(qint64 accountId);
    // How many users of the account hold a value, per field (docs/API.md 7).
    ApiResponse counts(qint64 accountId);
    // What changed after `since` (docs/API.md 10): values and memberships paged by user id,
    // field definitions on the first page; 410 when `since` is older than the kept tombstones.
    ApiResponse changes(qint64 accountId, const QJsonObject &parameters);

private:
    struct Page
    {
        int limit = kDefaultLimit;
        qint64 after = 0;
        ApiError error;
    };
    static Page readPage(const QJsonObject &parameters);
    // `sort`, `order`, `offset` and the `meta.<field>` filters of /api/egress/users.
    struct Order
    {
        UserQuery query;
        bool byOffset = false; // paged by position (`offset`) rather than by `after`
        qint64 offset = 0;
        ApiError error;
    };
    static Order readOrder(const QJsonObject &parameters, const QList<MetaField> &fields);

    SqlStore &m_store;
};

#pragma once

#include "StoreError.h"
#include "UserQuery.h"
#include "UserQuerySql.h"
#include "domain/Account.h"
#include "domain/GroupOperation.h"
#include "domain/GroupOutcome.h"
#include "domain/MetaEdit.h"
#include "domain/MetaEditList.h"
#include "domain/MetaField.h"
#include "domain/User.h"
#include "domain/UserGroup.h"
#include "domain/UserMetaOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class RevisionStamp;
class SqlConnection;

// Lets a long apply report progress and be cancelled from another thread.
struct ApplyControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::shared_ptr<const std::atomic<bool>> cancelled;
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

// A MetaDesk database: the one place that knows the store's rules in SQL. The GUI's local-file
// mode and metadesk-server both read and write through it, on a file (SqliteStore) or on
// PostgreSQL (PostgresStore), so a file behaves exactly like a server and both backends keep
// one rule set. Not thread-safe: use one instance per thread (each has its own connection).
class SqlStatement;

class SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)
public:
    virtual ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // The connection, for SqlStatement and SqlTransaction (the one way to run SQL on it).
    SqlConnection *connection() const { return m_db; }

    // The last SQL error, for callers that got an empty answer.
    QString lastError() const { return m_lastError; }

    // Binds `user` as ?1..?7 of an INSERT INTO users(id, first_name, last_name, middle_name,
    // alias, email, status): the one place a user becomes a row (no status: active).
    static void bindUserRow(SqlStatement &statement, const User &user);

    // Accounts.
    QList<Account> accounts();
    std::optional<Account> findAccount(const QString &idOrName);
    qint64 addAccount(const QString &name);

    // Users of one account, by keyset: ids greater than `after`, skipping `skip` of them first
    // (a view jumping far ahead), at most `limit`, each with its groups in the account.
    // `after` counts only in id order (UserQuery::isIdOrder); other orders page by `skip`.
    // A query that cannot run (unknown field, a filter value of the wrong type) gives no users
    // and says why in `error`.
    QList<User> users(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                      qint64 skip = 0, QString *error = nullptr);
    // Users matching the query's filters (its order aside). Remembered until the file changes
    // (this or another connection commits; on a file), so paging through one query counts once.
    qint64 countUsers(qint64 accountId, const UserQuery &query, QString *error = nullptr);
    bool userInAccount(qint64 accountId, qint64 userId);
    // Adds (or replaces) a user's record and gives it access to the accounts.
    bool addUser(const User &user, const QList<qint64> &accountIds);

    // Groups of one account with their member counts.
    QList<UserGroup> groups(qint64 accountId);
    qint64 addGroup(qint64 accountId, const QString &name);

    // The account's meta-field schema, in display order. Each account has its own.
    QList<MetaField> fields(qint64 accountId);
    // Adds or replaces an account's definition without checks (the schema endpoint checks first),
    // stamped with `revision` (RevisionStamp).
    bool putField(qint64 accountId, const MetaField &field, qint64 revision = 0);
    // How many users of the account hold a value of each field (fields without values left out).
    QHash<QString, qint64> countValuesPerField(qint64 accountId, QString *error = nullptr);
    // Meta values of one account: user id -> (field name -> typed value), users after `after`.
    QHash<qint64, QJsonObject> metaValues(qint64 accountId, const QList<qint64> &userIds,
                                          const QStringList &fieldNames, qint64 after, int limit);

    // Checks meta edits as applyUserMeta would (users, fields, values) without writing.
    UserMetaOutcome checkUserMeta(qint64 accountId, const MetaEditSource &edits);
    UserMetaOutcome checkUserMeta(qint64 accountId, const QList<MetaEdit> &edits)
    {
        return checkUserMeta(accountId, MetaEditList(edits));
    }
    // Applies meta edits in one transaction after checking all of them (docs/API.md 5.2–5.4).
    // Refused edits are listed in `problems`; a cancelled apply rolls back and answers with the
    // kind Cancelled, a file locked by another writer for too long with Busy. With `ifMatch`, a
    // value that would change but changed after that revision makes it write nothing and answer
    // the kind Conflict with every such place (docs/API.md 10).
    UserMetaOutcome applyUserMeta(qint64 accountId, const MetaEditSource &edits,
                                  const ApplyControl *control = nullptr,
                                  std::optional<qint64> ifMatch = std::nullopt);
    UserMetaOutcome applyUserMeta(qint64 accountId, const QList<MetaEdit> &edits,
                                  const ApplyControl *control = nullptr,
                                  std::optional<qint64> ifMatch = std::nullopt)
    {
        return applyUserMeta(accountId, MetaEditList(edits), control, ifMatch);
    }
    // Applies one group-membership operation in one transaction (docs/API.md section 6), under
    // the same If-Match rule as applyUserMeta.
    GroupOutcome applyGroupOperation(qint64 accountId, const GroupOperation &operation,
                                     std::optional<qint64> ifMatch = std::nullopt);

    // Revisions (docs/API.md 10). The account's revision now; -1 when it cannot be read.
    qint64 revision(qint64 accountId);

protected:
    SqlStore();
    void setConnection(std::unique_ptr<SqlConnection> connection);
    using ChangeStamp = std::pair<qint64, qint64>;
    // Moves whenever the account's users, memberships or values change, by this connection or
    // another (a backend may move it for any account's change); nullopt when the backend cannot
    // tell, and then counts are not remembered.
    virtual std::optional<ChangeStamp> changeStamp(qint64 accountId);

private:
    using FieldRef = UserQuerySql::FieldInfo;
    struct CheckedEdits
    {
        std::vector<const FieldRef *> refs; // per edit; null when its field is unknown
        std::vector<QJsonValue> values;     // per edit: the typed value to store
        std::vector<char> asText; // per edit: stored as the source's UTF-8 text (values unset)
    };
    QHash<QString, FieldRef> fieldsByName(qint64 accountId);
    static std::vector<int> userOrder(const MetaEditSource &edits);
    // Of `users` (ascending, distinct), those the account does not have.
    QSet<qint64> usersNotInAccount(qint64 accountId, const std::vector<qint64> &users);
    UserMetaOutcome checkEdits(qint64 accountId, const MetaEditSource &edits,
                               const QHash<QString, FieldRef> &byName,
                               const std::vector<int> &order, CheckedEdits &checked);
    void attachGroups(qint64 accountId, QList<User> &users);
    bool readUsers(const QString &sqlText, const UserQuerySql &sql, qint64 accountId, qint64 after,
                   int limit, qint64 skip, QList<User> &list);
    bool usersByMeta(qint64 accountId, const UserQuery &query, const UserQuerySql &sql, int limit,
                     qint64 skip, QList<User> &list);
    // Users matching the query that hold a value of its sort field.
    qint64 countHolders(qint64 accountId, const UserQuery &query, const UserQuerySql &sql,
                        QString *error);
    static QString countKey(qint64 accountId, const UserQuery &query);
    std::optional<qint64> rememberedCount(const QString &key,
                                          const std::optional<ChangeStamp> &stamp) const;
    void rememberCount(const QString &key, const std::optional<ChangeStamp> &stamp, qint64 count);
    bool applyMemberships(qint64 accountId, const GroupOperation &operation,
                          const QList<qint64> &groupIds, RevisionStamp &stamp,
                          GroupOutcome &outcome, bool &busy);

    std::unique_ptr<SqlConnection> m_connection;
    SqlConnection *m_db = nullptr;
    QString m_lastError;
    struct RememberedCount
    {
        QString key;
        ChangeStamp stamp;
        qint64 count = 0;
    };
    static constexpr std::size_t kRememberedCounts = 8;
    std::vector<RememberedCount> m_counts; // newest first
};

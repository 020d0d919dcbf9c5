#include "SqlStore.h"

#include "MetaValueCodec.h"
#include "RevisionStamp.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "StoredFieldDefinition.h"
#include "UserQuerySql.h"
#include "payload/ValueValidator.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace {
template<typename T>
QList<T> withoutDuplicates(const QList<T> &items, QList<int> *firstIndexes)
{
    QList<T> unique;
    QSet<T> seen;
    for (int i = 0; i < items.size(); ++i) {
        if (seen.contains(items.at(i)))
            continue;
        seen.insert(items.at(i));
        unique.append(items.at(i));
        if (firstIndexes)
            firstIndexes->append(i);
    }
    return unique;
}

DomainError::Kind failureKind(const SqlTransaction &transaction)
{
    return transaction.isBusy() ? DomainError::Kind::Busy : DomainError::Kind::Internal;
}
} // namespace

SqlStore::SqlStore() = default;

SqlStore::~SqlStore() = default;

void SqlStore::setConnection(std::unique_ptr<SqlConnection> connection)
{
    m_connection = std::move(connection);
    m_db = m_connection.get();
}

std::optional<SqlStore::ChangeStamp> SqlStore::changeStamp(qint64 /*accountId*/)
{
    return std::nullopt;
}

QList<Account> SqlStore::accounts()
{
    QList<Account> list;
    SqlStatement q(m_db, "SELECT id, name FROM accounts ORDER BY id");
    while (q.step())
        list.append({q.columnInt64(0), q.columnText(1)});
    if (q.failed())
        m_lastError = q.errorText();
    return list;
}

std::optional<Account> SqlStore::findAccount(const QString &idOrName)
{
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    for (const Account &a : accounts()) {
        if ((isId && a.id == id) || a.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

qint64 SqlStore::addAccount(const QString &name)
{
    SqlStatement q(m_db, "INSERT INTO accounts(name) VALUES(?1) RETURNING id");
    q.bind(1, name);
    const qint64 id = q.step() ? q.columnInt64(0) : 0;
    if (!q.exec()) { // finishes the insert
        m_lastError = q.errorText();
        return 0;
    }
    return id;
}

namespace {
const char *const kUserColumns =
    "SELECT u.id, u.first_name, u.last_name, u.middle_name, u.alias, u.email, u.status ";
} // namespace

bool SqlStore::readUsers(const QString &sqlText, const UserQuerySql &sql, qint64 accountId,
                         qint64 after, int limit, qint64 skip, QList<User> &list)
{
    SqlStatement q(m_db, sqlText);
    q.bind(QStringLiteral(":account"), accountId);
    q.bind(QStringLiteral(":after"), after);
    q.bind(QStringLiteral(":limit"), limit);
    q.bind(QStringLiteral(":skip"), skip);
    sql.bind(q);
    while (q.step()) {
        User u;
        u.id = q.columnInt64(0);
        u.firstName = q.columnText(1);
        u.lastName = q.columnText(2);
        u.middleName = q.columnText(3);
        u.alias = q.columnText(4);
        u.email = q.columnText(5);
        u.status = q.columnText(6);
        list.append(u);
    }
    if (q.failed()) {
        m_lastError = q.errorText();
        return false;
    }
    return true;
}

QList<User> SqlStore::users(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                            qint64 skip, QString *error)
{
    QList<User> list;
    const UserQuerySql sql(query, accountId, fieldsByName(accountId), m_db->dialect());
    if (!sql.error().isEmpty()) {
        if (error)
            *error = sql.error();
        return list;
    }
    const bool ok =
        sql.sortFieldId() != 0
            ? usersByMeta(accountId, query, sql, limit, skip, list)
            : readUsers(
                  QLatin1String(kUserColumns) +
                      QStringLiteral("FROM user_accounts ua JOIN users u ON u.id "
                                     "= ua.user_id WHERE ua.account_id = "
                                     ":account") +
                      (query.isIdOrder() ? QStringLiteral(" AND ua.user_id > :after") : QString()) +
                      sql.where() + QStringLiteral(" ORDER BY ") + sql.orderBy() +
                      QStringLiteral(" LIMIT :limit OFFSET :skip"),
                  sql, accountId, after, limit, skip, list);
    if (!ok) {
        if (error)
            *error = m_lastError;
        return {};
    }
    attachGroups(accountId, list);
    return list;
}

bool SqlStore::usersByMeta(qint64 accountId, const UserQuery &query, const UserQuerySql &sql,
                           int limit, qint64 skip, QList<User> &list)
{
    // Sorted by a meta field: the users holding a value, walked in the value index's order
    // (value, then id), then those without one (by id, in the same direction); read from the
    // end, the exact reverse. Two index walks instead of sorting the whole account, so the first
    // and (read from the end) the last page cost a page, not a million rows.
    const bool backwards = query.descending != query.fromEnd;
    const QString holding =
        QLatin1String(kUserColumns) +
        QStringLiteral("FROM meta_values s JOIN user_accounts ua ON ua.account_id = s.account_id "
                       "AND ua.user_id = s.user_id JOIN users u ON u.id = s.user_id WHERE "
                       "s.field_id = :sortField AND s.account_id = :account") +
        sql.where() + QStringLiteral(" ORDER BY ") + sql.orderBy() +
        QStringLiteral(" LIMIT :limit OFFSET :skip");
    const QString lacking =
        QLatin1String(kUserColumns) +
        QStringLiteral("FROM user_accounts ua JOIN users u ON u.id = ua.user_id WHERE "
                       "ua.account_id = :account AND NOT EXISTS (SELECT 1 FROM meta_values s WHERE "
                       "s.user_id = ua.user_id AND s.account_id = :account AND s.field_id = "
                       ":sortField)") +
        sql.where() + QStringLiteral(" ORDER BY ua.user_id") +
        (backwards ? QStringLiteral(" DESC") : QString()) +
        QStringLiteral(" LIMIT :limit OFFSET :skip");
    const bool holdingFirst = !query.fromEnd;
    const QString &first = holdingFirst ? holding : lacking;
    const QString &second = holdingFirst ? lacking : holding;
    if (!readUsers(first, sql, accountId, 0, limit, skip, list))
        return false;
    if (list.size() >= limit)
        return true;
    // The first part ends inside this page (its size is then known) or before it (counted).
    qint64 firstSize = skip + list.size();
    if (list.isEmpty() && skip > 0) {
        QString error;
        const qint64 holders = countHolders(accountId, query, sql, &error);
        if (!error.isEmpty())
            return false;
        if (holdingFirst) {
            firstSize = holders;
        } else {
            const qint64 all = countUsers(accountId, query, &error);
            if (!error.isEmpty())
                return false;
            firstSize = all - holders;
        }
    }
    return readUsers(second, sql, accountId, 0, limit - int(list.size()),
                     qMax<qint64>(0, skip - firstSize), list);
}

qint64 SqlStore::countHolders(qint64 accountId, const UserQuery &query, const UserQuerySql &sql,
                              QString *error)
{
    const QString key = countKey(accountId, query) + QStringLiteral("|holders:") + query.sortField;
    const std::optional<ChangeStamp> stamp =
        changeStamp(accountId); // before counting: see countUsers
    if (const std::optional<qint64> known = rememberedCount(key, stamp))
        return *known;
    SqlStatement q(m_db,
                   QStringLiteral("SELECT count(*) FROM meta_values s JOIN user_accounts ua ON "
                                  "ua.account_id = s.account_id AND ua.user_id = s.user_id JOIN "
                                  "users u ON u.id = s.user_id WHERE s.field_id = :sortField "
                                  "AND s.account_id = :account") +
                       sql.where());
    q.bind(QStringLiteral(":account"), accountId);
    sql.bind(q);
    if (!q.step()) {
        m_lastError = q.errorText();
        if (error)
            *error = m_lastError;
        return 0;
    }
    const qint64 count = q.columnInt64(0);
    rememberCount(key, stamp, count);
    return count;
}

QString SqlStore::countKey(qint64 accountId, const UserQuery &query)
{
    QStringList parts{QString::number(accountId), query.search.trimmed(),
                      QString::number(query.groupId)};
    for (const MetaFilter &f : query.metaFilters())
        parts << f.field << QString::number(int(f.match)) << f.text;
    // Unit separators: no typed text can make two different queries one key.
    return parts.join(QChar(0x1f));
}

std::optional<qint64> SqlStore::rememberedCount(const QString &key,
                                                const std::optional<ChangeStamp> &stamp) const
{
    if (!stamp)
        return std::nullopt;
    for (const RememberedCount &c : m_counts) {
        if (c.key == key && c.stamp == *stamp)
            return c.count;
    }
    return std::nullopt;
}

void SqlStore::rememberCount(const QString &key, const std::optional<ChangeStamp> &stamp,
                             qint64 count)
{
    m_counts.erase(std::remove_if(m_counts.begin(), m_counts.end(),
                                  [&key](const RememberedCount &c) { return c.key == key; }),
                   m_counts.end());
    if (!stamp)
        return;
    m_counts.insert(m_counts.begin(), {key, *stamp, count});
    if (m_counts.size() > kRememberedCounts)
        m_counts.pop_back();
}

void SqlStore::attachGroups(qint64 accountId, QList<User> &users)
{
    if (users.isEmpty())
        return;
    QHash<qint64, int> rowOf;
    for (int i = 0; i < users.size(); ++i)
        rowOf.insert(users.at(i).id, i);
    SqlStatement q(m_db, "SELECT m.user_id, m.group_id FROM memberships m JOIN user_groups g "
                         "ON g.id = m.group_id WHERE g.account_id = ?1 AND m.user_id BETWEEN ?2 "
                         "AND ?3 ORDER BY m.user_id, m.group_id");
    qint64 low = users.first().id;
    qint64 high = low;
    for (const User &u : users) {
        low = qMin(low, u.id);
        high = qMax(high, u.id);
    }
    q.bind(1, accountId);
    q.bind(2, low);
    q.bind(3, high);
    while (q.step()) {
        const auto it = rowOf.constFind(q.columnInt64(0));
        if (it != rowOf.constEnd())
            users[*it].groups.append(q.columnInt64(1));
    }
    if (q.failed())
        m_lastError = q.errorText();
}

qint64 SqlStore::countUsers(qint64 accountId, const UserQuery &query, QString *error)
{
    // Counting a million users takes tens of milliseconds on a file and more on PostgreSQL:
    // once per query and state of the account's data, not once per page. The stamp is read
    // before counting: a write that lands in between moves it past the count, which is then
    // counted again next time instead of standing for data it did not see.
    const QString key = countKey(accountId, query);
    const std::optional<ChangeStamp> stamp = changeStamp(accountId);
    if (const std::optional<qint64> known = rememberedCount(key, stamp))
        return *known;
    std::unique_ptr<SqlStatement> q;
    if (query.isEmpty()) {
        q = std::make_unique<SqlStatement>(
            m_db, "SELECT count(*) FROM user_accounts WHERE account_id = :account");
    } else {
        UserQuery filter = query;
        filter.sort = UserQuery::Sort::Id; // the order does not change the count
        filter.sortField.clear();
        const UserQuerySql sql(filter, accountId, fieldsByName(accountId), m_db->dialect());
        if (!sql.error().isEmpty()) {
            if (error)
                *error = sql.error();
            return 0;
        }
        q = std::make_unique<SqlStatement>(
            m_db, QStringLiteral("SELECT count(*) FROM user_accounts ua JOIN users u ON u.id = "
                                 "ua.user_id WHERE ua.account_id = :account") +
                      sql.where());
        sql.bind(*q);
    }
    q->bind(QStringLiteral(":account"), accountId);
    if (!q->step()) {
        m_lastError = q->errorText();
        if (error)
            *error = m_lastError;
        return 0;
    }
    const qint64 count = q->columnInt64(0);
    rememberCount(key, stamp, count);
    return count;
}

bool SqlStore::userInAccount(qint64 accountId, qint64 userId)
{
    SqlStatement q(m_db, "SELECT 1 FROM user_accounts WHERE account_id = ?1 AND user_id = ?2");
    q.bind(1, accountId);
    q.bind(2, userId);
    return q.step();
}

void SqlStore::bindUserRow(SqlStatement &statement, const User &user)
{
    statement.bind(1, user.id);
    statement.bind(2, user.firstName);
    statement.bind(3, user.lastName);
    statement.bind(4, user.middleName);
    statement.bind(5, user.alias);
    statement.bind(6, user.email);
    statement.bind(7, user.status.isEmpty() ? QStringLiteral("active") : user.status);
}

bool SqlStore::addUser(const User &user, const QList<qint64> &accountIds)
{
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return false;
    }
    SqlStatement q(m_db, "INSERT INTO users(id, first_name, last_name, middle_name, alias, email, "
                         "status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE "
                         "SET first_name = excluded.first_name, last_name = excluded.last_name, "
                         "middle_name = excluded.middle_name, alias = excluded.alias, email = "
                         "excluded.email, status = excluded.status");
    bindUserRow(q, user);
    if (!q.exec()) {
        m_lastError = q.errorText();
        return false;
    }
    SqlStatement access(
        m_db,
        "INSERT INTO user_accounts(account_id, user_id) VALUES(?1, ?2) ON CONFLICT DO NOTHING");
    for (qint64 account : accountIds) {
        access.bind(1, account);
        access.bind(2, user.id);
        if (!access.exec()) {
            m_lastError = access.errorText();
            return false;
        }
    }
    // Every account that holds the user has other counts now: their rows move the change stamp
    // (changeStamp) without moving a revision, which no client is to be told of.
    SqlStatement touch(m_db, "UPDATE accounts SET revision = revision WHERE id IN (SELECT "
                             "account_id FROM user_accounts WHERE user_id = ?1)");
    touch.bind(1, user.id);
    if (!touch.exec()) {
        m_lastError = touch.errorText();
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

QList<UserGroup> SqlStore::groups(qint64 accountId)
{
    QList<UserGroup> list;
    SqlStatement q(m_db, QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM memberships m "
                                        "WHERE m.group_id = g.id) FROM user_groups g WHERE "
                                        "g.account_id = ?1 ORDER BY ") +
                             m_db->dialect().caseless(QStringLiteral("g.name")) +
                             QStringLiteral(", g.id"));
    q.bind(1, accountId);
    while (q.step())
        list.append({q.columnInt64(0), q.columnText(1), q.columnInt64(2)});
    if (q.failed())
        m_lastError = q.errorText();
    return list;
}

qint64 SqlStore::addGroup(qint64 accountId, const QString &name)
{
    SqlStatement q(m_db, "INSERT INTO user_groups(account_id, name) VALUES(?1, ?2) RETURNING id");
    q.bind(1, accountId);
    q.bind(2, name.trimmed());
    const qint64 id = q.step() ? q.columnInt64(0) : 0;
    if (!q.exec()) { // finishes the insert
        m_lastError = q.errorText();
        return 0;
    }
    return id;
}

QList<MetaField> SqlStore::fields(qint64 accountId)
{
    QList<MetaField> list;
    SqlStatement q(m_db, "SELECT name, definition FROM meta_fields WHERE account_id = ?1 "
                         "ORDER BY position, id");
    q.bind(1, accountId);
    while (q.step())
        list.append(StoredFieldDefinition::read(q.columnText(0), q.columnText(1)));
    if (q.failed())
        m_lastError = q.errorText();
    return list;
}

qint64 SqlStore::revision(qint64 accountId)
{
    SqlStatement q(m_db, "SELECT revision FROM accounts WHERE id = ?1");
    q.bind(1, accountId);
    if (q.step())
        return q.columnInt64(0);
    if (q.failed())
        m_lastError = q.errorText();
    return -1;
}

QHash<QString, qint64> SqlStore::countValuesPerField(qint64 accountId, QString *error)
{
    QHash<QString, qint64> counts;
    // One row per (user, account, field): a count of rows is a count of users.
    SqlStatement q(m_db, "SELECT f.name, count(*) FROM meta_values v JOIN meta_fields f ON "
                         "f.id = v.field_id WHERE v.account_id = ?1 AND f.account_id = ?1 GROUP BY "
                         "f.name");
    q.bind(1, accountId);
    while (q.step())
        counts.insert(q.columnText(0), q.columnInt64(1));
    if (q.failed()) {
        m_lastError = q.errorText();
        if (error)
            *error = m_lastError;
        return {};
    }
    return counts;
}

QHash<QString, SqlStore::FieldRef> SqlStore::fieldsByName(qint64 accountId)
{
    QHash<QString, FieldRef> byName;
    SqlStatement q(m_db, "SELECT id, name, definition FROM meta_fields WHERE account_id = ?1");
    q.bind(1, accountId);
    while (q.step()) {
        const QString name = q.columnText(1);
        byName.insert(name, {q.columnInt64(0), StoredFieldDefinition::read(name, q.columnText(2))});
    }
    if (q.failed())
        m_lastError = q.errorText();
    return byName;
}

bool SqlStore::putField(qint64 accountId, const MetaField &field, qint64 revision)
{
    SqlStatement q(
        m_db,
        "INSERT INTO meta_fields(account_id, name, definition, position, revision) VALUES(?1, ?2, "
        "?3, (SELECT coalesce(max(position), 0) + 1 FROM meta_fields WHERE account_id = ?1), ?4) "
        "ON CONFLICT(account_id, name) DO UPDATE SET definition = excluded.definition, "
        "revision = excluded.revision");
    q.bind(1, accountId);
    q.bind(2, field.name);
    q.bindUtf8(3, StoredFieldDefinition::text(field));
    q.bind(4, revision);
    if (!q.exec()) {
        m_lastError = q.errorText();
        return false;
    }
    return true;
}

QHash<qint64, QJsonObject> SqlStore::metaValues(qint64 accountId, const QList<qint64> &userIds,
                                                const QStringList &fieldNames, qint64 after,
                                                int limit)
{
    QHash<qint64, QJsonObject> result;
    const QHash<QString, FieldRef> byName = fieldsByName(accountId);
    QHash<qint64, const FieldRef *> byId;
    for (const FieldRef &ref : byName)
        byId.insert(ref.id, &ref);
    QString filter;
    if (!userIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : userIds)
            ids << QString::number(id);
        filter +=
            QStringLiteral(" AND user_id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!fieldNames.isEmpty()) {
        QStringList ids;
        for (const QString &name : fieldNames) {
            const auto it = byName.constFind(name);
            ids << QString::number(it == byName.constEnd() ? -1 : it->id);
        }
        filter +=
            QStringLiteral(" AND field_id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    // Page by users, not by values: first the page's users, then all their values.
    qint64 first = -1;
    qint64 last = -1;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT DISTINCT user_id FROM meta_values WHERE "
                                            "account_id = ?1 AND user_id > ?2") +
                                 filter + QStringLiteral(" ORDER BY user_id LIMIT ?3"));
        q.bind(1, accountId);
        q.bind(2, after);
        q.bind(3, qint64(limit));
        while (q.step()) {
            last = q.columnInt64(0);
            if (first < 0)
                first = last;
        }
        if (q.failed()) {
            m_lastError = q.errorText();
            return result;
        }
    }
    if (first < 0)
        return result;
    SqlStatement q(m_db, QStringLiteral("SELECT user_id, field_id, value FROM meta_values "
                                        "WHERE account_id = ?1 AND user_id BETWEEN ?2 AND ?3") +
                             filter);
    q.bind(1, accountId);
    q.bind(2, first);
    q.bind(3, last);
    while (q.step()) {
        const FieldRef *ref = byId.value(q.columnInt64(1));
        if (!ref)
            continue;
        result[q.columnInt64(0)].insert(ref->field.name,
                                        MetaValueCodec::fromColumn(q, 2, ref->field.type));
    }
    if (q.failed()) {
        m_lastError = q.errorText();
        return {};
    }
    return result;
}

std::vector<int> SqlStore::userOrder(const MetaEditSource &edits)
{
    // Working in user-id order turns random B-tree page visits into a sweep; the sort is
    // stable, so a later edit of the same user and field still wins.
    std::vector<std::pair<qint64, int>> keyed(size_t(edits.size()));
    for (size_t i = 0; i < keyed.size(); ++i)
        keyed[i] = {edits.userId(qsizetype(i)), int(i)};
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<int> order(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
    return order;
}

QSet<qint64> SqlStore::usersNotInAccount(qint64 accountId, const std::vector<qint64> &users)
{
    QSet<qint64> missing;
    if (users.empty())
        return missing;
    // Many users close together: one range scan of the account's users, merged with the sorted
    // ids, reads each index page once instead of descending the index once per user (issue 15).
    // Few or far apart: a lookup each, as a scan would mostly read users nobody edits. A scan
    // step costs a few percent of a lookup, hence the gap.
    constexpr qint64 kMinUsersToScan = 64;
    constexpr qint64 kMaxMeanGapToScan = 32;
    const qint64 count = qint64(users.size());
    // Unsigned: ids come from requests, and the span of two extreme ones overflows a qint64.
    const quint64 span = quint64(users.back()) - quint64(users.front());
    if (count >= kMinUsersToScan && span / quint64(count) <= quint64(kMaxMeanGapToScan)) {
        SqlStatement scan(m_db, "SELECT user_id FROM user_accounts WHERE account_id = ?1 "
                                "AND user_id BETWEEN ?2 AND ?3");
        scan.bind(1, accountId);
        scan.bind(2, users.front());
        scan.bind(3, users.back());
        size_t i = 0;
        while (i < users.size() && scan.step()) {
            const qint64 present = scan.columnInt64(0);
            for (; i < users.size() && users[i] < present; ++i)
                missing.insert(users[i]);
            if (i < users.size() && users[i] == present)
                ++i;
        }
        for (; i < users.size(); ++i) // past the last user of the range, or the scan failed
            missing.insert(users[i]);
        return missing;
    }
    SqlStatement lookup(m_db, "SELECT 1 FROM user_accounts WHERE account_id = ?1 AND user_id = ?2");
    for (qint64 userId : users) {
        lookup.bind(1, accountId);
        lookup.bind(2, userId);
        if (!lookup.step())
            missing.insert(userId);
        lookup.reset();
    }
    return missing;
}

UserMetaOutcome SqlStore::checkUserMeta(qint64 accountId, const MetaEditSource &edits)
{
    CheckedEdits checked;
    return checkEdits(accountId, edits, fieldsByName(accountId), userOrder(edits), checked);
}

UserMetaOutcome SqlStore::checkEdits(qint64 accountId, const MetaEditSource &edits,
                                     const QHash<QString, FieldRef> &byName,
                                     const std::vector<int> &order, CheckedEdits &checked)
{
    UserMetaOutcome outcome;
    // Check everything first (docs/API.md 5.2): nothing is written unless every edit is good.
    std::vector<qint64> users;
    users.reserve(order.size());
    for (int i : order) {
        if (users.empty() || users.back() != edits.userId(i))
            users.push_back(edits.userId(i));
    }
    const QSet<qint64> unknownUsers = usersNotInAccount(accountId, users);
    checked.refs.assign(size_t(edits.size()), nullptr);
    checked.values.assign(size_t(edits.size()), QJsonValue());
    checked.asText.assign(size_t(edits.size()), 0);
    bool badUsers = false;
    bool badFields = false;
    bool badValues = false;
    for (int i = 0; i < edits.size(); ++i) {
        const qint64 userId = edits.userId(i);
        if (unknownUsers.contains(userId)) {
            badUsers = true;
            outcome.problems.append(
                {i, EditPart::User, tr("User %1 does not exist in this account").arg(userId)});
        }
        const QString &name = edits.field(i);
        const auto field = byName.constFind(name);
        if (field == byName.constEnd()) {
            badFields = true;
            outcome.problems.append({i, EditPart::Field, tr("Unknown meta field '%1'").arg(name)});
            continue;
        }
        checked.refs[size_t(i)] = &*field;
        if (edits.clears(i))
            continue;
        QByteArrayView text;
        if (edits.utf8Text(i, &text) && ValueValidator::acceptsAsItIs(field->field, text)) {
            checked.asText[size_t(i)] = 1;
            continue;
        }
        const ValueCheck check = ValueValidator::check(field->field, edits.value(i));
        if (!check.ok) {
            badValues = true;
            outcome.problems.append({i, EditPart::Value, check.message});
            continue;
        }
        checked.values[size_t(i)] = check.value;
    }
    if (badUsers || badFields || badValues)
        outcome.error = DomainError::refused(badUsers    ? ErrorTitles::InvalidUsers
                                             : badFields ? ErrorTitles::InvalidFields
                                                         : ErrorTitles::InvalidValues);
    return outcome;
}

UserMetaOutcome SqlStore::applyUserMeta(qint64 accountId, const MetaEditSource &edits,
                                        const ApplyControl *control, std::optional<qint64> ifMatch)
{
    const QHash<QString, FieldRef> byName = fieldsByName(accountId);
    const std::vector<int> order = userOrder(edits);
    CheckedEdits checked;
    UserMetaOutcome outcome = checkEdits(accountId, edits, byName, order, checked);
    if (!outcome.ok())
        return outcome;
    const std::vector<const FieldRef *> &refs = checked.refs;
    const std::vector<QJsonValue> &values = checked.values;

    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        outcome.error = DomainError::failed(failureKind(transaction));
        return outcome;
    }
    RevisionStamp stamp(m_db, accountId, ifMatch);
    bool failed = !stamp.isValid();
    if (stamp.checking()) {
        // Every place is checked against the file as it was before this request.
        for (int i : order) {
            if (failed)
                break;
            const qint64 userId = edits.userId(i);
            const FieldRef *ref = refs[size_t(i)];
            const QJsonValue value = checked.asText[size_t(i)] ? edits.value(i) : values[size_t(i)];
            failed = !stamp.checkValue(
                userId, ref->id, ref->field.type, edits.clears(i) ? nullptr : &value,
                QStringLiteral("users.%1.%2").arg(userId).arg(edits.field(i)));
        }
        if (!failed && !stamp.conflicts().isEmpty()) {
            UserMetaOutcome conflict; // the transaction rolls back as it ends
            conflict.error = DomainError::conflict(stamp.conflicts());
            return conflict;
        }
    }
    SqlStatement upsert(m_db,
                        "INSERT INTO meta_values(user_id, account_id, field_id, value, revision) "
                        "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(user_id, account_id, field_id) "
                        "DO UPDATE SET value = excluded.value, revision = excluded.revision "
                        "WHERE meta_values.value IS DISTINCT FROM excluded.value");
    SqlStatement remove(
        m_db, "DELETE FROM meta_values WHERE user_id = ?1 AND account_id = ?2 AND field_id = ?3");
    qint64 changedUsers = 0;
    qint64 lastChangedUser = 0;
    bool cancelled = false;
    qint64 done = 0;
    for (int i : order) {
        if (failed)
            break;
        if (control && ++done % 1000 == 0) {
            if (control->isCancelled()) {
                cancelled = true;
                break;
            }
            if (control->progress)
                control->progress(done, edits.size());
        }
        const qint64 userId = edits.userId(i);
        const bool clears = edits.clears(i);
        const FieldRef *ref = refs[size_t(i)];
        SqlStatement &statement = clears ? remove : upsert;
        statement.bind(1, userId);
        statement.bind(2, accountId);
        statement.bind(3, ref->id);
        if (!clears) {
            QByteArrayView text;
            if (!checked.asText[size_t(i)])
                MetaValueCodec::bind(statement, 4, ref->field.type, values[size_t(i)]);
            else if (!edits.utf8Text(i, &text) ||
                     !MetaValueCodec::bindText(statement, 4, ref->field.type, text))
                MetaValueCodec::bind(statement, 4, ref->field.type, edits.value(i));
            statement.bind(5, stamp.revision());
        }
        failed = !statement.exec();
        if (!failed && statement.changedRows() > 0) {
            ++outcome.updated;
            if (changedUsers == 0 || lastChangedUser != userId) // edits come in user order
                ++changedUsers;
            lastChangedUser = userId;
            if (clears)
                failed = !stamp.removedValue(userId, ref->id);
            else
                stamp.changed();
        } else {
            ++outcome.unchanged;
        }
    }
    if (cancelled || (control && control->isCancelled())) {
        UserMetaOutcome stopped; // the transaction rolls back as it ends
        stopped.error = DomainError::failed(DomainError::Kind::Cancelled);
        return stopped;
    }
    if (failed || !stamp.finish() || !transaction.commit()) {
        const bool busy = upsert.failedBusy() || remove.failedBusy() || transaction.isBusy();
        m_lastError = upsert.failed()   ? upsert.errorText()
                      : remove.failed() ? remove.errorText()
                      : failed          ? m_db->errorText()
                                        : transaction.errorText();
        UserMetaOutcome failure;
        failure.error =
            DomainError::failed(busy ? DomainError::Kind::Busy : DomainError::Kind::Internal);
        return failure;
    }
    outcome.users = changedUsers;
    outcome.revision = stamp.after();
    if (control && control->progress)
        control->progress(edits.size(), edits.size());
    return outcome;
}

GroupOutcome SqlStore::applyGroupOperation(qint64 accountId, const GroupOperation &operation,
                                           std::optional<qint64> ifMatch)
{
    using Kind = GroupOperation::Kind;
    GroupOutcome outcome;
    outcome.kind = operation.kind;
    DomainError &error = outcome.error;
    // The first rule broken names the refusal; every problem is listed.
    auto fail = [&error](const char *rule) {
        if (!error.isError())
            error = DomainError::refused(rule, error.details);
    };
    if (operation.userIds.isEmpty()) {
        fail(ErrorTitles::MissingUserIds);
        error.details.append({QStringLiteral("user_id"), tr("No user ids were given")});
    }
    if (operation.kind != Kind::Drop && operation.groups.isEmpty()) {
        fail(ErrorTitles::MissingGroupIds);
        error.details.append({QStringLiteral("group_id"), tr("No user groups were given")});
    }
    if (error.isError())
        return outcome;

    QList<int> missingUsers;
    for (int i = 0; i < operation.userIds.size(); ++i) {
        if (!userInAccount(accountId, operation.userIds.at(i)))
            missingUsers.append(i);
    }
    if (!missingUsers.isEmpty()) {
        fail(missingUsers.size() == operation.userIds.size() ? ErrorTitles::CouldNotFindUsers
                                                             : ErrorTitles::UsersMismatch);
        for (int i : missingUsers)
            error.details.append(
                {QStringLiteral("user_id.%1").arg(i),
                 tr("User %1 was not found in this account").arg(operation.userIds.at(i))});
    }

    QList<qint64> groupIds;
    if (operation.kind != Kind::Drop) {
        const QList<UserGroup> known = groups(accountId);
        QList<int> missingGroups;
        QList<int> ambiguousGroups;
        for (int i = 0; i < operation.groups.size(); ++i) {
            const GroupRef &ref = operation.groups.at(i);
            QList<qint64> matches;
            for (const UserGroup &g : known) {
                if (ref.isName()
                        ? g.name.trimmed().compare(ref.name.trimmed(), Qt::CaseInsensitive) == 0
                        : g.id == ref.id)
                    matches.append(g.id);
            }
            if (matches.isEmpty())
                missingGroups.append(i);
            else if (matches.size() > 1)
                ambiguousGroups.append(i);
            else
                groupIds.append(matches.first());
        }
        auto describe = [&operation](int i) {
            const GroupRef &ref = operation.groups.at(i);
            return ref.isName() ? QStringLiteral("'%1'").arg(ref.name) : QString::number(ref.id);
        };
        if (!ambiguousGroups.isEmpty()) {
            fail(ErrorTitles::AmbiguousGroup);
            for (int i : ambiguousGroups)
                error.details.append({QStringLiteral("group_id.%1").arg(i),
                                      tr("Several user groups are named %1").arg(describe(i))});
        }
        if (!missingGroups.isEmpty()) {
            fail(missingGroups.size() == operation.groups.size() ? ErrorTitles::CouldNotFindGroups
                                                                 : ErrorTitles::GroupsMismatch);
            for (int i : missingGroups)
                error.details.append(
                    {QStringLiteral("group_id.%1").arg(i),
                     tr("User group %1 was not found in this account").arg(describe(i))});
        }
    }
    if (error.isError())
        return outcome;

    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        error = DomainError::failed(failureKind(transaction));
        return outcome;
    }
    bool busy = false;
    RevisionStamp stamp(m_db, accountId, ifMatch);
    const bool applied = stamp.isValid() && applyMemberships(accountId, operation,
                                                             withoutDuplicates(groupIds, nullptr),
                                                             stamp, outcome, busy);
    if (applied && !stamp.conflicts().isEmpty()) {
        transaction.rollback(); // checked place by place as it went: nothing of it stays
        outcome.added = outcome.removed = outcome.users = 0;
        error = DomainError::conflict(stamp.conflicts());
        return outcome;
    }
    if (!applied || !stamp.finish() || !transaction.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = transaction.isActive() ? m_db->errorText() : transaction.errorText();
        transaction.rollback();
        outcome.added = outcome.removed = outcome.users = 0;
        error = DomainError::failed(busy || transaction.isBusy() ? DomainError::Kind::Busy
                                                                 : DomainError::Kind::Internal);
        return outcome;
    }
    outcome.revision = stamp.after();
    return outcome;
}

bool SqlStore::applyMemberships(qint64 accountId, const GroupOperation &operation,
                                const QList<qint64> &groupIds, RevisionStamp &stamp,
                                GroupOutcome &outcome, bool &busy)
{
    using Kind = GroupOperation::Kind;
    SqlStatement insert(m_db, "INSERT INTO memberships(user_id, group_id, revision) VALUES(?1, "
                              "?2, ?3) ON CONFLICT DO NOTHING");
    SqlStatement remove(m_db, "DELETE FROM memberships WHERE user_id = ?1 AND group_id = ?2");
    SqlStatement current(m_db, "SELECT m.group_id FROM memberships m JOIN user_groups g ON g.id = "
                               "m.group_id WHERE m.user_id = ?1 AND g.account_id = ?2");
    const QSet<qint64> target(groupIds.cbegin(), groupIds.cend());
    for (qint64 userId : withoutDuplicates(operation.userIds, nullptr)) {
        QList<qint64> toAdd;
        QList<qint64> toRemove;
        if (operation.kind == Kind::Add) {
            toAdd = groupIds;
        } else if (operation.kind == Kind::Remove) {
            toRemove = groupIds;
        } else {
            current.bind(1, userId);
            current.bind(2, accountId);
            QSet<qint64> has;
            while (current.step())
                has.insert(current.columnInt64(0));
            current.reset();
            if (current.failed()) {
                busy = current.failedBusy();
                return false;
            }
            for (qint64 g : has) {
                if (operation.kind == Kind::Drop || !target.contains(g))
                    toRemove.append(g);
            }
            if (operation.kind == Kind::Replace) {
                for (qint64 g : groupIds) {
                    if (!has.contains(g))
                        toAdd.append(g);
                }
            }
        }
        bool changed = false;
        // Users and groups are unique here, so each check sees the place before this request.
        const auto check = [&](qint64 g, bool add) {
            return !stamp.checking() ||
                   stamp.checkMembership(userId, g, add,
                                         QStringLiteral("users.%1.groups.%2").arg(userId).arg(g));
        };
        for (qint64 g : toAdd) {
            if (!check(g, true))
                return false;
            insert.bind(1, userId);
            insert.bind(2, g);
            insert.bind(3, stamp.revision());
            if (!insert.exec()) {
                busy = insert.failedBusy();
                return false;
            }
            const qint64 n = insert.changedRows();
            outcome.added += n;
            changed = changed || n > 0;
        }
        for (qint64 g : toRemove) {
            if (!check(g, false))
                return false;
            remove.bind(1, userId);
            remove.bind(2, g);
            if (!remove.exec()) {
                busy = remove.failedBusy();
                return false;
            }
            const qint64 n = remove.changedRows();
            outcome.removed += n;
            changed = changed || n > 0;
            if (n > 0 && !stamp.removedMembership(userId, g))
                return false;
        }
        if (changed)
            stamp.changed();
        if (changed)
            ++outcome.users;
    }
    return true;
}

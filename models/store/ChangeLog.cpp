#include "ChangeLog.h"

#include "MetaValueCodec.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlStore.h"
#include "SqlTransaction.h"
#include "StoredFieldDefinition.h"

#include <QHash>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <vector>

ChangeLog::ChangeLog(SqlStore &store, int sparseLimit)
    : m_store(store)
    , m_sparseLimit(sparseLimit)
{}

ChangeLog::Page ChangeLog::read(qint64 accountId, qint64 since, qint64 after, int limit)
{
    Page page;
    SqlConnection *db = m_store.connection();
    // One read transaction: the revision answered matches the changes listed.
    SqlTransaction snapshot(db, SqlTransaction::Mode::Deferred);
    const auto failed = [&page](const SqlStatement &q) {
        page = Page();
        page.error = q.errorText();
        return page;
    };
    {
        SqlStatement q(db, "SELECT revision, pruned FROM accounts WHERE id = ?1");
        q.bind(1, accountId);
        if (!q.step())
            return failed(q);
        page.changes.revision = q.columnInt64(0);
        page.expired = since < q.columnInt64(1);
        if (page.expired)
            return page;
    }
    QHash<qint64, QString> fieldNames;
    QHash<qint64, MetaType> fieldTypes;
    {
        SqlStatement q(db, "SELECT id, name, definition, revision FROM meta_fields WHERE "
                           "account_id = ?1");
        q.bind(1, accountId);
        while (q.step()) {
            const QString name = q.columnText(1);
            const MetaField field = StoredFieldDefinition::read(name, q.columnText(2));
            fieldNames.insert(q.columnInt64(0), name);
            fieldTypes.insert(q.columnInt64(0), field.type);
            if (after == 0 && q.columnInt64(3) > since)
                page.changes.fields.append({name, field, q.columnInt64(3)});
        }
        if (q.failed())
            return failed(q);
    }
    if (after == 0) {
        SqlStatement q(db, "SELECT name, revision FROM removed_fields WHERE account_id = ?1 "
                           "AND revision > ?2 AND name NOT IN (SELECT name FROM meta_fields "
                           "WHERE account_id = ?1 AND revision >= removed_fields.revision)");
        q.bind(1, accountId);
        q.bind(2, since);
        while (q.step()) {
            const QString name = q.columnText(0);
            page.changes.fields.removeIf(
                [&name](const ServerChanges::Field &f) { return f.name == name; });
            page.changes.fields.append({name, std::nullopt, q.columnInt64(1)});
        }
        if (q.failed())
            return failed(q);
        std::sort(page.changes.fields.begin(), page.changes.fields.end(),
                  [](const ServerChanges::Field &a, const ServerChanges::Field &b) {
                      return a.revision != b.revision ? a.revision < b.revision : a.name < b.name;
                  });
    }

    // A few changes are found through the revision indexes; many are found by walking the
    // account's users in id order, which stops at the page's last user. A unary + keeps SQLite
    // from walking the user id order when the indexes are meant (PostgreSQL reads it as a no-op).
    bool sparse = false;
    if (QString error; !fewChanges(accountId, since, &sparse, &error)) {
        page = Page();
        page.error = error;
        return page;
    }
    const QString byUser = sparse ? QStringLiteral("+") : QString();

    // The page's users: those with any change after `since`, in id order.
    qint64 first = -1;
    qint64 last = -1;
    {
        const QString sources =
            QStringLiteral(
                "SELECT user_id FROM meta_values WHERE account_id = ?1 AND revision > ?2 AND "
                "%1user_id > ?3 UNION ALL SELECT m.user_id FROM memberships m JOIN user_groups g "
                "ON g.id = m.group_id WHERE g.account_id = ?1 AND m.revision > ?2 AND %1m.user_id "
                "> ?3 UNION ALL SELECT user_id FROM removed_values WHERE account_id = ?1 AND "
                "revision > ?2 AND %1user_id > ?3 UNION ALL SELECT user_id FROM "
                "removed_memberships WHERE account_id = ?1 AND revision > ?2 AND %1user_id > ?3")
                .arg(byUser);
        // Sparse: every changed place after `after` is read and sorted here (few by the
        // choice above); dense: SQLite merges the four in user order and stops early.
        SqlStatement q(db, sparse ? sources
                                  : QString(sources).replace(QStringLiteral("UNION ALL"),
                                                             QStringLiteral("UNION")) +
                                        QStringLiteral(" ORDER BY 1 LIMIT ?4"));
        q.bind(1, accountId);
        q.bind(2, since);
        q.bind(3, after);
        if (!sparse)
            q.bind(4, qint64(limit) + 1);
        std::vector<qint64> users;
        while (q.step())
            users.push_back(q.columnInt64(0));
        if (q.failed())
            return failed(q);
        if (sparse) {
            std::sort(users.begin(), users.end());
            users.erase(std::unique(users.begin(), users.end()), users.end());
        }
        if (qint64(users.size()) > limit) {
            users.resize(size_t(limit));
            page.next = users.back();
        }
        if (!users.empty()) {
            first = users.front();
            last = users.back();
        }
    }
    if (first < 0)
        return page;
    // Every read below takes the same place: the account, after `since`, the page's users.
    const auto bindRange = [&](SqlStatement &q) {
        q.bind(1, accountId);
        q.bind(2, since);
        q.bind(3, first);
        q.bind(4, last);
    };

    // Each place once, in its latest state: a tombstone older than a live row is history.
    using Key = std::pair<qint64, qint64>;
    std::map<Key, ServerChanges::Value> values;
    {
        SqlStatement q(db, QStringLiteral("SELECT user_id, field_id, value, revision FROM "
                                          "meta_values WHERE account_id = ?1 AND revision > "
                                          "?2 AND %1user_id BETWEEN ?3 AND ?4")
                               .arg(byUser));
        bindRange(q);
        while (q.step()) {
            const qint64 fieldId = q.columnInt64(1);
            if (!fieldNames.contains(fieldId))
                continue;
            values[{q.columnInt64(0), fieldId}] = {
                q.columnInt64(0), fieldNames.value(fieldId),
                MetaValueCodec::fromColumn(q, 2, fieldTypes.value(fieldId)), q.columnInt64(3)};
        }
        if (q.failed())
            return failed(q);
        SqlStatement r(db, QStringLiteral("SELECT user_id, field_id, revision FROM "
                                          "removed_values WHERE account_id = ?1 AND revision > "
                                          "?2 AND %1user_id BETWEEN ?3 AND ?4")
                               .arg(byUser));
        bindRange(r);
        while (r.step()) {
            const Key key{r.columnInt64(0), r.columnInt64(1)};
            if (!fieldNames.contains(key.second))
                continue;
            const auto it = values.find(key);
            if (it == values.end() || it->second.revision < r.columnInt64(2))
                values[key] = {key.first, fieldNames.value(key.second), std::nullopt,
                               r.columnInt64(2)};
        }
        if (r.failed())
            return failed(r);
    }
    std::map<Key, ServerChanges::Membership> memberships;
    {
        SqlStatement q(db, QStringLiteral("SELECT m.user_id, m.group_id, m.revision FROM "
                                          "memberships m JOIN user_groups g ON g.id = "
                                          "m.group_id WHERE g.account_id = ?1 AND m.revision > "
                                          "?2 AND %1m.user_id BETWEEN ?3 AND ?4")
                               .arg(byUser));
        bindRange(q);
        while (q.step())
            memberships[{q.columnInt64(0), q.columnInt64(1)}] = {q.columnInt64(0), q.columnInt64(1),
                                                                 true, q.columnInt64(2)};
        if (q.failed())
            return failed(q);
        SqlStatement r(db, QStringLiteral("SELECT user_id, group_id, revision FROM "
                                          "removed_memberships WHERE account_id = ?1 AND "
                                          "revision > ?2 AND %1user_id BETWEEN ?3 AND ?4")
                               .arg(byUser));
        bindRange(r);
        while (r.step()) {
            const Key key{r.columnInt64(0), r.columnInt64(1)};
            const auto it = memberships.find(key);
            if (it == memberships.end() || it->second.revision < r.columnInt64(2))
                memberships[key] = {key.first, key.second, false, r.columnInt64(2)};
        }
        if (r.failed())
            return failed(r);
    }
    for (const auto &[key, value] : values)
        page.changes.values.append(value);
    for (const auto &[key, membership] : memberships)
        page.changes.memberships.append(membership);
    return page;
}

bool ChangeLog::fewChanges(qint64 accountId, qint64 since, bool *few, QString *error)
{
    // Counting stops past the limit, so this costs at most that many index entries per table.
    SqlStatement q(
        m_store.connection(),
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM meta_values WHERE account_id = ?1 AND "
        "revision > ?2 LIMIT ?3) AS v) + (SELECT count(*) FROM (SELECT 1 FROM memberships m "
        "JOIN user_groups g ON g.id = m.group_id WHERE g.account_id = ?1 AND m.revision > ?2 "
        "LIMIT ?3) AS m) + (SELECT count(*) FROM (SELECT 1 FROM removed_values WHERE account_id "
        "= ?1 AND revision > ?2 LIMIT ?3) AS rv) + (SELECT count(*) FROM (SELECT 1 FROM "
        "removed_memberships WHERE account_id = ?1 AND revision > ?2 LIMIT ?3) AS rm)");
    q.bind(1, accountId);
    q.bind(2, since);
    q.bind(3, qint64(m_sparseLimit) + 1);
    if (!q.step()) {
        *error = q.errorText();
        return false;
    }
    *few = q.columnInt64(0) <= m_sparseLimit;
    return true;
}

ChangeLog::Page ChangeLog::readAll(qint64 accountId, qint64 since)
{
    Page all;
    qint64 after = 0;
    for (;;) {
        Page page = read(accountId, since, after, 5000);
        if (!page.error.isEmpty() || page.expired)
            return page;
        if (after == 0)
            all.changes = page.changes;
        else {
            all.changes.values += page.changes.values;
            all.changes.memberships += page.changes.memberships;
        }
        if (!page.next)
            return all;
        after = *page.next;
    }
}

bool ChangeLog::prune(qint64 cutoffSeconds)
{
    SqlConnection *db = m_store.connection();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return false;
    // First remember what is forgotten, then forget it.
    for (const char *table : {"removed_values", "removed_memberships", "removed_fields"}) {
        SqlStatement mark(
            db, QStringLiteral("UPDATE accounts SET pruned = %2(pruned, (SELECT max(revision) "
                               "FROM %1 t WHERE t.account_id = accounts.id AND t.removed_at < "
                               "?1)) WHERE EXISTS (SELECT 1 FROM %1 t WHERE t.account_id = "
                               "accounts.id AND t.removed_at < ?1)")
                    .arg(QLatin1String(table), QLatin1String(db->dialect().greatest())));
        mark.bind(1, cutoffSeconds);
        SqlStatement forget(
            db, QStringLiteral("DELETE FROM %1 WHERE removed_at < ?1").arg(QLatin1String(table)));
        forget.bind(1, cutoffSeconds);
        if (!mark.exec() || !forget.exec())
            return false;
    }
    return transaction.commit();
}

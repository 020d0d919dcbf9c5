#include "RevisionStamp.h"

#include "MetaValueCodec.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "StoredFieldDefinition.h"

#include <QDateTime>
#include <QJsonObject>
#include <utility>

RevisionStamp::RevisionStamp(SqlConnection *db, qint64 accountId, std::optional<qint64> ifMatch)
    : m_db(db)
    , m_accountId(accountId)
    , m_ifMatch(ifMatch)
    , m_now(QDateTime::currentSecsSinceEpoch())
{
    // Every writer of the account reads its revision first; on PostgreSQL this locks the row
    // until the transaction ends, so writers of one account from any instance take turns.
    const QByteArray sql =
        QByteArray("SELECT revision FROM accounts WHERE id = ?1") + db->dialect().accountLock();
    SqlStatement q(db, sql.constData());
    q.bind(1, accountId);
    m_valid = q.step();
    if (m_valid)
        m_current = q.columnInt64(0);
}

RevisionStamp::~RevisionStamp() = default;

SqlStatement &RevisionStamp::statement(std::unique_ptr<SqlStatement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<SqlStatement>(m_db, sql);
    else
        slot->reset();
    return *slot;
}

void RevisionStamp::conflict(const QString &location, qint64 revision,
                             const std::optional<QJsonValue> &current)
{
    for (const ErrorDetail &d : std::as_const(m_conflicts)) {
        if (d.location == location)
            return; // the same place edited twice in one request is listed once
    }
    m_conflicts.append({location, QStringLiteral("changed at revision %1").arg(revision), current});
}

bool RevisionStamp::checkValue(qint64 userId, qint64 fieldId, MetaType type,
                               const QJsonValue *value, const QString &location)
{
    // "Would change" is decided as the upsert decides it: by SQL's comparison of stored values.
    SqlStatement &live = statement(
        m_valuePlace, "SELECT revision, value, value IS DISTINCT FROM ?4 FROM meta_values WHERE "
                      "user_id = ?1 AND account_id = ?2 AND field_id = ?3");
    live.bind(1, userId);
    live.bind(2, m_accountId);
    live.bind(3, fieldId);
    if (value)
        MetaValueCodec::bind(live, 4, type, *value);
    else
        live.bindNull(4);
    if (live.step()) {
        const bool changes = !value || live.columnInt64(2) != 0;
        if (changes && live.columnInt64(0) > *m_ifMatch)
            conflict(location, live.columnInt64(0), MetaValueCodec::fromColumn(live, 1, type));
        live.reset(); // no read stays open while the writer writes
        return true;
    }
    if (live.failed())
        return false;
    if (!value)
        return true; // clearing what is not there changes nothing
    SqlStatement &removed =
        statement(m_removedValuePlace, "SELECT revision FROM removed_values WHERE account_id = "
                                       "?1 AND user_id = ?2 AND field_id = ?3");
    removed.bind(1, m_accountId);
    removed.bind(2, userId);
    removed.bind(3, fieldId);
    if (removed.step() && removed.columnInt64(0) > *m_ifMatch)
        conflict(location, removed.columnInt64(0), std::nullopt);
    const bool ok = !removed.failed();
    removed.reset();
    return ok;
}

bool RevisionStamp::checkMembership(qint64 userId, qint64 groupId, bool add,
                                    const QString &location)
{
    SqlStatement &live = statement(
        m_membershipPlace, "SELECT revision FROM memberships WHERE user_id = ?1 AND group_id = ?2");
    live.bind(1, userId);
    live.bind(2, groupId);
    if (live.step()) {
        if (!add && live.columnInt64(0) > *m_ifMatch)
            conflict(location, live.columnInt64(0), QJsonValue(true));
        live.reset();
        return true;
    }
    if (live.failed())
        return false;
    if (!add)
        return true;
    SqlStatement &removed =
        statement(m_removedMembershipPlace, "SELECT revision FROM removed_memberships WHERE "
                                            "account_id = ?1 AND user_id = ?2 AND group_id = ?3");
    removed.bind(1, m_accountId);
    removed.bind(2, userId);
    removed.bind(3, groupId);
    if (removed.step() && removed.columnInt64(0) > *m_ifMatch)
        conflict(location, removed.columnInt64(0), std::nullopt);
    const bool ok = !removed.failed();
    removed.reset();
    return ok;
}

bool RevisionStamp::checkField(const QString &name, const QString &location)
{
    SqlStatement live(m_db, "SELECT revision, definition FROM meta_fields WHERE account_id = "
                            "?1 AND name = ?2");
    live.bind(1, m_accountId);
    live.bind(2, name);
    if (live.step()) {
        if (live.columnInt64(0) > *m_ifMatch)
            conflict(location, live.columnInt64(0),
                     StoredFieldDefinition::object(live.columnText(1)));
        return !live.failed();
    }
    if (live.failed())
        return false;
    SqlStatement removed(m_db,
                         "SELECT revision FROM removed_fields WHERE account_id = ?1 AND name = ?2");
    removed.bind(1, m_accountId);
    removed.bind(2, name);
    if (removed.step() && removed.columnInt64(0) > *m_ifMatch)
        conflict(location, removed.columnInt64(0), std::nullopt);
    return !removed.failed();
}

bool RevisionStamp::removedValue(qint64 userId, qint64 fieldId)
{
    return tombstone(m_valueTombstone,
                     "INSERT INTO removed_values(account_id, user_id, field_id, revision, "
                     "removed_at) VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(account_id, user_id, "
                     "field_id) DO UPDATE SET revision = excluded.revision, removed_at = "
                     "excluded.removed_at",
                     userId, fieldId);
}

bool RevisionStamp::removedMembership(qint64 userId, qint64 groupId)
{
    return tombstone(m_membershipTombstone,
                     "INSERT INTO removed_memberships(account_id, user_id, group_id, revision, "
                     "removed_at) VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(account_id, user_id, "
                     "group_id) DO UPDATE SET revision = excluded.revision, removed_at = "
                     "excluded.removed_at",
                     userId, groupId);
}

bool RevisionStamp::tombstone(std::unique_ptr<SqlStatement> &slot, const char *sql, qint64 userId,
                              qint64 ref)
{
    m_changed = true;
    SqlStatement &q = statement(slot, sql);
    q.bind(1, m_accountId);
    q.bind(2, userId);
    q.bind(3, ref);
    q.bind(4, revision());
    q.bind(5, m_now);
    return q.exec();
}

bool RevisionStamp::removedField(const QString &name, qint64 fieldId)
{
    m_changed = true;
    // The field's values go with it (ON DELETE CASCADE); its tombstone stands for them, and the
    // values' own tombstones would only point at an id that may be given to another field.
    SqlStatement values(m_db, "DELETE FROM removed_values WHERE account_id = ?1 AND field_id = ?2");
    values.bind(1, m_accountId);
    values.bind(2, fieldId);
    SqlStatement q(m_db, "INSERT INTO removed_fields(account_id, name, revision, removed_at) "
                         "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(account_id, name) DO UPDATE SET "
                         "revision = excluded.revision, removed_at = excluded.removed_at");
    q.bind(1, m_accountId);
    q.bind(2, name);
    q.bind(3, revision());
    q.bind(4, m_now);
    return values.exec() && q.exec();
}

bool RevisionStamp::finish()
{
    if (!m_changed)
        return true;
    SqlStatement q(m_db, "UPDATE accounts SET revision = ?2 WHERE id = ?1");
    q.bind(1, m_accountId);
    q.bind(2, revision());
    m_finished = q.exec();
    return m_finished;
}

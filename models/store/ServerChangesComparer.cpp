#include "ServerChangesComparer.h"

#include "MetaValueCodec.h"
#include "OfflineCopyFile.h"
#include "SqlStatement.h"
#include "SqliteStore.h"
#include "StoredFieldDefinition.h"
#include "domain/MetaField.h"

#include <QJsonObject>
#include <algorithm>

ServerChangesComparer::ServerChangesComparer(SqliteStore &store)
    : m_store(store)
    , m_db(store.connection())
{}

ServerChangesComparer::~ServerChangesComparer() = default;

bool ServerChangesComparer::readFieldSlots(qint64 accountId)
{
    m_slots.clear();
    SqlStatement q(m_db, "SELECT id, name, definition FROM meta_fields WHERE account_id = ?1");
    q.bind(1, accountId);
    while (q.step()) {
        const QString name = q.columnText(1);
        const MetaField field = StoredFieldDefinition::read(name, q.columnText(2));
        m_slots.insert(name, {q.columnInt64(0), field.type});
    }
    if (q.failed()) {
        m_error = q.errorText();
        return false;
    }
    return true;
}

bool ServerChangesComparer::compare(qint64 accountId, const ServerChanges &changes,
                                    SyncComparison &out)
{
    out = {};
    out.serverRevision = changes.revision;
    OfflineCopyFile copy(m_store);
    bool ok = false;
    out.rows = copy.changesToSend(accountId, &ok);
    if (!ok) {
        m_error = copy.errorText();
        return false;
    }
    if (!readFieldSlots(accountId))
        return false;
    QHash<SyncPlace, qsizetype> index;
    index.reserve(out.rows.size());
    for (qsizetype i = 0; i < out.rows.size(); ++i)
        index.insert(out.rows.at(i).place, i);

    const auto take = [&](const SyncPlace &place, const ThreeWayMerge::Value &theirs,
                          const std::function<bool(SyncRow &)> &readFileSide) {
        if (const auto it = index.constFind(place); it != index.constEnd()) {
            out.rows[*it].theirs = theirs;
            return true;
        }
        SyncRow row;
        row.place = place;
        if (!readFileSide(row))
            return m_error.isEmpty() ? (++out.unknownPlaces, true) : false;
        row.theirs = theirs;
        out.rows << row;
        return true;
    };
    for (const ServerChanges::Value &v : changes.values) {
        if (!take(SyncPlace::cell(v.userId, v.field), v.value,
                  [&](SyncRow &row) { return readCell(accountId, v.userId, v.field, row); }))
            return false;
    }
    for (const ServerChanges::Membership &m : changes.memberships) {
        const ThreeWayMerge::Value theirs =
            m.member ? ThreeWayMerge::Value(QJsonValue(true)) : ThreeWayMerge::Value();
        if (!take(SyncPlace::membership(m.userId, m.groupId), theirs, [&](SyncRow &row) {
                return readMembership(accountId, m.userId, m.groupId, row);
            }))
            return false;
    }
    for (SyncRow &row : out.rows)
        row.decision = ThreeWayMerge::decide(row.taken, row.mine, row.theirs);
    // In user order as the person reads them; a place keeps its own order within a user.
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const SyncRow &a, const SyncRow &b) {
        return a.place.userId < b.place.userId;
    });
    return true;
}

bool ServerChangesComparer::readCell(qint64 accountId, qint64 userId, const QString &field,
                                     SyncRow &row)
{
    const auto slot = m_slots.constFind(field);
    if (slot == m_slots.constEnd())
        return false;
    if (!m_cellQuery)
        m_cellQuery = std::make_unique<SqlStatement>(
            // A place not changed since the take still holds what was taken.
            m_db, "SELECT CASE WHEN c.user_id IS NULL THEN v.value ELSE t.value END, v.value, "
                  "u.first_name, u.middle_name, u.last_name "
                  "FROM user_accounts ua JOIN users u ON u.id = ua.user_id "
                  "LEFT JOIN changed_places c ON c.kind = ?4 AND c.user_id = ua.user_id AND "
                  "c.ref = ?3 "
                  "LEFT JOIN taken_values t ON t.user_id = ua.user_id AND t.field_id = ?3 "
                  "LEFT JOIN meta_values v ON v.user_id = ua.user_id AND "
                  "v.account_id = ?1 AND v.field_id = ?3 "
                  "WHERE ua.account_id = ?1 AND ua.user_id = ?2");
    SqlStatement &q = *m_cellQuery;
    q.reset();
    q.bind(1, accountId);
    q.bind(2, userId);
    q.bind(3, slot->id);
    q.bind(4, OfflineCopyFile::kCellKind);
    if (!q.step()) {
        if (q.failed())
            m_error = q.errorText();
        return false;
    }
    if (!q.columnIsNull(0))
        row.taken = MetaValueCodec::fromColumn(q, 0, slot->type);
    if (!q.columnIsNull(1))
        row.mine = MetaValueCodec::fromColumn(q, 1, slot->type);
    User user;
    user.firstName = q.columnText(2);
    user.middleName = q.columnText(3);
    user.lastName = q.columnText(4);
    row.userName = user.fullName();
    return true;
}

bool ServerChangesComparer::readMembership(qint64 accountId, qint64 userId, qint64 groupId,
                                           SyncRow &row)
{
    if (!m_membershipQuery)
        m_membershipQuery = std::make_unique<SqlStatement>(
            m_db,
            // A place not changed since the take still holds what was taken.
            "SELECT g.name, CASE WHEN EXISTS (SELECT 1 FROM changed_places c WHERE c.kind = ?4 "
            "AND c.user_id = ?2 AND c.ref = ?3) THEN EXISTS (SELECT 1 FROM taken_memberships t "
            "WHERE t.user_id = ?2 AND t.group_id = ?3) ELSE EXISTS (SELECT 1 FROM memberships m "
            "WHERE m.user_id = ?2 AND m.group_id = ?3) END, EXISTS (SELECT 1 FROM memberships m "
            "WHERE m.user_id = ?2 AND m.group_id = ?3), u.first_name, u.middle_name, u.last_name "
            "FROM user_groups g, user_accounts ua JOIN users u ON u.id = ua.user_id "
            "WHERE g.id = ?3 AND g.account_id = ?1 AND ua.account_id = ?1 AND ua.user_id = ?2");
    SqlStatement &q = *m_membershipQuery;
    q.reset();
    q.bind(1, accountId);
    q.bind(2, userId);
    q.bind(3, groupId);
    q.bind(4, OfflineCopyFile::kMembershipKind);
    if (!q.step()) {
        if (q.failed())
            m_error = q.errorText();
        return false;
    }
    row.groupName = q.columnText(0);
    if (q.columnInt64(1) != 0)
        row.taken = QJsonValue(true);
    if (q.columnInt64(2) != 0)
        row.mine = QJsonValue(true);
    User user;
    user.firstName = q.columnText(3);
    user.middleName = q.columnText(4);
    user.lastName = q.columnText(5);
    row.userName = user.fullName();
    return true;
}

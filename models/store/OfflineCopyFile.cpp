#include "OfflineCopyFile.h"

#include "MetaValueCodec.h"
#include "SchemaWriter.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "SqliteStore.h"
#include "StoredFieldDefinition.h"

#include <QJsonObject>
#include <algorithm>
#include <iterator>

namespace {
// A refusal of the schema's rules, for a note: each problem where it is.
QString describe(const DomainError &error)
{
    QStringList parts;
    for (const ErrorDetail &d : error.details)
        parts << d.message;
    return parts.isEmpty() ? error.rule : parts.join(QStringLiteral("; "));
}

QString userName(const SqlStatement &q, int firstColumn)
{
    User user;
    user.firstName = q.columnText(firstColumn);
    user.middleName = q.columnText(firstColumn + 1);
    user.lastName = q.columnText(firstColumn + 2);
    return user.fullName();
}
} // namespace

OfflineCopyFile::OfflineCopyFile(SqliteStore &store)
    : m_store(store)
    , m_db(store.connection())
{}

OfflineOrigin OfflineCopyFile::origin()
{
    OfflineOrigin origin;
    SqlStatement q(m_db, "SELECT base_url, api_id, account_id, account_name, taken_revision, "
                         "taken_at FROM offline_origin WHERE id = 1");
    if (q.step()) {
        origin.baseUrl = q.columnText(0);
        origin.apiId = q.columnText(1);
        origin.accountId = q.columnInt64(2);
        origin.accountName = q.columnText(3);
        origin.takenRevision = q.columnInt64(4);
        origin.takenAt = QDateTime::fromString(q.columnText(5), Qt::ISODateWithMs);
    }
    if (q.failed())
        m_error = q.errorText();
    return origin;
}

QHash<QString, OfflineCopyFile::FieldSlot> OfflineCopyFile::fieldSlots(qint64 accountId)
{
    QHash<QString, FieldSlot> slots;
    SqlStatement q(m_db, "SELECT id, name, definition FROM meta_fields WHERE account_id = ?1");
    q.bind(1, accountId);
    while (q.step()) {
        const QString name = q.columnText(1);
        const MetaField field = StoredFieldDefinition::read(name, q.columnText(2));
        slots.insert(name, {q.columnInt64(0), field.type});
    }
    if (q.failed())
        m_error = q.errorText();
    return slots;
}

QList<SyncRow> OfflineCopyFile::changesToSend(qint64 accountId, bool *ok)
{
    QList<SyncRow> cells;
    QList<SyncRow> memberships;
    const bool read = readCells(accountId, cells) && readMemberships(accountId, memberships);
    if (ok)
        *ok = read;
    if (!read)
        return {};
    if (memberships.isEmpty())
        return cells;
    // Both come in user order: merged by user, each user's cells before their memberships.
    QList<SyncRow> rows;
    rows.reserve(cells.size() + memberships.size());
    std::merge(std::make_move_iterator(cells.begin()), std::make_move_iterator(cells.end()),
               std::make_move_iterator(memberships.begin()),
               std::make_move_iterator(memberships.end()), std::back_inserter(rows),
               [](const SyncRow &a, const SyncRow &b) { return a.place.userId < b.place.userId; });
    return rows;
}

qint64 OfflineCopyFile::countChanged(qint64 kind)
{
    SqlStatement q(m_db, "SELECT count(*) FROM changed_places WHERE kind = ?1");
    q.bind(1, kind);
    return q.step() ? q.columnInt64(0) : 0;
}

bool OfflineCopyFile::readCells(qint64 accountId, QList<SyncRow> &rows)
{
    // By field id: each row shares its field's name rather than reading a copy of it.
    QHash<qint64, std::pair<QString, MetaType>> fields;
    const QHash<QString, FieldSlot> slots = fieldSlots(accountId);
    for (auto it = slots.cbegin(); it != slots.cend(); ++it)
        fields.insert(it->id, {it.key(), it->type});
    rows.reserve(countChanged(kCellKind));
    // Noted places whose value is back to the taken one are no change.
    SqlStatement q(
        m_db, "SELECT c.user_id, c.ref, t.value, v.value, u.first_name, u.middle_name, "
              "u.last_name, f.name FROM changed_places c "
              "JOIN meta_fields f ON f.id = c.ref AND f.account_id = ?1 "
              "JOIN users u ON u.id = c.user_id "
              "LEFT JOIN taken_values t ON t.user_id = c.user_id AND t.field_id = c.ref "
              "LEFT JOIN meta_values v ON v.user_id = c.user_id AND v.account_id = ?1 "
              "AND v.field_id = c.ref "
              "WHERE c.kind = ?2 AND t.value IS NOT v.value ORDER BY c.user_id, f.position, f.id");
    q.bind(1, accountId);
    q.bind(2, kCellKind);
    qint64 lastUser = 0;
    QString lastName; // a user's rows share one name
    while (q.step()) {
        const qint64 user = q.columnInt64(0);
        auto field = fields.constFind(q.columnInt64(1));
        if (field == fields.constEnd()) // made since the schema was read: as a text field
            field = fields.insert(q.columnInt64(1), {q.columnText(7), MetaType::String});
        if (user != lastUser) {
            lastUser = user;
            lastName = userName(q, 4);
        }
        const MetaType type = field->second;
        SyncRow &row = rows.emplaceBack();
        row.place = SyncPlace::cell(user, field->first);
        row.userName = lastName;
        if (!q.columnIsNull(2))
            row.taken = MetaValueCodec::fromColumn(q, 2, type);
        if (!q.columnIsNull(3))
            row.mine = MetaValueCodec::fromColumn(q, 3, type);
        row.theirs = row.taken;
        row.decision = ThreeWayMerge::decide(row.taken, row.mine, row.theirs);
    }
    if (q.failed()) {
        m_error = q.errorText();
        return false;
    }
    return true;
}

bool OfflineCopyFile::readMemberships(qint64 accountId, QList<SyncRow> &rows)
{
    rows.reserve(countChanged(kMembershipKind));
    SqlStatement q(m_db,
                   "SELECT c.user_id, c.ref, g.name, t.user_id IS NOT NULL, m.user_id IS NOT NULL, "
                   "u.first_name, u.middle_name, u.last_name FROM changed_places c "
                   "JOIN user_groups g ON g.id = c.ref AND g.account_id = ?1 "
                   "JOIN users u ON u.id = c.user_id "
                   "LEFT JOIN taken_memberships t ON t.user_id = c.user_id AND t.group_id = c.ref "
                   "LEFT JOIN memberships m ON m.user_id = c.user_id AND m.group_id = c.ref "
                   "WHERE c.kind = ?2 AND (t.user_id IS NULL) <> (m.user_id IS NULL) "
                   "ORDER BY c.user_id, g.name COLLATE NOCASE");
    q.bind(1, accountId);
    q.bind(2, kMembershipKind);
    qint64 lastUser = 0;
    QString lastName;
    QHash<qint64, QString> groupNames; // shared by the rows of one group
    while (q.step()) {
        const qint64 user = q.columnInt64(0);
        const qint64 group = q.columnInt64(1);
        if (user != lastUser) {
            lastUser = user;
            lastName = userName(q, 5);
        }
        auto name = groupNames.find(group);
        if (name == groupNames.end())
            name = groupNames.insert(group, q.columnText(2));
        SyncRow &row = rows.emplaceBack();
        row.place = SyncPlace::membership(user, group);
        row.groupName = *name;
        row.userName = lastName;
        if (q.columnInt64(3) != 0)
            row.taken = QJsonValue(true);
        if (q.columnInt64(4) != 0)
            row.mine = QJsonValue(true);
        row.theirs = row.taken;
        row.decision = ThreeWayMerge::decide(row.taken, row.mine, row.theirs);
    }
    if (q.failed()) {
        m_error = q.errorText();
        return false;
    }
    return true;
}

qint64 OfflineCopyFile::refOf(const SyncPlace &place, const QHash<QString, FieldSlot> &slots)
{
    if (place.kind == SyncPlace::Kind::Membership)
        return place.groupId;
    const auto slot = slots.constFind(place.field);
    if (slot == slots.constEnd()) {
        m_error = tr("Unknown meta field '%1'").arg(place.field);
        return 0;
    }
    return slot->id;
}

bool OfflineCopyFile::revert(qint64 accountId, const QList<SyncPlace> &places)
{
    const QHash<QString, FieldSlot> slots = fieldSlots(accountId);
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    for (const SyncPlace &place : places) {
        const qint64 ref = refOf(place, slots);
        if (ref == 0 || !restoreTaken(accountId, place, ref) ||
            !forgetIfUnchanged(accountId, place, ref))
            return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

bool OfflineCopyFile::restoreTaken(qint64 accountId, const SyncPlace &place, qint64 ref)
{
    // Copied in SQL: the taken value is stored exactly as the file stores values. Only a place
    // changed since the take has a taken value of its own; any other already holds it.
    if (place.kind == SyncPlace::Kind::Cell)
        return runAtPlace({"DELETE FROM meta_values WHERE user_id = ?1 AND field_id = ?2 AND "
                           "account_id = ?3 AND EXISTS (SELECT 1 FROM changed_places WHERE "
                           "kind = ?4 AND user_id = ?1 AND ref = ?2)",
                           "INSERT INTO meta_values(user_id, account_id, field_id, value) SELECT "
                           "user_id, ?3, field_id, value FROM taken_values WHERE user_id = ?1 "
                           "AND field_id = ?2 AND EXISTS (SELECT 1 FROM changed_places WHERE "
                           "kind = ?4 AND user_id = ?1 AND ref = ?2)"},
                          accountId, place, ref);
    return runAtPlace({"DELETE FROM memberships WHERE user_id = ?1 AND group_id = ?2 AND EXISTS "
                       "(SELECT 1 FROM changed_places WHERE kind = ?4 AND user_id = ?1 AND ref = "
                       "?2)",
                       "INSERT INTO memberships(user_id, group_id) SELECT user_id, group_id FROM "
                       "taken_memberships WHERE user_id = ?1 AND group_id = ?2 AND EXISTS "
                       "(SELECT 1 FROM changed_places WHERE kind = ?4 AND user_id = ?1 AND ref "
                       "= ?2)"},
                      accountId, place, ref);
}

bool OfflineCopyFile::forgetIfUnchanged(qint64 accountId, const SyncPlace &place, qint64 ref)
{
    // The second statement: a place no longer changed holds what was taken, so no taken value
    // of its own stays behind (the next first change saves it again).
    if (place.kind == SyncPlace::Kind::Cell)
        return runAtPlace({"DELETE FROM changed_places WHERE kind = ?4 AND user_id = ?1 AND ref "
                           "= ?2 AND (SELECT value FROM taken_values WHERE user_id = ?1 AND "
                           "field_id = ?2) IS (SELECT value FROM meta_values WHERE user_id = ?1 "
                           "AND field_id = ?2 AND account_id = ?3)",
                           "DELETE FROM taken_values WHERE user_id = ?1 AND field_id = ?2 AND "
                           "NOT EXISTS (SELECT 1 FROM changed_places WHERE kind = ?4 AND user_id "
                           "= ?1 AND ref = ?2)"},
                          accountId, place, ref);
    return runAtPlace({"DELETE FROM changed_places WHERE kind = ?4 AND user_id = ?1 AND ref = ?2 "
                       "AND EXISTS (SELECT 1 FROM taken_memberships WHERE user_id = ?1 AND "
                       "group_id = ?2) = EXISTS (SELECT 1 FROM memberships WHERE user_id = ?1 "
                       "AND group_id = ?2)",
                       "DELETE FROM taken_memberships WHERE user_id = ?1 AND group_id = ?2 AND "
                       "NOT EXISTS (SELECT 1 FROM changed_places WHERE kind = ?4 AND user_id = "
                       "?1 AND ref = ?2)"},
                      accountId, place, ref);
}

bool OfflineCopyFile::runAtPlace(std::initializer_list<const char *> statements, qint64 accountId,
                                 const SyncPlace &place, qint64 ref)
{
    for (const char *sql : statements) {
        SqlStatement q(m_db, sql);
        q.bind(1, place.userId);
        q.bind(2, ref);
        q.bind(3, accountId);
        q.bind(4, place.kind == SyncPlace::Kind::Cell ? kCellKind : kMembershipKind);
        if (!q.exec()) {
            m_error = q.errorText();
            return false;
        }
    }
    return true;
}

bool OfflineCopyFile::write(qint64 accountId, const SyncPlace &place, qint64 ref, MetaType type,
                            const ThreeWayMerge::Value &value, bool taken)
{
    const bool cell = place.kind == SyncPlace::Kind::Cell;
    // Unused parameters (?3 where the account does not matter) are bound and ignored.
    const char *sql = nullptr;
    if (cell && value)
        sql = taken ? "INSERT INTO taken_values(user_id, field_id, value) VALUES(?1, ?2, ?4) "
                      "ON CONFLICT(user_id, field_id) DO UPDATE SET value = excluded.value"
                    : "INSERT INTO meta_values(user_id, account_id, field_id, value) VALUES(?1, "
                      "?3, ?2, ?4) ON CONFLICT(user_id, account_id, field_id) DO UPDATE SET "
                      "value = excluded.value WHERE value IS NOT excluded.value";
    else if (cell)
        sql = taken ? "DELETE FROM taken_values WHERE user_id = ?1 AND field_id = ?2"
                    : "DELETE FROM meta_values WHERE user_id = ?1 AND field_id = ?2 AND "
                      "account_id = ?3";
    else if (value)
        sql = taken ? "INSERT OR IGNORE INTO taken_memberships(user_id, group_id) VALUES(?1, ?2)"
                    : "INSERT OR IGNORE INTO memberships(user_id, group_id) VALUES(?1, ?2)";
    else
        sql = taken ? "DELETE FROM taken_memberships WHERE user_id = ?1 AND group_id = ?2"
                    : "DELETE FROM memberships WHERE user_id = ?1 AND group_id = ?2";
    SqlStatement q(m_db, sql);
    q.bind(1, place.userId);
    q.bind(2, ref);
    q.bind(3, accountId);
    if (cell && value)
        MetaValueCodec::bind(q, 4, type, *value);
    if (!q.exec()) {
        m_error = q.errorText();
        return false;
    }
    return true;
}

bool OfflineCopyFile::settle(qint64 accountId, const QList<SyncRow> &rows,
                             std::optional<qint64> takenRevision)
{
    const QHash<QString, FieldSlot> slots = fieldSlots(accountId);
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    for (const SyncRow &row : rows) {
        const qint64 ref = refOf(row.place, slots);
        if (ref == 0)
            return false;
        const MetaType type = slots.value(row.place.field).type;
        const ThreeWayMerge::Value value = row.settledValue();
        if (!write(accountId, row.place, ref, type, value, false) ||
            !write(accountId, row.place, ref, type, value, true) ||
            !forgetIfUnchanged(accountId, row.place, ref))
            return false;
    }
    if (takenRevision) {
        SqlStatement q(m_db, "UPDATE offline_origin SET taken_revision = ?1 WHERE id = 1");
        q.bind(1, *takenRevision);
        if (!q.exec()) {
            m_error = q.errorText();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

bool OfflineCopyFile::takeFields(qint64 accountId, const QList<ServerChanges::Field> &fields,
                                 QStringList *notes)
{
    for (const ServerChanges::Field &field : fields) {
        const QHash<QString, FieldSlot> slots = fieldSlots(accountId);
        if (!m_error.isEmpty())
            return false;
        const auto slot = slots.constFind(field.name);
        if (!field.definition && slot == slots.constEnd())
            continue; // deleted there, never here
        if (field.definition && slot != slots.constEnd() && slot->type != field.definition->type) {
            // Values here are stored in the old type's form, and so are the taken ones.
            *notes << tr("The field “%1” is a %2 on the server now; take a fresh copy to work with "
                         "its new type (this file keeps it as a %3).")
                          .arg(field.name, MetaTypes::name(field.definition->type),
                               MetaTypes::name(slot->type));
            continue;
        }
        qint64 changedHere = 0;
        if (!field.definition) {
            SqlStatement q(m_db, "SELECT COUNT(*) FROM changed_places WHERE kind = ?1 AND "
                                 "ref = ?2");
            q.bind(1, kCellKind);
            q.bind(2, slot->id);
            if (q.step())
                changedHere = q.columnInt64(0);
            if (q.failed()) {
                m_error = q.errorText();
                return false;
            }
        }
        if (changedHere > 0) {
            *notes << tr("The field “%1” was deleted on the server; this file keeps it for its %n "
                         "change(s) not sent, which the server can no longer take.",
                         nullptr, int(changedHere))
                          .arg(field.name);
            continue;
        }
        SchemaWriteOptions options;
        options.force = true; // a deleted field's values are gone on the server too
        const SchemaOutcome outcome = SchemaWriter(m_store).apply(
            accountId,
            {SchemaChange{field.name, field.definition, QStringLiteral("fields.") + field.name}},
            options);
        if (!outcome.ok()) {
            *notes << tr("The server changed the field “%1”, but this file could not take it: %2")
                          .arg(field.name, describe(outcome.error));
            continue;
        }
        if (!field.definition && !forgetField(slot->id))
            return false;
    }
    return true;
}

bool OfflineCopyFile::forgetField(qint64 fieldId)
{
    // The field's values went with it on both sides: nothing of it is taken or to send.
    for (const char *sql : {"DELETE FROM taken_values WHERE field_id = ?1",
                            "DELETE FROM changed_places WHERE kind = ?2 AND ref = ?1"}) {
        SqlStatement q(m_db, sql);
        q.bind(1, fieldId);
        q.bind(2, kCellKind);
        if (!q.exec()) {
            m_error = q.errorText();
            return false;
        }
    }
    return true;
}

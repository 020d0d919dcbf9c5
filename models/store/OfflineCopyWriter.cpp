#include "OfflineCopyWriter.h"

#include "MetaValueCodec.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "SqliteStore.h"
#include "StoredFieldDefinition.h"

OfflineCopyWriter::OfflineCopyWriter(SqliteStore &store)
    : m_store(store)
    , m_load(store.connection())
{}

bool OfflineCopyWriter::writeAccount(const Account &account, const QList<MetaField> &fields,
                                     const QList<UserGroup> &groups)
{
    // The file becomes a copy only when writeOrigin() is done (a take that fails or is cancelled
    // removes it), so it is loaded in bulk. (A bigger page cache was tried too: it made the index
    // builds slower.)
    if (!m_load.start())
        return failed(m_load.errorText());
    QHash<QByteArray, FieldSlot> slots;
    const bool written = inTransaction([&](SqlConnection *db) {
        // The server's ids are kept: places in the copy name the same users and groups as the
        // server.
        SqlStatement insertAccount(db, "INSERT INTO accounts(id, name) VALUES(?1, ?2)");
        insertAccount.bind(1, account.id);
        insertAccount.bind(2, account.name);
        if (!insertAccount.exec())
            return failed(insertAccount.errorText());
        SqlStatement insertField(db, "INSERT INTO meta_fields(account_id, name, definition, "
                                     "position) VALUES(?1, ?2, ?3, ?4) RETURNING id");
        for (int i = 0; i < fields.size(); ++i) {
            const MetaField &field = fields.at(i);
            insertField.bind(1, account.id);
            insertField.bind(2, field.name);
            insertField.bindUtf8(3, StoredFieldDefinition::text(field));
            insertField.bind(4, qint64(i + 1));
            if (!insertField.step())
                return failed(insertField.errorText());
            slots.insert(field.name.toUtf8(), {insertField.columnInt64(0), field.type});
            if (!insertField.exec()) // finishes the insert
                return failed(insertField.errorText());
        }
        SqlStatement insertGroup(
            db, "INSERT INTO user_groups(id, account_id, name) VALUES(?1, ?2, ?3)");
        for (const UserGroup &group : groups) {
            insertGroup.bind(1, group.id);
            insertGroup.bind(2, account.id);
            insertGroup.bind(3, group.name);
            if (!insertGroup.exec())
                return failed(insertGroup.errorText());
        }
        return m_load.dropIndexesAndTriggers(
                   {QStringLiteral("users"), QStringLiteral("user_accounts"),
                    QStringLiteral("memberships"), QStringLiteral("meta_values")}) ||
               failed(m_load.errorText());
    });
    if (!written)
        return false;
    m_accountId = account.id;
    m_fields = slots;
    return true;
}

bool OfflineCopyWriter::writeUsers(const QList<User> &users)
{
    return inTransaction([&](SqlConnection *db) {
        SqlStatement insertUser(db, "INSERT INTO users(id, first_name, last_name, middle_name, "
                                    "alias, email, status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        SqlStatement insertAccess(db,
                                  "INSERT INTO user_accounts(account_id, user_id) VALUES(?1, ?2)");
        SqlStatement insertMember(db, "INSERT OR IGNORE INTO memberships(user_id, group_id) "
                                      "VALUES(?1, ?2)");
        for (const User &user : users) {
            SqlStore::bindUserRow(insertUser, user);
            if (!insertUser.exec())
                return failed(insertUser.errorText());
            insertAccess.bind(1, m_accountId);
            insertAccess.bind(2, user.id);
            if (!insertAccess.exec())
                return failed(insertAccess.errorText());
            for (qint64 group : user.groups) {
                insertMember.bind(1, user.id);
                insertMember.bind(2, group);
                if (!insertMember.exec())
                    return failed(insertMember.errorText());
            }
        }
        return true;
    });
}

bool OfflineCopyWriter::finishUsers()
{
    return inTransaction([this](SqlConnection *) {
        return m_load.remakeIndexesAndTriggers({QStringLiteral("users"),
                                                QStringLiteral("user_accounts"),
                                                QStringLiteral("memberships")}) ||
               failed(m_load.errorText());
    });
}

bool OfflineCopyWriter::writeValues(const QList<qint64> &userIds, const MetaValuePages &values)
{
    return inTransaction([&](SqlConnection *db) {
        SqlStatement insertValue(db, "INSERT INTO meta_values(user_id, account_id, field_id, "
                                     "value) VALUES(?1, ?2, ?3, ?4)");
        // Each user asked for at most once, whatever the answers repeat.
        QSet<qint64> asked(userIds.cbegin(), userIds.cend());
        std::vector<int> fields;
        bool ok = true;
        // Near the end of the table, where inserting is cheapest: ids ascend within an answer
        // (its keys sort as text, so they step back only where they gain a digit).
        values.forEachUser([&](qint64 user, const PayloadTree &tree, int userNode) {
            if (!ok || !asked.remove(user))
                return;
            fields.clear();
            tree.appendUniqueMembers(userNode, fields);
            for (const int value : fields) {
                const QByteArrayView name = tree.key(value);
                const auto slot =
                    m_fields.constFind(QByteArray::fromRawData(name.data(), name.size()));
                if (slot == m_fields.constEnd() || tree.kind(value) == PayloadTree::Kind::Null)
                    continue;
                insertValue.bind(1, user);
                insertValue.bind(2, m_accountId);
                insertValue.bind(3, slot->id);
                MetaValueCodec::bind(insertValue, 4, slot->type, tree, value);
                if (!insertValue.exec()) {
                    ok = failed(insertValue.errorText());
                    return;
                }
            }
        });
        return ok;
    });
}

bool OfflineCopyWriter::writeOrigin(const OfflineOrigin &origin)
{
    // With this commit the file holds the whole copy by itself.
    if (!m_load.syncCommits())
        return failed(m_load.errorText());
    const bool written = inTransaction([&](SqlConnection *db) {
        SqlStatement insert(db, "INSERT INTO offline_origin(id, base_url, api_id, account_id, "
                                "account_name, taken_revision, taken_at) VALUES(1, ?1, ?2, ?3, "
                                "?4, ?5, ?6)");
        insert.bind(1, origin.baseUrl);
        insert.bind(2, origin.apiId);
        insert.bind(3, origin.accountId);
        insert.bind(4, origin.accountName);
        insert.bind(5, origin.takenRevision);
        insert.bind(6, origin.takenAt.toUTC().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return failed(insert.errorText());
        return m_load.remakeIndexesAndTriggers() || failed(m_load.errorText());
    });
    // From now on a file like any other.
    return written && (m_load.finish() || failed(m_load.errorText()));
}

bool OfflineCopyWriter::inTransaction(const std::function<bool(SqlConnection *)> &work)
{
    SqlConnection *db = m_store.connection();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return failed(transaction.errorText());
    if (!work(db))
        return false; // rolled back
    return transaction.commit() || failed(transaction.errorText());
}

bool OfflineCopyWriter::failed(const QString &error)
{
    m_error = error;
    return false;
}

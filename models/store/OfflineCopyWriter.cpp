#include "OfflineCopyWriter.h"

#include "MetaValueCodec.h"
#include "SqlTransaction.h"
#include "SqliteStatement.h"
#include "SqliteStore.h"

#include <QJsonDocument>

OfflineCopyWriter::OfflineCopyWriter(SqliteStore &store)
    : m_store(store)
{}

bool OfflineCopyWriter::writeAccount(const Account &account, const QList<MetaField> &fields,
                                     const QList<UserGroup> &groups)
{
    sqlite3 *db = m_store.handle();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    // The server's ids are kept: places in the copy name the same users and groups as the server.
    SqliteStatement insertAccount(db, "INSERT INTO accounts(id, name) VALUES(?1, ?2)");
    insertAccount.bind(1, account.id);
    insertAccount.bind(2, account.name);
    if (!insertAccount.exec()) {
        m_error = insertAccount.errorText();
        return false;
    }
    SqliteStatement insertField(db, "INSERT INTO meta_fields(account_id, name, definition, "
                                    "position) VALUES(?1, ?2, ?3, ?4)");
    QHash<QString, FieldSlot> slots;
    for (int i = 0; i < fields.size(); ++i) {
        const MetaField &field = fields.at(i);
        insertField.bind(1, account.id);
        insertField.bind(2, field.name);
        insertField.bindUtf8(3, QJsonDocument(field.toJson()).toJson(QJsonDocument::Compact));
        insertField.bind(4, qint64(i + 1));
        if (!insertField.exec()) {
            m_error = insertField.errorText();
            return false;
        }
        slots.insert(field.name, {insertField.lastInsertId(), field.type});
    }
    SqliteStatement insertGroup(db,
                                "INSERT INTO user_groups(id, account_id, name) VALUES(?1, ?2, ?3)");
    for (const UserGroup &group : groups) {
        insertGroup.bind(1, group.id);
        insertGroup.bind(2, account.id);
        insertGroup.bind(3, group.name);
        if (!insertGroup.exec()) {
            m_error = insertGroup.errorText();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    m_accountId = account.id;
    m_fields = slots;
    return true;
}

bool OfflineCopyWriter::writeUsers(const QList<User> &users,
                                   const QHash<qint64, QJsonObject> &values)
{
    sqlite3 *db = m_store.handle();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    SqliteStatement insertUser(db, "INSERT INTO users(id, first_name, last_name, middle_name, "
                                   "alias, email, status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    SqliteStatement insertAccess(db,
                                 "INSERT INTO user_accounts(account_id, user_id) VALUES(?1, ?2)");
    SqliteStatement insertMember(db, "INSERT OR IGNORE INTO memberships(user_id, group_id) "
                                     "VALUES(?1, ?2)");
    SqliteStatement insertTakenMember(db, "INSERT OR IGNORE INTO taken_memberships(user_id, "
                                          "group_id) VALUES(?1, ?2)");
    SqliteStatement insertValue(db, "INSERT INTO meta_values(user_id, account_id, field_id, value) "
                                    "VALUES(?1, ?2, ?3, ?4)");
    SqliteStatement insertTakenValue(db, "INSERT INTO taken_values(user_id, field_id, value) "
                                         "VALUES(?1, ?2, ?3)");
    const auto failed = [this](const SqliteStatement &statement) {
        m_error = statement.errorText();
        return false;
    };
    for (const User &user : users) {
        insertUser.bind(1, user.id);
        insertUser.bind(2, user.firstName);
        insertUser.bind(3, user.lastName);
        insertUser.bind(4, user.middleName);
        insertUser.bind(5, user.alias);
        insertUser.bind(6, user.email);
        insertUser.bind(7, user.status.isEmpty() ? QStringLiteral("active") : user.status);
        if (!insertUser.exec())
            return failed(insertUser);
        insertAccess.bind(1, m_accountId);
        insertAccess.bind(2, user.id);
        if (!insertAccess.exec())
            return failed(insertAccess);
        for (qint64 group : user.groups) {
            for (SqliteStatement *statement : {&insertMember, &insertTakenMember}) {
                statement->bind(1, user.id);
                statement->bind(2, group);
                if (!statement->exec())
                    return failed(*statement);
            }
        }
        const QJsonObject userValues = values.value(user.id);
        for (auto it = userValues.constBegin(); it != userValues.constEnd(); ++it) {
            const auto slot = m_fields.constFind(it.key());
            if (slot == m_fields.constEnd() || it.value().isNull() || it.value().isUndefined())
                continue;
            insertValue.bind(1, user.id);
            insertValue.bind(2, m_accountId);
            insertValue.bind(3, slot->id);
            MetaValueCodec::bind(insertValue, 4, slot->type, it.value());
            if (!insertValue.exec())
                return failed(insertValue);
            insertTakenValue.bind(1, user.id);
            insertTakenValue.bind(2, slot->id);
            MetaValueCodec::bind(insertTakenValue, 3, slot->type, it.value());
            if (!insertTakenValue.exec())
                return failed(insertTakenValue);
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

bool OfflineCopyWriter::writeOrigin(const OfflineOrigin &origin)
{
    SqliteStatement insert(m_store.handle(),
                           "INSERT INTO offline_origin(id, base_url, api_id, account_id, "
                           "account_name, taken_revision, taken_at) VALUES(1, ?1, ?2, ?3, ?4, "
                           "?5, ?6)");
    insert.bind(1, origin.baseUrl);
    insert.bind(2, origin.apiId);
    insert.bind(3, origin.accountId);
    insert.bind(4, origin.accountName);
    insert.bind(5, origin.takenRevision);
    insert.bind(6, origin.takenAt.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        m_error = insert.errorText();
        return false;
    }
    return true;
}

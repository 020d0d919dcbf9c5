#include "OfflineCopyWriter.h"

#include "MetaValueCodec.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "SqliteStore.h"

#include <QJsonDocument>

OfflineCopyWriter::OfflineCopyWriter(SqliteStore &store)
    : m_store(store)
{}

bool OfflineCopyWriter::writeAccount(const Account &account, const QList<MetaField> &fields,
                                     const QList<UserGroup> &groups)
{
    SqlConnection *db = m_store.connection();
    // The file is new and becomes a copy only when writeOrigin() is done (a take that fails or
    // is cancelled removes it), so until then every page is written once, without a journal
    // and unsynced; writeOrigin() makes it durable and WAL. (A bigger page cache was tried too:
    // it made the index builds slower.)
    if (!setPragmas({"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"}))
        return false;
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    // The server's ids are kept: places in the copy name the same users and groups as the server.
    SqlStatement insertAccount(db, "INSERT INTO accounts(id, name) VALUES(?1, ?2)");
    insertAccount.bind(1, account.id);
    insertAccount.bind(2, account.name);
    if (!insertAccount.exec()) {
        m_error = insertAccount.errorText();
        return false;
    }
    SqlStatement insertField(db, "INSERT INTO meta_fields(account_id, name, definition, "
                                 "position) VALUES(?1, ?2, ?3, ?4) RETURNING id");
    QHash<QString, FieldSlot> slots;
    for (int i = 0; i < fields.size(); ++i) {
        const MetaField &field = fields.at(i);
        insertField.bind(1, account.id);
        insertField.bind(2, field.name);
        insertField.bindUtf8(3, QJsonDocument(field.toJson()).toJson(QJsonDocument::Compact));
        insertField.bind(4, qint64(i + 1));
        if (!insertField.step()) {
            m_error = insertField.errorText();
            return false;
        }
        slots.insert(field.name, {insertField.columnInt64(0), field.type});
        if (!insertField.exec()) { // finishes the insert
            m_error = insertField.errorText();
            return false;
        }
    }
    SqlStatement insertGroup(db,
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
    // Indexes are built once at the end, from sorted data, rather than entry by entry in random
    // order for every page; their definitions are the schema's own, read back from the file.
    SqlStatement indexes(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "sql IS NOT NULL AND tbl_name IN ('users', 'user_accounts', "
                             "'memberships', 'meta_values')");
    QList<std::pair<QByteArray, QByteArray>> dropped;
    while (indexes.step())
        dropped.append({indexes.columnText(0).toUtf8(), indexes.columnText(1).toUtf8()});
    if (indexes.failed()) {
        m_error = indexes.errorText();
        return false;
    }
    for (const auto &[name, sql] : dropped) {
        SqlStatement drop(db, QByteArray("DROP INDEX \"" + name + '"').constData());
        if (!drop.exec()) {
            m_error = drop.errorText();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    m_accountId = account.id;
    m_fields = slots;
    m_droppedIndexes.clear();
    for (const auto &index : dropped)
        m_droppedIndexes << index.second;
    return true;
}

bool OfflineCopyWriter::writeUsers(const QList<User> &users,
                                   const QHash<qint64, QJsonObject> &values)
{
    SqlConnection *db = m_store.connection();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    SqlStatement insertUser(db, "INSERT INTO users(id, first_name, last_name, middle_name, "
                                "alias, email, status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    SqlStatement insertAccess(db, "INSERT INTO user_accounts(account_id, user_id) VALUES(?1, ?2)");
    SqlStatement insertMember(db, "INSERT OR IGNORE INTO memberships(user_id, group_id) "
                                  "VALUES(?1, ?2)");
    SqlStatement insertValue(db, "INSERT INTO meta_values(user_id, account_id, field_id, value) "
                                 "VALUES(?1, ?2, ?3, ?4)");
    const auto failed = [this](const SqlStatement &statement) {
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
            insertMember.bind(1, user.id);
            insertMember.bind(2, group);
            if (!insertMember.exec())
                return failed(insertMember);
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
    SqlConnection *db = m_store.connection();
    // This commit is synced to the disk: with it the file holds the whole copy by itself.
    if (!setPragmas({"PRAGMA synchronous = FULL"}))
        return false;
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    // What was taken is what the file holds now: copied in SQL, exactly as the file stores it.
    for (const char *sql :
         {"INSERT INTO taken_values(user_id, field_id, value) SELECT user_id, field_id, value "
          "FROM meta_values WHERE account_id = ?1",
          "INSERT OR IGNORE INTO taken_memberships(user_id, group_id) SELECT m.user_id, "
          "m.group_id FROM memberships m JOIN user_groups g ON g.id = m.group_id WHERE "
          "g.account_id = ?1"}) {
        SqlStatement copy(db, sql);
        copy.bind(1, m_accountId);
        if (!copy.exec()) {
            m_error = copy.errorText();
            return false;
        }
    }
    for (const QByteArray &sql : std::as_const(m_droppedIndexes)) {
        SqlStatement create(db, sql.constData());
        if (!create.exec()) {
            m_error = create.errorText();
            return false;
        }
    }
    SqlStatement insert(db, "INSERT INTO offline_origin(id, base_url, api_id, account_id, "
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
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    m_droppedIndexes.clear();
    // From now on a file like any other (SqliteStore's own settings).
    return setPragmas({"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"});
}

bool OfflineCopyWriter::setPragmas(std::initializer_list<const char *> pragmas)
{
    for (const char *pragma : pragmas) {
        SqlStatement q(m_store.connection(), pragma);
        // journal_mode answers with the mode it is in now, which is not the one asked for when
        // SQLite cannot switch; the others answer nothing.
        const QString text = QString::fromLatin1(pragma);
        const QString mode = text.startsWith(QLatin1String("PRAGMA journal_mode"))
                                 ? text.section(QLatin1Char('='), 1).trimmed()
                                 : QString();
        const bool answered = q.step();
        if (q.failed()) {
            m_error = q.errorText();
            return false;
        }
        if (!mode.isEmpty() &&
            (!answered || q.columnText(0).compare(mode, Qt::CaseInsensitive) != 0)) {
            m_error = tr("the copy's journal mode could not be set to %1").arg(mode);
            return false;
        }
    }
    return true;
}

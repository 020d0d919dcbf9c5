#include "SqliteDemoSink.h"

#include "MetaValueCodec.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "SqliteStore.h"

#include <sqlite3.h>

SqliteDemoSink::SqliteDemoSink(SqliteStore &store)
    : m_store(store)
{}

SqliteDemoSink::~SqliteDemoSink() = default;

bool SqliteDemoSink::begin()
{
    sqlite3 *db = m_store.handle();
    SqlConnection *connection = m_store.connection();
    // A bulk load is fastest without a journal and with secondary indexes built afterwards
    // from sorted data; the file is new, so a crash here only loses a half-made demo file.
    sqlite3_exec(db, "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    {
        SqlStatement indexes(connection,
                             "SELECT name, sql FROM sqlite_master WHERE type = "
                             "'index' AND sql IS NOT NULL AND tbl_name IN "
                             "('meta_values', 'memberships', 'user_accounts', 'users')");
        QStringList names;
        while (indexes.step()) {
            names << indexes.columnText(0);
            m_indexSql << indexes.columnText(1);
        }
        for (const QString &name : names)
            sqlite3_exec(db, (QStringLiteral("DROP INDEX ") + name).toUtf8().constData(), nullptr,
                         nullptr, nullptr);
    }
    m_transaction = std::make_unique<SqlTransaction>(connection, SqlTransaction::Mode::Immediate);
    if (!m_transaction->isActive()) {
        m_error = m_transaction->errorText();
        return false;
    }
    const auto make = [connection](const char *sql) {
        return std::make_unique<SqlStatement>(connection, sql);
    };
    m_account = make("INSERT INTO accounts(id, name) VALUES(?1, ?2)");
    m_group = make("INSERT INTO user_groups(account_id, name) VALUES(?1, ?2) RETURNING id");
    m_field = make("INSERT INTO meta_fields(account_id, name, definition, position) VALUES(?1, "
                   "?2, ?3, ?4) RETURNING id");
    m_user = make("INSERT INTO users(id, first_name, last_name, middle_name, alias, email, "
                  "status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    m_access = make("INSERT INTO user_accounts(account_id, user_id) VALUES(?1, ?2)");
    m_membership = make("INSERT INTO memberships(user_id, group_id) VALUES(?1, ?2)");
    m_value = make("INSERT INTO meta_values(user_id, account_id, field_id, value) VALUES(?1, ?2, "
                   "?3, ?4)");
    return true;
}

bool SqliteDemoSink::run(SqlStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = statement.errorText();
    return false;
}

qint64 SqliteDemoSink::insertReturningId(SqlStatement &statement)
{
    const qint64 id = statement.step() ? statement.columnInt64(0) : 0;
    return run(statement) ? id : 0;
}

bool SqliteDemoSink::addAccount(qint64 id, const QString &name)
{
    m_account->bind(1, id);
    m_account->bind(2, name);
    return run(*m_account);
}

qint64 SqliteDemoSink::addGroup(qint64 accountId, const QString &name)
{
    m_group->bind(1, accountId);
    m_group->bind(2, name);
    return insertReturningId(*m_group);
}

qint64 SqliteDemoSink::addField(qint64 accountId, const QString &name, const QByteArray &definition,
                                qint64 position)
{
    m_field->bind(1, accountId);
    m_field->bind(2, name);
    m_field->bindUtf8(3, definition);
    m_field->bind(4, position);
    return insertReturningId(*m_field);
}

bool SqliteDemoSink::addUser(const UserRow &user)
{
    m_user->bind(1, user.id);
    m_user->bind(2, user.firstName);
    m_user->bind(3, user.lastName);
    m_user->bind(4, user.middleName);
    m_user->bind(5, user.alias);
    m_user->bind(6, user.email);
    m_user->bind(7, user.status);
    return run(*m_user);
}

bool SqliteDemoSink::addAccess(qint64 accountId, qint64 userId)
{
    m_access->bind(1, accountId);
    m_access->bind(2, userId);
    return run(*m_access);
}

bool SqliteDemoSink::addMembership(qint64 userId, qint64 groupId)
{
    m_membership->bind(1, userId);
    m_membership->bind(2, groupId);
    return run(*m_membership);
}

bool SqliteDemoSink::addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                              const QJsonValue &value)
{
    m_value->bind(1, userId);
    m_value->bind(2, accountId);
    m_value->bind(3, fieldId);
    MetaValueCodec::bind(*m_value, 4, type, value);
    return run(*m_value);
}

bool SqliteDemoSink::finish()
{
    sqlite3 *db = m_store.handle();
    for (const QString &sql : std::as_const(m_indexSql)) {
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    if (!m_transaction->commit()) {
        m_error = m_transaction->errorText();
        return false;
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr);
    return true;
}

#include "SqliteDemoSink.h"

#include "MetaValueCodec.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "SqliteStore.h"

SqliteDemoSink::SqliteDemoSink(SqliteStore &store)
    : m_store(store)
    , m_load(store.connection())
{}

SqliteDemoSink::~SqliteDemoSink() = default;

bool SqliteDemoSink::begin()
{
    SqlConnection *connection = m_store.connection();
    // The file is new: a crash here only loses a half-made demo file. The load is one
    // transaction, whose commit reaches the disk before the file is called done.
    if (!m_load.start() || !m_load.syncCommits()) {
        m_error = m_load.errorText();
        return false;
    }
    m_transaction = std::make_unique<SqlTransaction>(connection, SqlTransaction::Mode::Immediate);
    if (!m_transaction->isActive()) {
        m_error = m_transaction->errorText();
        return false;
    }
    if (!m_load.dropIndexesAndTriggers(
            {QStringLiteral("meta_values"), QStringLiteral("memberships"),
             QStringLiteral("user_accounts"), QStringLiteral("users")})) {
        m_error = m_load.errorText();
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
    if (!m_load.remakeIndexesAndTriggers()) {
        m_error = m_load.errorText();
        return false;
    }
    if (!m_transaction->commit()) {
        m_error = m_transaction->errorText();
        return false;
    }
    if (!m_load.finish()) {
        m_error = m_load.errorText();
        return false;
    }
    SqlStatement analyze(m_store.connection(), "ANALYZE");
    if (!analyze.exec()) {
        m_error = analyze.errorText();
        return false;
    }
    return true;
}

#pragma once

#include "DemoDataSink.h"

#include <QStringList>
#include <memory>

class SqlStatement;
class SqlTransaction;
class SqliteStore;

// Demo rows into a new database file: one transaction without a journal, secondary indexes
// dropped first and built again from the sorted data at the end.
class SqliteDemoSink final : public DemoDataSink
{
public:
    explicit SqliteDemoSink(SqliteStore &store);
    ~SqliteDemoSink() override;

    bool begin() override;
    bool addAccount(qint64 id, const QString &name) override;
    qint64 addGroup(qint64 accountId, const QString &name) override;
    qint64 addField(qint64 accountId, const QString &name, const QByteArray &definition,
                    qint64 position) override;
    bool addUser(const UserRow &user) override;
    bool addAccess(qint64 accountId, qint64 userId) override;
    bool addMembership(qint64 userId, qint64 groupId) override;
    bool addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                  const QJsonValue &value) override;
    bool finish() override;
    QString errorText() const override { return m_error; }

private:
    bool run(SqlStatement &statement);
    qint64 insertReturningId(SqlStatement &statement);

    SqliteStore &m_store;
    QStringList m_indexSql;
    QString m_error;
    std::unique_ptr<SqlTransaction> m_transaction;
    std::unique_ptr<SqlStatement> m_account;
    std::unique_ptr<SqlStatement> m_group;
    std::unique_ptr<SqlStatement> m_field;
    std::unique_ptr<SqlStatement> m_user;
    std::unique_ptr<SqlStatement> m_access;
    std::unique_ptr<SqlStatement> m_membership;
    std::unique_ptr<SqlStatement> m_value;
};

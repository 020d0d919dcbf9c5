#pragma once

#include "UserQuery.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

class SqliteStatement;

// Turns a UserQuery into the WHERE and ORDER BY parts of a query over
// `user_accounts ua JOIN users u`, with bound parameters only.
class UserQuerySql
{
    Q_DECLARE_TR_FUNCTIONS(UserQuerySql)
public:
    struct FieldInfo
    {
        qint64 id = 0;
        MetaField field;
    };

    UserQuerySql(const UserQuery &query, qint64 accountId, const QHash<QString, FieldInfo> &fields);

    // Why the query cannot run (an unknown field, a value that does not fit its type); the
    // sentence is for the person who typed it.
    QString error() const { return m_error; }
    QString where() const { return m_where; }
    QString orderBy() const { return m_orderBy; }
    void bind(SqliteStatement &statement) const;

private:
    QString m_error;
    QString m_where;
    QString m_orderBy;
    QHash<QString, QVariant> m_binds;
};
